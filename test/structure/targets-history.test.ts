import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { buildStructure } from '../../src/structure/build.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import { extractAmendments } from '../../src/extract/amendments/index.js';
import { pathOf, placesOf, refineTarget, refineTargets, targetOfIntro } from '../../src/structure/targets.js';
import { decree } from '../rules/load.js';

const amendmentsOf = (text: string) => {
  const doc = buildStructure(ingestText(makeSourceFile('x.md', new TextEncoder().encode(text))));
  return extractAmendments(doc, new DiagnosticSink(doc));
};

/**
 * The place an amendment applies to, where a decree writes it around its history (`au § 1 modifié par les arrêtés royaux
 * des …`), names several at once, or names levels nomen did not read (forms of 1997022075, 1999022423, 1999022424,
 * 2003022335, 2003022342, 2006022188, 2014022132, 2016022107, 2021030868, 2023010214).
 */
describe('the place an amendment applies to', () => {
  it("a place's history is not the end of it: what follows the history is read", () => {
    expect(targetOfIntro("A l'article 32, § 1er, de l'annexe, modifié en dernier lieu par l'arrêté royal du 22 février 2021, le a) est complété par ce qui suit :", null)).toEqual({ article: '32', path: ['§ 1', 'a)'] });
    expect(targetOfIntro("Dans l'article 28, § 8, de l'annexe, remplacé par l'arrêté royal du 6 avril 1995 et modifié par les arrêtés royaux des 4 décembre 1995 et 10 juillet 1996, le 19°, b) est complété", null)).toEqual({ article: '28', path: ['§ 8', '19°', 'b)'] });
    expect(targetOfIntro("Dans l'article 18 de l'annexe, modifié en dernier lieu par l'arrêté royal du 31 août 2022, au paragraphe 2, B, le d) quater est remplacé", null)).toEqual({ article: '18', path: ['§ 2', 'B', 'd)quater'] });
    // (`modifié` ends in a letter a `\b` does not see: the history was read as part of the place, its § 2 under § 1)
    const twoParagraphs = "au § 1 modifié par les arrêtés royaux des 9 et 10 décembre 1994, 14 novembre 1995 et 31 août 1998 et au § 2, modifié par l'arrêté royal du 7 août 1995 sont apportées";
    expect(placesOf(twoParagraphs)).toEqual([['§ 1'], ['§ 2']]);
    expect(pathOf('au a) modifié par les arrêtés royaux des 23 mai 1985 et 7 janvier 1987; au b) modifié par')).toEqual(['a)']);
    // (what the place becomes is not part of it)
    expect(pathOf('le § 13, J., 3°, d) actuel, qui devient le § 13, J. 2°, d) est modifié')).toEqual(['§ 13', 'J', '3°', 'd)']);
  });

  it('levels nomen did not read: letters after H, `bis` after a letter or a number, `point 1`, a letter after `§ 2 `, `B` ending the place', () => {
    expect(pathOf('le § 13, J. est modifié')).toEqual(['§ 13', 'J']);
    expect(pathOf('au K., 2), le numéro')).toEqual(['K', '2)']);
    expect(pathOf('b) f)bis est complété par ce qui suit')).toEqual(['f)bis']);
    expect(pathOf('B. au 11° bis,')).toEqual(['11°bis']);
    expect(pathOf('a) le point 1 est complété comme suit')).toEqual(['1']);
    expect(pathOf('10. Au § 2 a), le trentième alinéa')).toEqual(['§ 2', 'a)']);
    expect(pathOf('2. au B, 2°, le point e), est remplacé')).toEqual(['B', '2°', 'e)']);
    expect(targetOfIntro("A l'article 18, § 2, B de la même annexe modifié par les arrêtés royaux des 9 janvier 1985 et 22 janvier 1991, sont apportées", null)).toEqual({ article: '18', path: ['§ 2', 'B'] });
    expect(targetOfIntro("A l'article 17ter, B, 2°, de la même annexe, au g) et au q) modifié par l'arrêté royal du 25 juillet 1994, sont apportées", null)).toEqual({ article: '17ter', path: ['B', '2°', 'g)'] });
    // (the letter after an article's number is a place, not the number's suffix)
    expect(targetOfIntro("A l'article 14 c) de l'annexe à l'arrêté royal du 14 septembre 1984", null)).toEqual({ article: '14', path: ['c)'] });
    expect(targetOfIntro("A l'article 35bis, § 2, de la même annexe", null)).toEqual({ article: '35bis', path: ['§ 2'] });
    // (a chapter's number is no point of the article)
    expect(pathOf("A. l'intitulé du Chapitre II \" Consultations \" est adapté")).toEqual([]);
  });

  it('a lower level refines the place above it from the step of its kind', () => {
    expect(refineTarget({ article: '25', path: ['§ 2', 'b)'] }, 'c) dans le 2ème alinéa du 4°, la disposition')).toEqual({ article: '25', path: ['§ 2', 'b)', '4°'] });
    expect(refineTarget({ article: '18', path: ['§ 2', 'B', 'c)'] }, 'au d), les mots')).toEqual({ article: '18', path: ['§ 2', 'B', 'd)'] });
    expect(refineTarget({ article: '29', path: ['§ 1', 'E'] }, 'au F, les mots')).toEqual({ article: '29', path: ['§ 1', 'F'] });
    // (a decree's point mark before `la prestation` is no place: the place ends there, after the mark is set aside)
    expect(refineTarget({ article: '20', path: ['§ 1', 'b)'] }, "C. la prestation et la règle d'application suivantes ")).toEqual({ article: '20', path: ['§ 1', 'b)'] });
  });

  it('siblings are several places, not a step and the one under it', () => {
    expect(placesOf('b) aux 1°, 2°, 4° et 5°, les mots')).toEqual([['1°'], ['2°'], ['4°'], ['5°']]);
    expect(refineTargets({ article: '25', path: ['§ 3bis'] }, 'b) aux 1°, 2°, 4° et 5°, les mots').map((t) => t.path)).toEqual([
      ['§ 3bis', '1°'],
      ['§ 3bis', '2°'],
      ['§ 3bis', '4°'],
      ['§ 3bis', '5°'],
    ]);
    const amendments = amendmentsOf(
      decree(
        "**Article 1er.** A l'article 25, § 3bis, de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. aux 1°, 2°, 4° et 5°, les mots "590590, 590612," sont insérés chaque fois entre les numéros d\'ordre "590575" et "590634";',
      ),
    );
    expect(amendments).toHaveLength(1);
    expect(amendments[0].target.path).toEqual(['§ 3bis', '1°']);
    expect(amendments[0].target.paths).toEqual([['§ 3bis', '1°'], ['§ 3bis', '2°'], ['§ 3bis', '4°'], ['§ 3bis', '5°']]);
  });

  it('an alinéa numbered by a compound ordinal (`le vingt-troisième alinéa`)', () => {
    const amendments = amendmentsOf(
      decree(
        "**Article 1er.** A l'article 9 de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. Au § 5, le vingt-troisième alinéa est supprimé;',
        '',
        '2. Au § 5, le dix-septième alinéa est supprimé;',
        '',
        '3. Au § 5, le premier et le deuxième alinéa sont supprimés.',
      ),
    );
    expect(amendments.map((a) => a.target.path)).toEqual([
      ['§ 5', 'alinéa 23'],
      ['§ 5', 'alinéa 17'],
      ['§ 5', 'alinéa 2'],
    ]);
  });
});

