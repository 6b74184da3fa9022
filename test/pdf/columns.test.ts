import { describe, expect, it } from 'vitest';
import { blocks } from '../../src/source/pdf/columns.js';
import { ingestPdf } from '../../src/source/pdf/index.js';
import { clipOverprint, joinRuns } from '../../src/source/pdf/lines.js';
import type { TextRun } from '../../src/source/pdf/load.js';
import { moniteurPdf } from '../../scripts/pdf-fixtures/moniteur.js';
import { corpusText, pdfSource } from './helpers.js';

const run = (str: string, x: number, width: number): TextRun => ({ str, x, y: 454, width, size: 7.5, mono: false });

describe('table cells whose text overflows into the next cell and the other column', () => {
  // a row of 2012022429's table as the fixture prints it: the label cell runs on under the value and over the gutter
  const row = [run('565014-565025', 40, 47), run('  ', 87, 36), run("Caryotype avec bandes pour le diagnostic d'une affection constitutionnelle", 123, 451), run('B 289', 206, 19), run('Op 33. § ziekenhuis', 306, 249)];

  it('cuts a cell at the start of the next one', () => {
    const clipped = clipOverprint(row);
    const label = clipped.find((r) => r.str.startsWith('Caryotype'))!;
    expect(label.width).toBe(206 - 123);
    expect(label.cut).toBe(true);
    expect(clipped.find((r) => r.str === 'B 289')!.cut).toBeUndefined();
    // justified prose whose runs touch is left alone
    const prose = [run('établissant', 40, 36), run('la', 83, 6), run('nomenclature', 96, 46)];
    expect(clipOverprint(prose)).toEqual(prose);
  });

  it('reads the cut boundary as a cell boundary of a table row', () => {
    const line = joinRuns(1, clipOverprint(row.slice(0, 4)), 40)!;
    expect(line.row).toBe(true);
    expect(line.text).toBe("565014-565025  Caryotype avec bandes pour le diagnostic d'une affection constitutionnelle  B 289");
  });

  it('puts a table row that overflows over the gutter in its column, where it stands, not before the columns as a title (2023040652)', async () => {
    const numac = '2023040652';
    const text = (await ingestPdf(pdfSource(`${numac}.pdf`, await moniteurPdf(corpusText(numac))))).text.text;
    expect(text).toContain(`6.5, les mots " troubles fonctionnels multiples dans le cadre d'un traitement interceptif d'orthodontie: "`);
    const header = text.indexOf('Neuro-psychiatrie Psychiatrie');
    expect(header).toBeGreaterThan(text.indexOf('6.5, les mots'));
  });

  it('still finds the two columns of a page of such rows, and keeps the Dutch rows out of the French text', async () => {
    const numac = '2012022429';
    const pdf = await ingestPdf(pdfSource(`${numac}.pdf`, await moniteurPdf(corpusText(numac))));
    expect(pdf.layout.pages[0].columns).toBe(2);
    const text = pdf.text.text;
    expect(text).not.toMatch(/\b(geneesheer|verzekering|rechthebbende)\b/);
    expect(text).toMatch(/^565014-565025 +Caryotype avec bandes[^\n]*B 289$/m);
    expect(pdf.layout.parallel!.text).toMatch(/565014-565025/);
  });
});

describe('the end of a decree', () => {
  it('keeps a prose line citing the Moniteur belge at the foot of a page (only the capitals header is furniture)', async () => {
    const numac = '1999022424';
    const pdf = await ingestPdf(pdfSource(`${numac}.pdf`, await moniteurPdf(corpusText(numac))));
    expect(pdf.text.text).toMatch(/Le présent arrêté entre en vigueur le premier jour du deuxième mois qui suit celui au cours duquel il aura été publié au Moniteur belge\./);
    expect(pdf.layout.furniture.some((f) => /Moniteur belge/.test(f))).toBe(false);
  });

  it('keeps the columns of the other pages on a last page where the French text ends in a few lines beside a longer Dutch one', async () => {
    const numac = '2016022108';
    const pdf = await ingestPdf(pdfSource(`${numac}.pdf`, await moniteurPdf(corpusText(numac))));
    const last = pdf.layout.pages.at(-1)!;
    expect(last.columns).toBe(2);
    expect(pdf.paragraphs.at(-1)!.page).toBe(last.number);
    expect(pdf.text.text).toMatch(/Le présent arrêté entre en vigueur le premier jour du deuxième mois qui suit celui de sa publication au Moniteur belge\./);
    expect(pdf.text.text).not.toMatch(/\b(wordt|verstrekkingen|geneeskundige)\b/);
  });
});

describe('paragraphs across blocks, columns and pages', () => {
  const parse = async (numac: string) => {
    const { parseIngested } = await import('../../src/pipeline/parse.js');
    return parseIngested(await ingestPdf(pdfSource(`${numac}.pdf`, await moniteurPdf(corpusText(numac)))));
  };

  it('a fixed-width block cut by a page break goes on on the next page (2002023049: 561374 … M 8)', async () => {
    const doc = await parse('2002023049');
    const p = doc.prestations.find((x) => x.codes.join('-') === '561374');
    expect(p?.value?.terms.map((t) => `${t.letter}${t.coefficient}`)).toEqual(['M8']);
  });

  it('on a column of one-line paragraphs, the paragraph gap is told from the line pitch (2003022342)', async () => {
    const numac = '2003022342';
    const pdf = await ingestPdf(pdfSource(`${numac}.pdf`, await moniteurPdf(corpusText(numac))));
    const paras = pdf.paragraphs.map((p) => pdf.text.text.slice(p.start, p.end));
    // code, label and value are paragraphs of their own, as in the markdown
    expect(paras).toContain('469335 - 469346');
    expect(paras).toContain("D'un ou des deux yeux N 30");
  });

  it('a value cut from its letter at a line end (`… labio-palatine K` / `225`) is text, not a page number (2003022343)', async () => {
    const doc = await parse('2003022343');
    const p = doc.prestations.find((x) => x.codes.join('-') === '253315-253326');
    expect(p?.value?.terms.map((t) => `${t.letter}${t.coefficient}`)).toEqual(['K225']);
  });
});

it('keeps a fixed-width block whose line height is not the body\'s as one block (1999022423, LibreOffice)', () => {
  // LibreOffice sets a preformatted block in Liberation Mono 17.7 pt apart, beside 13.4 pt of 10 pt serif
  const line = (y: number, str: string, x: number, mono: boolean) => joinRuns(2, [{ str, x, y, width: str.length * 6, size: 10, mono }], 57)!;
  const lines = [
    line(315.4, '1. au littera a), la prestation suivante est insérée après la prestation', 57, false),
    line(302.0, '2. au littera c), la prestation suivante est insérée après la prestation n° 251672 - 251683 :', 57, false),
    line(284.6, '" 251694 - 251705', 65, true),
    line(266.9, "Mise en place d'implants osteo-integrables pour la fixation", 65, true),
    line(249.2, "d'une epithese du visage en vue de corriger une mutilation du", 70, true),
    line(231.5, "visage suite a une malformation d'origine traumatique ou", 70, true),
    line(213.8, 'congenitale                                                      K  180 "', 70, true),
    line(196.1, '3. au littera d), la prestation n° 244333 - 244344 est supprimée.', 57, false),
    line(182.7, 'suite', 57, false),
  ];
  // (the change of font between body and block starts a paragraph of its own: startsParagraph)
  const block = blocks(lines).find((b) => b.some((l) => l.mono))!;
  expect(block.filter((l) => l.mono)).toHaveLength(5);
});
