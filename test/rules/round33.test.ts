import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
import { paramsOf, rulesOfText } from './load.js';

/**
 * Forms the thirty-third synthetic round showed missing (test/rules/gold-synthetic/round33/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('round 33', () => {
  it('a limit in a label (`…, par séance, avec un maximum de 3 séances K 60`, 1998022388, 2003022335): a rule, whose span is not the fee unit', () => {
    const label = '257433 Séance de rééducation vestibulaire, par séance, avec un maximum de 4 séances K 20';
    expect(isNormative(label)).toBe(true);
    expect(paramsOf(label, 'frequency')).toMatchObject({ max: 4, period: null });
    expect(paramsOf('257455 Soins à domicile au nouveau-né, par jour, avec un maximum de 6 prestations par période de 12 mois W 15', 'frequency')).toMatchObject({ max: 6, period: { count: 12, unit: 'month' } });
    expect(paramsOf('257455 Soins à domicile au nouveau-né, par jour, six prestations au plus W 15', 'frequency')).toMatchObject({ max: 6, period: null });
    // (a span that opens the sentence still counts)
    expect(paramsOf('Par année civile, six prestations au plus sont remboursées.', 'frequency')).toMatchObject({ max: 6, period: { count: 1, unit: 'calendarYear' } });
  });

  it('`ne donnent lieu à aucun honoraire lorsqu’elles sont effectuées par un spécialiste en X`: X is excluded, not who may bill', () => {
    expect(paramsOf("Ces prestations ne donnent lieu à aucun honoraire lorsqu'elles sont effectuées par un médecin spécialiste en biologie clinique.", 'qualification')).toMatchObject({ specialties: [], excluded: ['biologie clinique'] });
  });

  it('`La prestation X exclut, au cours d’une même période de douze mois, les prestations Y`: a non-cumulation with Y', () => {
    const rules = rulesOfText("**Article 1er.** Au § 4, l'alinéa suivant est inséré : \"La prestation 257470 exclut, pour un même bénéficiaire et au cours d'une même période de six mois, les prestations 257492 et 257514.\"").filter((r) => r.type === 'nonCumulation');
    expect(rules.map((r) => ({ codes: r.codes, with: r.with?.codes, scope: (r.params as { scope: string }).scope }))).toEqual([{ codes: [['257470']], with: [['257492'], ['257514']], scope: 'samePeriod' }]);
    // (what it excludes is no prestation: no rule of this kind)
    expect(typeSentence("La prestation 257470 exclut le recours à l'anesthésie générale.").map((t) => t.type)).not.toContain('nonCumulation');
  });
});

