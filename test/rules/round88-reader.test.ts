import { describe, expect, it } from 'vitest';
import { decree, relabelAndRules, rulesOfText, summary } from './load.js';

// A second reader's near variants of the forms of 4d24657, e41bfb2 and 4adfc2a (round 88): those these commits or their mend
// read as a careful reader does (three it found read too much: A5, B3, C5; D4, an older gap, read since). The variants still missed are in
// the closing note.
// Codes: 475204-475215, 475226-475230, 475241-475252, 475263-475274 (check digit: first five mod 7).

/** Rules inserted after 475226-475230, no relabelling in the decree. */
const rulesAfter = (...rules: string[]) =>
  rulesOfText(
    decree(
      "**Article 1er.** A l'article 20, § 1er, g), de l'annexe, les règles d'application suivantes sont insérées après la prestation 475226 - 475230 :",
      '',
      `" ${rules.join('\n\n')} "`,
    ),
  );

const only = (rules: { type: string; codes: string[][] }[], ...types: string[]) => summary(rules.filter((r) => types.includes(r.type)));

describe('relabelled act (4d24657)', () => {

  it('A2 subject named through its fee (`Les honoraires pour l’évaluation psychogériatrique initiale …`): the relabelled prestation', () => {
    // careful reader: frequency on 475204-475215
    const rules = relabelAndRules('Les honoraires pour l’évaluation psychogériatrique initiale ne peuvent être portés en compte qu’une fois par hospitalisation.');
    expect(only(rules, 'frequency')).toEqual([['frequency', '475204-475215']]);
  });


  it('A4 `Elle …` after the sentence that named the act by its new label: the same prestation', () => {
    // careful reader: frequency and qualification, both on 475204-475215
    const rules = relabelAndRules(
      'L’évaluation psychogériatrique initiale n’est remboursée qu’une fois par hospitalisation.',
      'Elle ne peut être attestée que par un médecin spécialiste en gériatrie.',
    );
    expect(only(rules, 'frequency', 'qualification')).toEqual([
      ['frequency', '475204-475215'],
      ['qualification', '475204-475215'],
    ]);
  });

  it('A5 under a new prestation the decree inserts, `L’évaluation psychogériatrique …` (words both labels open with): the prestation above, not the relabelled one too', () => {
    // careful reader: the qualification under 475241-475252's own text is on 475241-475252 (the act the paragraph defines)
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 20, § 1er, g), de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. le libellé de la prestation 475204 - 475215 est remplacé par ce qui suit :',
        '',
        '" Honoraires pour l’évaluation psychogériatrique initiale d’un bénéficiaire hospitalisé, avec rapport écrit K 60 ";',
        '',
        '2. la prestation suivante est insérée après la prestation 475226 - 475230 :',
        '',
        '" 475241 - 475252',
        '',
        'Évaluation psychogériatrique de suivi d’un bénéficiaire hospitalisé, avec rapport écrit K 30',
        '',
        'L’évaluation psychogériatrique ne peut être attestée que par un médecin spécialiste en gériatrie. "',
      ),
    );
    expect(only(rules, 'qualification')).toEqual([['qualification', '475241-475252']]);
  });
});

describe('`Ces deux prestations` after a sentence that named two (4d24657)', () => {
  it('B1 `Ces deux actes` (another noun of acts): the two named before', () => {
    // careful reader: qualification on 475226-475230 and 475204-475215
    const rules = rulesAfter(
      'La prestation 475226 - 475230 est attestable au plus deux fois par semaine; elle ne peut jamais être cumulée avec la prestation 475204 - 475215 le même jour.',
      'Ces deux actes ne sont remboursés que s’ils sont effectués par un médecin spécialiste en gériatrie.',
    );
    expect(only(rules, 'qualification')).toEqual([['qualification', '475226-475230 475204-475215']]);
  });

  it('B2 the two named each in a sentence of its own: those two', () => {
    // careful reader: qualification on 475226-475230 and 475204-475215
    const rules = rulesAfter(
      'La prestation 475226 - 475230 est attestable au plus deux fois par semaine.',
      'La prestation 475204 - 475215 n’est attestable qu’une fois par hospitalisation.',
      'Ces deux prestations ne sont remboursées que si elles sont effectuées par un médecin spécialiste en gériatrie.',
    );
    expect(only(rules, 'qualification')).toEqual([['qualification', '475226-475230 475204-475215']]);
  });

  it('B3 `Ces deux séances hebdomadaires` counts the sessions of the one prestation, not the two prestations named', () => {
    // careful reader: the spacing rule is on 475226-475230 only (its two weekly sessions), never on 475204-475215
    const rules = rulesAfter(
      'La prestation 475226 - 475230 est attestable au plus deux fois par semaine; elle ne peut jamais être cumulée avec la prestation 475204 - 475215 le même jour.',
      'Ces deux séances hebdomadaires ne sont remboursées que si elles sont effectuées par un médecin spécialiste en gériatrie.',
    );
    expect(only(rules, 'qualification')).toEqual([['qualification', '475226-475230']]);
  });
});

