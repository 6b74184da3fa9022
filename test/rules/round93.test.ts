import { describe, expect, it } from 'vitest';
import { decree, paramsOf, rulesOfText, summary, typesOf } from './load.js';

/**
 * Misses of synthetic round 93 (scored blind first: test/rules/gold-synthetic/round93/SCORE-BLIND.txt), each written here
 * in words of our own. Codes 461010-461021, 461032-461043, 461054-461065 (check digit: first five mod 7).
 */
const quote = (...lines: string[]) => rulesOfText(decree("**Article 1er.** A l'article 22 de l'annexe, le § 3 est remplacé par ce qui suit :", '', `" ${lines.join('\n\n')} "`));

describe('misses of round 93 (tuned)', () => {
  it('a quote of rules only, under a lettered part of the article (`article 9 b), § 2`): the prestations put into that § before it', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 9 b) de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. Au § 2, les prestations suivantes sont insérées :',
        '',
        '" 461010',
        '',
        'Séance de préparation à la naissance, à domicile . . . . . W 10',
        '',
        '461032',
        '',
        'Séance de préparation à la naissance, au cabinet . . . . . W 10 ";',
        '',
        '2. Au § 2, un alinéa rédigé comme suit est inséré :',
        '',
        '" Ces séances ne sont remboursées que sur prescription écrite du médecin traitant. ";',
        '',
        '3. Au § 3, un alinéa rédigé comme suit est inséré :',
        '',
        '" Ces séances ne peuvent être attestées qu\'une fois par jour. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'documentation'))).toEqual([['documentation', '461010 461032']]);
    // (another § of the same lettered part: nothing of § 2's)
    expect(rules.filter((r) => r.type === 'frequency').flatMap((r) => r.codes)).toEqual([]);
  });

  it('a heading of the quote ending on a quoted name (`… pour la prestation " bilan … ".`): the quote runs on, its rules are read', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 36, § 2, de l'annexe, le point 5 suivant est ajouté :",
        '',
        '" 5. Modalités pour la prestation " bilan de déglutition ".',
        '',
        "Les prestations 461010 - 461021 et 461032 - 461043 ne peuvent être attestées qu'une fois par année civile.",
        '',
        'Le logopède conserve le bilan dans son dossier. "',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '461010-461021 461032-461043']]);
  });

  it('`doit faire l\'objet d\'une prescription`: a documentation duty', () => {
    expect(typesOf("Cette séance doit faire l'objet d'une prescription séparée.")).toEqual(['documentation']);
  });

  it('for a beneficiary `qui n\'est pas admis à l\'hôpital`: ambulatory (not one not admitted to a day hospital)', () => {
    expect(paramsOf("Ces prestations ne sont attestables que pour un patient qui n'est pas admis à l'hôpital.", 'setting')).toEqual({ setting: 'ambulatory' });
    expect(paramsOf("Ces prestations ne sont attestables que pour un patient qui n'est pas admis à l'hôpital de jour.", 'setting')).toBeUndefined();
  });

  it('`aucune d\'entre elles n\'est cumulable, le même jour, avec …`: each of them with the other party, not among themselves', () => {
    const rules = quote("§ 3. Les prestations 461010 - 461021 et 461032 - 461043 sont soumises aux règles suivantes : 1° aucune d'entre elles n'est cumulable, le même jour, avec les consultations de l'article 2.");
    const bar = rules.filter((r) => r.type === 'nonCumulation');
    expect(summary(bar)).toEqual([['nonCumulation', '461010-461021 461032-461043']]);
    expect(bar[0].with).toMatchObject({ articles: ['2'], mutual: false });
  });

  it('a report `tenu dans le dossier`: kept in the file', () => {
    expect(paramsOf("Le compte rendu de la séance est tenu dans le dossier du bénéficiaire.", 'documentation')).toMatchObject({ keptInFile: true });
  });

  it('`Trois fois par année civile au maximum.` on a line of its own under a prestation: its limit', () => {
    const rules = quote('§ 3. 461054 - 461065 Recherche d\'anticorps par immunofluorescence . . . . . B 400', 'Trois fois par année civile au maximum.');
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '461054-461065']]);
    expect(rules.find((r) => r.type === 'frequency')?.params).toMatchObject({ max: 3, period: { count: 1, unit: 'calendarYear' } });
  });

  it('a bare act for subject (`L\'implantation n\'est effectuée que par …`) after a rule of its quote on prestations: theirs', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 35 de l'annexe, un § 20 est inséré :",
        '',
        '" § 20. 1. Les prestations 461010 - 461021 et 461032 - 461043 ne sont remboursées qu\'après accord du Collège des médecins-directeurs.',
        '',
        "L'implantation n'est effectuée que par un médecin spécialiste en chirurgie cardiaque. \"",
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'qualification'))).toEqual([['qualification', '461010-461021 461032-461043']]);
  });

  it('an act with words of its own for subject is still not guessed onto the codes above', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 35 de l'annexe, un § 20 est inséré :",
        '',
        '" § 20. Les prestations 461010 - 461021 et 461032 - 461043 ne sont remboursées qu\'après accord du Collège des médecins-directeurs.',
        '',
        "La consultation de contrôle annuelle n'est effectuée que par un médecin spécialiste en cardiologie. \"",
      ),
    );
    expect(rules.filter((r) => r.type === 'qualification')).toEqual([]);
  });
});
