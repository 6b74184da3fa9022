import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { typesOf as types, paramsOf } from './load.js';

/**
 * Forms the twenty-second synthetic round showed missing (test/rules/gold-synthetic/round22/SCORE-BLIND.txt), each in
 * wordings of our own: the general form, not the gold's sentence.
 */

describe('limits and quantities', () => {
  it('`il ne peut être porté en compte, par bénéficiaire, plus de deux bilans`: a frequency, not a quantity', () => {
    const s = 'Au cours d’une année civile, il ne peut être porté en compte, par bénéficiaire, plus de trois bilans.'.replace('’', "'");
    expect(typeSentence(s).map((t) => [t.type, t.params])).toMatchObject([['frequency', { max: 3, period: { count: 1, unit: 'calendarYear' } }]]);
  });

  it('`à raison de deux séances au cours d’une même journée`', () => {
    expect(paramsOf("Ces prestations peuvent être attestées à raison de deux séances au cours d'une même journée.", 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'day' } });
  });

  it('`Au maximum deux sets 658534 peuvent être attestés par année civile`: a code between the things and the verb', () => {
    expect(typeSentence('Au maximum trois kits 658011 peuvent être attestés par année civile.').map((t) => [t.type, t.params])).toMatchObject([['frequency', { max: 3, period: { count: 1, unit: 'calendarYear' } }]]);
  });

  it('`deux vis de fixation additionnelles au plus` in one intervention', () => {
    expect(paramsOf("Au cours d'une même intervention, trois agrafes de fixation supplémentaires au plus sont remboursées.", 'quantity')).toMatchObject({ max: 3 });
  });
});

describe('relations, coverage, approvals, settings, documents', () => {
  it('`au cours d’une même cure`: over the period; `ne peuvent pas davantage être portées en compte avec`', () => {
    expect(paramsOf("Au cours d'une même cure, ces deux prestations ne sont pas cumulables entre elles.", 'nonCumulation')).toEqual({ scope: 'samePeriod' });
    const s = 'Elles ne peuvent pas davantage être portées en compte avec la prestation 559011.';
    expect(isNormative(s)).toBe(true);
    expect(types(s)).toEqual(['nonCumulation']);
  });

  it('`Elle englobe …`; `n’englobe pas …`', () => {
    expect(isNormative("Elle englobe la pose et le retrait de l'appareil.")).toBe(true);
    expect(paramsOf("Elle englobe la pose et le retrait de l'appareil.", 'coverage')).toMatchObject({ includes: "la pose et le retrait de l'appareil" });
    expect(paramsOf("L'intervention pour la prestation 248011 n'englobe pas l'implant.", 'coverage')).toMatchObject({ includes: null });
  });

  it('approvals: `que si le médecin-conseil les a préalablement autorisées`, `le médecin-conseil peut, à la demande de …, autoriser`', () => {
    expect(paramsOf('Au-delà de ce nombre, elles ne sont remboursées que si le médecin-conseil les a préalablement autorisées.', 'priorApproval')).toEqual({ by: 'advisingPhysician' });
    expect(paramsOf('Le médecin-conseil peut, à la demande du kinésithérapeute, autoriser des séances supplémentaires.', 'priorApproval')).toEqual({ by: 'advisingPhysician' });
  });

  it('`ne sont pas remboursées pour un patient en ambulatoire`: in hospital only', () => {
    expect(paramsOf('Ces prestations ne sont pas remboursées pour un patient en ambulatoire.', 'setting')).toEqual({ setting: 'hospitalised' });
  });

  it('documents: `précédée d’une prescription`, `que … soit prescrite par`, `n’intervient … que sur prescription`, `motivée sur la prescription`', () => {
    for (const s of [
      "La délivrance est précédée d'une prescription d'un médecin spécialiste en dermatologie.",
      'que la séance de bilan soit prescrite par un médecin spécialiste en neurologie;',
      "L'assurance n'intervient dans la prestation 558011 que sur prescription d'un médecin spécialiste.",
      'La nécessité de la seconde séance est motivée sur la prescription.',
    ])
      expect(types(s)).toEqual(['documentation']);
  });
});
