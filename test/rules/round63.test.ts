import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/normative.js';
import { paramsOf, typesOf } from './load.js';

/**
 * Misses of synthetic round 63 (scored blind first: test/rules/gold-synthetic/round63/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 63 (tuned)', () => {
  it('a cumulation allowed only apart (`que si … au cours de séances distinctes`, `sauf … des jours différents`): forbidden in one session, or one day', () => {
    expect(paramsOf("La prestation 471015-471026 ne peut être cumulée avec la prestation 471030-471041 que si les deux actes sont réalisés au cours de séances distinctes.", 'nonCumulation')).toMatchObject({ scope: 'sameSession' });
    expect(paramsOf("La prestation 471015-471026 n'est pas cumulable avec la prestation 471030-471041, sauf si elles sont effectuées des jours différents.", 'nonCumulation')).toMatchObject({ scope: 'sameDay' });
    // (no such clause: as before)
    expect(paramsOf("La prestation 471015-471026 n'est pas cumulable avec la prestation 471030-471041.", 'nonCumulation')).toMatchObject({ scope: 'any' });
  });

  it('`Le renouvellement de la prestation X est autorisé tous les 3 ans`: once in that span, not in a condition', () => {
    const s = 'Le renouvellement des semelles 471015-471026 est autorisé tous les deux ans pour les bénéficiaires de plus de 18 ans.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 1, period: { count: 2, unit: 'year' } });
    expect(typesOf("Lorsque le renouvellement est autorisé tous les deux ans, le bandagiste en informe l'organisme assureur.")).not.toContain('frequency');
  });

  it('`Les résultats … sont intégrés au rapport …`: a duty to record (not a cost folded into a price)', () => {
    expect(paramsOf("Les résultats de l'analyse sont intégrés au rapport d'anatomie pathologique.", 'documentation')).toMatchObject({ what: 'résultats' });
    expect(typesOf('Le coût du matériel est intégré dans le prix de la prestation 471015-471026.')).not.toContain('documentation');
  });

  it('units counted before `au maximum`: `… ne peut être attestée que pour quatre orteils au maximum par pied`', () => {
    expect(paramsOf('La prestation 471015-471026 ne peut être attestée que pour trois doigts au maximum par main.', 'quantity')).toMatchObject({ max: 3 });
    expect(typesOf('La prestation 471015-471026 ne peut être attestée que pour trois doigts au maximum par main.')).not.toContain('frequency');
  });
});
