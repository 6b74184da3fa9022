import type { AnnexTarget, DocumentStructure } from './types.js';
import { itemHolding, itemsHolding } from './lookup.js';

/**
 * The annex target in force at a normalised offset: the innermost point
 * holding it, else the `Au i),` scope holding it, else its article's target.
 */
export function targetAt(doc: DocumentStructure, offset: number): AnnexTarget {
  let best: { start: number; target: AnnexTarget } | null = null;
  // (only the points and scopes holding the offset, found in log time: every fact's provenance asks)
  for (const p of itemsHolding(doc.points, offset)) {
    if (!best || p.start >= best.start) best = { start: p.start, target: p.target };
  }
  for (const s of itemsHolding(doc.scopes ?? [], offset)) {
    if (!best || s.start > best.start) best = { start: s.start, target: s.target };
  }
  if (best) return best.target;
  const article = itemHolding(doc.articles, offset);
  return article ? article.target : { article: null, path: [] };
}
