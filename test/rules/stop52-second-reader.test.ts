import { describe, expect, it } from 'vitest';
import { rulesOfQuote, rulesOfText, summary, typesOf } from './load.js';

/**
 * Second reading of the rule-reader commits of stop 52 (751cd49..1a7d251, b231439 … 1a7d251), by a helper who wrote each case
 * from the diff and real decrees; the cases it found that are fixed (the near variants still missed are listed in the stop's
 * closing note).
 * Each case: a sentence or a small decree, what the reader gives now, and what a careful maintainer records.
 * REGRESSION: the change made it worse (checked on a worktree of 751cd49). VARIANT: a near form still missed.
 * Codes are invented and pass the check digit (597100, 597111, 597122, 597133, 597144, 597166, 597203).
 */

const settingOf = (s: string) => rulesOfQuote(s).filter((r) => r.type === 'setting').map((r) => r.params);
const approvalOf = (s: string) => rulesOfQuote(s).filter((r) => r.type === 'priorApproval').map((r) => r.params);

describe('8519da4: `ne peut être attestée pour un bénéficiaire/une mère hospitalisé(e)` without `pas`', () => {
  it('(a regression, fixed) `ne peut être attestée pour un bénéficiaire hospitalisé que si …` is a condition, not ambulatory only', () => {
    // The `ne … que` restriction: its `que` stands after the complement, so the `pour` right after the participle is no proof
    // of a refusal. Now: setting ambulatory; 751cd49: no setting. A maintainer records no ambulatory setting (the prestation
    // IS billable for a hospitalised patient, under a condition). Same with the commit's own `mère`:
    // `… pour la mère hospitalisée avec son enfant que si le nouveau-né est également hospitalisé`.
    expect(settingOf("La prestation 597100 ne peut être attestée pour un bénéficiaire hospitalisé que si l'hospitalisation dure plus de 24 heures.")).not.toContainEqual({ setting: 'ambulatory' });
    expect(settingOf('La prestation 597100 ne peut être attestée pour la mère hospitalisée avec son enfant que si le nouveau-né est également hospitalisé.')).not.toContainEqual({ setting: 'ambulatory' });
  });

  it("(a regression, fixed) `… pour un bénéficiaire hospitalisé qu'une fois par admission` is a frequency for hospitalised patients", () => {
    // Now: frequency + setting ambulatory (a contradiction: the limit is about hospitalised patients); 751cd49: frequency only.
    const rules = rulesOfQuote("La prestation 597100 ne peut être portée en compte pour un bénéficiaire hospitalisé qu'une fois par admission.");
    expect(rules.map((r) => r.type)).toEqual(['frequency']);
  });

  it('(a regression, fixed) `… pour un bénéficiaire hospitalisé dans un service de soins intensifs`: refused in one service only', () => {
    // Now: ambulatory only; 751cd49: nothing. The prestation stays billable for other hospitalised patients: no ambulatory setting
    // (the `pas` form had the same over-reach already; the new form without `pas` spreads it).
    expect(settingOf('La prestation 597100 ne peut être attestée pour un bénéficiaire hospitalisé dans un service de soins intensifs.')).not.toContainEqual({ setting: 'ambulatory' });
  });

});

describe("c8f92be: `… ne comprennent pas …`, a fee's exclusion", () => {
  it('(a regression, fixed) `qui ne comprennent pas` in a relative clause is no exclusion from a fee', () => {
    // Now: coverage { excludes: <whole sentence> }; 751cd49: no coverage. The clause restricts which treatments/sessions are
    // billable (an indication, a billing condition), nothing is left out of a fee: no coverage rule.
    expect(typesOf('La prestation 597100 ne peut être attestée que pour des traitements qui ne comprennent pas de radiothérapie.')).not.toContain('coverage');
    expect(typesOf('Les séances 597100 qui ne comprennent pas au moins 30 minutes de traitement actif ne sont pas remboursées.')).not.toContain('coverage');
  });

  it("(a near form, now read) `n'incluent pas` (same sense as `ne comprennent pas`): nothing read", () => {
    expect(typesOf("Les honoraires de la prestation 597100 n'incluent pas le matériel de ponction.")).toEqual(['coverage']);
  });
});

