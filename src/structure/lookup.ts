import type { DocumentStructure, Quote } from './types.js';
import { work } from '../work.js';

/**
 * Which quote (or article) holds an offset, in log time. Extractors asked
 * this once per code with a linear `find` over every quote: 8,000 quoted code
 * pairs made that 64 million tests. Answers are exactly those of
 * `quotes.find((q) => offset >= q.start && offset < q.end)` (quotes can nest:
 * the first in document order, the outermost, wins).
 */
interface QuoteIndex {
  sorted: boolean;
  /** running maximum of `end` over quotes[0..k] */
  maxEnd: number[];
}

const indexes = new WeakMap<readonly Quote[], QuoteIndex>();

function indexOf(quotes: readonly Quote[]): QuoteIndex {
  let ix = indexes.get(quotes);
  if (!ix) {
    const maxEnd: number[] = [];
    let sorted = true;
    quotes.forEach((q, k) => {
      maxEnd.push(Math.max(q.end, k > 0 ? maxEnd[k - 1] : -Infinity));
      if (k > 0 && quotes[k - 1].start > q.start) sorted = false;
    });
    ix = { sorted, maxEnd };
    indexes.set(quotes, ix);
  }
  return ix;
}

export function quoteAt(doc: DocumentStructure, offset: number): Quote | undefined {
  const quotes = doc.quotes;
  const ix = indexOf(quotes);
  if (!ix.sorted) return quotes.find((q) => offset >= q.start && offset < q.end);
  // last quote starting at or before offset, then back while an earlier one may still reach it
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  let found: Quote | undefined;
  for (let k = lo - 1; k >= 0 && ix.maxEnd[k] > offset; k--) {
    work.steps++;
    if (offset < quotes[k].end) found = quotes[k];
  }
  return found;
}

/**
 * `offset` lies strictly inside some quote (after its opening mark, before
 * its end): the quotes starting before it, the furthest end among them.
 */
export function strictlyInsideQuote(quotes: readonly Quote[], offset: number): boolean {
  const ix = indexOf(quotes);
  if (!ix.sorted) return quotes.some((q) => offset > q.start && offset < q.end);
  const before = lowerBound(quotes.length, (k) => quotes[k].start < offset);
  return before > 0 && ix.maxEnd[before - 1] > offset;
}

/** The first k in [0, n) for which `before(k)` is false, `before` being true then false along k (a binary search). */
export function lowerBound(n: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Span {
  start: number;
  end: number;
}

interface SpanIndex extends QuoteIndex {
  /**
   * per item k, the last item before it that ends further (`end` greater), or -1: the items between end no
   * further than k does, so where k ends at or before an offset, none of them holds it either. A walk back
   * jumps over them: one long item early (a point spanning a whole annex) kept maxEnd high, and each lookup
   * after it walked back over every item to it (1.5 million steps for 4,400 lookups on 2013022530's points).
   */
  longer: Int32Array;
}

const spanIndexes = new WeakMap<readonly Span[], SpanIndex>();

function spanIndexOf(items: readonly Span[]): SpanIndex {
  let ix = spanIndexes.get(items);
  if (!ix) {
    const maxEnd = new Array<number>(items.length);
    const longer = new Int32Array(items.length);
    let sorted = true;
    for (let k = 0; k < items.length; k++) {
      maxEnd[k] = Math.max(items[k].end, k > 0 ? maxEnd[k - 1] : -Infinity);
      if (k > 0 && items[k - 1].start > items[k].start) sorted = false;
      // (the chain of items ending further than k-1, then further than those: the first of them ending after k)
      let j = k - 1;
      while (j >= 0 && items[j].end <= items[k].end) j = longer[j];
      longer[k] = j;
    }
    ix = { sorted, maxEnd, longer };
    spanIndexes.set(items, ix);
  }
  return ix;
}

/**
 * The index of the first item (in array order) holding `at`: `start <= at < end`,
 * or `<= end` when `endInclusive`. Exactly `items.findIndex(…)`, in log time
 * when the items are sorted by start (paragraphs, articles, points are): the
 * extractors asked it once per clause or code, a linear scan over the
 * paragraphs of a 100 KB decree each time.
 */
export function indexHolding(items: readonly Span[], at: number, endInclusive = false): number {
  const holds = (s: Span) => at >= s.start && (endInclusive ? at <= s.end : at < s.end);
  const ix = spanIndexOf(items);
  if (!ix.sorted) return items.findIndex(holds);
  const after = lowerBound(items.length, (k) => items[k].start <= at);
  let found = -1;
  for (let k = after - 1; k >= 0 && (endInclusive ? ix.maxEnd[k] >= at : ix.maxEnd[k] > at); ) {
    work.steps++;
    if (holds(items[k])) {
      found = k;
      k--;
    } else k = ix.longer[k]; // (those between end no further: none holds `at`)
  }
  return found;
}

/**
 * The index of the last item (in array order) starting at or before `from` and ending after `at`: exactly
 * `items.findLastIndex((s) => s.start <= from && at < s.end)`, in log time on items sorted by start (the enclosing point
 * of a clause: a decree of thousands of points read all of them for each of its clauses).
 */
export function lastIndexEnclosing(items: readonly Span[], from: number, at: number): number {
  const ix = spanIndexOf(items);
  if (!ix.sorted) return items.findLastIndex((s) => s.start <= from && at < s.end);
  for (let k = lowerBound(items.length, (j) => items[j].start <= from) - 1; k >= 0 && ix.maxEnd[k] > at; k = ix.longer[k]) {
    work.steps++;
    if (at < items[k].end) return k;
  }
  return -1;
}

/** `items.find(…)` of indexHolding. */
export function itemHolding<T extends Span>(items: readonly T[], at: number, endInclusive = false): T | undefined {
  const k = indexHolding(items, at, endInclusive);
  return k < 0 ? undefined : items[k];
}

/** Every item holding `at` (`start <= at < end`), in array order: `items.filter(…)` in log time on sorted items. */
export function itemsHolding<T extends Span>(items: readonly T[], at: number): T[] {
  const ix = spanIndexOf(items);
  if (!ix.sorted) return items.filter((s) => at >= s.start && at < s.end);
  const out: T[] = [];
  for (let k = lowerBound(items.length, (j) => items[j].start <= at) - 1; k >= 0 && ix.maxEnd[k] > at; ) {
    work.steps++;
    if (at < items[k].end) {
      out.push(items[k]);
      k--;
    } else k = ix.longer[k]; // (those between end no further: none holds `at`)
  }
  return out.reverse();
}
