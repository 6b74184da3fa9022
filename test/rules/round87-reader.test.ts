import { describe, expect, it } from 'vitest';
import { decree, paramsOf, rulesOfQuote, rulesOfText, summary, typeSentenceLimits, typesOf } from './load.js';

/**
 * A second reader's near variants of the seven forms of 8de2e80 (round 87), each stating what a careful reader records:
 * three it read too much on (5e, 5f, 7a) and the ones its fix for them covers too. (The variants still missed, older gaps,
 * are in the stop's closing note.)
 */
const table = ['365245-365256 Ablation par cathéter N 400', '', '365260-365271 Guidage échographique N 90', '', '365282-365293 Contrôle N 60', '', '365304-365315 Cartographie N 120', ''];
const q = (s: string) => rulesOfQuote([...table, s].join('\n'));
const codesOf = (rules: readonly { type: string; codes: string[][] }[]) => [...new Set(summary(rules).map((r) => r[1]))];
const qual = (s: string) => paramsOf(s, 'qualification') as { specialties: string[] } | undefined;

describe('1. a prestation the act is dated or done by reference to is not the rule’s', () => {
  it('1a `au plus tôt six mois après la réalisation de la prestation Y`: every rule on X only', () => {
    expect(codesOf(q('La prestation 365282-365293 ne peut être attestée qu’au plus tôt six mois après la réalisation de la prestation 365245-365256.'))).toEqual(['365282-365293']);
  });
  it('1b `que postérieurement à la prestation Y, une seule fois par année civile`: frequency 1/calendar year on X only', () => {
    expect(summary(q('La prestation 365282-365293 ne peut être attestée que postérieurement à la prestation 365245-365256, une seule fois par année civile.'))).toEqual([['frequency', '365282-365293']]);
  });
  it('1c `spécialiste en cardiologie autre que celui ayant effectué la prestation Y`: qualification [cardiologie] on X only', () => {
    expect(summary(q('La prestation 365260-365271 n’est attestable que par un médecin spécialiste en cardiologie autre que celui ayant effectué la prestation 365245-365256.'))).toEqual([['qualification', '365260-365271']]);
  });
  it('1d `… différent de celui qui a effectué la prestation Y`: qualification [cardiologie] on X only', () => {
    const rules = q('La prestation 365260-365271 n’est attestable que par un médecin spécialiste en cardiologie différent de celui qui a effectué la prestation 365245-365256.');
    expect(summary(rules)).toEqual([['qualification', '365260-365271']]);
    expect(rules[0].params).toMatchObject({ specialties: ['cardiologie'] });
  });
});

describe('2. `A défaut de / En l’absence de …,` opens a circumstance; `au cours de cette séance`', () => {
  it('2a `Faute de la prestation Y au cours de la même séance, la prestation X … deux fois au plus au cours de cette séance`: frequency 2/session on X', () => {
    const rules = q('Faute de la prestation 365245-365256 au cours de la même séance, la prestation 365260-365271 peut être attestée deux fois au plus au cours de cette séance.');
    expect(summary(rules)).toEqual([['frequency', '365260-365271']]);
  });
  it('2c `En l’absence de la prestation Y …, la prestation X … au cours de cette séance` (covered)', () => {
    const rules = q('En l’absence de la prestation 365245-365256 au cours de la même séance, la prestation 365260-365271 peut être attestée deux fois au plus au cours de cette séance.');
    expect(summary(rules)).toEqual([['frequency', '365260-365271']]);
    expect(rules[0].params).toMatchObject({ max: 2, period: { count: 1, unit: 'session' } });
  });
});