describe('497fdd0: a condition listed in the infinitive, `1. avoir été prescrites par un médecin …`', () => {
  it('(a near form, now read) the item marked `1°` (the decrees\' commonest marker) is not read: `[\\p{L}\\d°]{1,3}[.)]` wants a dot or parenthesis', () => {
    // Now: the `1°` item is neither its own rule nor kept in the opening sentence (only `other` on the intro and the 2° duty).
    const docs = rulesOfQuote(
      "§ 4. 597100\n\nEchographie de la hanche chez le nourrisson . . . . . N 25\n\nPour pouvoir être portée en compte, la prestation 597100 doit répondre aux conditions suivantes :\n\n1° avoir été prescrite par un médecin spécialiste en pédiatrie;\n\n2° un protocole écrit de l'examen doit être joint au dossier du patient.",
      "L'article 17 de l'annexe est complété",
    ).filter((r) => r.type === 'documentation');
    expect(docs.map((r) => r.text.slice(0, 12))).toEqual(['1° avoir été', '2° un protoc']);
  });

  it('(a near form, now read) `1. être prescrits au patient par le médecin que celui-ci a consulté;` (2012022429, art. 33 § 5, 1.)', () => {
    // The real decree's item puts `au patient` between participle and `par`: PRESCRIBED_ITEM wants `par` right after. Now: nothing.
    expect(typesOf('1. être prescrits au patient par le médecin que celui-ci a consulté;')).toEqual(['documentation']);
  });

  it('(a near form, now read) `par écrit par`, `préalablement prescrite`: a word around the participle and the item is lost', () => {
    expect(typesOf('a) avoir été prescrites par écrit par un médecin spécialiste en pédiatrie;')).toEqual(['documentation']);
    expect(typesOf('1. avoir été préalablement prescrite par un médecin spécialiste en pédiatrie;')).toEqual(['documentation']);
    // (and the finite form the same commit widened: `doit avoir été préalablement prescrite par …`)
    expect(typesOf('La prestation 597100 doit avoir été préalablement prescrite par un médecin spécialiste en pédiatrie.')).toContain('documentation');
  });
});

describe("29c1c18: `le médecin-conseil peut, à la demande du …, donner l'autorisation d'attester …`", () => {
  it("(a near form, now read) `donner son autorisation` / `donner une autorisation`: only `l'autorisation` and `son accord` are read", () => {
    expect(approvalOf('Le médecin-conseil peut, à la demande du kinésithérapeute, donner son autorisation pour une deuxième série de séances 597100.')).toEqual([{ by: 'advisingPhysician' }]);
    expect(approvalOf('Le médecin-conseil peut, à la demande du kinésithérapeute, donner une autorisation pour une deuxième série de séances 597100.')).toEqual([{ by: 'advisingPhysician' }]);
  });

  it("(a near form, now read) `Le médecin-conseil de l'organisme assureur peut, …, donner l'autorisation` (the full title): missed", () => {
    // `médecin-conseil\s+peut` wants `peut` right after; the normative gate already reads `médecin-conseil de l'organisme
    // assureur` in its `a marqué son accord` form.
    expect(approvalOf("Le médecin-conseil de l'organisme assureur peut, à la demande du kinésithérapeute, donner l'autorisation d'attester la prestation 597100.")).toEqual([{ by: 'advisingPhysician' }]);
  });

});

