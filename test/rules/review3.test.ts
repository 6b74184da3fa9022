import { describe, expect, it } from 'vitest';
import { extractIndicationsWithSpans } from '../../src/extract/indications/index.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { decree, paramsOf, rulesOfText, summary, typesOf } from './load.js';

/** What a second reader of this stop's rule work (2026-12-05, second stop) found wrong in it, each in an example of our own. */
const indicationsOf = (text: string) => {
  const doc = buildStructure(ingestText(makeSourceFile('t.md', Buffer.from(text))));
  return extractIndicationsWithSpans(doc, new DiagnosticSink(doc)).indications;
};

describe('who may not bill: only a plain refusal when that specialist performs it', () => {
  it('an exception (`sauf si`, `même si`) or a negation after the conjunction says who may, not who may not', () => {
    expect(paramsOf('Les prestations 470012 ne sont pas remboursées, sauf si elles sont effectuées par un médecin spécialiste en cardiologie.', 'qualification')).toMatchObject({ specialties: ['cardiologie'], excluded: [] });
    expect(paramsOf('Les prestations 470012 ne sont pas remboursées si elles ne sont pas effectuées par un médecin spécialiste en cardiologie.', 'qualification')).toMatchObject({ specialties: ['cardiologie'], excluded: [] });
  });

  it('a performer named with a condition is neither', () => {
    expect(typesOf("Les prestations 470012 ne sont pas honorées lorsqu'elles sont exécutées par un médecin spécialiste en radiodiagnostic pour un malade qu'il n'a pas en traitement.")).not.toContain('qualification');
  });
});

describe('rules tied to no prestation', () => {
  it('words put into a sentence (`les mots " … "`) are no provision of their own', () => {
    const rules = rulesOfText(decree("**Article 1er.** A l'article 8 de l'annexe, dans la prestation 424012, les mots \"une fois par jour\" sont remplacés par les mots \"maximum 2 toilettes par semaine\"."));
    expect(rules).toEqual([]);
  });

  it('a demonstrative of a document (`Ce protocole doit contenir …`) is a duty of the provision, not an unresolved act', () => {
    const rules = rulesOfText(decree("**Article 1er.** A l'article 17 de l'annexe, le § 9 est remplacé par ce qui suit :", '', '" § 9. Un protocole écrit de chaque examen est établi. Ce protocole doit contenir la question posée. ".'));
    expect(summary(rules)).toEqual([
      ['documentation', ''],
      ['documentation', ''],
    ]);
  });
});

describe('spans: a rate before a window', () => {
  it.each([
    ["Durant les 6 mois qui suivent l'intervention, au maximum 20 séances par mois peuvent être attestées.", { count: 1, unit: 'month' }],
    ['Dans les 30 jours suivant la sortie, au maximum 3 prestations par semaine peuvent être attestées.', { count: 1, unit: 'week' }],
    ["Pendant les deux années civiles qui suivent l'implantation, au maximum 60 séances peuvent être attestées par année civile.", { count: 1, unit: 'calendarYear' }],
  ])('%s', (s, period) => {
    expect(paramsOf(s, 'frequency')).toMatchObject({ period });
  });

  it('`à deux reprises` in a patient’s history is no limit; `précédents` counts no teeth', () => {
    expect(typesOf("La prestation 470012 est remboursée chez les patients ayant chuté à deux reprises au cours d'une même année.")).not.toContain('frequency');
    expect(paramsOf("Cette prestation n'est remboursée qu'une fois par an, sauf si le patient a été hospitalisé au cours des mois précédents.", 'frequency')).toMatchObject({ per: 'patient' });
  });
});

describe('what a fee covers: of a prestation only', () => {
  it('`fait partie intégrante des prestations` (singular too); not `du dossier`; `ne vise pas` of a prestation only', () => {
    expect(typesOf("La rédaction d'un rapport écrit fait partie intégrante des prestations du présent article.")).toContain('coverage');
    expect(typesOf('Ces éléments font partie intégrante du dossier du patient.')).not.toContain('coverage');
    expect(typesOf('Cette mesure ne vise pas les bénéficiaires de moins de 18 ans.')).not.toContain('coverage');
  });
});

describe('what a reference stands for', () => {
  it('`ces deux prestations`: those the decree put into the same annex article, not another', () => {
    const rules = rulesOfText(
      decree(
        "**Article 1er.** A l'annexe, sont apportées les modifications suivantes :",
        '',
        "1. A l'article 24, les prestations suivantes sont insérées :",
        '',
        '" 556012-556023 Test A . . . B 100',
        '',
        '556034-556045 Test B . . . B 100 ";',
        '',
        "2. A l'article 25, la prestation suivante est insérée :",
        '',
        '" 557012-557023 Test C . . . B 100 ";',
        '',
        "3. A l'article 24, le § 9 est remplacé par ce qui suit :",
        '',
        '" § 9. Ces deux prestations ne sont jamais cumulables entre elles. ".',
      ),
    );
    expect(summary(rules.filter((r) => r.type === 'nonCumulation'))).toEqual([['nonCumulation', '556012-556023 556034-556045']]);
  });

  it('`Son remboursement est réservé aux situations suivantes :` is the subject the paragraph named first, not its other party', () => {
    const lists = indicationsOf(
      decree(
        "**Article 1er.** A l'article 14 de l'annexe, la prestation suivante est insérée :",
        '',
        '" 431970-431981 Colposcopie . . . K 30',
        '',
        "La prestation 431970-431981 n'est pas cumulable avec la prestation 431992-432003. Son remboursement est réservé aux situations suivantes :",
        '',
        'a) frottis anormal;',
        '',
        'b) suivi. ".',
      ),
    );
    expect(lists.map((l) => l.codes.map((g) => g.join('-')))).toEqual([['431970-431981']]);
  });
});

describe('indication openers: not refusals, not cumulations, not rules to meet', () => {
  const withList = (opener: string, items: string[]) =>
    decree("**Article 1er.** A l'article 24 de l'annexe, la prestation suivante est insérée :", '', '" 556592-556603 Typage du virus Y . . . B 3000', '', opener, '', ...items.flatMap((x, i) => (i ? ['', x] : [x])), '".');

  it.each([
    ["Le remboursement n'est pas accordé dans les circonstances suivantes :", ['1. moins de 18 ans;', '2. grossesse.']],
    ["Le cumul avec la prestation 556614-556625 n'est autorisé que dans les conditions suivantes :", ['1. suivi;', '2. contrôle.']],
    ['Cette prestation ne peut être attestée que dans les conditions suivantes :', ['a) elle est effectuée par un médecin spécialiste en biologie clinique;', "b) elle n'est attestée qu'une fois par année civile."]],
  ])('%s', (opener, items) => {
    expect(indicationsOf(withList(opener, items))).toEqual([]);
  });
});
