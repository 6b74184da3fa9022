/**
 * PDF files → the same IngestedText as the text route. pdf.js text runs with
 * geometry → lines → columns and blocks in reading order → running headers,
 * footers and page numbers removed → the French column kept (the Dutch one
 * becomes a parallel text) → a plain text with one line per PDF line and a
 * blank line between blocks, read by `ingestPdfText` (which joins hyphenated
 * words and split code pairs and rebuilds paragraphs). A side table keeps,
 * for every line of that text, its page and box in PDF points.
 */
import { ingestPdfText, publicationDate } from '../pdftext.js';
import { SourceError, type IngestedText, type SourceFile } from '../types.js';
import { loadPdf, type PdfLimits } from './load.js';
import { blocks, layoutPage, repeatedKeys, type Column } from './columns.js';
import { detectLanguage, languageScore } from './language.js';
import { maxOf, type PdfLine } from './lines.js';
import { applyGeometry, type LineRole } from './paragraphs.js';
import { mergeWrappedRows } from './tables.js';

export type { PdfLimits } from './load.js';
export { DEFAULT_LIMITS } from './load.js';
export { boxForSpan, boxesForSpan, type PdfBox } from './boxes.js';

/** One line of `text.original`: offsets [start, end) and where it is printed. */
export interface LineBox {
  start: number;
  end: number;
  page: number;
  /** PDF points, origin bottom-left: left, bottom, width, height */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PdfLayout {
  pages: { number: number; width: number; height: number; columns: number }[];
  /** sorted by `start` */
  lineBoxes: LineBox[];
  /** the other language's column(s), when the document is bilingual */
  parallel: { lang: 'nl'; text: string } | null;
  /** running headers and footers removed (unique, in order of appearance) */
  furniture: string[];
  /** publication date read from a `MONITEUR BELGE — dd.mm.yyyy — BELGISCH STAATSBLAD` header, ISO */
  published: string | null;
}

export interface PdfIngested extends IngestedText {
  layout: PdfLayout;
}

/** Minimum letters per page below which a PDF is taken to have no text layer. */
const MIN_LETTERS_PER_PAGE = 20;

export async function ingestPdf(source: SourceFile, limits?: PdfLimits): Promise<PdfIngested> {
  const pages = await loadPdf(source, limits);
  const letters = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + (r.str.match(/\p{L}/gu)?.length ?? 0), 0), 0);
  if (letters < MIN_LETTERS_PER_PAGE * pages.length * 0.25 || letters < MIN_LETTERS_PER_PAGE) {
    throw new SourceError('pdf-no-text', source.path, `PDF has no text layer (${letters} letters on ${pages.length} page(s)): a scanned document; OCR would be needed`);
  }
  const repeated = repeatedKeys(pages);
  let layouts = pages.map((p) => layoutPage(p, repeated));
  // pages without a gutter of their own are tried with the gutter of the others
  const gutters = layouts.map((l) => l.gutter).filter((g): g is number => g !== null).sort((a, b) => a - b);
  if (gutters.length > 0 && gutters.length < layouts.length) {
    const hint = gutters[Math.floor(gutters.length / 2)];
    layouts = layouts.map((l, i) => (l.gutter === null ? layoutPage(pages[i], repeated, hint) : l));
  }

  const fr = new TextOut();
  const nl = new TextOut();
  const pageStarts: number[] = [];
  const furniture: string[] = [];
  const langs = assignLanguages(layouts.map((l) => l.columns.map(columnLanguage)), layouts.map((l) => l.columns.map(columnDutchShare)));
  layouts.forEach((l, p) => {
    pageStarts.push(fr.length());
    for (const f of l.furniture) if (!furniture.includes(f)) furniture.push(f);
    for (const band of l.bands) {
      fr.blocks(blocks(mergeWrappedRows(band.spanning)));
      band.columns.forEach((c, i) => (langs[p][i] === 'nl' ? nl : fr).blocks(blocks(mergeWrappedRows(c.lines)), c.left));
    }
  });
  const original = fr.text();
  if (original.trim().length === 0) throw new SourceError('pdf-no-text', source.path, 'PDF has no French text after removing page furniture');
  const ingested = applyGeometry(ingestPdfText(source, original, pageStarts, { furnitureRemoved: true }), fr.roles);
  if (ingested.paragraphs.length === 0) throw new SourceError('pdf-no-text', source.path, 'PDF text holds no paragraph');
  const nlText = nl.text();
  return {
    ...ingested,
    format: 'pdf',
    layout: {
      pages: layouts.map((l, i) => ({ number: l.page, width: pages[i].width, height: pages[i].height, columns: l.columns.length })),
      lineBoxes: fr.boxes,
      parallel: nlText.trim() ? { lang: 'nl', text: nlText } : null,
      furniture,
      published: publicationDate(furniture),
    },
  };
}

