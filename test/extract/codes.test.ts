import { describe, expect, it } from 'vitest';
import { checkDigitValid, extractCodes, findCodeGroups, isPair, suggestCorrection } from '../../src/extract/codes.js';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { DiagnosticSink } from '../../src/structure/provenance.js';
import type { DocumentStructure } from '../../src/structure/types.js';

function docOf(body: string, markdown = true): DocumentStructure {
  const src = markdown ? `---\nnumber: 2003023116\npage: 60422\n---\n\n**Article 1er.** ${body}\n` : body;
  const ingested = ingestText(makeSourceFile('t.md', new TextEncoder().encode(src)));
  return { ingested, articles: [], points: [], quotes: [] };
}

function run(body: string, markdown = true) {
  const doc = docOf(body, markdown);
  const sink = new DiagnosticSink(doc);
  return { codes: extractCodes(doc, sink), diags: sink.items };
}

const codesOf = (t: string) => findCodeGroups(t).map((g) => g.codes.join('-'));

describe('check digit and pair rules', () => {
  it('check digit is the first five digits mod 7', () => {
    expect(checkDigitValid('589676')).toBe(true);
    expect(checkDigitValid('589677')).toBe(false);
    expect(checkDigitValid('105345')).toBe(false);
    expect(checkDigitValid('58967')).toBe(false);
  });
  it('pair: hospitalised first five = ambulatory first five + 1', () => {
    expect(isPair('589676', '589680')).toBe(true);
    expect(isPair('343630', '434641')).toBe(false);
  });
  it('suggests corrections from the rules only', () => {
    expect(suggestCorrection('105345', '105335', 'hospitalised')).toBe('105346');
    expect(suggestCorrection('236240', '436236', 'hospitalised')).toBe('436240');
    expect(suggestCorrection('436236', '236240', 'ambulatory')).toBeNull();
    expect(suggestCorrection('343630', '434641', 'ambulatory', ['434615', '434626', '434652'])).toBe('434630');
    expect(suggestCorrection('434641', '343630', 'hospitalised', ['434615', '434626', '434652'])).toBeNull();
    expect(suggestCorrection('589677')).toBe('589676');
  });
});

