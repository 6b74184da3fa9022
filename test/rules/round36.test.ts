import { describe, expect, it } from 'vitest';
import { isNormative } from '../../src/extract/rules/index.js';
import { paramsOf, rulesOfQuote, summary, typesOf } from './load.js';

/**
 * Forms the thirty-sixth synthetic round showed missing (test/rules/gold-synthetic/round36/SCORE-BLIND.txt, scored
 * before any of these changes), each in wordings of our own.
 */
describe('round 36: typing', () => {
  it('`une deuxième séance … la même journée peut être attestée`: twice a day (as the real-decree gold reads it)', () => {
    expect(paramsOf('Une deuxième séance pour la même journée peut être attestée au moyen des prestations 560512 et 560534 :', 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'day' } });
    expect(paramsOf('Pour ces bénéficiaires, une deuxième séance journalière peut être attestée pendant toute la durée du séjour.', 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'day' } });
    expect(paramsOf('Une deuxième séance de kinésithérapie peut être attestée dans la même journée.', 'frequency')).toMatchObject({ max: 2, period: { count: 1, unit: 'day' } });
    // (a limit of its own wins: the second sessions are counted, not the day's sessions)
    expect(paramsOf('Une deuxième séance journalière peut être attestée au maximum 20 fois par année civile.', 'frequency')).toMatchObject({ max: 20 });
  });

  it('`X exclut, pendant …, tout remboursement de la prestation Y`: a non-cumulation over that period', () => {
    const s = "Le remboursement de la prestation 257471 exclut, durant une période de trois ans à compter de l'implantation, tout remboursement de la prestation 257493.";
    expect(paramsOf(s, 'nonCumulation')).toMatchObject({ scope: 'samePeriod' });
  });

  it('`n’est pas remboursé lorsqu’une des prestations Y est datée du même jour`: a same-day non-cumulation', () => {
    expect(paramsOf("La prestation 257471 n'est pas remboursée lorsqu'une des prestations 257493 ou 257515 est datée du même jour.", 'nonCumulation')).toMatchObject({ scope: 'sameDay' });
    expect(paramsOf("La prestation 257471 n'est pas remboursée lorsque la prestation 257493 est effectuée le même jour.", 'nonCumulation')).toMatchObject({ scope: 'sameDay' });
  });

  it('`sauf si celle-ci est effectuée un autre jour`: the same day is the scope', () => {
    expect(paramsOf("Ces honoraires ne sont pas cumulables avec ceux de la prestation 257493, sauf si cette dernière est réalisée un autre jour.", 'nonCumulation')).toMatchObject({ scope: 'sameDay' });
  });

  it('`admis dans un service …`: a hospitalised setting', () => {
    expect(paramsOf("La prestation 257471 ne peut être attestée que pour un patient admis dans un service de soins intensifs agréé.", 'setting')).toMatchObject({ setting: 'hospitalised' });
  });

  it('`peut toutefois être autorisé par le médecin-conseil` is a rule sentence', () => {
    const s = "Le renouvellement anticipé du stimulateur (257471) peut toutefois être autorisé par le médecin-conseil, pour autant que le médecin traitant lui ait transmis un rapport motivé.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'priorApproval')).toMatchObject({ by: 'advisingPhysician' });
  });

  it('`la décision de … est prise au cours d’une concertation multidisciplinaire`: an approval by it', () => {
    expect(paramsOf("La décision d'implanter le dispositif est prise lors d'une concertation multidisciplinaire réunissant un cardiologue et un chirurgien.", 'priorApproval')).toMatchObject({ by: 'multidisciplinaryConsultation' });
    expect(isNormative("La décision d'implantation est prise au cours d'une concertation multidisciplinaire.")).toBe(true);
  });

  it('`une fois par œil et par séance, et au maximum N fois par …`: the first limit is per session (and per eye)', () => {
    expect(paramsOf("La prestation 246271 ne peut être attestée qu'une fois par œil et par séance, et au maximum dix fois par année civile.", 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'session' }, per: 'eye' });
  });

  it('`est également ouverte aux médecins spécialistes en X`: a qualification', () => {
    const s = 'La prestation 246271 est également ouverte aux médecins spécialistes en neurologie.';
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'qualification')).toMatchObject({ specialties: ['neurologie'] });
  });

  it('`le médecin prescripteur précise sur la prescription …`: a duty to document', () => {
    const s = 'Le médecin prescripteur précise sur la prescription le nombre de séances souhaitées.';
    expect(isNormative(s)).toBe(true);
    expect(typesOf(s)).toContain('documentation');
  });

  it('`le montant remboursé a un caractère forfaitaire`: a flat fee (as `revêt un caractère forfaitaire`)', () => {
    expect(typesOf('Pour ces prestations, le montant remboursé a un caractère forfaitaire.')).toContain('flatFee');
  });

  it('`… est forfaitaire; elle couvre …`: a flat fee and what it covers', () => {
    expect(typesOf("La prestation 257471 est forfaitaire; elle couvre toutes les visites de contrôle du séjour et ne peut être attestée qu'une fois.")).toEqual(expect.arrayContaining(['flatFee', 'coverage', 'frequency']));
  });
});