describe('lead lines and points that place what follows them', () => {
  it('`B au e)` (a mark without its dot) and `Au 14 b),` (with the article number) set the place of what follows', () => {
    const amendments = amendmentsOf(
      decree(
        "**Article 1er.** A l'article 14 de l'annexe, au d) modifié par l'arrêté royal du 9 octobre 1998, e) modifié par l'arrêté royal du 7 juin 1995, sont apportées les modifications suivantes :",
        '',
        'A au d)',
        '',
        'après la prestation 241533 - 241544, la prestation suivante est insérée :',
        '',
        '" 241754 - 241765 Anesthésie de contrôle K 20 "',
        '',
        'B au e)',
        '',
        'la prestation 227253 - 227264 est supprimée.',
        '',
        'Au 14 g),',
        '',
        'la prestation 431734 - 431745 est supprimée.',
      ),
    );
    expect(amendments.map((a) => a.target.path)).toEqual([['d)'], ['e)'], ['g)']]);
  });

  it('a sequence restarting at 1 under a deeper point is nested in it (2012022357, 2016022108)', () => {
    const amendments = amendmentsOf(
      decree(
        "**Article 1er.** A l'article 20 de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. au § 1er,',
        '',
        '   a) au d),',
        '',
        '1. la prestation 474530-474541 est abrogée;',
        '',
        '2. la prestation 474552-474563 est abrogée;',
        '',
        '   b) au f),',
        '',
        '1. la prestation 477374-477385 est abrogée;',
        '',
        '2. au § 2,',
        '',
        '   a) au A,',
        '',
        '1. au 4, les mots "477131-477142" sont abrogés;',
        '',
        '2. le 8 est abrogé.',
      ),
    );
    expect(amendments.map((a) => a.target.path)).toEqual([
      ['§ 1', 'd)'],
      ['§ 1', 'd)'],
      ['§ 1', 'f)'],
      ['§ 2', 'A', '4'],
      ['§ 2', 'A', '8'],
    ]);
  });

  it('a numbered point under a lettered one: `au B., 1., le point c)`, `le § 1er, E., 2., est modifié`', () => {
    expect(pathOf('2. au B., 1., le point c) est supprimé')).toEqual(['B', '1', 'c)']);
    expect(pathOf('8. le § 1er, E., 2., est modifié comme suit')).toEqual(['§ 1', 'E', '2']);
    expect(pathOf('- au G, 5., alinéa 3, les mots')).toEqual(['G', '5']);
    expect(pathOf('3) le 4 est abrogé')).toEqual(['4']);
    // (not a day of a date, nor an alinéa's number)
    expect(pathOf('au 1er janvier 2001, les mots')).toEqual([]);
    expect(pathOf('au 3e alinéa, les mots')).toEqual([]);
    // (a heading only placing an insertion is not the place: `avant l'intitulé " J. Pneumologie "`)
    expect(pathOf('d) avant l\'intitulé " J. Pneumologie et système respiratoire : ", sont insérés')).toEqual([]);
    expect(pathOf('a) Avant l\'intitulé " H. Chirurgie vasculaire : ", sont insérés')).toEqual([]);
    expect(pathOf('5. Au paragraphe 18a),')).toEqual(['§ 18', 'a)']);
    // (a point numbered with a parenthesis, and a number under a roman one)
    expect(pathOf("- au K., 2), le numéro d'ordre")).toEqual(['K', '2)']);
    expect(pathOf('11. au § 16, I., 3., g), les mots')).toEqual(['§ 16', 'I', '3', 'g)']);
    // (a decree's mark with the verb right after it, `b) Sont insérés …`, is no place)
    expect(pathOf('b) ')).toEqual([]);
  });

  it('`4) au 1,` leads the points under it; a long lead (its quoted words) is read from its head', () => {
    const codes = Array.from({ length: 40 }, (_, i) => `4720${String(10 + i).padStart(2, '0')}-4720${String(21 + i).padStart(2, '0')}`).join(', ');
    const amendments = amendmentsOf(
      decree(
        "**Article 1er.** A l'article 17bis de l'annexe, sont apportées les modifications suivantes :",
        '',
        'A. au § 1er,',
        '',
        '4) au 1,',
        '',
        '   b) la prestation 460213 - 460224 est supprimée.',
        '',
        '5) au 2,',
        '',
        '   e) les prestations 460353 - 460364 et 460655 - 460666 sont supprimées.',
        '',
        `6) au 4, les mots "- de la rubrique c) ${codes}," sont abrogés;`,
      ),
    );
    expect(amendments.map((a) => a.target.path)).toEqual([
      ['§ 1', '1'],
      ['§ 1', '2'],
      ['§ 1', '4'],
    ]);
  });
});

