import type { AnnexTarget, DocumentStructure } from './types.js';

/**
 * The annex target in force at a normalised offset: the innermost point
 * holding it, else the `Au i),` scope holding it, else its article's target.
 */
export function targetAt(doc: DocumentStructure, offset: number): AnnexTarget {
  let best: { start: number; target: AnnexTarget } | null = null;
  for (const p of doc.points) {
    if (offset >= p.start && offset < p.end && (!best || p.start >= best.start)) best = { start: p.start, target: p.target };
  }
  for (const s of doc.scopes ?? []) {
    if (offset >= s.start && offset < s.end && (!best || s.start > best.start)) best = { start: s.start, target: s.target };
  }
  if (best) return best.target;
  const article = doc.articles.find((a) => offset >= a.start && offset < a.end);
  return article ? article.target : { article: null, path: [] };
}
