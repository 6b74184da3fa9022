import { describe, expect, it } from 'vitest';
import { paramsOf, rulesOfQuote, rulesOfText, summary, typesOf } from './load.js';

/**
 * Forms the thirty-seventh synthetic round showed missing (test/rules/gold-synthetic/round37/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('round 37: typing', () => {
  it('`ne sont pas non plus cumulables avec …`: a non-cumulation', () => {
    expect(typesOf('Elles ne sont pas non plus cumulables avec la consultation du médecin spécialiste.')).toContain('nonCumulation');
    expect(typesOf("La prestation 257471 n'est pas non plus cumulable avec la prestation 257493.")).toContain('nonCumulation');
  });

  it('`Par séance, une seule prestation de l’article 22, II, b), peut être attestée`: once per that span', () => {
    expect(paramsOf("Par séance, une seule prestation de l'article 22, II, b), peut être attestée.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'session' } });
    expect(paramsOf("Par jour, une seule prestation de l'article 22, II, peut être portée en compte, à l'exception de la prestation 558950.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
  });

  it('`il n’est porté en compte qu’un seul de ces honoraires` (masculine, fees): once per the span', () => {
    expect(paramsOf("Par journée d'hospitalisation, il n'est porté en compte qu'un seul de ces honoraires.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
  });

  it('`le jour de la sortie`, `du jour de l’admission`: the same day', () => {
    expect(paramsOf("Les prestations 590785 et 590796 ne sont pas cumulables entre elles le jour de la sortie de l'hôpital.", 'nonCumulation')).toMatchObject({ scope: 'sameDay' });
    expect(paramsOf("Les honoraires de surveillance du jour de l'admission ne peuvent pas être cumulés avec la prestation 590870.", 'nonCumulation')).toMatchObject({ scope: 'sameDay' });
  });

  it('`au cours d’une même série d’irradiations`: a period', () => {
    expect(paramsOf("Au cours d'une même série d'irradiations, les prestations 444835 et 444872 ne sont pas cumulables.", 'nonCumulation')).toMatchObject({ scope: 'samePeriod' });
  });

  it('`ne peuvent jamais être attestées ensemble pour le même membre`: a non-cumulation', () => {
    expect(typesOf('Les prestations 648690 et 648712 ne peuvent jamais être attestées ensemble pour le même membre.')).toContain('nonCumulation');
  });

  it('`La motivation … doit se trouver dans le dossier médical`: a duty to document (real set 5, 2003022336)', () => {
    expect(typesOf('La justification de la répétition doit se trouver dans le dossier médical du patient.')).toContain('documentation');
  });

  it('`que lorsqu’elles sont dispensées à des bénéficiaires non hospitalisés`: ambulatory', () => {
    expect(paramsOf("Les prestations 533105 et 533120 ne sont remboursées que lorsqu'elles sont effectuées chez des patients non hospitalisés.", 'setting')).toMatchObject({ setting: 'ambulatory' });
  });
});

describe('round 37: the codes a rule governs', () => {
  const decree = (...lines: string[]) => rulesOfText(['---', 'number: 2016022107', '---', '', ...lines].join('\n'));

  it('`la prestation X est suivie des règles d’application suivantes : "Cette prestation …"`: X', () => {
    const rules = decree(
      "**Article 1er.** A l'article 20 de l'annexe, les modifications suivantes sont apportées :",
      '',
      'A. la prestation 471903 - 471914 est suivie des règles d\'application suivantes :',
      '',
      "\" Cette prestation ne peut être portée en compte qu'une fois par période de douze mois. \"",
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '471903-471914']]);
  });

  it('`ces honoraires`, `chacun de ces suppléments`: the prestations above', () => {
    const rules = decree(
      "**Article 1er.** A l'article 25 de l'annexe, les prestations suivantes sont insérées :",
      '',
      '" 598721 Honoraires de surveillance, premier jour N 20',
      '',
      '598743 Honoraires de surveillance, jours suivants N 10',
      '',
      "Par journée d'hospitalisation, il n'est porté en compte qu'un seul de ces honoraires. \"",
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '598721 598743']]);
  });
});

describe("rounds 36-37: the second reader's counter-examples to the later changes (each failed before its fix)", () => {
  const scope = (s: string) => (paramsOf(s, 'nonCumulation') as { scope: string }).scope;

  it('a day named as a start or an exception (`dans les 30 jours qui suivent le jour de l’admission`, `à l’exception du jour de …`) is no same-day scope', () => {
    expect(scope("La prestation 590785 n'est pas cumulable avec la prestation 590796 dans les 30 jours qui suivent le jour de l'admission.")).toBe('samePeriod');
    expect(scope("La prestation 590785 n'est pas cumulable avec la prestation 590796 au cours de la même hospitalisation, à l'exception du jour de l'admission.")).toBe('sameIntervention');
    expect(scope("La prestation 590785 n'est pas cumulable avec la prestation 590796, sauf le jour de la sortie.")).toBe('any');
  });

  it('`aucune prestation Y n’ait été attestée durant la même année` or `aucune consultation …` (another kind) is no limit on the rule’s own codes', () => {
    expect(typesOf("La prestation 301254 n'est remboursable qu'à condition qu'aucune prestation 301276 n'ait été attestée durant la même année civile.")).not.toContain('frequency');
    expect(typesOf("Le droit à l'intervention de l'assurance pour la prestation 301033 est conditionné par le fait que dans le même trimestre, aucune consultation n'ait donné lieu à une intervention de l'assurance.")).not.toContain('frequency');
  });

  it('`est unique par grossesse / par séance`: once per that, not in a lifetime', () => {
    expect(paramsOf("L'intervention de l'assurance pour la prestation 317295 est unique par grossesse.", 'frequency')).toMatchObject({ max: 1, period: null });
    expect(paramsOf("L'intervention de l'assurance pour la prestation 317295 est unique par année civile.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'calendarYear' } });
  });

  it('`ces suppléments` under a fee and two supplements: the supplements, not the whole block', () => {
    const rules = rulesOfText(
      ['---', 'number: 2016022107', '---', '', "**Article 1er.** A l'article 25 de l'annexe, les prestations suivantes sont insérées :", '', '" 598721 Honoraires de surveillance N 20', '', '598743 Supplément pour la surveillance de nuit N 10', '', '598765 Supplément pour la surveillance le week-end N 10', '', 'Ces suppléments ne sont pas cumulables entre eux. "'].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'nonCumulation'))).toEqual([['nonCumulation', '598743 598765']]);
  });

  it('`avec des prestations de même nature / de la présente rubrique` is no party named by kind', () => {
    const party = (s: string) => rulesOfQuote(s).filter((r) => r.type === 'nonCumulation').map((r) => r.with?.labels);
    expect(party('Les prestations 257471 et 257493 ne sont pas cumulables avec des prestations de même nature.')).toEqual([[]]);
    expect(party('Les prestations 257471 et 257493 ne sont pas cumulables avec des prestations de la présente rubrique.')).toEqual([[]]);
  });

  it('`plus d’une seule prestation`, `une seule prestation … en plus de la prestation X` are no one-per-span limit', () => {
    expect(typesOf("Par séance, plus d'une seule prestation peut être attestée lorsque le patient est hospitalisé.")).not.toContain('frequency');
    expect(typesOf('Par séance, une seule prestation peut être attestée en plus de la prestation 558950.')).not.toContain('frequency');
  });

  it('`qu’un des honoraires …` (no `seul`) is read like `qu’un seul des honoraires`', () => {
    expect(paramsOf("Il ne peut être attesté qu'un des honoraires de surveillance par jour d'hospitalisation.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'day' } });
  });
});

describe('round 38 (after its blind score): the codes of a paragraph another quote of the decree inserted', () => {
  it('`les prestations visées au § 1er, 6,` (or `6°`) where `au § 1er, le point 6 suivant est inséré : " 6. … "`: the point’s prestations', () => {
    const rules = rulesOfText(
      [
        '---', 'number: 2016022107', '---', '',
        "**Article 1er.** A l'article 17bis de l'annexe, les modifications suivantes sont apportées :", '',
        'A. au § 1er, le point 6 suivant est inséré après le point 5 :', '',
        '" 6. Echographies musculaires', '', '461716 - 461720', '', "D'un muscle N 35", '', '461731 - 461742', '', 'De deux muscles N 52 "', '',
        'B. le § 2 est remplacé par la disposition suivante :', '',
        '" § 2. Par séance, une seule des prestations visées au § 1er, 6, peut être attestée. "', '',
        'C. il est inséré un § 10 rédigé comme suit :', '',
        '" § 10. Les prestations reprises au § 1er, 6°, ne sont honorées que si elles sont effectuées par un médecin spécialiste en radiodiagnostic. "',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency' || r.type === 'qualification'))).toEqual([
      ['frequency', '461716-461720 461731-461742'],
      ['qualification', '461716-461720 461731-461742'],
    ]);
  });

  it('`les prestations du § 1er` where the decree only completes § 1er with a point: not that point alone', () => {
    const rules = rulesOfText(
      [
        '---', 'number: 2016022107', '---', '',
        "**Article 1er.** A l'article 7 de l'annexe, les modifications suivantes sont apportées :", '',
        '1. Le § 1er est complété par un 8° rédigé comme suit :', '',
        '" 8° Séances de drainage', '', '566451', '', 'Séance individuelle M 24 "', '',
        '2. Il est inséré un § 17 rédigé comme suit :', '',
        "\" § 17. Par bénéficiaire et par journée, il n'est remboursé qu'une seule des prestations du § 1er. \"",
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '']]);
  });
});

describe('round 38 (after its blind score): the prestation an inserted rule follows', () => {
  const rulesQuoted = (quote: string) => rulesOfQuote(quote, "A l'article 27 de l'annexe, le § 2bis est remplacé");
  it('`après la prestation X, la règle d’application suivante est insérée : " Cette prestation … "`: X', () => {
    const rules = rulesOfText(
      [
        '---', 'number: 2016022107', '---', '',
        "**Article 1er.** A l'article 20 de l'annexe, les modifications suivantes sont apportées :", '',
        "B. après la prestation 476173 - 476184, la règle d'application suivante est insérée :", '',
        "\" Cette prestation ne peut être remboursée qu'une fois par période de douze mois. Elle n'est pas remboursée lorsque le bénéficiaire est hospitalisé. \"",
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency' || r.type === 'setting'))).toEqual([
      ['frequency', '476173-476184'],
      ['setting', '476173-476184'],
    ]);
  });

  it('`les prestations du point D`, `… visées au point D, 2°`: those listed under that lettered point', () => {
    const rules = rulesQuoted(
      [
        ' § 2bis. Vêtements de compression', '',
        'C. Conditions :', '',
        "C.1. Les prestations du point D ne sont remboursées que sur prescription d'un médecin spécialiste en dermatologie.", '',
        "C.2. L'intervention de l'assurance pour les prestations visées au point D, 2°, est subordonnée à l'accord préalable du médecin-conseil.", '',
        'D. Liste des prestations :', '', '1° Membre supérieur :', '', '605312-605323', '', 'Manchon sur mesure T 85', '',
        '2° Membre inférieur :', '', '605393-605404', '', 'Bas sur mesure T 90 ',
      ].join('\n'),
    );
    expect(summary(rules.filter((r) => r.type === 'documentation' || r.type === 'priorApproval'))).toEqual([
      ['documentation', '605312-605323 605393-605404'],
      ['priorApproval', '605393-605404'],
    ]);
  });
});

describe("round 38's attribution changes: the second reader's counter-examples (each failed before its fix)", () => {
  const decree = (...lines: string[]) => rulesOfText(['---', 'number: 2016022107', '---', '', ...lines].join('\n'));
  const codesOf = (rules: { type: string; codes: string[][] }[], type: string) => summary(rules.filter((r) => r.type === type)).map(([, c]) => c);

  it('`au 2°` is never a condition’s `2.` line', () => {
    const rules = rulesOfQuote(
      [
        ' § 3. Les prestations ne sont remboursées que si les conditions suivantes sont remplies :', '', '1. une prescription ;', '', '2. un rapport écrit.', '',
        '1° Echographies :', '', '461613 - 461624', '', 'Echographie simple N 20', '',
        '2° Doppler :', '', '461716 - 461720', '', 'Doppler simple N 30', '',
        'Les prestations visées au 2° ne sont pas cumulables entre elles. ',
      ].join('\n'),
    );
    expect(codesOf(rules, 'nonCumulation')).toEqual(['461716-461720']);
  });

  it('another quote’s paragraph or point ends at its next `§` line', () => {
    const rules = decree(
      "**Article 1er.** A l'article 17bis de l'annexe, les modifications suivantes sont apportées :", '',
      'A. les §§ 1er et 2 sont remplacés par ce qui suit :', '',
      '" § 1er. Echographies', '', '461716 - 461720', '', "D'une articulation N 35", '', '§ 2. Doppler', '', '461731 - 461742', '', "D'un vaisseau N 52 \"", '',
      'B. il est inséré un § 10 rédigé comme suit :', '',
      "\" § 10. Les prestations reprises au § 1er ne sont honorées que si elles sont effectuées par un médecin spécialiste en radiodiagnostic. \"",
    );
    expect(codesOf(rules, 'qualification')).toEqual(['461716-461720']);
  });

  it('`au § 1er, 6, 7 et 8` (a list of points written without °) is no reference to point 6 alone', () => {
    const rules = decree(
      "**Article 1er.** A l'article 17bis de l'annexe, les modifications suivantes sont apportées :", '',
      'A. au § 1er, le point 6 suivant est inséré après le point 5 :', '',
      '" 6. Echographies musculaires', '', '461716 - 461720', '', "D'un muscle N 35 \"", '',
      'B. le § 2 est remplacé par la disposition suivante :', '',
      "\" § 2. Par séance, une seule des prestations visées au § 1er, 6, 7 et 8, peut être attestée. \"",
    );
    expect(codesOf(rules, 'frequency')).toEqual(['']);
  });

  it('`point D` is the point of the paragraph holding the sentence, and ends at the next `§` line', () => {
    const rules = rulesOfQuote(
      [
        ' § 2bis. Vêtements', '', 'D. Liste :', '', '605312-605323', '', 'Manchon T 85', '',
        '§ 2ter. Bandages', '', "C.1. Les prestations du point D ne sont remboursées que sur prescription d'un médecin spécialiste en chirurgie.", '',
        'D. Liste :', '', '605415-605426', '', 'Bandage herniaire T 40 ',
      ].join('\n'),
      "A l'article 27 de l'annexe, les §§ 2bis et 2ter sont remplacés",
    );
    expect(codesOf(rules, 'documentation')).toEqual(['605415-605426']);
  });
});