describe('round 36: the codes a rule governs', () => {
  const table = (...lines: string[]) => lines.join('\n\n');

  it('a range ending on a pair’s hospitalised code spans the pairs defined between', () => {
    const rules = rulesOfQuote(
      table(
        '257471 - 257482', 'Premier examen N 20',
        '257493 - 257504', 'Deuxième examen N 30',
        '257515 - 257526', 'Troisième examen N 40',
        'Les prestations 257471 à 257526 ne peuvent être attestées que par un médecin spécialiste en pédiatrie.',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'qualification'))).toEqual([['qualification', '257471-257482 257493-257504 257515-257526']]);
  });

  it('`qui ne peut être cumulé avec ces derniers` in a label: the label’s prestation, the codes it names the party', () => {
    const rules = rulesOfQuote(
      table(
        '257471 - 257482', 'Premier examen N 20',
        '257493 - 257504', 'Deuxième examen N 30',
        '- 257530', 'Examen combiné regroupant les examens 257471 et 257493, qui ne peut être cumulé avec ces derniers, N 45',
      ),
    );
    const cumul = rules.filter((r) => r.type === 'nonCumulation');
    expect(summary(cumul)).toEqual([['nonCumulation', '257530']]);
    expect(cumul[0].with?.codes).toEqual([['257471'], ['257493']]);
  });

  it('a rule in a label leaves the block open: `les prestations visées ci-dessus` after it are all of them', () => {
    const rules = rulesOfQuote(
      table(
        '257471 - 257482', 'Premier examen N 20',
        '- 257530', "Examen combiné, attestable une seule fois par hospitalisation, N 45",
        '- 257541', 'Examen de contrôle N 15',
        "A l'exception de la prestation 257541, les prestations visées ci-dessus ne sont pas cumulables avec les prestations de l'article 17.",
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'nonCumulation'))).toEqual([['nonCumulation', '257471-257482 257530']]);
  });

  it('codes in a `sauf en cas de …` clause are a condition, not the rule’s own', () => {
    const rules = rulesOfQuote(
      table(
        '257471 - 257482', 'Prothèse N 200',
        "La prestation 257471 - 257482 n'est remboursée qu'une fois tous les dix ans, sauf en cas de révision attestée au moyen de la prestation 257493 - 257504.",
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '257471-257482']]);
  });

  it('an exception opening the sentence ends at its comma: the codes after it are the rule’s', () => {
    const rules = rulesOfQuote(
      table(
        '257471 - 257482', 'Premier examen N 20',
        '257493 - 257504', 'Deuxième examen N 30',
        "Sauf si la prestation 257493 - 257504 a été attestée le même jour, la prestation 257471 - 257482 n'est remboursée qu'une fois par semaine.",
        "A l'exception des prestations 257493 - 257504, 257530 et 257541, les prestations 257471 - 257482 et 257515 - 257526 ne sont pas cumulables avec les prestations de l'article 17.",
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '257471-257482']]);
    expect(summary(rules.filter((r) => r.type === 'nonCumulation'))).toEqual([['nonCumulation', '257471-257482 257515-257526']]);
  });

  it('a heading over rules (`Règles de cumul.`) after a table whose labels hold rules is no rule', () => {
    const rules = rulesOfQuote(
      table(
        '257471 - 257482', 'Premier examen, attestable une seule fois par hospitalisation, N 20',
        '257493 - 257504', 'Deuxième examen, attestable une seule fois par hospitalisation, N 30',
        'Règles de cumul.',
        "La prestation 257471 - 257482 n'est pas cumulable avec la prestation 257493 - 257504.",
      ),
    );
    expect(rules.filter((r) => /Règles de cumul/u.test(r.text))).toEqual([]);
  });

  it('`cumulable le même jour avec …`: the party begins at `cumulable`, and what the subject stands for is the rule’s', () => {
    const rules = rulesOfQuote(
      table(
        "Les prestations 257471, 257493 et 257515 ne sont remboursées que pour des bénéficiaires de moins de dix-huit ans. Une seule de ces prestations peut être attestée par jour et elle n'est cumulable le même jour avec aucune autre prestation du présent article.",
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency' || r.type === 'nonCumulation'))).toEqual([
      ['nonCumulation', '257471 257493 257515'],
      ['frequency', '257471 257493 257515'],
    ]);
  });
});