describe('singular personal `Il` (e41bfb2)', () => {
  const after = (il: string) =>
    relabelAndRules('La prestation 475226 - 475230 n’est remboursée que pour le diagnostic d’une démence débutante.', 'L’examen ne peut être prescrit que par un médecin spécialiste en neurologie.', il);

  it('C1 `Il ne peut être attesté qu’à raison d’une fois par période de 18 mois`', () => {
    // careful reader: frequency on 475226-475230 (max 1 per 18 months)
    expect(only(after('Il ne peut être attesté qu’à raison d’une fois par période de 18 mois.'), 'frequency')).toEqual([['frequency', '475226-475230']]);
  });

  it('C2 `Il ne peut être attesté, par bénéficiaire, qu’une seule fois …` (a phrase before `qu’`)', () => {
    // careful reader: frequency on 475226-475230
    expect(only(after('Il ne peut être attesté, par bénéficiaire, qu’une seule fois par période de 18 mois.'), 'frequency')).toEqual([['frequency', '475226-475230']]);
  });

  it('C3 `Il n’est remboursé qu’une seule fois …` (no `peut être`)', () => {
    // careful reader: frequency on 475226-475230
    expect(only(after('Il n’est remboursé qu’une seule fois par période de 18 mois.'), 'frequency')).toEqual([['frequency', '475226-475230']]);
  });

  it('C4 `Il` agrees with the masculine `L’examen X`, not the feminine `la prestation Y` named after it', () => {
    // careful reader: frequency on 475241-475252 (the examination), not on 475226-475230
    const rules = relabelAndRules(
      'L’examen 475241 - 475252 n’est pas cumulable avec la prestation 475226 - 475230.',
      'Il ne peut être attesté qu’une seule fois par période de 18 mois.',
    );
    expect(only(rules, 'frequency')).toEqual([['frequency', '475241-475252']]);
  });

  it('C5 an impersonal `Il ne peut être porté en compte qu’une seule fois par jour un supplément …` (its subject after the verb)', () => {
    // careful reader: the limit is on the supplement the sentence names, not on 475226-475230; nomen should not put it there
    const rules = after('Il ne peut être porté en compte qu’une seule fois par jour un supplément pour examen effectué en urgence.');
    expect(only(rules, 'frequency')).not.toEqual([['frequency', '475226-475230']]);
  });
});

