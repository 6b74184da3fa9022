import { describe, expect, it } from 'vitest';
import { makeSourceFile } from '../../src/source/decode.js';
import { ingestText } from '../../src/source/ingest.js';
import { boxForSpan, detectLanguage, ingestPdf } from '../../src/source/pdf/index.js';
import { moniteurPdf } from '../../scripts/pdf-fixtures/moniteur.js';
import { conventionPdf } from '../../scripts/pdf-fixtures/convention.js';
import { corpusText, pdfSource, seed } from './helpers.js';

// a decree long enough to run over several pages, with fixed-width tables
const NUMAC = '1999022423';
const markdown = corpusText(NUMAC);

describe('bilingual Moniteur pages', async () => {
  const bytes = await moniteurPdf(markdown);
  const pdf = await ingestPdf(pdfSource(`${NUMAC}.pdf`, bytes));
  const md = ingestText(makeSourceFile(`${NUMAC}.md`, Buffer.from(markdown)));
  const text = pdf.text.text;

  it('is a PDF over several pages, two columns each', () => {
    expect(pdf.format).toBe('pdf');
    expect(pdf.layout.pages.length).toBeGreaterThan(3);
    // the last pages may hold only the longer of the two texts
    const frenchPages = new Set(pdf.paragraphs.map((p) => p.page));
    expect(pdf.layout.pages.filter((p) => frenchPages.has(p.number)).every((p) => p.columns === 2)).toBe(true);
    const pages = pdf.paragraphs.map((p) => p.page!);
    expect(pages.every((p, i) => i === 0 || p >= pages[i - 1])).toBe(true);
    expect(pages.at(-1)).toBeGreaterThan(3);
  });

  it('keeps the French column and gives the Dutch one as a parallel text', () => {
    expect(detectLanguage(text)).toBe('fr');
    expect(pdf.layout.parallel?.lang).toBe('nl');
    expect(detectLanguage(pdf.layout.parallel!.text)).toBe('nl');
    expect(text).not.toMatch(/\b(wordt|verstrekkingen|geneeskundige)\b/);
  });

  it('removes the running header and the page numbers, and reads the publication date from it', () => {
    expect(text).not.toContain('MONITEUR BELGE');
    expect(text).not.toContain('STAATSBLAD');
    expect(pdf.layout.published).toBe('1999-05-27');
    expect(pdf.layout.furniture.length).toBeGreaterThan(0);
  });

  it('joins words hyphenated at line ends: every long word of the PDF is a word of the markdown', () => {
    // the whole file: the ministry and title are printed from the front matter
    const mdWords = new Set(markdown.toLowerCase().match(/[a-zà-ÿ]{8,}/g));
    const pdfWords = text.toLowerCase().match(/[a-zà-ÿ]{8,}/g) ?? [];
    const strangers = pdfWords.filter((w) => !mdWords.has(w));
    expect(strangers).toEqual([]);
    expect(text).not.toMatch(/[a-zà-ÿ]- [a-zà-ÿ]{2,}/);
  });

  it('finds every code of the markdown, in order', () => {
    const codes = (s: string) => s.match(/\b\d{6}\b/g) ?? [];
    expect(codes(text)).toEqual(codes(md.text.text));
  });

  it('gives each paragraph its page and each span a box inside the French column', () => {
    const at = text.indexOf('Art. 2.');
    const box = boxForSpan(pdf, pdf.layout, at, at + 7)!;
    expect(box.page).toBe(1);
    expect(box.x).toBeGreaterThanOrEqual(30);
    expect(box.x + box.w).toBeLessThan(595.28 / 2);
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.h).toBeLessThan(841.89);
    const last = pdf.paragraphs.at(-1)!;
    expect(boxForSpan(pdf, pdf.layout, last.start, last.end)!.page).toBe(last.page);
  });

  it('tells the languages apart by the text, not the position', async () => {
    const swapped = await ingestPdf(pdfSource('dutch-left.pdf', await moniteurPdf(markdown, { dutchLeft: true })));
    expect(swapped.text.text).toBe(text);
    const box = boxForSpan(swapped, swapped.layout, 0, 5)!;
    expect(box.x).toBeGreaterThan(595.28 / 2);
  });
});

describe('INAMI convention with fee tables', async () => {
  const pdf = await ingestPdf(pdfSource('convention-003.pdf', await conventionPdf(seed('003'))));

  it('reads each fee-table row as one line of cells, not a soup of numbers', () => {
    const rows = pdf.paragraphs.filter((p) => p.tableRow).map((p) => pdf.text.text.slice(p.start, p.end));
    expect(rows).toContain('I = 2,801231 587134 587145 = I 633 1773,18 1773,18 1773,18 1773,18 1773,18');
    expect(rows).toContain('K = 2,824045 200093 200104 = K 198 559,16 559,16 559,16');
    expect(pdf.text.original).toMatch(/^I = 2,801231 {2}587193 {2}587204 {2}= I 601 {2}1683,54/m);
  });

  it('is a single column; the `Page n de N` footer is gone', () => {
    expect(pdf.layout.pages.every((p) => p.columns === 1)).toBe(true);
    expect(pdf.text.text).not.toMatch(/Page \d+ de \d+/);
    expect(pdf.layout.parallel).toBeNull();
  });
});
