import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { decree, paramsOf, rulesOfText, summary, typesOf } from './load.js';

/**
 * Forms the twenty-fifth synthetic round showed missing (test/rules/gold-synthetic/round25/SCORE-BLIND.txt, scored on
 * the stop's starting code), each in wordings of our own: the general form, not the gold's sentence.
 */
describe('limits worded as a rate, extra sessions, one per day, one of several', () => {
  it('`à raison de N au plus`, the span after it', () => {
    expect(paramsOf("Les séances 561234 et 561256 sont remboursables à raison de 24 au plus par affection, pendant une période de six mois.", 'frequency')).toMatchObject({ max: 24, period: { count: 6, unit: 'month' } });
  });

  it('`N prestations … supplémentaires au maximum`', () => {
    expect(paramsOf("Au-delà, le médecin-conseil peut autoriser douze séances 561234 ou 561256 supplémentaires au maximum par période de 12 mois.", 'frequency')).toMatchObject({ max: 12, period: { count: 12, unit: 'month' } });
  });

  it('`une seule … par bénéficiaire et par journée`', () => {
    expect(paramsOf('Une seule prestation du présent paragraphe est remboursée par bénéficiaire et par journée.', 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
  });

  it("`il ne peut être porté en compte qu'une des prestations …` (no `seule`), the span it opens with", () => {
    expect(paramsOf("Par doigt et par séance opératoire, il ne peut être attesté qu'une des prestations 312345 et 312360.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'session' } });
  });

  it('an exception after a paragraph mark opens the sentence: it ends at its comma', () => {
    expect(paramsOf("§ 4. Sauf en cas d'urgence, une seule consultation est remboursée par bénéficiaire et par jour.", 'frequency')).toMatchObject({ unless: "Sauf en cas d'urgence" });
  });
});

describe('who may bill: placed, ensured, also billed by, only one may implant; a heading reserving prestations', () => {
  it('`sont placés par un médecin spécialiste en …`, `est assurée par un médecin spécialiste en …`', () => {
    expect(paramsOf('Les électrodes visées à la prestation 612345 sont placées par un médecin spécialiste en neurochirurgie.', 'qualification')).toMatchObject({ specialties: ['neurochirurgie'] });
    expect(paramsOf('La garde visée à la prestation 591234 est assurée par un médecin spécialiste en anesthésie-réanimation.', 'qualification')).toMatchObject({ specialties: ['anesthésie-réanimation'] });
    // (a label's participle describes the act, it says nobody may bill: `cathéter placé par …`)
    expect(typesOf("Honoraires pour la surveillance d'un cathéter placé par un médecin spécialiste en anesthésie . . . K 20")).not.toContain('qualification');
  });

  it('`peut aussi être portée en compte par le médecin porteur du titre de médecin spécialiste en …` widens', () => {
    expect(paramsOf('Cette prestation peut aussi être attestée par le médecin porteur du titre de médecin spécialiste en dermato-vénéréologie.', 'qualification')).toMatchObject({ specialties: ['dermato-vénéréologie'], additional: true });
  });

  it('`Seul un médecin spécialiste en … peut implanter / pratiquer …`', () => {
    const s = 'Seul un médecin spécialiste en chirurgie vasculaire peut implanter la prothèse visée à la prestation 689012.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'qualification')).toMatchObject({ specialties: ['chirurgie vasculaire'] });
  });

  it('`Prestations réservées aux médecins spécialistes en … :` over the prestations it heads', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 22 de l'annexe, il est inséré un § 5 rédigé comme suit :",
        '',
        '" § 5. Prestations réservées aux médecins spécialistes en rhumatologie :',
        '',
        "558012 Infiltration échoguidée d'une articulation . . . K 30",
        '',
        '558034 Ponction échoguidée d\'une bourse séreuse . . . K 25 ".',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'qualification'))).toEqual([['qualification', '558012 558034']]);
  });
});

describe('what a fee leaves out; in hospital only', () => {
  it("`ne vise pas …`, `n'est pas visée par la prestation …` is what the fee excludes", () => {
    expect(typesOf("La prestation 312345 ne vise pas la reprise d'une cicatrice.")).toEqual(['coverage']);
    expect(typesOf("La ligature simple de l'artère n'est pas visée par la prestation 312360.")).toEqual(['coverage']);
    // (a rule sentence too: the literal in front of it was `vise`, which `visée` does not hold)
    expect(isNormative("La ligature simple de l'artère n'est pas visée par la prestation 312360.")).toBe(true);
  });

  it("`ne sont jamais remboursées en dehors d'une hospitalisation`", () => {
    expect(paramsOf("Les prestations 690012 à 690034 ne sont jamais remboursées en dehors d'une hospitalisation.", 'setting')).toEqual({ setting: 'hospitalised' });
  });
});

describe('documentation: registering, writing in a form, sending to the advising physician, keeping, drafting', () => {
  it.each([
    ["Le centre est tenu de s'enregistrer au préalable auprès du Service des soins de santé au moyen d'un formulaire.", 'formulaire'],
    ['Dans cette demande, le médecin traitant précise les traitements antérieurs.', null],
    ['Pour chaque patient, le relevé des mesures est daté, puis transmis pour information au médecin-conseil.', null],
    ['Le centre garde une copie de chaque formulaire ainsi envoyé pendant au moins cinq ans.', 'formulaire'],
    ['Le médecin responsable adresse ensuite au Collège un dossier reprenant les résultats.', null],
    ['Une demande séparée est rédigée pour chaque examen.', null],
    ['2° le pathologiste rédige un rapport écrit qui mentionne la technique utilisée;', 'rapport'],
    ['3° le laboratoire archive les demandes durant cinq ans;', null],
    ["Dans ce cas, la lettre doit mentionner la date de l'invitation.", null],
  ])('%s', (s, what) => {
    expect(isNormative(s)).toBe(true);
    expect(typesOf(s)).toContain('documentation');
    if (what) expect(paramsOf(s, 'documentation')).toMatchObject({ what });
  });

  it('a record sent to the advising physician is available to him', () => {
    expect(paramsOf('Le rapport est ensuite envoyé pour information au médecin-conseil.', 'documentation')).toMatchObject({ availableToAdvisingPhysician: true });
  });
});

describe('what a list intro or a counted reference stands for', () => {
  it('`Le remboursement de cette prestation est soumis aux conditions suivantes :` gives its items that prestation', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 14 de l'annexe, la prestation suivante est insérée après la prestation 431012 :",
        '',
        '" 431034',
        '',
        'Colposcopie avec biopsie . . . K 40',
        '',
        'Le remboursement de cette prestation est soumis aux conditions suivantes :',
        '',
        'a) elle est pratiquée par un médecin spécialiste en gynécologie-obstétrique;',
        '',
        "b) elle n'est attestée qu'une fois par année civile. \".",
      ),
    );
    expect(summary(rules)).toEqual([
      ['qualification', '431034'],
      ['frequency', '431034'],
    ]);
  });

  it('`ces deux prestations` in a later quote: the two its article defined before', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 35bis de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. Au § 1er, les prestations suivantes sont insérées :',
        '',
        '" 761015-761026',
        '',
        'Valve percutanée . . . U 2000',
        '',
        '761030-761041',
        '',
        'Système de largage de la valve . . . U 300 ";',
        '',
        '2. Le § 12 est complété par ce qui suit :',
        '',
        '" Au cours d\'une même intervention, ces deux prestations ne sont jamais cumulables avec la prestation 761001-761012. ".',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'nonCumulation'))).toEqual([['nonCumulation', '761015-761026 761030-761041']]);
  });
});