/**
 * Settle each column's language. The text decides; a column whose text says
 * too little (a page of tables) takes the opposite of its neighbour on a
 * bilingual page, or else the language its side has on the other pages.
 */
export function assignLanguages(pages: ('fr' | 'nl' | 'unknown')[][], dutchShare: number[][] = []): ('fr' | 'nl')[][] {
  const bilingual = pages.some((cols) => cols.includes('nl'));
  // Two columns read as French on a bilingual document: the one with clearly
  // more Dutch stop words is the Dutch text with French in its tables.
  pages = pages.map((cols, p) => {
    const share = dutchShare[p];
    if (!bilingual || cols.length !== 2 || cols[0] !== 'fr' || cols[1] !== 'fr' || !share) return cols;
    if (share[1] > 3 * share[0] && share[1] > 0.1) return ['fr', 'nl'];
    if (share[0] > 3 * share[1] && share[0] > 0.1) return ['nl', 'fr'];
    return cols;
  });
  const side = new Map<string, number>(); // `${columns}:${index}` → fr votes minus nl votes
  for (const cols of pages) cols.forEach((l, i) => {
    const k = `${cols.length}:${i}`;
    side.set(k, (side.get(k) ?? 0) + (l === 'fr' ? 1 : l === 'nl' ? -1 : 0));
  });
  return pages.map((cols) =>
    cols.map((l, i) => {
      if (l !== 'unknown') return l;
      if (!bilingual || cols.length < 2) return 'fr';
      const others = cols.filter((_, j) => j !== i);
      if (others.includes('fr') && !others.includes('nl')) return 'nl';
      if (others.includes('nl') && !others.includes('fr')) return 'fr';
      return (side.get(`${cols.length}:${i}`) ?? 0) < 0 ? 'nl' : 'fr';
    }),
  );
}

function columnDutchShare(c: Column): number {
  const { fr, nl } = languageScore(c.lines.map((l) => l.text).join(' '));
  return fr + nl === 0 ? 0 : nl / (fr + nl);
}

function columnLanguage(c: Column): 'fr' | 'nl' | 'unknown' {
  return detectLanguage(c.lines.map((l) => l.text).join(' '));
}

/** Accumulates one text stream: one line per PDF line, a blank line between blocks. */
class TextOut {
  private parts: string[] = [];
  private len = 0;
  readonly boxes: LineBox[] = [];
  readonly roles: LineRole[] = [];
  private last: PdfLine | null = null;

  length(): number {
    return this.len;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  /**
   * `columnLeft`: the blocks are a column's, whose first line may go on
   * with the last line of the previous column or page.
   */
  blocks(bs: PdfLine[][], columnLeft?: number): void {
    bs.forEach((b, k) => {
      if (this.len > 0) this.push('\n');
      const right = maxOf(b.map((l) => l.x + l.w));
      b.forEach((line, i) => {
        const start = this.len;
        const prev = b[i - 1];
        const starts = !prev && k === 0 && columnLeft !== undefined && this.last ? startsColumn(line, this.last, columnLeft) : startsParagraph(line, prev, right);
        this.roles.push({ start: start + (line.text.match(/^\s*/)?.[0].length ?? 0), starts, row: isRow(line), page: line.page });
        this.push(line.text);
        this.boxes.push({ start, end: this.len, page: line.page, x: round(line.x), y: round(line.y), w: round(line.w), h: round(line.h) });
        this.push('\n');
        this.last = line;
      });
    });
  }

  text(): string {
    return this.parts.join('');
  }
}

const LIST_MARKER = /^(?:[a-zA-Z]\)|[A-Z]\.\s|\d{1,2}°|\d{1,2}\.\s|[-•o]\s|§\s?\d|Art(?:icle|\.)\s)/;

/** A line begins a paragraph: first of its block, indented, or after a short line ending a sentence. */
function startsParagraph(line: PdfLine, prev: PdfLine | undefined, right: number): boolean {
  if (!prev) return true;
  if (line.mono && prev.mono) return false; // a fixed-width block is one paragraph, as in markdown
  if (line.mono !== prev.mono) return true;
  if (isRow(prev)) return true;
  const prevShort = prev.x + prev.w < right - line.size * 2;
  if (line.x - prev.x > line.size * 0.8 && prevShort) return true;
  if (prevShort && /[.:;"]$/.test(prev.text)) return true;
  return prevShort && LIST_MARKER.test(line.text);
}

/**
 * The first line of a column after a column or page break: a fixed-width
 * block runs on, an indent or a change of font starts a paragraph, and
 * otherwise geometry cannot tell (null: the text decides).
 */
function startsColumn(line: PdfLine, last: PdfLine, columnLeft: number): boolean | null {
  if (line.mono && last.mono) return false;
  if (line.mono !== last.mono) return true;
  if (isRow(last) || isRow(line)) return true;
  if (line.x - columnLeft > line.size * 0.8) return true;
  return null;
}

function isRow(line: PdfLine): boolean {
  return line.row;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

export { languageScore, detectLanguage };
