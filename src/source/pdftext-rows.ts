import { continuesIntoCode } from '../text/continues.js';
import type { Line } from './pdftext-french.js';

/**
 * Table rows that reading order took apart. pdftotext (not -layout) writes a
 * table's columns one after the other: a run of code rows (`280033 280044
 * Enlèvement …`), or a run of codes and then their labels, and only then the
 * run of their values (`N 15` / `N 30`, or `M` / `24`, or the terms of sums cut
 * into cells `N 4,2` / `D 3` / `E 1` / `+` / `+`). When the values are exactly
 * as many as the codes before them, with nothing else in between, each value
 * goes back on its row, in order: the lines are reordered (never rewritten, so
 * every character keeps its offset in the original text). Anything less clear
 * is left as it was: a row without its value is better than a row with another's.
 */
export function rebuildTableRows(lines: Line[], isFurniture: (text: string) => boolean): Line[] {
  const out = lines.slice();
  // non-blank lines, as slots of `out`: a rebuilt region's lines take its slots in their new order
  const slots = out.flatMap((l, i) => (l.text === '' ? [] : [i]));
  const t = slots.map((i) => out[i].text);
  const moved = slots.map((i) => out[i]);
  for (let k = 0; k < t.length; ) {
    const run = k > 0 && termAt(t, k - 1) ? null : valueRun(t, k);
    // values followed by the rest of a sentence (`… le jour` / `V21` / `V115` / `de l'accouchement`) sit inside a row, not after the rows
    if (!run || (run.end < t.length && /^[a-zà-ÿ]/.test(t[run.end]))) {
      k++;
      continue;
    }
    const rows = rowsBefore(t, k, run, isFurniture);
    if (rows) {
      const order = [...rows.lead, ...rows.rows.flatMap((r, i) => [...r, ...rows.values[i]])];
      const expected = range(rows.from, run.end);
      // every line of the region once, none from outside: a permutation, or nothing is moved
      if (order.length === expected.length && [...order].sort((a, b) => a - b).every((j, n) => j === expected[n])) {
        const cells = new Set(rows.values.flat());
        order.forEach((j, n) => (out[slots[rows.from + n]] = cells.has(j) ? { ...moved[j], valueCell: true } : moved[j]));
      }
    }
    k = run.end;
  }
  return out;
}

interface Term {
  /** positions (into the non-blank lines) of the term's line(s) */
  at: number[];
  letter: string;
  /** `N 4,2 +`: the plus of the sum is on the term's line */
  plus: boolean;
}

interface Run {
  terms: Term[];
  pluses: number[];
  end: number;
}

