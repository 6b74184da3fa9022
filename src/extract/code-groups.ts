import { isPair } from './code-rules.js';
import { JUSTEL_NOTE } from './own-text.js';
import { work } from '../work.js';

/**
 * A code, or an ambulatory/hospitalised pair, as written in the normalised
 * text. `codes` hold the digits as written (a 7-digit slip keeps its first
 * six digits, the full run is in `written`).
 */
export interface CodeGroup {
  codes: [string] | [string, string];
  start: number;
  end: number;
  /**
   * set when written as a range `598426 à 598485`: this group is the range
   * start and rangeTo the end. The end group is not listed again at top level.
   */
  rangeTo?: CodeGroup;
  /** how the two codes of a pair are joined: a dash (`589676 - 589680`) or white space only (`589890 589901`). */
  joinedBy?: 'dash' | 'space' | 'cell';
  /** a hospitalised-only code written with a leading dash in a list of pairs (`- 469700`). */
  hospitalisedOnly?: true;
  /**
   * Justel erratum `[475996]476000`: the bracketed code is the text before
   * the erratum, this group the corrected text. Not listed at top level.
   */
  erratumOf?: CodeGroup;
  /** digits as written, per code, when a code was not written with 6 digits (`6553774`). */
  written?: (string | null)[];
}

interface Token {
  code: string;
  written: string | null;
  start: number;
  end: number;
}

const DIGIT_RUN = /\d+/g;
/** Words that name a range between two codes or pairs. */
const RANGE_GAP = /^\s*(?:à|a|jusqu'à|jusques? et y compris|jusqu'au|t\/m|tot en met)\s*$/i;
const DASH_GAP = /^ ?[ \t]*-[ \t,]*$/;
const SPACE_GAP = /^[ \t]+$/;
/**
 * `| 280011 | 280022 |`: the ambulatory and hospitalised columns of a pipe table row, one of them
 * possibly in Justel's erratum brackets (`| 289030 | [289041] |`, `| [289030] | 289041 |`).
 */