describe('a clause with its verb left unsaid (4adfc2a)', () => {
  const limits = (rules: { type: string; codes: string[][]; params: unknown }[]) =>
    rules.filter((r) => r.type === 'frequency').map((r) => [r.codes.map((g) => g.join('-')).join(' '), (r.params as { max: number }).max, (r.params as { period: unknown }).period]);

  it('D1 `… par année civile et la prestation Y qu’une fois tous les 2 ans` (no comma before `et`)', () => {
    // careful reader: 475226-475230 max 4 / calendar year; 475204-475215 max 1 / 2 years
    const rules = rulesAfter('La prestation 475226 - 475230 ne peut être remboursée qu’à raison de quatre séances au maximum par année civile et la prestation 475204 - 475215 qu’une fois tous les 2 ans.');
    expect(limits(rules)).toEqual([
      ['475226-475230', 4, { count: 1, unit: 'calendarYear' }],
      ['475204-475215', 1, { count: 2, unit: 'year' }],
    ]);
  });

  it('D2 the elliptic clause names two prestations (`, et les prestations Y et Z qu’une fois …`)', () => {
    // careful reader: 475226-475230 max 4 / calendar year; 475204-475215 and 475241-475252 max 1 / 2 years
    const rules = rulesAfter(
      'Par bénéficiaire, la prestation 475226 - 475230 ne peut être remboursée qu’à raison de quatre séances au maximum par année civile, et les prestations 475204 - 475215 et 475241 - 475252 qu’une fois tous les 2 ans.',
    );
    expect(limits(rules)).toEqual([
      ['475226-475230', 4, { count: 1, unit: 'calendarYear' }],
      ['475204-475215 475241-475252', 1, { count: 2, unit: 'year' }],
    ]);
  });

  it('D3 a positive first verb (`peut être attestée au maximum six fois …, et la prestation Y au maximum une fois …`)', () => {
    // careful reader: 475226-475230 max 6 / calendar year; 475204-475215 max 1 / 2 years
    const rules = rulesAfter('La prestation 475226 - 475230 peut être attestée au maximum six fois par année civile, et la prestation 475204 - 475215 au maximum une fois tous les 2 ans.');
    expect(limits(rules)).toEqual([
      ['475226-475230', 6, { count: 1, unit: 'calendarYear' }],
      ['475204-475215', 1, { count: 2, unit: 'year' }],
    ]);
  });
  it('D4 the period said once in the opener (`Par année civile, la prestation X … que quatre fois, et la prestation Y qu’une fois`)', () => {
    // careful reader: 475226-475230 max 4 / calendar year; 475204-475215 max 1 / calendar year
    const rules = rulesAfter('Par année civile, la prestation 475226 - 475230 ne peut être remboursée que quatre fois, et la prestation 475204 - 475215 qu’une fois.');
    expect(limits(rules)).toEqual([
      ['475226-475230', 4, { count: 1, unit: 'calendarYear' }],
      ['475204-475215', 1, { count: 1, unit: 'calendarYear' }],
    ]);
  });

});

describe('`les quotas fixés ci-dessus` (4adfc2a)', () => {
  const quotas = (...more: string[]) =>
    rulesAfter(
      'La prestation 475226 - 475230 ne peut être remboursée qu’à raison de quatre séances au maximum par année civile.',
      'La prestation 475204 - 475215 ne peut être remboursée qu’une fois tous les 2 ans.',
      ...more,
    );

  it('E1 a condition that says `maximum` (a score) sets no quota: not among `les quotas fixés ci-dessus`', () => {
    // careful reader: priorApproval on 475226-475230 and 475204-475215 only (475241-475252 has no quota)
    const rules = quotas(
      'La prestation 475241 - 475252 n’est remboursée que si le bénéficiaire présente un score MMSE de 24 au maximum.',
      'Pour les cas qui dérogent aux quotas fixés ci-dessus, le médecin-conseil peut accorder une intervention sur la base d’un rapport motivé.',
    );
    expect(only(rules, 'priorApproval')).toEqual([['priorApproval', '475226-475230 475204-475215']]);
  });

  it('E2 `Au-delà du nombre maximum de séances fixé ci-dessus` (the noun of the count between)', () => {
    // careful reader: priorApproval on both prestations with a quota
    const rules = quotas('Au-delà du nombre maximum de séances fixé ci-dessus, l’accord préalable du médecin-conseil est requis.');
    expect(only(rules, 'priorApproval')).toEqual([['priorApproval', '475226-475230 475204-475215']]);
  });

  it('E3 `Pour les cas qui dérogent aux fréquences fixées ci-dessus, …`', () => {
    // careful reader: priorApproval on both prestations with a quota
    const rules = quotas('Pour les cas qui dérogent aux fréquences fixées ci-dessus, le médecin-conseil peut accorder une intervention sur la base d’un rapport motivé.');
    expect(only(rules, 'priorApproval')).toEqual([['priorApproval', '475226-475230 475204-475215']]);
  });

  it('E4 `Pour les cas qui dérogent aux maxima précités, …`', () => {
    // careful reader: priorApproval on both prestations with a quota
    const rules = quotas('Pour les cas qui dérogent aux maxima précités, le médecin-conseil peut accorder une intervention sur la base d’un rapport motivé.');
    expect(only(rules, 'priorApproval')).toEqual([['priorApproval', '475226-475230 475204-475215']]);
  });
});
