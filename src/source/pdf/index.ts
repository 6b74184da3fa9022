/**
 * PDF files → the same IngestedText as the text route. pdf.js text runs with
 * geometry → lines → columns and blocks in reading order → running headers,
 * footers and page numbers removed → the French column kept (the Dutch one
 * becomes a parallel text) → a plain text with one line per PDF line and a
 * blank line between blocks, read by `ingestPdfText` (which joins hyphenated
 * words and split code pairs and rebuilds paragraphs). A side table keeps,
 * for every line of that text, its page and box in PDF points.
 */
import { ingestPdfText } from '../pdftext.js';
import { SourceError, type IngestedText, type SourceFile } from '../types.js';
import { loadPdf, type PdfLimits } from './load.js';
import { blocks, layoutPage, repeatedKeys, type Column } from './columns.js';
import { detectLanguage, languageScore } from './language.js';
import type { PdfLine } from './lines.js';

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
  const layouts = pages.map((p) => layoutPage(p, repeated));

  const fr = new TextOut();
  const nl = new TextOut();
  const pageStarts: number[] = [];
  const furniture: string[] = [];
  for (const l of layouts) {
    pageStarts.push(fr.length());
    for (const f of l.furniture) if (!furniture.includes(f)) furniture.push(f);
    fr.blocks(blocks(l.spanning));
    const langs = l.columns.map((c) => columnLanguage(c));
    const anyFrench = langs.includes('fr');
    l.columns.forEach((c, i) => {
      // a column is Dutch only when the text says so; unknown columns stay with the French
      const dutch = langs[i] === 'nl' && (anyFrench || l.columns.length > 1);
      (dutch ? nl : fr).blocks(blocks(c.lines));
    });
  }
  const original = fr.text();
  if (original.trim().length === 0) throw new SourceError('pdf-no-text', source.path, 'PDF has no French text after removing page furniture');
  const ingested = ingestPdfText(source, original, pageStarts);
  if (ingested.paragraphs.length === 0) throw new SourceError('pdf-no-text', source.path, 'PDF text holds no paragraph');
  for (const p of ingested.paragraphs) {
    const lead = /^(Article\s+\d+(?:er)?(?:bis|ter|quater)?\.|Art\.\s*\d+(?:er)?(?:bis|ter|quater)?\.)/.exec(ingested.text.text.slice(p.start, p.end));
    if (lead) p.heading = lead[1];
  }
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

function columnLanguage(c: Column): 'fr' | 'nl' | 'unknown' {
  return detectLanguage(c.lines.map((l) => l.text).join(' '));
}

/** `MONITEUR BELGE — 28.04.2001 — BELGISCH STAATSBLAD` → 2001-04-28. */
function publicationDate(furniture: string[]): string | null {
  for (const f of furniture) {
    const m = /MONITEUR BELGE\s*[-–—]+\s*(\d{2})[./-](\d{2})[./-](\d{4})/i.exec(f);
    if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  }
  return null;
}

/** Accumulates one text stream: one line per PDF line, a blank line between blocks. */
class TextOut {
  private parts: string[] = [];
  private len = 0;
  readonly boxes: LineBox[] = [];

  length(): number {
    return this.len;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  blocks(bs: PdfLine[][]): void {
    for (const b of bs) {
      if (this.len > 0) this.push('\n');
      for (const line of b) {
        const start = this.len;
        this.push(line.text);
        this.boxes.push({ start, end: this.len, page: line.page, x: round(line.x), y: round(line.y), w: round(line.w), h: round(line.h) });
        this.push('\n');
      }
    }
  }

  text(): string {
    return this.parts.join('');
  }
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

export { languageScore, detectLanguage };