describe("round 36: the second reader's counter-examples (each failed before its fix)", () => {
  const table = (...lines: string[]) => lines.join('\n\n');
  const above = ['257471 - 257482', 'Premier examen N 20', '257493 - 257504', 'Deuxième examen N 30', '257515 - 257526', 'Troisième examen N 40'];
  const codesOf = (rules: { type: string; codes: string[][] }[], type: string) => summary(rules.filter((r) => r.type === type)).map(([, c]) => c);

  it('a condition’s `sauf …` before the rule’s codes does not take them away', () => {
    expect(codesOf(rulesOfQuote(table(...above, "1° Sauf en cas d'urgence, la prestation 257471 - 257482 n'est remboursée qu'une fois par semaine.")), 'frequency')).toEqual(['257471-257482']);
    expect(codesOf(rulesOfQuote(table(...above, "Pour les bénéficiaires de moins de 18 ans, sauf si le prescripteur l'interdit, les prestations 257471 - 257482 et 257493 - 257504 peuvent être attestées deux fois par jour.")), 'frequency')).toEqual(['257471-257482 257493-257504']);
    expect(codesOf(rulesOfQuote(table(...above, "En outre, à moins que le médecin-conseil n'en décide autrement, la prestation 257515 - 257526 n'est remboursée qu'une fois par an.")), 'frequency')).toEqual(['257515-257526']);
  });

  it('codes named only in a condition stay among those an anaphor stands for', () => {
    const rules = rulesOfQuote(table(...above, "Ces prestations ne peuvent être attestées qu'une fois par jour, sauf lorsque la prestation 257493 - 257504 est attestée pour un bénéficiaire hospitalisé."));
    expect(codesOf(rules, 'frequency')).toEqual(['257471-257482 257493-257504 257515-257526']);
  });

  it('`exclut, …, tout remboursement de …` passes the gate, so the pipeline keeps it', () => {
    const rules = rulesOfQuote(table(...above, "Le remboursement de la prestation 257471 - 257482 exclut, durant une période de trois ans, tout remboursement de la prestation 257493 - 257504."));
    expect(codesOf(rules, 'nonCumulation')).toEqual(['257471-257482']);
  });

  it('`un autre jour` sets the day only where nothing names another span', () => {
    const scope = (s: string) => (paramsOf(s, 'nonCumulation') as { scope: string }).scope;
    expect(scope("La prestation 257471 n'est pas cumulable avec la prestation 257493 au cours de la même hospitalisation, même si celle-ci est effectuée un autre jour.")).toBe('sameIntervention');
    expect(scope("Les prestations 257471 et 257493 ne sont pas cumulables pendant une période de trente jours, même si elles sont effectuées des jours différents.")).toBe('samePeriod');
  });

  it('coverage is not read from a later clause naming its own codes, nor from a condition', () => {
    expect(typesOf("La prestation 257471 n'est pas cumulable avec la prestation 257493; la prestation 257515 comprend les frais de matériel.")).not.toContain('coverage');
    expect(typesOf("La prestation 257471 n'est remboursée qu'une fois par an; elle n'est remboursée que si le bilan comprend une évaluation fonctionnelle.")).not.toContain('coverage');
  });

  it('a second session `le même jour qu’une prestation …` is a cumulation allowed, no limit', () => {
    expect(typesOf("Une deuxième séance de kinésithérapie peut être attestée le même jour qu'une prestation de l'article 2.")).not.toContain('frequency');
  });

  it('no hospitalised setting for the emergency department or a day hospital; no approval by a plain consultation', () => {
    // (a hospital's emergency ward is a hospital, stop 58, as `… pris en charge au service des urgences d'un hôpital` was: not hospitalised)
    expect(paramsOf("La prestation 257471 ne peut être attestée que pour un bénéficiaire admis dans le service des urgences d'un hôpital.", 'setting')).toEqual({ setting: 'hospital' });
    expect(typesOf("La prestation 257471 ne peut être attestée que pour un bénéficiaire admis à l'hôpital de jour.")).not.toContain('setting');
    expect(typesOf('La décision de traitement est prise lors d’une consultation avec le patient.'.replace('’', "'"))).not.toContain('priorApproval');
    expect(isNormative("La décision de traitement est prise lors d'une consultation avec le patient.")).toBe(false);
  });

  it('`ouverte aux médecins non spécialistes en X` names no specialty; `ouverte aux médecins généralistes` is no rule sentence', () => {
    expect(typesOf('La prestation 300252 est ouverte aux médecins non spécialistes en chirurgie.')).not.toContain('qualification');
    expect(isNormative('La prestation 300252 est également ouverte aux médecins généralistes.')).toBe(false);
  });

  it("`sauf s'il s'agit de la prestation X` is an exception (X not governed), not a condition", () => {
    const rules = rulesOfQuote(table(...above, "Il ne peut être attesté qu'une seule prestation de l'article 7 par jour, sauf s'il s'agit de la prestation 257493 - 257504 effectuée à domicile."));
    expect(codesOf(rules, 'frequency')).toEqual(['']);
  });
});

