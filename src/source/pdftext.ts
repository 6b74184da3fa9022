import { TextBuilder } from '../text/normalized.js';
import { pushInline } from '../text/inline.js';
import { continuesIntoCode } from '../text/continues.js';
import type { IngestedText, Paragraph, SourceFile } from './types.js';

/** One physical line of the extracted text. */
interface Line {
  text: string;
  /** offset of `text` (trimmed) in the original */
  start: number;
  indent: number;
  page: number;
}

const LIST_MARKER = /^(?:[a-zA-Z]\)|[a-h]\.\s|[A-Z]\.\s|[0-9]{1,2}°|[0-9]{1,2}\.(?:[0-9]{1,2}\.?)*\s|[-•o*]\s|§\s?\d|\(?[ivx]{1,4}\)\s|ARTICLE\s|Article\s|Art\.\s)/;
const CODE_LINE = /^[-"\s]*\d{6}\b/;
const SENTENCE_END = /[.:;!?"]\s*$/;
/** Running headers and page numbers of the Moniteur and INAMI documents. */
const FURNITURE = /^(?:MONITEUR BELGE\b.*|.*BELGISCH STAATSBLAD$|-?\s*\d{1,5}\s*-?|Page \d+(?: (?:de|sur|\/) \d+)?|\d+\s*\/\s*\d+)$/;

/**
 * Text extracted from a PDF: rebuild paragraphs from cut lines, join words
 * hyphenated at line ends and code pairs split after their dash, drop page
 * furniture. Each table-like line (several numbers) stays a paragraph of its own.
 */
export function ingestPdfText(source: SourceFile, text: string, pages?: number[], opts: { furnitureRemoved?: boolean } = {}): IngestedText {
  const lines = splitLines(text, pages);
  const indentedStarts = lines.filter((l) => l.indent >= 3).length;
  const indentMeansParagraph = indentedStarts > lines.length * 0.2;

  const b = new TextBuilder();
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let prev: Line | null = null;
  let sawBlankSinceLast = false;
  let currentIsListItem = false;

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
    if (!opts.furnitureRemoved && FURNITURE.test(line.text)) continue;
    const tableRow = isTableRow(line.text) && !(prev && continuesIntoCode(prev.text));
    // `589676` / `- 589680`: a pair cut before its dash is one thing, not a list item.
    const pairContinues = !!prev && /\d{6}\s*$/.test(prev.text) && /^-\s*\d{6}/.test(line.text);
    const startsNew =
      !pairContinues && (!current ||
      !prev ||
      tableRow ||
      isTableRow(prev.text) ||
      LIST_MARKER.test(line.text) ||
      (CODE_LINE.test(line.text) && !continuesIntoCode(prev.text)) ||
      isHeadingLine(prev.text) ||
      isHeadingLine(line.text) ||
      (currentIsListItem && /^[A-ZÀ-Ý]/.test(line.text) && !/[,-]\s*$/.test(prev.text)) ||
      (indentMeansParagraph && line.indent >= 3 && prev.indent < line.indent) ||
      (indentMeansParagraph && line.indent >= 3 && SENTENCE_END.test(prev.text)) ||
      (SENTENCE_END.test(prev.text) && sawBlankSinceLast && /^[A-ZÀ-Ý"]/.test(line.text) && !indentMeansParagraph) ||
      (/[.:;]\s*$/.test(prev.text) && /^[A-ZÀ-Ý]/.test(line.text) && prev.text.length < 60));
    if (startsNew) {
      close();
      currentIsListItem = LIST_MARKER.test(line.text) && !/^(ARTICLE|Article|Art\.)\s/.test(line.text);
      if (b.length > 0) b.push('\n', line.start, false);
      current = { index: paragraphs.length, start: b.length, end: b.length, heading: null, page: line.page, ...(tableRow ? { tableRow } : {}) };
    } else {
      joinLines(b, prev!, line);
    }
    pushInline(b, line.text, line.start);
    prev = line;
    sawBlankSinceLast = false;
  }
  close();
  paragraphs.forEach((p, i) => (p.index = i));
  return { source, format: 'pdf-text', frontMatter: null, text: b.build(text), paragraphs };
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