describe('3. `3° ces prestations …` in a list whose intro named them', () => {
  const list = (item2: string) =>
    rulesOfText(
      decree(
        "**Article 1er.** A l'article 25, § 3bis, de l'annexe, sont apportées les modifications suivantes :", '',
        '1. les prestations suivantes sont insérées après la prestation 388301 :', '',
        '"388205', '', 'Réévaluation clinique d’un patient gardé en observation plus de six heures . . . . . A 20', '',
        '388220', '', 'Réévaluation clinique d’un patient gardé en observation plus de six heures, par un médecin accrédité . . . . . A 20', '',
        '388242', '', 'Accompagnement médical du transfert urgent d’un patient vers un autre hôpital . . . . . A 45', '',
        '388264', '', 'Accompagnement médical du transfert urgent d’un patient vers un autre hôpital, par un médecin accrédité . . . . . A 45";', '',
        '2. dans les règles d’application qui suivent la prestation 388301, l’alinéa 3 est remplacé par ce qui suit :', '',
        '"Les prestations 388205, 388220, 388242 et 388264 sont soumises aux conditions suivantes :', '',
        '1° les prestations 388205 et 388220 ne sont attestables qu’une seule fois par jour et par patient ;', '',
        item2, '',
        '3° les prestations 388242 et 388264 ne sont pas cumulables entre elles.";',
      ),
    );
  it('3a `2° lesdites prestations ne peuvent être attestées que par …`: qualification on the four', () => {
    expect(summary(list('2° lesdites prestations ne peuvent être attestées que par des médecins spécialistes en médecine d’urgence ;').filter((r) => r.type === 'qualification'))).toEqual([['qualification', '388205 388220 388242 388264']]);
  });
  it('3b `b) ces actes …` (covered)', () => {
    expect(summary(list('2° ces actes ne peuvent être attestés que par des médecins spécialistes en médecine d’urgence ;').filter((r) => r.type === 'qualification'))).toEqual([['qualification', '388205 388220 388242 388264']]);
  });
  it('3c `2° ces prestations …, à l’exception des prestations 388242 et 388264`: the four less the excepted', () => {
    expect(summary(list('2° ces prestations, à l’exception des prestations 388242 et 388264, ne peuvent être attestées que par des médecins spécialistes en médecine d’urgence ;').filter((r) => r.type === 'qualification'))).toEqual([['qualification', '388205 388220']]);
  });
});

describe('4. a span the sentence sets and changes for some', () => {
  it('4a counter: `…, pour autant que la demande soit introduite dans un délai de deux mois; ce délai est porté à six mois …`: the request deadline, not the span: one limit 1/calendar year', () => {
    expect(typeSentenceLimits('La prestation 365245-365256 est remboursée une fois par année civile, pour autant que la demande soit introduite dans un délai de deux mois; ce délai est porté à six mois pour les bénéficiaires hospitalisés.')).toEqual([[1, { count: 1, unit: 'calendarYear' }]]);
  });
  it('4c `Pour les bénéficiaires de 18 ans ou plus, la prestation X … tous les 5 ans; pour les … moins de 18 ans, ce délai est ramené à trois ans`: 5 and 3 years', () => {
    expect(typeSentenceLimits('Pour les bénéficiaires âgés de 18 ans ou plus, la prestation 365245-365256 est remboursée une fois tous les 5 ans; pour les bénéficiaires de moins de 18 ans, ce délai est ramené à trois ans.')).toEqual([
      [1, { count: 5, unit: 'year' }],
      [1, { count: 3, unit: 'year' }],
    ]);
  });
});

describe('5. `que par un médecin spécialiste en X, à la demande d’un médecin spécialiste en Y`', () => {
  it('5a `…, sur prescription d’un médecin spécialiste en neurologie`: qualification [médecine nucléaire] + documentation (prescription)', () => {
    const s = "La prestation 365245-365256 n'est attestable que par un médecin spécialiste en médecine nucléaire, sur prescription d'un médecin spécialiste en neurologie.";
    expect(typesOf(s)).toEqual(['qualification', 'documentation']);
    expect(qual(s)?.specialties).toEqual(['médecine nucléaire']);
  });
  it('5b `…, à la demande écrite et motivée d’un médecin spécialiste en neurologie`: qualification [médecine nucléaire] + documentation', () => {
    const s = "La prestation 365245-365256 n'est attestable que par un médecin spécialiste en médecine nucléaire, à la demande écrite et motivée d'un médecin spécialiste en neurologie.";
    expect(typesOf(s)).toEqual(['qualification', 'documentation']);
    expect(qual(s)?.specialties).toEqual(['médecine nucléaire']);
  });
  it('5c no comma: `… en médecine nucléaire à la demande d’un médecin spécialiste en neurologie`: the specialty is `médecine nucléaire`', () => {
    expect(qual("La prestation 365245-365256 n'est attestable que par un médecin spécialiste en médecine nucléaire à la demande d'un médecin spécialiste en neurologie.")?.specialties).toEqual(['médecine nucléaire']);
  });
  it('5d `…, à la demande d’un médecin spécialiste en neurologie, ou par un médecin spécialiste en radiodiagnostic`: [médecine nucléaire, radiodiagnostic]', () => {
    expect(qual("La prestation 365245-365256 n'est attestable que par un médecin spécialiste en médecine nucléaire, à la demande d'un médecin spécialiste en neurologie, ou par un médecin spécialiste en radiodiagnostic.")?.specialties).toEqual(['médecine nucléaire', 'radiodiagnostic']);
  });
  it('5e counter: `…, y compris lorsqu’elle est effectuée à la demande d’un médecin généraliste`: no referral required, qualification only', () => {
    expect(typesOf("La prestation 365245-365256 n'est attestable que par un médecin spécialiste en pédiatrie, y compris lorsqu'elle est effectuée à la demande d'un médecin généraliste.")).toEqual(['qualification']);
  });
  it('5f counter: `…, à la demande du médecin-conseil de l’organisme assureur`: no prescription by a physician, qualification only', () => {
    expect(typesOf("La prestation 365245-365256 n'est attestable que par un médecin spécialiste en radiodiagnostic, à la demande du médecin-conseil de l'organisme assureur.")).toEqual(['qualification']);
  });
});