describe('findCodeGroups: separators', () => {
  it.each([
    ['La prestation 589676 - 589680 ne peut', ['589676-589680']],
    ['Les prestations 589676-589680 et 589890-589901 sont', ['589676-589680', '589890-589901']],
    ['312911- 312922.', ['312911-312922']],
    ['Ciment : 682430 -682441', ['682430-682441']],
    ['" 589890 589901 Vertébroplastie percutanée', ['589890-589901']],
    ['après la prestation 149096 149100;', ['149096-149100']],
    ['374975 374986 * Extraction', ['374975-374986']],
    ['les prestations 8300-611310-611321, 8301-611332-611343', ['611310-611321', '611332-611343']],
    // 2009022005: the hospitalised code in parentheses, next to an erratum note
    ['des prestations suivantes : " 733250-(733261), 733294-733305 "', ['733250-733261', '733294-733305']],
  ])('%s', (text, expected) => expect(codesOf(text)).toEqual(expected));

  it("Justel's erratum bracket around one code of a pair, and a table row that opens a quote, still pair (synthetic blind sets A, B)", () => {
    const pairs = (t: string) => findCodeGroups(t).map((g) => g.codes.join('-'));
    expect(pairs('289645 - [289656] <Err. M.B. 12-05-2001, p. 15803>')).toEqual(['289645-289656']);
    expect(pairs('[289645] - 289656')).toEqual(['289645-289656']);
    expect(pairs('| « 229795 | 229806 | Supplément |')).toEqual(['229795-229806']);
    // a bracket that does not close on the code is not an erratum of it
    expect(pairs('289645 - [289656 et 289660]')).toEqual(['289645', '289656', '289660']);
  });
  it('a pipe table row whose code cell is in erratum brackets still pairs (synthetic round 7, Q 2013096774)', () => {
    const pairs = (t: string) => findCodeGroups(t).map((g) => g.codes.join('-'));
    expect(pairs('| 289030 | [289041] | Ostéosynthèse | N | 800 |')).toEqual(['289030-289041']);
    expect(pairs('| [289030] | 289041 | Ostéosynthèse | N | 800 |')).toEqual(['289030-289041']);
    // the bracket must close on the code it opened on, and the cells must be a row's
    expect(pairs('| 289030 | [289041 | 289052] |')).toEqual(['289030', '289041', '289052']);
    expect(pairs('289030 | [289041]')).toEqual(['289030', '289041']);
  });
  it("a Justel note after the bracketed code cell does not break the row's pair (synthetic round 9, U 2019094671)", () => {
    const pairs = (t: string) => findCodeGroups(t).map((g) => g.codes.join('-'));
    expect(pairs('| 473266 | [473270] <Erratum, M.B. 14-06-2019, p. 58211> | Epreuve | K | 30 " |')).toEqual(['473266-473270']);
    expect(pairs('| 473266 <Err. M.B. 14-06-2019, p. 58211> | 473270 | Epreuve | K | 30 |')).toEqual(['473266-473270']);
    // a note is not a cell: the next code after it, outside a row, stays alone
    expect(pairs('473266 | [473270] <Erratum, M.B. 14-06-2019, p. 58211>')).toEqual(['473266', '473270']);
  });
  it('a parenthesised code that breaks the pair rule is not its pair', () => {
    expect(codesOf('la prestation 733250-(733272)')).toEqual(['733250', '733272']);
  });
  it('two adjacent valid codes that are not a pair stay single', () => {
    expect(codesOf('les numéros 560011 560114 et 560210')).toEqual(['560011', '560114', '560210']);
  });
  it('a dash makes a pair even when the rule is broken', () => {
    expect(codesOf('433016 - 433020, 343630 - 434641, 434652 - 434663')).toEqual(['433016-433020', '343630-434641', '434652-434663']);
  });
  it('flattened fee-table row: letter value and amounts are not codes', () => {
    expect(codesOf('I = 2,801231  587134 587145 = I 633 1773,18 1773,18')).toEqual(['587134-587145']);
    expect(codesOf('K = 1,465095 350755 350766 = K 121 177,28')).toEqual(['350755-350766']);
  });
  it('NUMACs, longer runs, amounts and page numbers are not codes', () => {
    expect(codesOf('NUMAC 2003023116, 1234567 unités, 150000 EUR, 123456,78 euro, M.B. p. 100234')).toEqual([]);
  });
  it('ranges nest their end in rangeTo', () => {
    const [g] = findCodeGroups('pas cumulables avec les prestations 598426 à 598485, 598861');
    expect(g.codes).toEqual(['598426']);
    expect(g.rangeTo?.codes).toEqual(['598485']);
    const [p] = findCodeGroups('les prestations 312874 - 312885 à 312933 - 312944 peuvent');
    expect(p.rangeTo?.codes).toEqual(['312933', '312944']);
  });
  it('Justel erratum brackets: the bracketed code is the old text of the next one', () => {
    const gs = findCodeGroups('la prestation [475996]476000 - 476011 est');
    expect(gs.map((g) => g.codes.join('-'))).toEqual(['476000-476011']);
    expect(gs[0].erratumOf?.codes).toEqual(['475996']);
  });
  it('7-digit slip dash-joined to a code is kept', () => {
    const [g] = findCodeGroups('les numéros d\'ordre " 6553774 - 653785 "');
    expect(g.codes).toEqual(['655377', '653785']);
    expect(g.written).toEqual(['6553774', null]);
  });
});

