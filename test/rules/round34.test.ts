import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { typeSentence } from '../../src/extract/rules/typers.js';
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

describe("the fourth reader's counter-examples (each failed before its fix)", () => {
  const types = (s: string) => typeSentence(s).map((t) => t.type);

  it('both inside and outside a hospital is no setting; nor are patients ambulatory and hospitalised', () => {
    expect(types("La prestation 212012 peut être attestée tant au cours d'une hospitalisation qu'en dehors d'une hospitalisation.")).not.toContain('setting');
    expect(types("La prestation 212012 est attestée dans un établissement hospitalier ainsi qu'en dehors d'un établissement hospitalier.")).not.toContain('setting');
    expect(types('Les prestations 560011 à 560055 sont réservées aux patients ambulatoires et hospitalisés.')).not.toContain('setting');
  });

  it('`ainsi qu’à l’issue d’une concertation` is a time, not an approval', () => {
    expect(types("La prestation 355014 peut être attestée avant le début du traitement ainsi qu'à l'issue d'une concertation oncologique multidisciplinaire.")).not.toContain('priorApproval');
  });

  it('`N <things> au plus sont …` is a rule sentence only with a verb of billing', () => {
    expect(isNormative('Trois centres au plus sont désignés par province.')).toBe(false);
    expect(isNormative('Les lésions de 2 cm au plus sont appelées petites lésions.')).toBe(false);
  });
});

