import type { RelativeValue, ValueTerm } from '../schema/document.js';

/** A relative value found in the normalised text: [start, end) covers all its terms. */
export interface ValueMatch {
  value: RelativeValue;
  start: number;
  end: number;
  /** words of the label wrapped between two stacked terms (`N 8  +` / `accrédité` / `Q 30`) */
  labelTail?: string;
}

export interface FindValueOptions {
  /**
   * True when normalised offset `offset` is followed, in the ORIGINAL file,
   * only by blanks and punctuation up to the end of its line. Ingestion folds
   * lines of fixed-width blocks together; this lets a caller holding the
   * offset map say where the original lines ended.
   */
  atLineEnd?: (offset: number) => boolean;
}

/** Dot leaders in every typographic form: `.....`, `. . . . .`, `…...…`. */
const LEADERS = /(?:[.…](?:\s?[.…])+|…)\s*$/;
/**
 * One key-letter term: a capital letter (not inside a word) and its
 * coefficient, `K 400`, `I633`, `N 4,2`. Fixed-width blocks pad the gap
 * (`B  400`): a run of blanks is read too, but such a term must stand in
 * value position by its own layout (see `wideTermOk`).
 */
const TERM = /(?<![\p{L}\d'’])([A-Z])(\s?|[ \t]{2,}|[ \t]*\|[ \t]*)(\d{1,5}(?:,\d{1,6})?)(?![\d\p{L}]|[.,]\d)/gu;
/**
 * Notes that follow a value on the same line in a fixed-width block once
 * ingestion has folded its lines: `B 400 (Maximum 1) (Règle diagnostique 66) Classe 16`.
 */
const NOTES_FOLLOW = /^[ \t]*(?:\((?:Maximum|R[èe]gle)\b|Classe\s+\d)/iu;
/** A bare coefficient after leaders or `est portée à` (the letter was not written). */
const BARE = /(?<![\p{L}\d,.])(\d{1,5}(?:,\d{1,6})?)(?![\d\p{L}%]|[.,]\d)/gu;
/** Words that make a letter value a ceiling or a threshold in a rule, not a prestation's value. */
/** (accents optional: fixed-width blocks write `superieure a N 100`) */
/** (a comparative needs its `à`: `tube digestif supérieur K 220` ends a label with its value) */
const RULE_CONTEXT = /(?:(?:limit[ée]e?s?|plafonn[ée]e?s?|cot[ée]e?s?|maximum|minimum|au moins|au plus|d[ée]passe(?:nt)?(?:\s+pas)?|(?:atteint|atteignent)(?:\s+pas)?|valeur de|montant de)\s+(?:[àa]\s+)?|(?:sup[ée]rieure?s?|inf[ée]rieure?s?|[ée]gale?s?)\s+(?:ou\s+(?:[ée]gale?s?\s+)?)?[àa]\s+)(?:celle\s+de\s+)?$/i;
/** `les mots " P 3 " sont ajoutés`: quoted words, handled as a words amendment. */
const QUOTED_WORDS = /\bmots\s*"\s*$/i;
const VALUE_CHANGE = /(?:est|sont)\s+portée?s?\s+à\s*$|remplacée?s?\s+par\s*"?\s*$|valeur relative\s*"\s*$/i;

interface Candidate {
  terms: ValueTerm[];
  start: number;
  end: number;
  between?: string[];
}

/**
 * A table printed as a PDF stacks a value's terms in its value column while
 * the label wraps beside them: `N 8  +` / `accrédité` / `Q 30`. After a term
 * followed by `+`, up to three lines of words (no code) then a term that
 * ends its line, goes on with `+` or is followed by the next row's code go on
 * with the value; the words are the label's. (Between two candidates there is
 * no other key-letter term: the words cannot hide one.)
 */
const WRAPPED_BETWEEN = /^[ \t]*\+\s+([^|+]{1,360}?)\s*$/;

function wrappedBetween(text: string, prev: Candidate, next: Candidate): string | null {
  if (next.terms[0].letter === null) return null;
  const gap = text.slice(prev.end, next.start);
  // (lines may be joined already: the gap holds at most three line breaks)
  // (no code in the words: that would be the next row)
  const m = (gap.match(/\n/g)?.length ?? 0) <= 3 && !/\d{6}/.test(gap) ? WRAPPED_BETWEEN.exec(gap) : null;
  // the term ends its line, or the next row starts after it (`Q 30 102432 Majoration …` once lines are joined)
  if (!m || !/^[ \t]*(?:\+|\n|$|\d{6}(?!\d))/.test(text.slice(next.end, next.end + 40))) return null;
  return m[1].replace(/\s+/g, ' ').trim();
}

/**
 * Relative values (key letter + coefficient, possibly several terms) written
 * in `text[from, to)` where a prestation's value stands: after dot leaders,
 * at the end of a line or paragraph, in a table cell, after `=` in a fee
 * table, as the new value of `est portée à`. Letters inside rule sentences
 * (`limitée à L 600`, `supérieure à K 400, N 600 ou I 600`) and quoted
 * words (`les mots " P 3 "`) are not values.
 */
export function findRelativeValues(text: string, from = 0, to = text.length, options: FindValueOptions = {}): ValueMatch[] {
  const raw: Candidate[] = [];
  // (the patterns run on the text up to `to` and the two characters their lookaheads read: on the whole text, a span
  // with no value made each call scan to the end of the document, quadratic in a document of many short sentences)
  const within = to + 2 < text.length ? text.slice(0, to + 2) : text;
  TERM.lastIndex = from;
  for (let m = TERM.exec(within); m && m.index < to; m = TERM.exec(within)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    // a pipe table gives the letter and the coefficient a cell each: `| N | 15 |`
    if (m[2].includes('|')) {
      // (the last row may close the payload's quote in its cell: `| N | 25 " |`)
      if (!/\|[ \t]*$/.test(text.slice(Math.max(0, m.index - 8), m.index)) || !/^[ \t]*["»”]?[ \t]*\|/.test(text.slice(end, end + 6))) continue;
    } else if (m[2].length > 1 && !wideTermOk(text, m.index, end, options)) continue;
    raw.push({ terms: [{ letter: m[1], coefficient: toNumber(m[3]) }], start: m.index, end });
  }
  BARE.lastIndex = from;
  for (let m = BARE.exec(within); m && m.index < to; m = BARE.exec(within)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!/(?:[.…]\s?){3,}\s*$/.test(before) && !VALUE_CHANGE.test(before)) continue;
    if (/\d{6}\s*[-.]*\s*$/.test(before)) continue; // `312174 - 312185.` code line, not a value
    if (!/^\s*[.;]?\s*"?\s*[.;]?\s*(?:\n|$)/.test(text.slice(end, end + 8)) && !options.atLineEnd?.(end)) continue; // `portée à 2 ans`
    raw.push({ terms: [{ letter: null, coefficient: toNumber(m[1]) }], start: m.index, end });
  }
  raw.sort((a, b) => a.start - b.start);

  const out: ValueMatch[] = [];
  let current: Candidate | null = null;
  let currentOk = false;
  const flush = () => {
    if (current && currentOk) {
      const tail = current.between?.join(' ');
      out.push({ value: toValue(current.terms), start: current.start, end: current.end, ...(tail ? { labelTail: tail } : {}) });
    }
    current = null;
    currentOk = false;
  };
  // (the longest candidate: a list's previous value is looked for back to where one could still end near the next)
  const longest = raw.reduce((n, c) => Math.max(n, c.end - c.start), 0);
  for (const [i, c] of raw.entries()) {
    const wrapped = current ? wrappedBetween(text, current, c) : null;
    if (current && (wrapped !== null || continuesValue(text, current, c))) {
      if (wrapped) (current.between ??= []).push(wrapped);
      current.terms.push(...c.terms);
      current.end = c.end;
      continue;
    }
    flush();
    if (isRuleValue(text, raw, i, longest)) continue;
    current = c;
    currentOk = inValuePosition(text, c, options) || /^\s*\+/.test(text.slice(c.end, c.end + 3));
  }
  flush();
  return out;
}

/**
 * `N 14 + P 8`, `A 34 +` / `. . . Q 30`, `L 21,21` then `P 5` on the next line;
 * in a pipe table, `| N | 8 | + |` then `|  |  | Q | 30 |  |` on the next row
 * (2013022101: the `+` says the value goes on).
 */
function continuesValue(text: string, prev: Candidate, next: Candidate): boolean {
  if (next.terms[0].letter === null) return false;
  const gap = text.slice(prev.end, next.start);
  if (gap.includes('|')) return gap.length <= 160 && /^[\s+.…|]*$/.test(gap) && gap.includes('+');
  if (gap.length > 160 || !/^[\s+.…]*$/.test(gap)) return false;
  return gap.includes('+') || !gap.includes('\n') || /^\s*\n\s*$/.test(gap);
}

/**
 * `B  400` with a padded gap is a value only where fixed-width layout puts
 * one: after leaders, after a wide blank run (the column gap), or at the end
 * of its line. Elsewhere a padded `A  12` is ordinary text.
 */
function wideTermOk(text: string, start: number, end: number, options: FindValueOptions): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (LEADERS.test(before) || /(?:^|\S)[ \t]{2,}$/.test(before)) return true;
  if (/^[ \t]*[.;:]?[ \t]*"?[ \t]*[.;:]?[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 12))) return true;
  return options.atLineEnd?.(end) ?? false;
}

function inValuePosition(text: string, c: Candidate, options: FindValueOptions): boolean {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  if (LEADERS.test(before)) return true;
  if (/=\s*$/.test(before) && c.terms[0].letter !== null) return true; // fee table `587134 587145 = I 633`
  if (VALUE_CHANGE.test(before)) return true;
  const after = text.slice(c.end, c.end + 8);
  if (/^\s*\|/.test(after)) return true; // markdown table cell
  if (/^\s*[.;:]?\s*"?\s*[.;:]?\s*(?:\n|$)/.test(after)) return true; // end of paragraph
  if (/^\s*[.;]?\s*"/.test(after) && c.terms[0].letter !== null) return true; // end of a quoted insertion
  if (options.atLineEnd?.(c.end)) return true;
  if (c.terms[0].letter !== null && NOTES_FOLLOW.test(text.slice(c.end, c.end + 40))) return true;
  return false;
}

/** A letter value that belongs to a rule sentence rather than to a prestation. */
/** `all`: the candidates in order of start; `longest`: the longest of them. */
function isRuleValue(text: string, all: readonly Candidate[], i: number, longest: number): boolean {
  const c = all[i];
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  if (QUOTED_WORDS.test(before)) return true;
  if (RULE_CONTEXT.test(before)) return true;
  // `K 400, N 600 ou I 600`, `supérieure à K 180 ou à N 300`: a list of values in a sentence goes with its first one
  // (the last candidate ending within 10 characters before this one; one starting further back than the longest
  // candidate cannot: looked for back to there, not through every candidate of the text, which was quadratic)
  let prev = -1;
  for (let j = i - 1; j >= 0 && all[j].start > c.start - 10 - longest; j--) {
    if (all[j].end <= c.start && c.start - all[j].end < 10) {
      prev = j;
      break;
    }
  }
  if (prev >= 0 && /^\s*(?:,|ou|et)\s*(?:à\s+)?$/.test(text.slice(all[prev].end, c.start))) return isRuleValue(text, all, prev, longest);
  return false;
}

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

function toValue(terms: ValueTerm[]): RelativeValue {
  return { letter: terms[0].letter, coefficient: terms[0].coefficient, terms };
}

/**
 * Parse a relative value written on its own: `K 400`, `I633`, `K 21,40`,
 * `..... K 11.`, `N 14 + P 8`, `.......... 400` (letter null). Null when
 * the string is not a relative value.
 */
export function parseRelativeValue(s: string): RelativeValue | null {
  const body = s
    .replace(/^[\s.…"]+/, '')
    .replace(/[\s.;"]+$/, '')
    .trim();
  if (body === '') return null;
  const terms: ValueTerm[] = [];
  const parts = body.split(/\s*\+\s*|\s+(?=[A-Z][ \t]*\d)/);
  for (const part of parts) {
    const p = part.replace(/^[\s.…]+/, '');
    const m = /^([A-Z])?(?:\s?|[ \t]+)(\d{1,5}(?:[,.]\d{1,6})?)$/.exec(p);
    if (!m) return null;
    if (!m[1] && parts.length > 1) return null;
    terms.push({ letter: m[1] ?? null, coefficient: toNumber(m[2]) });
  }
  return toValue(terms);
}
