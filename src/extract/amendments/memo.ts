import type { DocumentStructure } from '../../structure/types.js';

/**
 * A fact of one span of a document's own text, computed once: every clause under a long lead paragraph asks
 * its leads the same questions (2013022530: the amendment reader was quadratic in an article's clauses).
 * Keyed by document and own text, so a new reading of the document starts afresh.
 */
export function spanMemo<T>(): (doc: DocumentStructure, own: string, span: { start: number; end: number }, compute: () => T) => T {
  const memos = new WeakMap<DocumentStructure, { own: string; bySpan: Map<string, T> }>();
  return (doc, own, span, compute) => {
    let memo = memos.get(doc);
    if (!memo || memo.own !== own) memos.set(doc, (memo = { own, bySpan: new Map() }));
    const key = `${span.start}:${span.end}`;
    if (memo.bySpan.has(key)) return memo.bySpan.get(key)!;
    const value = compute();
    memo.bySpan.set(key, value);
    return value;
  };
}