const TERM = /^([A-Z])\s?(\d+(?:[.,]\d+)?)(\s*\+)?\s*(["»”])?$/;
const LETTER = /^[A-Z]$/;
const NUMBER = /^(\d+(?:[.,]\d+)?)(\s*\+)?\s*(["»”])?$/;

/** A value's term starting at position k: `N 15`, `V15`, or `M` / `24` on two lines. */
function termAt(t: string[], k: number): (Term & { quote: boolean }) | null {
  const m = TERM.exec(t[k]);
  if (m) return { at: [k], letter: m[1], plus: !!m[3], quote: !!m[4] };
  if (LETTER.test(t[k]) && k + 1 < t.length) {
    const n = NUMBER.exec(t[k + 1]);
    if (n) return { at: [k, k + 1], letter: t[k], plus: !!n[2], quote: !!n[3] };
  }
  return null;
}

/** The run of value cells (terms and lone `+`) starting at k; a closing quote ends it. */
function valueRun(t: string[], k: number): Run | null {
  const terms: Term[] = [];
  const pluses: number[] = [];
  let j = k;
  while (j < t.length) {
    if (t[j] === '+') {
      pluses.push(j++);
      continue;
    }
    const term = termAt(t, j);
    if (!term) break;
    terms.push(term);
    j += term.at.length;
    if (term.quote) break;
  }
  return terms.length >= 2 ? { terms, pluses, end: j } : null;
}

const CODE_START = /^["«]?\s*\d{6}(?:\s*-?\s*\d{6})?(?!\d)/;
const CODE_ONLY = /^["«]?\s*\d{6}(?:\s*-?\s*\d{6})?\s*$/;
const QUOTE = /["«»“”]/;
const CLOSING = /^[^"«»“”]*["»”][.;,]?$/;
const OPENING_CODE = /^["«“]\s*\d{6}(?:\s*-?\s*\d{6})?[^"«»“”]*$/;
/** How far back from a run of values its rows are looked for (non-blank lines). */
const MAX_ROWS_WALK = 600;
/** `(2)`, `(3)`: a column's number heading the code column. */
const COLUMN_NUMBER = /^\(\d\)$/;
/** A title row inside a table: `I. b) Prestations …`, `§ 2. Soins …`, `a) séances …`, `1° Os …`. */
const TITLE_ROW = /^(?:[IVX]+\.\s|[a-z]\)\s|[A-Z]\.\s|\d{1,2}°\s|§\s?\d)/;

/**
 * The rows the run's values belong to: the k code lines before the run (k the number of values),
 * read either as k rows (a code line then its label lines) or as a column of k codes then a column
 * of k labels (each starting with a capital; title rows between them go before their row).
 */
function rowsBefore(t: string[], k: number, run: Run, isFurniture: (s: string) => boolean): { from: number; lead: number[]; rows: number[][]; values: number[][] } | null {
  const isCode = (j: number) => CODE_START.test(t[j]) && !(j > 0 && continuesIntoCode(t[j - 1]));
  // the code lines between the previous value (or page furniture) and the run
  let from = k;
  const codes: number[] = [];
  // (only furniture between the line looked at and the run: kept as the walk goes, not recounted at each step)
  let last = true;
  // a table's rows are a few hundred lines at most: the walk back is bounded, whatever the text before the run
  while (from > 0 && k - from < MAX_ROWS_WALK) {
    const j = from - 1;
    if (j + 1 < k) last &&= isFurniture(t[j + 1]);
    // a value ends the rows before: a term, a lone `+`, or the number of a term whose letter ends a line of its row's label
    if (termAt(t, j) || t[j] === '+' || (j > 0 && termAt(t, j - 1)?.at.length === 2) || cutTermNumber(t, j, isCode)) break;
    // nor does the text around a table belong to its rows: an article, an amendment's numbered item, a quotation's
    // end (but the one that closes the last row: the value column comes after the quoted rows)
    if (/^(?:\d{1,2}\.\s|Art\.|Article\s)/.test(t[j]) || (QUOTE.test(t[j]) && !OPENING_CODE.test(t[j]) && !(last && CLOSING.test(t[j])))) break;
    from = j;
    if (isCode(j)) codes.push(j);
    // `" 542371 - 542382`: the quotation of new rows opens here
    if (OPENING_CODE.test(t[j])) break;
  }
  codes.reverse();
  const codeSet = new Set(codes);
  const start = codes[0];
  if (start === undefined) return null;
  const values = splitValues(run, codes.length);
  if (!values) return null;
  // lines before the first code are not part of the table's rows
  const region = range(start, k);
  // a page's furniture (its number, the running header) goes before the rows: the values may come after it
  // (a code line is never aside, though `280033/280044` reads as a page number `3/12` would)
  const aside = (j: number) => !codeSet.has(j) && (COLUMN_NUMBER.test(t[j]) || isFurniture(t[j]));
  const lead = region.filter(aside);
  const body = region.filter((j) => !aside(j));
  if (body.length === 0 || !isCode(body[0])) return null;
  const codeColumn = codes.every((c) => CODE_ONLY.test(t[c])) && body.slice(0, codes.length).every(isCode);
  if (codeColumn) {
    const labels = body.slice(codes.length);
    const split = splitLabels(t, labels, codes.length);
    if (!split) return null;
    return { from: start, lead, rows: split.map((s, i) => [...s.titles, codes[i], ...s.label]), values };
  }
  if (lead.some((j) => COLUMN_NUMBER.test(t[j]))) return null;
  // k rows: each code line then its label lines; a code line alone must have its label after it
  const rows: number[][] = [];
  for (const j of body) {
    if (codeSet.has(j)) rows.push([j]);
    else if (rows.length) rows[rows.length - 1].push(j);
    else return null;
  }
  if (rows.some((r) => r.length === 1 && CODE_ONLY.test(t[r[0]]))) return null;
  return { from: start, lead, rows, values };
}

/** `… quel que soit le nombre de colorations B` / `ou de bandes` / `289`: the number of a value cell cut around its row's label. */
function cutTermNumber(t: string[], j: number, isCode: (j: number) => boolean): boolean {
  if (!/^\d{1,5}(?:[.,]\d+)?$/.test(t[j])) return false;
  for (let i = j - 1; i >= 0 && i >= j - 4 && !isCode(i); i--) if (/\s[A-Z]$/.test(t[i])) return true;
  return false;
}

/** The run's terms as `count` values: one term each, or sums of as many terms with the same letters, their `+` in between. */
function splitValues(run: Run, count: number): number[][] | null {
  const { terms, pluses } = run;
  if (count < 2 || terms.length % count !== 0) return null;
  const size = terms.length / count;
  const attached = terms.filter((t) => t.plus).length;
  if (attached + pluses.length !== count * (size - 1)) return null;
  if (terms.some((t, i) => t.letter !== terms[i % size].letter || (t.plus && i % size === size - 1))) return null;
  const pool = [...pluses];
  const values: number[][] = [];
  for (let v = 0; v < count; v++) {
    const lines: number[] = [];
    for (let i = 0; i < size; i++) {
      const term = terms[v * size + i];
      lines.push(...term.at);
      if (i < size - 1 && !term.plus) lines.push(pool.shift()!);
    }
    values.push(lines);
  }
  return values;
}

/**
 * A column of labels cut into `count` labels: each starts with a capital on a new line. A title
 * row (`I. b) Prestations effectuées …`, to its line ending in `.` or `:`) goes before the label
 * after it. Any other count of starts: not split.
 */
function splitLabels(t: string[], labels: number[], count: number): { titles: number[]; label: number[] }[] | null {
  const out: { titles: number[]; label: number[] }[] = [];
  let titles: number[] = [];
  let inTitle = false;
  for (const j of labels) {
    if (inTitle || TITLE_ROW.test(t[j])) {
      titles.push(j);
      inTitle = !/[.:]$/.test(t[j]);
      continue;
    }
    if (/^[A-ZÀ-Ý]/.test(t[j]) || !out.length || titles.length) {
      if (!/^[A-ZÀ-Ý]/.test(t[j])) return null;
      out.push({ titles, label: [j] });
      titles = [];
    } else out[out.length - 1].label.push(j);
  }
  return out.length === count && !titles.length && !inTitle ? out : null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