describe('real decrees: forms of the blind set 2 (dental, 2009022167) in wordings of our own', () => {
  it('`… est conditionné par le fait que, durant la même année civile, aucun autre X n’ait donné lieu à une intervention`: once in that span', () => {
    const s = "Le remboursement des prestations 371792-371803 et 371814-371825 est en outre conditionné par le fait que durant la même année civile aucun autre détartrage n'ait donné lieu à une intervention de l'assurance.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'calendarYear' } });
    const t = "Le remboursement de la prestation 371792-371803 suppose qu'aucun autre détartrage n'ait donné lieu à une intervention de l'assurance au cours du même trimestre.";
    expect(isNormative(t)).toBe(true);
    expect(paramsOf(t, 'frequency')).toMatchObject({ max: 1, period: { count: 3, unit: 'month' } });
  });

  it('`L’intervention de l’assurance pour la prestation X est unique`: once in a lifetime', () => {
    const s = "L'intervention de l'assurance pour la prestation 308512-308523 est unique.";
    expect(isNormative(s)).toBe(true);
    expect(paramsOf(s, 'frequency')).toMatchObject({ max: 1, period: { count: 1, unit: 'lifetime' } });
  });
});

describe('real decrees: forms of the blind set 3 in wordings of our own', () => {
  it('`Cette liste doit être tenue à la disposition du Service …`: a duty to document', () => {
    expect(typesOf("Cette liste doit être tenue à la disposition du Service d'évaluation et de contrôle médicaux.")).toContain('documentation');
  });

  it('`non cumulables avec des prestations techniques …`: a party named by kind, not the codes among themselves', () => {
    const rules = rulesOfQuote("Les prestations 102955 et 102970 ne sont pas cumulables avec des prestations techniques diagnostiques ou thérapeutiques.");
    const cumul = rules.filter((r) => r.type === 'nonCumulation');
    expect(cumul.map((r) => [r.with?.mutual, r.with?.labels])).toEqual([[false, ['des prestations techniques diagnostiques ou thérapeutiques']]]);
  });
});
