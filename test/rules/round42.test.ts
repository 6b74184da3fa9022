import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { decree, paramsOf, rulesOfText, summary } from './load.js';

/**
 * Forms the forty-second synthetic round showed missing (test/rules/gold-synthetic/round42/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('round 42: limits stated in other words', () => {
  it('`Au maximum trois examens de contrôle … peuvent être attestés par … période de douze mois`: a count of acts named at length', () => {
    expect(paramsOf('Au maximum deux bilans de suivi de la déglutition peuvent être attestés par bénéficiaire et par période de six mois.', 'frequency')).toMatchObject({ max: 2, period: { count: 6, unit: 'month' } });
    // (no span of time: no frequency from this form)
    expect(paramsOf('Au maximum deux bilans de suivi de la déglutition peuvent être attestés par bénéficiaire.', 'frequency')).toBeUndefined();
  });

  it('`La prestation X est remboursable une fois tous les 3 ans`: a limit stated as what is billable', () => {
    expect(isNormative('La prestation 799105-799116 est remboursable une fois tous les 2 ans.')).toBe(true);
    expect(isNormative('Les prestations 799105-799116 et 799120-799131 sont attestables deux fois par année civile.')).toBe(true);
    expect(isNormative('La prestation 799105-799116 est une prestation de suivi.')).toBe(false);
  });
});

describe('round 42: acts a counted subject names by their label', () => {
  it('`Une seule séance de … peut être attestée par jour`: every prestation whose label opens so', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 9 de l'annexe, les prestations suivantes sont insérées :",
        '',
        '" 799142 Séance de rééducation vestibulaire au cabinet, d\'une durée d\'au moins 30 minutes V 10',
        '',
        '799164 Séance de rééducation vestibulaire au domicile, d\'une durée d\'au moins 30 minutes V 12 "',
        '',
        "**Art. 2.** A l'article 9 de l'annexe, un alinéa rédigé comme suit est inséré :",
        '',
        '" Une seule séance de rééducation vestibulaire peut être attestée par jour. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '799142 799164']]);
  });
});

describe('round 42: the other party of a non-cumulation', () => {
  const rulesOf = (...lines: string[]) =>
    rulesOfText(decree("**Article 1er.** L'article 20 de l'annexe est remplacé par ce qui suit :", '', ...lines)).filter((r) => r.type === 'nonCumulation');
  const table = ['" Art. 20. § 1er. Tests', '', '799105-799116', '', 'Test standard K 30', '', '799120-799131', '', 'Test complémentaire K 20', '', '799142-799153', '', 'Test de provocation K 40', ''];

  it('`…, mais peuvent être cumulés avec X`: X is allowed, not the party', () => {
    const [rule] = rulesOf(...table, 'Les tests 799120-799131 et 799142-799153 ne sont pas cumulables entre eux au cours d\'une même séance, mais peuvent être cumulés avec le test standard 799105-799116. "');
    expect(rule.with).toMatchObject({ codes: [], mutual: true });
  });

  it('`… avec les honoraires pour avis`: a party named by its words, not `entre elles`', () => {
    const [rule] = rulesOf(...table, 'Les prestations 799105-799116 et 799120-799131 ne peuvent jamais être cumulées avec les honoraires pour avis. "');
    expect(rule.with).toMatchObject({ codes: [], mutual: false, labels: ['les honoraires pour avis'] });
    // (not a condition's words: `à moins que le médecin …`)
    const [cond] = rulesOf(...table, 'Les prestations 799105-799116 et 799120-799131 ne sont pas cumulables au cours d\'une même période de deux mois, à moins que le médecin n\'ait motivé la répétition. "');
    expect(cond.with).toMatchObject({ labels: [], mutual: true });
  });

  it('`… le même jour que les prestations visées au § 2`: those the text at hand puts there', () => {
    const [rule] = rulesOf(
      ...table,
      '§ 2. Tests cutanés',
      '',
      '799164-799175',
      '',
      'Test épicutané K 25',
      '',
      '§ 3. Les prestations 799105-799116 et 799120-799131 ne peuvent pas être attestées le même jour que les prestations visées au § 2. "',
    );
    expect(rule.with?.codes).toEqual([['799164', '799175']]);
    expect(rule.with?.mutual).toBe(false);
  });
});

describe('round 42: a restriction to a place or a state, in words no form holds', () => {
  it('a person in hospital, whatever the noun; an exception, a denial or a conjunction is no restriction', () => {
    expect(paramsOf("La prestation 799105-799116 n'est remboursable que si la parturiente est hospitalisée.", 'setting')).toEqual({ setting: 'hospitalised' });
    expect(paramsOf("La prestation 799105-799116 n'est attestable qu'en cas d'hospitalisation du bénéficiaire et ne peut être attestée plus de deux fois par semaine.", 'setting')).toEqual({ setting: 'hospitalised' });
    expect(paramsOf('Elles ne sont remboursables que pour des bénéficiaires séjournant dans une unité de soins palliatifs.', 'setting')).toEqual({ setting: 'hospitalised' });
    expect(paramsOf("Ces séances ne sont remboursables que lorsqu'elles sont dispensées au domicile de la bénéficiaire.", 'setting')).toEqual({ setting: 'outsideHospital' });
    expect(paramsOf('Ces prestations ne peuvent être attestées que par un médecin spécialiste en gériatrie, sauf pour les bénéficiaires hospitalisés.', 'setting')).toBeUndefined();
    expect(paramsOf("Les prestations 799105-799116 ne sont pas cumulables avec les prestations de l'article 2, à moins que le bénéficiaire ne soit hospitalisé.", 'setting')).toBeUndefined();
    expect(paramsOf("La prestation 799105-799116 n'est due que si le diagnostic a été posé au cours d'une hospitalisation.", 'setting')).toBeUndefined();
    // (second reader: a choice of places is no restriction to one; an `et` or a `que` is no choice)
    expect(paramsOf('Ces prestations ne sont remboursées que pour des bénéficiaires séjournant dans un service de gériatrie ou à domicile.', 'setting')).toBeUndefined();
    expect(paramsOf("La prestation 799105-799116 ne peut être attestée qu'une fois au cours d'une hospitalisation du bénéficiaire.", 'setting')).toBeUndefined();
    expect(paramsOf("La prestation 799105-799116 n'est remboursable que si la parturiente est âgée de moins de 18 ans et est hospitalisée.", 'setting')).toEqual({ setting: 'hospitalised' });
    expect(paramsOf('Ces prestations ne sont remboursées que par un médecin spécialiste en cardiologie, et uniquement chez un bénéficiaire hospitalisé.', 'setting')).toEqual({ setting: 'hospitalised' });
  });
});

describe('round 42, second reader: the party is its clause’s, a reference is read whole or not at all', () => {
  const rulesOf = (...lines: string[]) => rulesOfText(decree("**Article 1er.** L'article 20 de l'annexe est remplacé par ce qui suit :", '', ...lines));
  const table = ['" Art. 20. § 1er. Tests', '', '799105-799116', '', 'Test standard K 30', '', '799120-799131', '', 'Test complémentaire K 20', '', '§ 2. Tests cutanés', '', '799164-799175', '', 'Test épicutané K 25', ''];
  const party = (sentence: string) => rulesOf(...table, `§ 3. ${sentence} "`).find((r) => r.type === 'nonCumulation')?.with;

  it('what is allowed, or a condition, is never the party', () => {
    expect(party('Les prestations 799105-799116 et 799120-799131 ne sont pas cumulables entre elles, mais peuvent être cumulées avec les prestations visées au § 2.')).toMatchObject({ codes: [], mutual: true });
    expect(party("La prestation 799105-799116 n'est pas cumulable avec les honoraires de surveillance, excepté avec les prestations visées au § 2.")).toMatchObject({ codes: [], labels: ['les honoraires de surveillance'] });
    expect(party("La prestation 799105-799116 n'est pas cumulable avec la consultation, sauf si les prestations du § 2 ont été attestées.")).toMatchObject({ codes: [], labels: ['la consultation'] });
    expect(party("Les prestations 799105-799116 et 799120-799131 ne sont pas cumulables au cours d'une même séance, sauf lorsqu'elles sont effectuées avec le concours d'un anesthésiste.")).toMatchObject({ labels: [], mutual: true });
    expect(party("La prestation 799105-799116 n'est pas cumulable avec la consultation, lorsque les prestations du § 2 ont été attestées.")).toMatchObject({ codes: [], labels: ['la consultation'] });
    expect(party("La prestation 799105-799116 n'est pas cumulable avec la consultation, s'il s'agit des prestations du § 2.")).toMatchObject({ codes: [], labels: ['la consultation'] });
    // (an act named as help or advice is a party: `avec l'aide opératoire`)
    expect(party("Les prestations 799105-799116 et 799120-799131 ne sont pas cumulables avec l'aide opératoire.")).toMatchObject({ labels: ["l'aide opératoire"], mutual: false });
    // (a denial after `mais` names a party: `…, mais ne peut être cumulée avec Z`)
    expect(party('La prestation 799105-799116 est cumulable avec la prestation 799120-799131, mais ne peut être cumulée avec la prestation 799164-799175.')?.codes).toContainEqual(['799164', '799175']);
  });
});
