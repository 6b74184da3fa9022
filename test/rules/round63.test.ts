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
    // (no such clause: as before; nor one party's exception, a count of sessions, or sessions a span apart)
    expect(paramsOf("La prestation 471015-471026 n'est pas cumulable avec la prestation 471030-471041.", 'nonCumulation')).toMatchObject({ scope: 'any' });
    for (const s of [
      "La prestation 471015-471026 n'est pas cumulable avec les prestations 471030-471041 et 471052-471063, sauf la prestation 471052-471063 lorsque celle-ci est effectuée au cours de séances distinctes.",
      'La prestation 471015-471026 ne peut être cumulée avec la prestation 471030-471041 que si le patient a été vu au cours d’au moins trois consultations distinctes.',
      "La prestation 471015-471026 n'est pas cumulable avec la prestation 471030-471041, sauf si elles sont effectuées au cours de séances distinctes espacées d'au moins sept jours.",
    ])
      expect(paramsOf(s, 'nonCumulation')).toMatchObject({ scope: 'any' });
  });

  it('`Le renouvellement de la prestation X est autorisé tous les 3 ans`: once in that span, not in a condition', () => {
    const s = 'Le renouvellement des semelles 471015-471026 est autorisé tous les deux ans pour les bénéficiaires de plus de 18 ans.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 1, period: { count: 2, unit: 'year' } });
    expect(typesOf("Lorsque le renouvellement est autorisé tous les deux ans, le bandagiste en informe l'organisme assureur.")).not.toContain('frequency');
    expect(isNormative("Lorsque le renouvellement est autorisé tous les deux ans, le bandagiste en informe l'organisme assureur.")).toBe(false);
    // (of the act or device only, one span for all)
    for (const s of [
      'Pour les prestations 471015-471026, le renouvellement de la prescription est autorisé tous les 3 mois.',
      "Le renouvellement de l'accord du médecin-conseil pour les prestations 471015-471026 est possible tous les 12 mois.",
      "Le renouvellement de l'orthèse 471015-471026 est autorisé tous les 2 ans pour les bénéficiaires de moins de 18 ans et tous les 5 ans pour les autres.",
      "Dans la mesure où le renouvellement de l'orthèse 471015-471026 est autorisé tous les 2 ans, le bandagiste conserve la prescription.",
    ])
      expect(typesOf(s)).not.toContain('frequency');
  });

  it('`Les résultats … sont intégrés au rapport …`: a duty to record (not a cost folded into a price)', () => {
    expect(paramsOf("Les résultats de l'analyse sont intégrés au rapport d'anatomie pathologique.", 'documentation')).toMatchObject({ what: 'résultats' });
    expect(typesOf('Le coût du matériel est intégré dans le prix de la prestation 471015-471026.')).not.toContain('documentation');
    expect(typesOf("La prestation 471015-471026 n'est remboursable que si le bénéficiaire est intégré dans un protocole de rééducation.")).not.toContain('documentation');
    expect(typesOf("Le supplément pour la prestation 471015-471026 est intégré dans l'attestation de soins donnés.")).not.toContain('documentation');
  });

  it('units counted before `au maximum`: `… ne peut être attestée que pour quatre orteils au maximum par pied`', () => {
    expect(paramsOf('La prestation 471015-471026 ne peut être attestée que pour trois doigts au maximum par main.', 'quantity')).toMatchObject({ max: 3 });
    expect(typesOf('La prestation 471015-471026 ne peut être attestée que pour trois doigts au maximum par main.')).not.toContain('frequency');
  });
});