/**
 * Forms a blind key showed (places written for 250 amending operations of the synthetic rounds 43–46 by helpers who saw
 * neither the code nor its output): a decree's `1°` mark, a heading quoted as the title it names, a point under a degree
 * written with a comma, and the shorter `sexdecies` spellings.
 */
describe('places the blind key of rounds 43–46 showed', () => {
  it('`1° au § 1er,` opens with the decree mark; `Le § 14, 5°, B,` is B under 5°; `§ 5sexdecies`', () => {
    expect(pathOf('1° au § 1er, les prestations suivantes sont insérées')).toEqual(['§ 1']);
    expect(pathOf('Le § 14, 5°, B, est complété par un g)')).toEqual(['§ 14', '5°', 'B']);
    expect(pathOf('4. Un paragraphe § 5sexdecies est inséré')).toEqual(['§ 5sexdecies']);
    expect(pathOf('2. Un § 5septdecies est inséré')).toEqual(['§ 5septdecies']);
    expect(pathOf("1. au D, le titre '1. Prescripteurs' est remplacé")).toEqual(['D', '1']);
  });

  it('a heading quoted as a title names its place, in the amending sentence as in its lead; its words do not end the place', () => {
    const amendments = amendmentsOf(
      decree(
        "**Article 1er.** A l'article 35 de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. Au § 1er, intitulé " F. UROLOGIE ", intitulé " catégorie 3 ", la prestation 689030-689041 est supprimée;',
        '',
        '2. Au § 17, intitulé "- 50 % pour les prestations :", I. Gynécologie, la prestation 689052-689063 est supprimée;',
        '',
        '3. l\'intitulé " II. a) 1° Prestations thérapeutiques " est remplacé par l\'intitulé " 1° Prestations "',
      ),
    );
    expect(amendments.map((a) => a.target.path)).toEqual([
      ['§ 1', 'F'],
      ['§ 17', 'I'],
      ['II', 'a)', '1°'],
    ]);
  });
});

