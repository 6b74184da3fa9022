import type { DocumentStructure } from '../structure/types.js';

/** Stands for one character of quoted payload in the masked text. */
export const QUOTE_FILL = '\u2591';

/**
 * Justel's editorial layer: change notes `<AR 2003-04-22/33, art. 4, 002;
 * En vigueur : 29-04-2003>`, errata `<Err. M.B. …>` / `<Erratum, voir …>`,
 * `(NOTE : …)`, and `[1 …]1` bracket numbering. They are facts about the
 * text, not the decree's own words.
 */
/**
 * One change or erratum note, `<Err. M.B. 19-11-2002, p. 51304>`, `<Erratum, M.B. …>`, `<L 2002-08-22/…>`, `<Arrêté …>`
 * (its word ends where no letter follows: a `\b` after `Arrêté` never matched; the patterns using it have no `u` flag)
 */
export const JUSTEL_NOTE = String.raw`<\s*(?:AR|A\.R\.|L|Loi|Err\.?|Erratum|ERRATUM|AM|Arr[êe]t[ée])(?![A-Za-z\u00C0-\u024F\d_])[^<>]*>`;
const EDITORIAL_NOTES = [
  new RegExp(JUSTEL_NOTE, 'g'),
  // a note paragraph runs to its line's last `)`, whatever it cites (`art. 2A, a) annulé …`)
  /^[ \t]*\(\s*NOTE\s*:[^\n]*\)[ \t]*$/gm,
  /\(\s*NOTE\s*:[^()]*(?:\([^()]*\)[^()]*)*\)/g,
  /\[\d{1,2}(?!\d)|\]\d{1,2}(?!\d)/g,
];
/** A string each note of EDITORIAL_NOTES holds (and `]` for the last's other form): a text without it has none. */
const NOTE_MARKS = ['<', 'NOTE', 'NOTE', '['];

/**
 * The decree's own text with the same offsets as the normalised text:
 * quoted payload replaced by `QUOTE_FILL` (quote marks kept) and editorial
 * notes blanked. Pattern matching on it never fires inside inserted text.
 */
export function ownText(doc: DocumentStructure): string {
  // read by several extractors (amendments, entry into force): built once per document
  let own = ownTexts.get(doc);
  if (own === undefined) ownTexts.set(doc, (own = buildOwnText(doc)));
  return own;
}

const ownTexts = new WeakMap<DocumentStructure, string>();

function buildOwnText(doc: DocumentStructure): string {
  const text = doc.ingested.text.text;
  // (quoted characters marked, then copied by runs: an array of one string per character was a GC cost)
  const quoted = new Uint8Array(text.length);
  for (const q of doc.quotes) quoted.fill(1, Math.max(0, q.innerStart), Math.max(0, Math.min(q.innerEnd, text.length)));
  const parts: string[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    while (j < text.length && quoted[j] === quoted[i]) j++;
    parts.push(quoted[i] ? text.slice(i, j).split('\n').map((line) => QUOTE_FILL.repeat(line.length)).join('\n') : text.slice(i, j));
    i = j;
  }
  let out = parts.join('');
  EDITORIAL_NOTES.forEach((re, k) => {
    // (most texts have no note of a kind: a whole-text scan per kind saved)
    if (out.includes(NOTE_MARKS[k]) || (k === 3 && out.includes(']'))) out = out.replace(re, (m) => m.replace(/[^\n]/g, ' '));
  });
  return out;
}

/** A piece of text (a label, a rule) without Justel's editorial notes, spaces folded. */
export function withoutEditorialNotes(s: string): string {
  let out = s;
  EDITORIAL_NOTES.forEach((re, k) => {
    if (out.includes(NOTE_MARKS[k]) || (k === 3 && out.includes(']'))) out = out.replace(re, ' ');
  });
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Inner text of the quote opening at or after `from` (within `limit`), if any. */
export function quoteAfter(doc: DocumentStructure, from: number, limit: number): DocumentStructure['quotes'][number] | null {
  for (const q of doc.quotes) if (q.start >= from && q.start < limit) return q;
  return null;
}