describe('96c8796: `Les prestations des différents groupes, groupe 1, … peuvent être cumulées à 100 % :`', () => {
  const groups = (intro: string) =>
    summary(rulesOfQuote(`§ 9. ${intro}\n\nGroupe 1 : 597100, 597122,\n\nGroupe 2 : 597144,\n\nGroupe 3 : 597166.`, "L'article 15 de l'annexe est complété"));

  it('(a regression, fixed) `des deux groupes … dans les conditions suivantes :` over conditions: the rule goes on a code named in a condition', () => {
    // The groups are listed above; the colon opens conditions, not codes. Now: billingPercentage on 597203 (the prestation the
    // condition names); 751cd49: codeless. A maintainer records the groups' codes, never 597203.
    const rules = rulesOfQuote(
      "§ 9. Groupe 1 : 597100, 597122.\n\nGroupe 2 : 597144, 597166.\n\nLes prestations des deux groupes peuvent être cumulées à 100 % dans les conditions suivantes :\n\n1° lorsqu'elles sont effectuées au cours de la même séance opératoire que la prestation 597203;\n\n2° lorsque l'intervention est bilatérale.",
    );
    expect(rules.find((r) => r.type === 'billingPercentage')!.codes.flat()).not.toContain('597203');
  });

  it('(a near form, now read) `Les prestations des groupes suivants …` (no count word) gets no code', () => {
    // Now: billingPercentage, codeless. The alternation wants `deux|trois|…|différents` before `groupes`, and the older one a
    // group number after it.
    expect(groups('Les prestations des groupes suivants peuvent être cumulées à 100 % au cours de la même séance opératoire :')).toEqual([['billingPercentage', '597100 597122 597144 597166']]);
    expect(groups('Les prestations appartenant aux différents groupes ci-après peuvent être cumulées à 100 % au cours de la même séance opératoire :')).toEqual([['billingPercentage', '597100 597122 597144 597166']]);
  });

});

describe('1a7d251: a decree\'s own annex printed without quote marks', () => {
  it("(a near form, now read) PDF route, `… est remplacé par l'article 33 reproduit en annexe.` (2012022429's words): the annex's codeless rule is dropped", () => {
    // OWN_ANNEX reads `reproduit en annexe du/au présent arrêté` only; 2012022429 writes `reproduit en annexe.` With
    // `l'annexe jointe au présent arrêté` the same text keeps the rule (coverage, codeless).
    const pdf = (instruction: string) =>
      [
        `Article 1er. L'article 33 de l'annexe à l'arrêté royal du 14 septembre 1984 établissant la nomenclature des prestations de santé en matière d'assurance obligatoire soins de santé et indemnités est remplacé par ${instruction}.`,
        'Art. 2. Le présent arrêté entre en vigueur le premier jour du deuxième mois qui suit celui de sa publication au Moniteur belge.',
        'Donné à Bruxelles, le 10 novembre 2012.',
        'ALBERT',
        'Annexe',
        'Art. 33. § 1er. Sont considérés comme prestations qui requièrent la qualification de médecin visé au § 2 :',
        "597100 Caryotype avec bandes pour le diagnostic d'une affection constitutionnelle . . . . . B 289",
        '§ 2. Le " rapport écrit " est joint au dossier.',
        "§ 3. Dans tous les cas, la tenue d'un dossier par bénéficiaire fait partie intégrante de l'examen.",
        '',
      ].join('\n');
    const kept = (t: string) => rulesOfText(t).some((r) => r.text.startsWith('Dans tous les cas'));
    expect(kept(pdf("l'annexe jointe au présent arrêté"))).toBe(true);
    expect(kept(pdf("l'article 33 reproduit en annexe"))).toBe(true);
  });

  it('left over: `ne comprennent ni … ni …` is what the fee leaves out, not what it includes (fixed in stop 53)', () => {
    const rules = rulesOfQuote(
      ['541811 - 541822 Bloc nerveux . . . . . K 30', '', 'Les honoraires de la prestation 541811 - 541822 ne comprennent ni le matériel ni les frais de déplacement.'].join('\n'),
    );
    const coverage = rules.filter((r) => r.type === 'coverage');
    expect(summary(coverage)).toEqual([['coverage', '541811-541822']]);
    expect(coverage[0].params).toMatchObject({ includes: null });
    expect((coverage[0].params as { excludes: string | null }).excludes).toMatch(/ni le matériel ni les frais/u);
  });
});
