import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { extractAmendments } from '../../src/extract/amendments/index.js';
import { pathOf, refineTarget } from '../../src/structure/targets.js';
import { decree, rulesOfText, summary } from '../rules/load.js';

/**
 * Places some decrees write with commas (`A. au § 1er, B, 2,`: 2002022476, 2003022344, 2006022188, 2017040353), read in
 * the amendments' targets and in the rules' references to them (a form the forty-fifth synthetic round showed, S133-6).
 */
describe('places written with commas', () => {
  it('`au § 1er, B, 2,`, `au § 1er, E, 1., 7°`: the point and the number under it', () => {
    expect(pathOf('au § 1er, B, 4, les prestations suivantes')).toEqual(['§ 1', 'B', '4']);
    expect(pathOf("au § 1er, E, 1., 7°, l'intitulé")).toEqual(['§ 1', 'E', '1', '7°']);
    expect(pathOf('au § 2, A, a), les numéros')).toEqual(['§ 2', 'A', 'a)']);
    expect(pathOf('au § 1er, A, la prestation')).toEqual(['§ 1', 'A']);
    // (a letter and a comma not after a paragraph are words)
    expect(pathOf('dans le tableau A, les mots')).toEqual([]);
  });

  it("a decree's own point mark is no place; a § named anywhere in the phrase names the place from the article down", () => {
    // (2013022018: `2. à la prestation …, a) …, b) les règles d'application suivantes sont insérées …` under `article 12, §
    // 1er, d)`: its rules are in § 1, d), not § 1, b))
    expect(pathOf("b) les règles d'application suivantes")).toEqual([]);
    expect(pathOf('a) le § 1er, 2°, I. Prestations effectuées au cabinet')).toEqual(['§ 1', '2°', 'I']);
    expect(pathOf('B. les dispositions du § 2')).toEqual(['§ 2']);
    expect(pathOf("a) La phrase liminaire du § 6")).toEqual(['§ 6']);
    expect(pathOf('A. Au § 9, le numéro de prestation')).toEqual(['§ 9']);
    expect(pathOf('a) Dans la phrase liminaire du § 7, les mots')).toEqual(['§ 7']);
    expect(pathOf("a) l'intitulé")).toEqual([]);
    // (a heading is a place, and so is a point before its letter)
    expect(pathOf('A. ORTHOPEDIE')).toEqual(['A']);
    expect(pathOf('A. Orthopédie')).toEqual(['A']);
    expect(pathOf('I. a) Prestations effectuées au cabinet')).toEqual(['I', 'a)']);
    expect(refineTarget({ article: '14', path: ['§ 1'] }, '5. au littera h), § 1, 3°, le libellé')).toEqual({ article: '14', path: ['h)', '§ 1', '3°'] });
    // (a lower level under the place above it: B stays, and `quater` is the letter's; 2003022342)
    expect(refineTarget({ article: '18', path: ['§ 2', 'B'] }, 'au d) quater : dans le dernier alinéa')).toEqual({ article: '18', path: ['§ 2', 'B', 'd)quater'] });
    const text = decree(
      "**Article 1er.** A l'article 12, § 1er, d), de l'annexe, sont apportées les modifications suivantes :",
      '',
      '1. à la prestation 799105-799116,',
      '',
      "   a) le libellé est remplacé par ce qui suit :",
      '',
      '" Honoraires forfaitaires pour la surveillance K 30 "',
      '',
      "   b) la règle d'application suivante est insérée après la prestation :",
      '',
      '" La prestation 799105-799116 ne peut être attestée qu\'une fois par jour. "',
    );
    const doc = buildStructure(ingestText(makeSourceFile('x.md', new TextEncoder().encode(text))));
    const amendments = extractAmendments(doc, new DiagnosticSink(doc));
    expect(amendments.map((a) => a.subject)).toContain('rule');
    for (const a of amendments) expect(a.target.path).toEqual(['§ 1', 'd)']);
  });

  it('`au paragraphe 1er`, `le paragraphe 18`: a paragraph named in words (2013022038, 2009022167, 2012022221)', () => {
    expect(pathOf('1. Au paragraphe 1er, intitulé "I. GYNECOLOGIE"')).toEqual(['§ 1', 'I']);
    expect(pathOf('le paragraphe 18 ')).toEqual(['§ 18']);
    expect(pathOf('dans le paragraphe 5, 2.4, le mot')).toEqual(['§ 5']);
    // (not a chapter's number)
    expect(pathOf('dans le paragraphe 840000 du chapitre')).toEqual([]);
  });

  it('a reference to `§ 1er, B, 4` is the prestations a quote of the decree put there', () => {
    const text = decree(
      "**Article 1er.** A l'article 17bis de l'annexe sont apportées les modifications suivantes :",
      '',
      'A. au § 1er, B, 4, les prestations suivantes sont insérées après la prestation 461366 - 461370 :',
      '',
      '" 799245 - 799256',
      '',
      'Examen duplex de contrôle des artères cervicales N 70',
      '',
      '799260 - 799271',
      '',
      'Examen duplex limité des artères cervicales N 40 "',
      '',
      "B. au § 2, l'alinéa suivant est ajouté :",
      '',
      '" Les prestations visées au § 1er, B, 4, à l\'exception de la prestation 799245 - 799256, ne peuvent être portées en compte qu\'une fois par jour. "',
    );
    const doc = buildStructure(ingestText(makeSourceFile('x.md', new TextEncoder().encode(text))));
    expect(extractAmendments(doc, new DiagnosticSink(doc)).find((a) => a.type === 'insertion')?.target.path).toEqual(['§ 1', 'B', '4']);
    expect(summary(rulesOfText(text).filter((r) => r.type === 'frequency'))).toEqual([['frequency', '799260-799271']]);
  });

  it('a reference to `§ 1er, B` is every quote put under B; `4°` is not the point numbered `4,`', () => {
    const lines = [
      "**Article 1er.** A l'article 17bis de l'annexe sont apportées les modifications suivantes :",
      '',
      'A. au § 1er, B, 4, la prestation suivante est insérée :',
      '',
      '" 799245 - 799256',
      '',
      'Examen duplex de contrôle des artères cervicales N 70 "',
      '',
      'B. au § 1er, B, 5, la prestation suivante est insérée :',
      '',
      '" 799282 - 799293',
      '',
      'Examen duplex des artères rénales N 60 "',
      '',
      "C. au § 2, l'alinéa suivant est ajouté :",
      '',
    ];
    const frequency = (reference: string) =>
      summary(rulesOfText(decree(...lines, `" Les prestations visées au ${reference} ne peuvent être portées en compte qu'une fois par jour. "`)).filter((r) => r.type === 'frequency'));
    expect(frequency('§ 1er, B,')).toEqual([['frequency', '799245-799256 799282-799293']]);
    expect(frequency('§ 1er, B, 4°,')).not.toEqual([['frequency', '799245-799256']]);
  });
});
