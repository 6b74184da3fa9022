import { describe, expect, it } from 'vitest';
import { decree, rulesOfText, summary, typesOf } from './load.js';

/** The second reader of 1951a73, 2e37a9d and 9e75699 (stop 57): forms those changes misread, in the reader's words, each failing on 9e75699. */
const replaced = (article: string, ...paragraphs: string[]) =>
  rulesOfText(decree(`**Article 1er.** A l'article ${article} de l'annexe, le § 2 est remplacé par ce qui suit :`, '', `" ${paragraphs.join('\n\n')} "`));

describe('bullets completing a heading (9e75699)', () => {
  it('bullets of one quote do not carry into the next quote that opens on a bullet prestation', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 6 de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1° la rubrique " Prothèses " est remplacée par ce qui suit :',
        '',
        '" PROTHESES FIXES, par élément :\n\n307011 - 307022\n\n* couronne en céramique . . . . . L 300\n\n307033 - 307044\n\n* couronne métallique . . . . . L 250 ";',
        '',
        '2° la prestation suivante est insérée après la prestation 307055 - 307066 :',
        '',
        '" 307070 - 307081\n\n* Réparation d\'un bridge sans démontage . . . . . L 40\n\nCette prestation ne peut être attestée qu\'une fois par période de douze mois. "',
      ),
    );
    expect(summary(rules)).toEqual([['frequency', '307070-307081']]);
  });

  it('a singular `Cette prestation` after bullets of acts of their own under a title ending with a colon: the last one', () => {
    const rules = replaced(
      '6',
      'CHIRURGIE BUCCALE, anesthésie comprise :',
      '307410 - 307421',
      '* Extraction chirurgicale d\'une dent incluse . . . . . L 90',
      '307432 - 307443',
      '* Exérèse d\'un kyste de la mâchoire . . . . . L 120',
      "Cette prestation n'est remboursée qu'une fois par mâchoire.",
    );
    expect(summary(rules)).toEqual([['frequency', '307432-307443']]);
  });
});

describe('a demonstrative named in a rule before (9e75699, namedInRuleBefore)', () => {
  it('`Cette prestation … cette réunion …` after a sentence on one prestation: that one, not the rule that required the meeting', () => {
    const rules = replaced(
      '11',
      "§ 2. La prestation 350510 - 350521 n'est remboursée qu'après une réunion de l'équipe soignante. La prestation 350532 - 350543 couvre le suivi du patient à domicile. Cette prestation n'est remboursée qu'une fois par mois civil suivant cette réunion.",
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '350532-350543']]);
  });

  it('`Cette concertation ne peut être attestée …` under a concertation prestation: the prestation, not the rule that requires a concertation', () => {
    const rules = replaced(
      '11',
      '§ 2. 350610 - 350621 Concertation pluridisciplinaire de revalidation . . . . . K 70',
      "Les prestations 350632 - 350643 et 350654 - 350665 ne sont honorées qu'à l'issue d'une concertation. Cette concertation ne peut être attestée que deux fois par année civile.",
    );
    expect(summary(rules.filter((r) => r.type === 'frequency'))).toEqual([['frequency', '350610-350621']]);
  });
});

describe('`décrite` / `exposée` in a record (1951a73): where a thing is described, no duty', () => {
  it('a fee, what a fee covers, a device, a technique or criteria described in a document', () => {
    for (const s of [
      'Les soins inclus dans le forfait journalier sont décrits dans le protocole de soins.',
      'Les honoraires de surveillance sont décrits dans la demande de convention.',
      "Le dispositif est décrit dans le formulaire de demande visé à l'alinéa 3.",
      "La technique opératoire est décrite au rapport du Conseil technique médical.",
      "Les critères de sélection des patients sont exposés dans le protocole de l'étude clinique.",
    ])
      expect(typesOf(s), s).not.toContain('documentation');
  });
});

describe('an exception clause among themselves (2e37a9d, party.ts)', () => {
  it('`… entre elles, à moins que, chez …, la prestation Z …`: Z, named inside the exception past its first comma, is no party', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'article 12 de l'annexe, l'alinéa suivant est inséré :",
        '',
        '" Les prestations 471210, 471221 et 471232 ne sont pas cumulables entre elles, à moins que, pour un même enfant, la prestation 471243 ait montré une anomalie. "',
      ),
    );
    expect(summary(rules)).toEqual([['nonCumulation', '471210 471221 471232']]);
    expect(rules[0].with).toMatchObject({ codes: [], mutual: true });
  });
});