// (each blank run sits between fixed marks: two adjacent optional runs would backtrack quadratically on a long blank gap)
/** A Justel note right after a code (`[473270] <Erratum, M.B. …>`). */
const NOTE_FIRST = new RegExp(String.raw`^[ \t]*${JUSTEL_NOTE}`);
const NOTE = new RegExp(JUSTEL_NOTE);
const CELL_GAP = /^[ \t]*(?:(\])[ \t]*)?\|[ \t]*(?:(\[)[ \t]*)?$/;

/**
 * Every code or pair written in `text[from, to)`, in text order.
 *
 * Not codes: digit runs of other lengths (NUMACs, dates, years), decimal
 * parts of key-letter values (`2,801231`), integer parts of amounts
 * (`123456,78`, `150000 EUR`) and page numbers (`p. 100234`).
 * A 7-digit run dash-joined to a code is kept as a slip (`6553774 - 653785`).
 */
export function findCodeGroups(text: string, from = 0, to = text.length): CodeGroup[] {
  const tokens = scanTokens(text, from, to);
  const groups: CodeGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (b) {
      const gap = text.slice(a.end, b.start);
      // `733250-(733261)`: the hospitalised code in parentheses (an erratum's form), a pair when the pair rule holds
      const paren = /^[ \t]*-[ \t]*\($/.test(gap) && text[b.end] === ')' && isPair(a.code, b.code);
      const dash = DASH_GAP.test(gap) || paren || bracketedDash(text, a, b, gap);
      // two code cells side by side in a table row are a pair (a typo there is still flagged by the pair rule);
      // the row may open or close a quoted payload (`| « 229795 | 229806 |`)
      const cell = cellPair(text, a, b, gap);
      if (dash || cell || (SPACE_GAP.test(gap) && isPair(a.code, b.code))) {
        const g: CodeGroup = { codes: [a.code, b.code], start: a.start, end: b.end, joinedBy: dash ? 'dash' : cell ? 'cell' : 'space' };
        if (a.written || b.written) g.written = [a.written, b.written];
        groups.push(g);
        i++;
        continue;
      }
    }
    const g: CodeGroup = { codes: [a.code], start: a.start, end: a.end };
    if (a.written) g.written = [a.written];
    groups.push(g);
  }
  markHospitalisedOnly(text, groups);
  return nestRangesAndErrata(text, groups);
}

/**
 * `289645 - [289656] <Err. M.B. …>`, `[289645] - 289656`: Justel's erratum
 * bracket around one code of a dash-joined pair (the bracketed text is the
 * corrected one); the bracket must close right after the code it opened on.
 */
function bracketedDash(text: string, a: Token, b: Token, gap: string): boolean {
  const m = /^[ \t]*(\]?)[ \t]*-[ \t]*(\[?)[ \t]*$/.exec(gap);
  if (!m || (!m[1] && !m[2])) return false;
  if (m[1] && text[a.start - 1] !== '[') return false;
  if (m[2] && text[b.end] !== ']') return false;
  return true;
}

/**
 * Two code cells side by side in a pipe table row; the row may open or close a quoted payload
 * (`| « 229795 | 229806 |`), and an erratum bracket must close on the code it opened on.
 */
function cellPair(text: string, a: Token, b: Token, gap: string): boolean {
  // (a Justel note may follow either code in its cell: `| 473266 | [473270] <Erratum, M.B. …> |`)
  const m = CELL_GAP.exec(gap.replace(NOTE, ''));
  if (!m) return false;
  const aBracket = m[1] === ']';
  const bBracket = m[2] === '[';
  if (aBracket && text[a.start - 1] !== '[') return false;
  if (bBracket && text[b.end] !== ']') return false;
  const from = a.start - (aBracket ? 1 : 0);
  const to = b.end + (bBracket ? 1 : 0);
  const before = text.slice(Math.max(0, from - 6), from);
  const after = text.slice(to, to + 120).replace(NOTE_FIRST, '');
  return /\|[ \t]*[«"“]?[ \t]*$/.test(before) && /^[ \t]*[»"”]?[ \t]*\|/.test(after);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A run of digits, as the scan of a range sees it. */
interface Run {
  s: string;
  start: number;
  end: number;
}

/**
 * The digit runs of a whole text, and whether each 6-digit one is a code (notACode's answer, asked once). The
 * extractors ask for the codes of many ranges of the same texts (the own text, the normalised text), half of them
 * more than once: each range was scanned again, and each run's context tested again by notACode's patterns.
 */
interface TextScan {
  text: string;
  starts: number[];
  ends: number[];
  /** per run: 0 not asked yet, 1 a code, 2 not a code */
  code: Uint8Array;
}

/** The scans of the texts read last, the latest first (a parse reads two or three texts at a time). */
const scans: TextScan[] = [];
const SCANS_KEPT = 4;

function scanOf(text: string): TextScan {
  for (let i = 0; i < scans.length; i++) {
    const scan = scans[i];
    if (scan.text !== text) continue;
    if (i > 0) scans.splice(0, 0, ...scans.splice(i, 1));
    return scan;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const scan = { text, starts, ends, code: new Uint8Array(starts.length) };
  scans.unshift(scan);
  if (scans.length > SCANS_KEPT) scans.pop();
  return scan;
}

/**
 * The tokens of text[from, to), as a scan of that range alone finds them: the text's digit runs the range holds, a run
 * it cuts at `from` cut there, a run it cuts at `to` ending the scan. Read off the text's scan by index, with no run
 * copied: the extractors ask for 29,204 ranges on the corpus, and each had every digit run of its range (dates,
 * amounts, article numbers) sliced into an object of its own, to keep only the 6- and 7-digit ones.
 */
function scanTokens(text: string, from: number, to: number): Token[] {
  // (searched in [from, to) only: a stretch with no digit made the search run on to the next digit of the whole text,
  // for each sentence, quadratic over a long stretch of prose; a run that `to` cuts ends the scan, as before)
  if (!(from >= 0 && from <= to && to <= text.length)) return scanTokensAlone(text, from, to);
  work.steps += to - from;
  const { starts, ends, code } = scanOf(text);
  // (the first run ending after `from`)
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  // (past the last run starting before `to`; a run that `to` cuts, going on past it, is no run of the range)
  hi = lo;
  while (hi < starts.length && starts[hi] < to) hi++;
  if (hi > lo && ends[hi - 1] > to) hi--;
  // the run k as the range sees it: [at(k), ends[k]) (only the first can start before `from`)
  const at = (k: number) => (starts[k] < from ? from : starts[k]);
  const out: Token[] = [];
  for (let k = lo; k < hi; k++) {
    const start = at(k);
    const end = ends[k];
    const length = end - start;
    if (length === 6) {
      let isCode: boolean;
      if (start !== starts[k]) isCode = !notACode(text, start, end);
      else {
        if (code[k] === 0) code[k] = notACode(text, start, end) ? 2 : 1;
        isCode = code[k] === 1;
      }
      if (isCode) out.push({ code: text.slice(start, end), written: null, start, end });
    } else if (length === 7) {
      // a slip: dash-joined to a 6-digit run of the range on either side (isSlip)
      const slip =
        (k + 1 < hi && ends[k + 1] - starts[k + 1] === 6 && DASH_GAP.test(text.slice(end, starts[k + 1]))) ||
        (k - 1 >= lo && ends[k - 1] - at(k - 1) === 6 && DASH_GAP.test(text.slice(ends[k - 1], start)));
      if (slip) out.push({ code: text.slice(start, start + 6), written: text.slice(start, end), start, end });
    }
  }
  return out;
}

/** scanTokens by a scan of the range itself: for a range outside the text (not met in a parse). */
function scanTokensAlone(text: string, from: number, to: number): Token[] {
  const runs: Run[] = [];
  const within = text.slice(from, to);
  work.steps += within.length;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(within); m; m = DIGIT_RUN.exec(within)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (end === to && to < text.length && isDigit(text.charCodeAt(to))) break;
    runs.push({ s: m[0], start, end });
  }
  const out: Token[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (r.s.length === 6) {
      if (!notACode(text, r.start, r.end)) out.push({ code: r.s, written: null, start: r.start, end: r.end });
    } else if (r.s.length === 7 && isSlip(text, runs, i)) {
      out.push({ code: r.s.slice(0, 6), written: r.s, start: r.start, end: r.end });
    }
  }
  return out;
}

/** A 7-digit run dash-joined to a 6-digit code on either side (`6553774 - 653785`). */
function isSlip(text: string, runs: readonly Run[], i: number): boolean {
  const prev = runs[i - 1];
  const next = runs[i + 1];
  const r = runs[i];
  if (next && next.s.length === 6 && DASH_GAP.test(text.slice(r.end, next.start))) return true;
  if (prev && prev.s.length === 6 && DASH_GAP.test(text.slice(prev.end, r.start))) return true;
  return false;
}

function notACode(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  // decimal part of a number: `2,801231`, `1.465095` (a 6-digit code before the comma is a list)
  if (/(?:^|[^\d])\d{1,5}[,.]$/.test(before)) return true;
  // integer part of an amount: `123456,78`
  if (/^[,.]\d{1,5}(?!\d)/.test(after)) return true;
  // amounts with a currency, percentages
  if (/^\s?(?:EUR\b|euros?\b|€|BEF\b|FB\b|francs?\b|%)/i.test(after)) return true;
  // paragraphs of chapter IV of the pharmaceutical specialities list: `le paragraphe 840000 du chapitre 4`
  // (`paragraphe n° 840000`, `paragraphes 840000 et 840100`)
  const lead = text.slice(Math.max(0, start - 120), start);
  if ((/paragraphe/i.test(lead) && /\bparagraphes?\s+(?:n°\s*)?(?:\d{6,7}\s*(?:,|et)\s*){0,8}$/i.test(lead)) || /^\s+du\s+chapitre\s+(?:IV|4)\b/i.test(after)) return true;
  // page numbers: `p. 100234`, `pages 100234-100236`
  if (/\b(?:pp?\.|pages?)\s?$/i.test(before)) return true;
  if (/\b(?:pp?\.|pages?)\s?\d{6}\s?[-à]\s?$/i.test(text.slice(Math.max(0, start - 22), start))) return true;
  return false;
}

/**
 * `- 469700` standing alone at the start of a paragraph, among pairs: the
 * hospitalised code of a prestation with no ambulatory code. A bullet list
 * of single codes (implants) has no pair around it and is left alone.
 */
function markHospitalisedOnly(text: string, groups: CodeGroup[]): void {
  groups.forEach((g, i) => {
    if (g.codes.length !== 1) return;
    const lead = text.slice(Math.max(0, g.start - 3), g.start);
    if (!/(?:^|\n)- ?$/.test(lead) && !(g.start <= 2 && /^- ?$/.test(text.slice(0, g.start)))) return;
    if (/^\s?-\s?\d/.test(text.slice(g.end, g.end + 4))) return;
    const near = [groups[i - 1], groups[i + 1]].filter((n): n is CodeGroup => !!n && Math.abs(n.start - g.start) < 3000);
    if (near.some((n) => n.codes.length === 2)) g.hospitalisedOnly = true;
  });
}

function nestRangesAndErrata(text: string, groups: CodeGroup[]): CodeGroup[] {
  const out: CodeGroup[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const next = groups[i + 1];
    if (next) {
      const gap = text.slice(g.end, next.start);
      // `[475996]476000`: the bracketed group is the text the erratum corrected
      if (/^\]\s?$/.test(gap) && text[g.start - 1] === '[') {
        next.erratumOf = g;
        continue;
      }
      if (RANGE_GAP.test(gap) && g.codes.length === next.codes.length) {
        g.rangeTo = next;
        out.push(g);
        i++;
        continue;
      }
    }
    out.push(g);
  }
  return out;
}
