import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { paramsOf } from './load.js';

/**
 * Forms the thirty-fourth synthetic round showed missing (test/rules/gold-synthetic/round34/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('round 34', () => {
  it('settings: `que pour des patients ambulatoires`, `qu’en dehors d’un établissement hospitalier`', () => {
    expect(paramsOf('La prestation 257470 n\'est remboursée que pour des bénéficiaires ambulatoires.', 'setting')).toMatchObject({ setting: 'ambulatory' });
    expect(paramsOf("Ces séances ne sont remboursées qu'en dehors d'un établissement hospitalier.", 'setting')).toMatchObject({ setting: 'outsideHospital' });
  });

  it('a specialty ends before `et ne peuvent …` (not `pédiatrie et ne`)', () => {
    expect(paramsOf('La prestation 257470 est réservée aux médecins spécialistes en neurologie et ne peut être attestée que pour un bénéficiaire hospitalisé.', 'qualification')).toMatchObject({ specialties: ['neurologie'] });
  });

  it('`qu’à l’issue d’une concertation multidisciplinaire`: an approval by it', () => {
    expect(paramsOf("La prestation 257470 n'est remboursée qu'à l'issue d'une concertation multidisciplinaire.", 'priorApproval')).toMatchObject({ by: 'multidisciplinaryConsultation' });
  });

  it('quantities stated without a verb of billing right after the count are rule sentences', () => {
    expect(isNormative('Au maximum quatre unités de la prestation 257470 sont portées en compte par intervention.')).toBe(true);
    const s = "Par intervention, trois vis de fixation au maximum peuvent faire l'objet d'une intervention de l'assurance.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'quantity')).toMatchObject({ max: 3 });
  });
});
