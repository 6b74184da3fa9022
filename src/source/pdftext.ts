import { TextBuilder } from '../text/normalized.js';
import { pushInline } from '../text/inline.js';
import { continuesIntoCode } from '../text/continues.js';
// the two code rules are a leaf module of plain functions: reading them here moves no data backwards
import { checkDigitValid, isPair } from '../extract/code-rules.js';
import type { IngestedText, Paragraph, SourceFile } from './types.js';
import { frenchLines, type Line } from './pdftext-french.js';
import { rebuildTableRows } from './pdftext-rows.js';

const LIST_MARKER = /^(?:[a-zA-Z]\)|[a-h]\.\s|[A-Z]\.\s|[0-9]{1,2}°|[0-9]{1,2}\.(?:[0-9]{1,2}\.?)*\s|[-•o*]\s|§\s?\d|\(?[ivx]{1,4}\)\s|ARTICLE\s|Article\s|Art\.\s)/;
const CODE_LINE = /^[-"\s]*\d{6}\b/;
const SENTENCE_END = /[.:;!?"]\s*$/;
/** Running headers (with the page number before or after them: pdftotext -layout) and page numbers of the Moniteur and INAMI documents. */
const FURNITURE = /^(?:(?:\d{1,5}\s+)?(?:MONITEUR BELGE\b.*|.*BELGISCH STAATSBLAD(?:\s+\d{1,5})?)|-?\s*\d{1,5}\s*-?|Page \d+(?: (?:de|sur|\/) \d+)?|\d+\s*\/\s*\d+)$/;

/**
 * Text extracted from a PDF: rebuild paragraphs from cut lines, join words
 * hyphenated at line ends and code pairs split after their dash, drop page
 * furniture. Each table-like line (several numbers) stays a paragraph of its own.
 */
export function ingestPdfText(source: SourceFile, text: string, pages?: number[], opts: { furnitureRemoved?: boolean } = {}): IngestedText {
  // a bilingual Moniteur page extracted without its geometry: its Dutch column is left out
  const french = opts.furnitureRemoved ? null : frenchLines(splitLines(text, pages), (t) => FURNITURE.test(t));
  const read = french ? french.lines : splitLines(text, pages);
  // reading order puts a table's value column after its rows: put each value back on its row
  // (a PDF read with its geometry has its rows whole already)
  const lines = opts.furnitureRemoved ? read : rebuildTableRows(read, (t) => FURNITURE.test(t));
  const indentedStarts = lines.filter((l) => l.indent >= 3).length;
  const indentMeansParagraph = indentedStarts > lines.length * 0.2;
  // text with no blank line and no indent between paragraphs (pdftotext of a justified page): a
  // sentence ending well short of the column's width ends its paragraph
  const shortLine = Math.max(60, 0.8 * lineWidth(lines));

  const b = new TextBuilder();
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let prev: Line | null = null;
  let sawBlankSinceLast = false;
  let prevClosesQuote = false;
  let paragraphQuotes = 0;
  let currentIsListItem = false;
  let published: string | null = null;

  const close = () => {
    if (!current) return;
    b.trimEndSpaces();
    current.end = b.length;
    if (current.end > current.start) paragraphs.push(current);
    current = null;
  };

  for (const line of lines) {
    if (line.text === '') {
      sawBlankSinceLast = true;
      continue;
    }
    // a PDF read with its geometry has lost its furniture already: a line `225` there is a value cut from its letter
    // (nor is a value cell put back on its row: `M` / `24`)
    if (!opts.furnitureRemoved && !line.valueCell && FURNITURE.test(line.text) && !(prev && continuesIntoValue(prev.text, line.text))) {
      // the Moniteur's running header is the only place a text extracted from its PDF gives the publication date
      published ??= publicationDate([line.text]);
      continue;
    }
    const tableRow = isTableRow(line.text) && !(prev && continuesIntoCode(prev.text));
    // `589676` / `- 589680`: a pair cut before its dash is one thing, not a list item.
    const pairContinues = !!prev && /\d{6}\s*$/.test(prev.text) && /^-\s*\d{6}/.test(line.text);
    const startsNew =
      !pairContinues && (!current ||
      !prev ||
      tableRow ||
      isTableRow(prev.text) ||
      LIST_MARKER.test(line.text) ||
      // a code further left than the line before is a table row's first cell (pdftotext -layout of a
      // row whose label is centred around it), whatever that line's words
      (CODE_LINE.test(line.text) && (!continuesIntoCode(prev.text) || prev.indent >= line.indent + 4)) ||
      isHeadingLine(prev.text) ||
      isHeadingLine(line.text) ||
      (currentIsListItem && /^[A-ZÀ-Ý]/.test(line.text) && !/[,-]\s*$/.test(prev.text) && paragraphQuotes % 2 === 0) ||
      (indentMeansParagraph && line.indent >= 3 && prev.indent < line.indent) ||
      (indentMeansParagraph && line.indent >= 3 && SENTENCE_END.test(prev.text)) ||
      (SENTENCE_END.test(prev.text) && sawBlankSinceLast && /^[A-ZÀ-Ý"]/.test(line.text) && !indentMeansParagraph) ||
      ((/[.:;]\s*"?$/.test(prev.text) || prevClosesQuote) && /^[A-ZÀ-Ý"]/.test(line.text) && prev.text.length < shortLine));
    if (startsNew) {
      close();
      currentIsListItem = LIST_MARKER.test(line.text) && !/^(ARTICLE|Article|Art\.)\s/.test(line.text);
      if (b.length > 0) b.push('\n', line.start, false);
      current = { index: paragraphs.length, start: b.length, end: b.length, heading: null, page: line.page, ...(tableRow ? { tableRow } : {}) };
    } else {
      joinLines(b, prev!, line);
    }
    pushLine(b, line.text, line.start);
    // a quote that ends a line and balances the paragraph's quotes closes a quotation (`… N650 "`);
    // one that leaves a quote open begins one (`… les mots "` / `P 17 " sont …`)
    paragraphQuotes = (startsNew ? 0 : paragraphQuotes) + (line.text.match(/["«»“”]/g)?.length ?? 0);
    prevClosesQuote = paragraphQuotes % 2 === 0 && /["»”]$/.test(line.text);
    prev = line;
    sawBlankSinceLast = false;
  }
  close();
  paragraphs.forEach((p, i) => (p.index = i));
  return { source, format: 'pdf-text', frontMatter: null, text: b.build(text), paragraphs, ...(published ? { published } : {}), ...(french?.leftOut ? { dutchLinesLeftOut: french.leftOut } : {}) };
}

/** `MONITEUR BELGE — 28.04.2001 — BELGISCH STAATSBLAD` (or the Dutch title first) → 2001-04-28. */
export function publicationDate(furniture: string[]): string | null {
  for (const f of furniture) {
    const m = /(?:MONITEUR BELGE|BELGISCH STAATSBLAD)\s*[-–—]+\s*(\d{2})[./-](\d{2})[./-](\d{4})/i.exec(f);
    if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  }
  return null;
}

/**
 * `371070371081`: pdftotext (not -layout) joins a line ending in `371070-` with the next one
 * and drops the dash as a hyphenation's. Twelve digits whose halves are two valid codes of
 * one pair are that pair: the dash is put back (attributed to where the second code starts).
 * So is a date's (`M.B. 07-08-` / `2002` → `07-082002`, which would read as a code `082002`).
 */
const GLUED_AT_DASH = /(?<!\d)(\d{6})(\d{6})(?!\d)|(?<=(?<!\d)\d{1,2}-)(0[1-9]|1[0-2])((?:19|20)\d{2})(?!\d)/g;

function pushLine(b: TextBuilder, text: string, start: number): void {
  let from = 0;
  for (const m of text.matchAll(GLUED_AT_DASH)) {
    if (m[1] !== undefined && (!checkDigitValid(m[1]) || !checkDigitValid(m[2]) || !isPair(m[1], m[2]))) continue;
    const cut = m.index + (m[1] !== undefined ? 6 : 2);
    pushInline(b, text.slice(from, cut), start + from);
    b.push('-', start + cut, false);
    from = cut;
  }
  pushInline(b, text.slice(from), start + from);
}

/** Join the end of the text so far with the next physical line. */
function joinLines(b: TextBuilder, prev: Line, line: Line): void {
  b.trimEndSpaces();
  const last = b.lastChar();
  const prevText = prev.text.trimEnd();
  if (last === '-' && /\d-$/.test(prevText) && /^\d/.test(line.text)) return; // `587134-` / `587145`
  if (last === '-' && /[a-zà-ÿ\u0300-\u036f]-$/.test(prevText) && /^[a-zà-ÿ]/.test(line.text)) {
    // `tu-` / `meurs`: a word cut at the line end; the hyphen was the typesetter's.
    b.dropLast();
    return;
  }
  b.push(' ', line.start, false);
}

/** `ARTICLE 8. LITIGES`, `4.2.2 Règles d'application`: a title line stands alone. */
function isHeadingLine(text: string): boolean {
  if (text.length > 90) return false;
  const letters = text.replace(/[^A-Za-zÀ-ÿ]/g, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && !/\d{6}/.test(text)) return true;
  return /^\d+(?:\.\d+){1,3}\.?\s+[A-ZÀ-Ý][^.:;]*$/.test(text) && text.length < 70;
}

/**
 * Several numbers and a code: a row of a table, a paragraph of its own. Not
 * a line of prose that cites several codes and goes on (`… des prestations
 * 293436 - 293440 ou` / `279016-279020 U 1380`).
 */
function isTableRow(text: string): boolean {
  const numbers = text.match(/(?:^|\s)\d[\d.,]*(?=\s|$)/g) ?? [];
  return numbers.length >= 4 && /\d{6}/.test(text) && !continuesIntoCode(text);
}

/** `… concerné...........N` / `250`: a number alone after a key letter or leader dots is the value's coefficient, not a page number. */
function continuesIntoValue(before: string, line: string): boolean {
  return /^\d{1,5}$/.test(line) && /(?:\.{3,}|[\s.][A-Z])$/.test(before);
}

/** The width of a full line of running text: the 90th percentile of the line lengths. */
function lineWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 0;
}

function splitLines(text: string, pages?: number[]): Line[] {
  const out: Line[] = [];
  let pos = 0;
  let page = 1;
  let pageIdx = 0;
  for (const raw of text.split('\n')) {
    if (pages) {
      while (pageIdx + 1 < pages.length && pages[pageIdx + 1] <= pos) pageIdx++;
      page = pageIdx + 1;
    }
    const ff = raw.split('\f').length - 1;
    const cleaned = raw.replace(/[\f\r]/g, (c) => (c === '\f' ? ' ' : ' '));
    const indent = cleaned.match(/^\s*/)![0].length;
    const t = cleaned.trim();
    out.push({ text: t, start: pos + indent, indent, page });
    if (!pages && ff > 0) page += ff;
    pos += raw.length + 1;
  }
  return out;
}