describe('extractCodes on real snippets', () => {
  it('seed 001 typos: 343630 - 434641 and 436236 - 236240; only the member that breaks the pair is invalid', () => {
    const { codes, diags } = run(
      'visées sous les numéros 434615 - 434626, 434313 - 434324, 343630 - 434641, 434652 - 434663, 436214 - 436225, 436236 - 236240, 438093 - 438104 et',
    );
    const by = (c: string) => codes.find((o) => o.code === c)!;
    expect(by('343630')).toMatchObject({ valid: false, checkDigit: true, role: 'ambulatory', pairedWith: '434641', suggestion: '434630' });
    expect(by('434641')).toMatchObject({ valid: true, checkDigit: true, suggestion: null });
    expect(by('236240')).toMatchObject({ valid: false, checkDigit: false, role: 'hospitalised', suggestion: '436240' });
    expect(by('436236')).toMatchObject({ valid: true, checkDigit: true, suggestion: null });
    expect(by('434652').valid).toBe(true);
    expect(diags.filter((d) => d.code === 'code/pair')).toHaveLength(2);
    expect(diags.filter((d) => d.code === 'code/check-digit').map((d) => d.at?.snippet)).toEqual(['236240']);
  });
  it('seed 003 typo across a PDF line break: 105335-105345', () => {
    const { codes } = run('ne peut pas être cumulée avec les prestations 105313-105324, 105335-105345 et 105350-\n105361 de la nomenclature.\n', false);
    expect(codes.find((c) => c.code === '105345')).toMatchObject({ checkDigit: false, suggestion: '105346', pairedWith: '105335' });
    expect(codes.find((c) => c.code === '105361')).toMatchObject({ valid: true, pairedWith: '105350' });
  });
  it('7-digit slip is flagged with the pair-derived correction', () => {
    const { codes, diags } = run('- au K., 2), le numéro d\'ordre " 653774 " est remplacé par les numéros d\'ordre " 6553774 - 653785 ";');
    expect(codes.find((c) => c.at.snippet === '6553774')).toMatchObject({ valid: false, suggestion: '653774', role: 'ambulatory' });
    expect(diags.some((d) => d.code === 'code/digit-count')).toBe(true);
  });
  it('single typo next to the code it should be', () => {
    const { codes } = run('- le numéro d\'ordre " 643376 " est remplacé par les numéros d\'ordre " 653376 - 653380 ";');
    expect(codes.find((c) => c.code === '643376')).toMatchObject({ valid: false, suggestion: '653376' });
  });
  it('hospital-only code with a leading dash among pairs', () => {
    const { codes } = run('x\n\n469674 - 469685\n\nExamen échographique N 90\n\n- 469700\n\nExamen échographique complet N 208\n\n469873 - 469884\n\nBilan N 175');
    expect(codes.find((c) => c.code === '469700')).toMatchObject({ role: 'hospitalised', pairedWith: null, valid: true });
  });
  it('erratum: both codes reported and flagged', () => {
    const { codes, diags } = run('la prestation [475996]476000 est');
    expect(codes.map((c) => c.code)).toEqual(['475996', '476000']);
    expect(diags.map((d) => d.code)).toContain('code/erratum');
  });
  it('a pairing step repeated by several pairs is a convention, not a typo', () => {
    const { codes, diags } = run('" 707011 - 707081 Bilan initial R35\n\n708013 -708083 Bilan d\'évolution R35 ".');
    expect(codes.every((c) => c.suggestion === null)).toBe(true);
    expect(codes.every((c) => c.valid)).toBe(true);
    expect(diags.map((d) => d.code)).toEqual(['code/pair-convention', 'code/pair-convention']);
  });
  it('provenance points at the original file', () => {
    const { codes } = run('La valeur relative de la prestation 255452 - 255463 est portée à K 300;');
    expect(codes[1].at).toMatchObject({ line: 6, snippet: '255463' });
    expect(codes[1].at.column).toBe('**Article 1er.** La valeur relative de la prestation 255452 - '.length + 1);
  });
});

describe('findCodeGroups over a range', () => {
  // (as a scan of the range alone: a run cut at `from` is read from there, a run cut at `to` ends the scan)
  const ranged = (t: string, from: number, to: number) => findCodeGroups(t, from, to).map((g) => [g.codes.join('-'), g.start, g.end, g.written ?? null]);
  it('reads the runs the range cuts as the range sees them', () => {
    expect(ranged('1234567 - 6553774 x', 1, 19)).toEqual([['234567-655377', 1, 17, [null, '6553774']]]);
    expect(ranged('1234567 - 6553774 x', 0, 19)).toEqual([]);
    expect(ranged('prestations 598426 - 5984269 et', 12, 27)).toEqual([['598426', 12, 18, null]]);
    expect(ranged('prestations 598426 - 5984269 et', 12, 28)).toEqual([['598426-598426', 12, 28, [null, '5984269']]]);
    expect(ranged('codes 1598426, 471034 et 4710345', 7, 32)).toEqual([['598426', 7, 13, null], ['471034', 15, 21, null]]);
    expect(ranged('codes 1598426, 471034 et 4710345', 6, 31)).toEqual([['471034', 15, 21, null]]);
  });
});