describe('6. `§ 2. <phrase>, ces prestations …`: the prestations of § 1er', () => {
  const par2 = (p2: string) =>
    rulesOfText(
      decree(
        "**Article 1er.** L'article 33 de l'annexe est remplacé par ce qui suit :", '',
        '" § 1er. Sont considérées comme prestations de biologie moléculaire :', '',
        '365245-365256 Analyse simple B 180', '', '365260-365271 Analyse complexe B 450', '', '365282-365293 Suivi B 300', '',
        'Le rapport qui a motivé la demande des prestations 365245-365256 et 365260-365271 est joint au dossier du laboratoire.', '',
        p2 + ' ".',
      ),
    );
  const all = '365245-365256 365260-365271 365282-365293';
  it('6a `§ 2. Sans préjudice de l’article 12, § 3, ces prestations …` (a comma inside the phrase): setting on the three', () => {
    expect(summary(par2('§ 2. Sans préjudice de l’article 12, § 3, ces prestations sont effectuées dans un laboratoire faisant partie d’un centre agréé de génétique humaine.').filter((r) => r.type === 'setting'))).toEqual([['setting', all]]);
  });
  it('6b `§ 2. Par dérogation au § 1er, alinéa 2, ces prestations …`: setting on the three', () => {
    expect(summary(par2('§ 2. Par dérogation au § 1er, alinéa 2, ces prestations sont effectuées dans un laboratoire faisant partie d’un centre agréé de génétique humaine.').filter((r) => r.type === 'setting'))).toEqual([['setting', all]]);
  });
  it('6c `§ 2. En outre, ces prestations ne sont pas cumulables avec la prestation W` (covered): nonCumulation on the three, with W', () => {
    const rules = par2('§ 2. En outre, ces prestations ne sont pas cumulables avec la prestation 365304-365315.').filter((r) => r.type === 'nonCumulation');
    expect(summary(rules)).toEqual([['nonCumulation', all]]);
    expect(rules[0].with?.codes).toEqual([['365304', '365315']]);
  });
});

describe('7. a note under a fixed-width table', () => {
  const fixed = (...lines: string[]) => rulesOfText(decree("**Article 1er.** A l'article 9 de l'annexe, le texte suivant est inséré :", '', '```', ...lines, '```'));
  it('7a counter: numbered conditions `(1) Elle est …; (2) Elle est effectuee par une accoucheuse.` are the rule’s: qualification [accoucheuse] on 423614', () => {
    const rules = fixed(
      '  423614          Visite postnatale a domicile                  V16',
      "  La prestation 423614 n'est remboursable que si les conditions suivantes sont remplies :",
      "  (1) Elle est effectuee dans les dix jours qui suivent l'accouchement;",
      '  (2) Elle est effectuee par une accoucheuse.',
    );
    expect(summary(rules.filter((r) => r.type === 'qualification'))).toEqual([['qualification', '423614']]);
  });
  it('7b `(*) Numero d’ordre reserve a …` is a note too: coverage only', () => {
    const rules = fixed('  423614          Visite postnatale a domicile                  V16', '                  Les honoraires de la prestation 423614 couvrent', '                   les frais de deplacement.', "  (*) Numero d'ordre reserve a des beneficiaires non hospitalises.");
    expect(summary(rules.filter((r) => r.type !== 'other'))).toEqual([['coverage', '423614']]);
  });
  it('7d a note that is itself a rule `(1) La prestation 423614 ne peut etre attestee qu’une fois par jour.` (covered): coverage and frequency', () => {
    const rules = fixed('  423614          Visite postnatale a domicile                  V16', '                  Les honoraires de la prestation 423614 couvrent', '                   les frais de deplacement.', "  (1) La prestation 423614 ne peut etre attestee qu'une fois par jour.");
    expect(summary(rules.filter((r) => r.type !== 'other'))).toEqual([['coverage', '423614'], ['frequency', '423614']]);
  });
});
