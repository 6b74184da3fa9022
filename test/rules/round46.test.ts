import { describe, expect, it } from 'vitest';
import { approvalOf, settingOf, specialtiesIn } from '../../src/extract/rules/who-where.js';
import { isNormative } from '../../src/extract/rules/normative.js';
import { subjectLabelCodes } from '../../src/extract/rules/refs.js';
import { decree, paramsOf, rulesOfText, summary } from './load.js';

/**
 * Forms the forty-sixth synthetic round showed missing (test/rules/gold-synthetic/round46/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('round 46: places, limits and parties in other words', () => {
  it('`que dans un service hospitalier`, `…, dans un hôpital disposant de …`: a hospital', () => {
    expect(settingOf('Ces examens ne peuvent être réalisés que dans un service hospitalier disposant d\'un laboratoire du sommeil.')).toBe('hospital');
    expect(settingOf("L'intervention est pratiquée par un médecin spécialiste en urologie, dans un hôpital disposant d'un lithotripteur;")).toBe('hospital');
    // (a choice of places, a condition or a denial is no restriction)
    expect(settingOf("L'intervention est pratiquée par un médecin spécialiste en urologie, dans un hôpital ou dans un centre agréé.")).toBeNull();
    expect(settingOf("Lorsque l'intervention est pratiquée par un médecin spécialiste en urologie, dans un hôpital, le forfait est dû.")).toBeNull();
  });

  it('`est réservée aux médecins spécialistes en X dans un centre …`: the centre is a setting, not part of the specialty', () => {
    const s = 'Cette prestation est réservée aux médecins spécialistes en néphrologie ou en pédiatrie dans un centre de dialyse agréé.';
    expect(settingOf(s)).toBe('centre');
    expect(paramsOf(s, 'qualification')).toMatchObject({ specialties: ['néphrologie', 'pédiatrie'] });
    expect(specialtiesIn('médecin spécialiste en gériatrie au sein d\'un hôpital')).toEqual(['gériatrie']);
    expect(settingOf("Cette prestation n'est pas réservée aux médecins travaillant dans un centre.")).toBeNull();
  });

  it('`que pour un nouveau-né qui séjourne dans un service …`: a patient in hospital; not a choice of places', () => {
    expect(settingOf("La prestation n'est attestable que pour un enfant qui séjourne dans un service de néonatologie agréé.")).toBe('hospitalised');
    expect(settingOf('Ces prestations ne sont remboursées que pour des bénéficiaires séjournant dans un service de revalidation.')).toBe('hospitalised');
    expect(settingOf('Ces prestations ne sont remboursées que pour des bénéficiaires séjournant dans un service de revalidation ou à domicile.')).toBeNull();
  });

  it('`… par période de douze mois et le nombre total de … est limité à deux …`: two limits', () => {
    const typed = rulesOfText(decree("**Article 1er.** A l'article 14 de l'annexe, l'alinéa suivant est inséré :", '', '" Un seul traitement 799105-799116 par lésion est remboursé par période de six mois et le nombre total de traitements est limité à trois pour toute la vie. "'));
    expect(typed.filter((r) => r.type === 'frequency').map((r) => r.params)).toMatchObject([
      { max: 1, period: { count: 6, unit: 'month' } },
      { max: 3, period: { count: 1, unit: 'lifetime' } },
    ]);
  });

  it('`ne peut pas être attestée plus de N fois pour un même bénéficiaire`: in a lifetime, as `chez un même`', () => {
    expect(paramsOf('La prestation 799105 ne peut pas être attestée plus de trois fois pour un même bénéficiaire.', 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'lifetime' } });
    expect(paramsOf('La prestation 799105 ne peut pas être attestée plus de trois fois par an pour un même bénéficiaire.', 'frequency')).toMatchObject({ max: 3, period: { count: 1, unit: 'year' } });
  });

  it('`ne sont cumulables, pour …, qu\'avec …`: cumulable only with, whatever stands between the commas', () => {
    expect(paramsOf("Les prestations 799105 et 799120 ne sont cumulables, chez un même bénéficiaire et pour la même lésion, qu'avec une seule prestation de l'article 17.", 'nonCumulation')).toBeDefined();
  });

  it('`l\'intervention de l\'assurance est accordée par le médecin-conseil`: a rule sentence, an approval', () => {
    const s = "Dans ces situations, l'intervention de l'assurance est accordée par le médecin-conseil, sur demande motivée du dentiste.";
    expect(isNormative(s)).toBe(true);
    expect(approvalOf(s)).toBe('advisingPhysician');
    expect(isNormative("Le remboursement est accordé par l'organisme assureur au bénéficiaire.")).toBe(false);
  });

  it('`Une seule gouttière occlusale …`: a counted subject named by two words of its label', () => {
    const labels = [
      { codes: [['799105', '799116']], label: 'Attelle occlusale en résine, par mâchoire', start: 0 },
      { codes: [['799120', '799131']], label: 'Attelle occlusale en résine souple, par mâchoire', start: 0 },
      { codes: [['799142', '799153']], label: "Réparation d'une attelle occlusale", start: 0 },
    ];
    expect(subjectLabelCodes('Une seule attelle occlusale est remboursée par mâchoire et par période de trois ans.', labels)).toEqual([['799105', '799116'], ['799120', '799131']]);
    // (one word is still too little)
    expect(subjectLabelCodes('Une seule attelle est remboursée par période de trois ans.', labels)).toEqual([]);
  });

  it('`au maximum 40 séances de X ou de Y`: sessions of the acts whose labels open with X or Y', () => {
    const labels = [
      { codes: [['799105', '799116']], label: 'Hydrothérapie en bassin, par séance', start: 0 },
      { codes: [['799120', '799131']], label: 'Balnéothérapie, par séance', start: 0 },
      { codes: [['799142', '799153']], label: 'Bilan fonctionnel avant hydrothérapie', start: 0 },
    ];
    expect(subjectLabelCodes('Par bénéficiaire et par année civile, au maximum 40 séances d\'hydrothérapie ou de balnéothérapie peuvent être attestées.', labels)).toEqual([['799105', '799116'], ['799120', '799131']]);
    expect(subjectLabelCodes('Au maximum 40 séances de balnéothérapie peuvent être attestées.', labels)).toEqual([['799120', '799131']]);
    // (a general word names no act)
    expect(subjectLabelCodes('Au maximum 40 séances de prestations peuvent être attestées.', labels)).toEqual([]);
  });

  it('a range whose ends the decree does not both define: the codes of its series the decree names between them', () => {
    const text = decree(
      "**Article 1er.** A l'article 25 de l'annexe, les modifications suivantes sont apportées :",
      '',
      'a) la valeur relative de la prestation 799105 est portée à C 4;',
      '',
      'b) la prestation suivante est insérée après la prestation 799120 :',
      '',
      '" 799142 Surveillance du nouveau-né en soins intensifs, par jour C 6 ";',
      '',
      'c) la règle suivante est insérée :',
      '',
      '" Le médecin qui atteste une des prestations 799105 à 799142 consigne chaque jour ses constatations dans le dossier médical. "',
    );
    const documentation = rulesOfText(text).filter((r) => r.type === 'documentation');
    expect(summary(documentation)).toEqual([['documentation', '799105 799120 799142']]);
  });
});