/** A second reader's constructed inputs against this change (each wrong, or slow, in its first version). */
describe("the second reader's cases", () => {
  it('a phrase of `a-et-a-et-…` words before `alinéa` is read once (the first version tried it both ways at every `-et-`)', () => {
    const amendments = amendmentsOf(decree("**Article 1er.** A l'article 9 de l'annexe, sont apportées les modifications suivantes :", '', `1. au § 2, l'alinéa ${'a-et-'.repeat(40)}b, x est abrogé;`));
    expect(amendments.map((a) => a.target.path)).toEqual([['§ 2']]);
  });

  it('a history ends at its month: what follows is the place', () => {
    expect(pathOf("au § 1er, modifié par l'arrêté royal du 7 juin 2004, 3°, les mots")).toEqual(['§ 1', '3°']);
    expect(pathOf('au § 1er, modifié par les arrêtés royaux des 3 mai 1999 et 7 juin 2004, 12°, les mots')).toEqual(['§ 1', '12°']);
  });

  it('numbers: siblings `le 3 et le 4`, not an amount; a key letter is no point; a suffix is no decree mark', () => {
    expect(placesOf('au § 4, le 3 et le 4 sont abrogés')).toEqual([['§ 4', '3'], ['§ 4', '4']]);
    expect(pathOf('Au § 3, le 12,50 EUR est remplacé')).toEqual(['§ 3']);
    expect(pathOf('Au § 1er, la valeur du K est portée à 1,5')).toEqual(['§ 1']);
    expect(pathOf('2. le D est complété par un point 2')).toEqual(['D']);
    expect(pathOf('11° bis, les mots')).toEqual(['11°bis']);
    expect(pathOf('d) quater est complété')).toEqual(['d)quater']);
    // (a heading only placing an insertion, whatever its mark)
    expect(pathOf('1. au II., avant l\'intitulé "b) Traitements", la prestation suivante est insérée')).toEqual(['II']);
    expect(pathOf('entre l\'intitulé "A. Orthopédie" et la prestation 123456, la prestation suivante est insérée')).toEqual([]);
  });

  it("a § under a letter keeps it only where the annex's letters stand above its paragraphs (articles 9 and 14)", () => {
    expect(refineTarget({ article: '20', path: ['f)'] }, '2. au § 2, A, 4, les mots')).toEqual({ article: '20', path: ['§ 2', 'A', '4'] });
    expect(refineTarget({ article: '9', path: ['a)'] }, 'Au § 2 a), les mots')).toEqual({ article: '9', path: ['a)', '§ 2', 'a)'] });
    expect(refineTarget({ article: '14', path: ['k)', 'I', '§ 1', 'C'] }, 'au § 2, les mots')).toEqual({ article: '14', path: ['k)', 'I', '§ 2'] });
  });

  it('`I.` after `H.` is the ninth capital, not a numbering restarting; a second intro starts the numbering afresh', () => {
    // (H. has a point under it: `I.` read as a restart would nest under that point)
    const capitals = 'ABCDEFGHIJ'.split('').flatMap((c, i) => (c === 'H' ? ['H. au 8°,', '', '   a) les mots "x7" sont supprimés;', ''] : [`${c}. au ${i + 1}°, les mots "x${i}" sont supprimés;`, '']));
    const amendments = amendmentsOf(decree("**Article 1er.** A l'article 8, § 8, de l'annexe, sont apportées les modifications suivantes :", '', ...capitals));
    expect(amendments.map((a) => a.target.path.join(' '))).toEqual(Array.from({ length: 10 }, (_, i) => `§ 8 ${i + 1}°`));
    const structure = buildStructure(ingestText(makeSourceFile('x.md', new TextEncoder().encode(decree("**Article 1er.** A l'article 8, § 8, de l'annexe, sont apportées les modifications suivantes :", '', ...capitals)))));
    expect(structure.points.filter((p) => p.marker === 'I.' || p.marker === 'J.').map((p) => p.parent)).toEqual([null, null]);
    const restart = amendmentsOf(
      decree(
        "**Article 1er.** A l'article 15, § 1er, de l'annexe, sont apportées les modifications suivantes :",
        '',
        '1. au 3°,',
        '',
        '   a) les mots "x" sont supprimés;',
        '',
        '   b) les mots "y" sont supprimés;',
        '',
        "A l'article 15, § 2, de la même annexe, sont apportées les modifications suivantes :",
        '',
        '1. au 4°, les mots "z" sont supprimés;',
      ),
    );
    expect(restart.map((a) => a.target.path.join(' '))).toEqual(['§ 1 3°', '§ 1 3°', '§ 1 4°']);
  });

  it('`aux 1° et 2°, l\'alinéa 2 est abrogé`: each place with its alinéa; `Au 15 c),` is article 15', () => {
    const amendments = amendmentsOf(
      decree("**Article 1er.** A l'article 25, § 3, de l'annexe, sont apportées les modifications suivantes :", '', "1. aux 1° et 2°, l'alinéa 2 est abrogé;"),
    );
    expect(amendments[0].target.path).toEqual(['§ 3', '1°', 'alinéa 2']);
    expect(amendments[0].target.paths).toEqual([['§ 3', '1°', 'alinéa 2'], ['§ 3', '2°', 'alinéa 2']]);
    // (places a lead names are the lead's: each point under it has its own, `paths[0]` is always `path`)
    const distributed = amendmentsOf(
      decree("**Article 1er.** A l'article 25 de l'annexe, sont apportées les modifications suivantes :", '', '1. au § 1er, 1° et 2°, les mots "x" sont remplacés par les mots "y" :', '', '   a) au a);', '', '   b) au c);'),
    );
    expect(distributed.map((a) => a.target.paths)).toEqual([undefined, undefined]);
    const other = amendmentsOf(decree('**Article 1er.** A la même annexe, sont apportées les modifications suivantes :', '', 'Au 15 c),', '', 'la prestation 123456 est supprimée.'));
    expect(other[0].target).toMatchObject({ article: '15', path: ['c)'] });
  });
});
