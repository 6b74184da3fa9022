import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/normative.js';
import { paramsOf, typesOf } from './load.js';

/**
 * Misses of synthetic round 65 (scored blind first: test/rules/gold-synthetic/round65/SCORE-BLIND.txt), fixed as forms
 * a drafter may use anywhere, each written here in words of our own.
 */
describe('misses of round 65 (tuned)', () => {
  it('`seule la moitié de la valeur relative … peut être attestée`: billed at 50 % (not any half)', () => {
    expect(paramsOf('Le jour de la sortie, seule la moitié de la valeur relative de la prestation 471015 peut être attestée.', 'billingPercentage')).toMatchObject({ percentage: 50 });
    expect(paramsOf("La prestation 471015 n'est remboursée qu'à la moitié de sa valeur lorsqu'elle est répétée.", 'billingPercentage')).toMatchObject({ percentage: 50 });
    expect(typesOf('La moitié des séances est effectuée à domicile.')).not.toContain('billingPercentage');
  });

  it("`qu'au cours de l'hospitalisation`; `…, dans une salle d'opération d'un hôpital` after the performer", () => {
    expect(paramsOf("Les prestations 471015 et 471030 ne peuvent être attestées qu'au cours de l'hospitalisation du bénéficiaire.", 'setting')).toEqual({ setting: 'hospitalised' });
    expect(paramsOf("Elle est effectuée par un médecin spécialiste en ophtalmologie, dans une salle d'opération d'un hôpital.", 'setting')).toEqual({ setting: 'hospital' });
  });

  it('a request submitted to a body for its decision: a prior approval (not for information, nor for an opinion)', () => {
    expect(paramsOf('Dans ce cas, la demande est soumise, pour décision, au Collège des médecins-directeurs.', 'priorApproval')).toEqual({ by: 'collegeOfMedicalDirectors' });
    expect(paramsOf('Les demandes pour les bénéficiaires de plus de 70 ans sont soumises, pour décision, à la Commission de conventions.', 'priorApproval')).toEqual({ by: 'other' });
    expect(paramsOf('La demande de prolongation est soumise au médecin-conseil.', 'priorApproval')).toEqual({ by: 'advisingPhysician' });
    for (const s of ['Le dossier est soumis à la Commission pour information.', 'La demande est soumise au médecin-conseil pour avis.']) {
      expect(isNormative(s)).toBe(false);
      expect(typesOf(s)).not.toContain('priorApproval');
    }
  });

  it("`il ne peut être porté en compte qu'une seule prestation de l'article 22` in a span: once in it", () => {
    expect(paramsOf("Par bénéficiaire et par jour, il ne peut être porté en compte qu'une seule prestation de l'article 22.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
    expect(paramsOf("Il ne peut être attesté qu'une seule prestation du § 2 par séance.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'session' } });
    // (no span: not this form's)
    expect(typesOf("Il ne peut être porté en compte qu'une seule prestation de l'article 22.")).not.toContain('frequency');
  });
});
