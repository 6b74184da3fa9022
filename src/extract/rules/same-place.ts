import { lowerBound } from '../../structure/lookup.js';
import { targetAt } from '../../structure/target-at.js';
import type { DocumentStructure } from '../../structure/types.js';
import type { PrestationRef } from './context.js';
import { dedupeGroups } from './code-sets.js';

/** How deep an annex place's `§` stands in its path, counting it (`§ 4` → 1, `a)`, `§ 4` → 2), or 0 when it has none. */
export function paragraphDepth(path: readonly string[]): number {
  return path.findIndex((step) => step.startsWith('§')) + 1;
}

/**
 * The prestations a quote of rules only stands for: those its decree article put earlier, in other quotes, into the same
 * annex article and paragraph (`1. L'alinéa 1er est remplacé : " 685230-685241 … "`, then `3. L'alinéa 6 est remplacé :
 * " Le formulaire … est signé … "`). None where the quote's own instruction names a prestation (`dans le libellé de la
 * prestation X, la disposition " (Maximum 1) " est remplacée par la disposition " (Maximum 8) "`), nor outside a `§`.
 * Each decree article's and place's prestations are gathered once: a decree of many such quotes asks at each sentence.
 */
export function samePlaceBefore(doc: DocumentStructure, prestations: readonly PrestationRef[]): (at: number, quoteStart: number) => string[][] {
  const text = doc.ingested.text.text;
  const byPlace = new Map<string, PrestationRef[]>();
  const codesOf = new Map<string, string[][]>();
  return (at, quoteStart) => {
    const here = targetAt(doc, at);
    // (the `§` may stand under a lettered part of the article: `article 9 a), § 4`)
    const depth = paragraphDepth(here.path);
    if (here.article === null || depth === 0) return [];
    const place = here.path.slice(0, depth).join('\u0000');
    if (/\d{6}/u.test(text.slice(Math.max(text.lastIndexOf('\n', quoteStart - 2), quoteStart - 400, 0), quoteStart))) return [];
    const article = doc.articles.find((a) => a.start <= at && at < a.end);
    if (!article) return [];
    const key = `${article.start}\u0000${here.article}\u0000${place}`;
    let list = byPlace.get(key);
    if (!list) {
      list = prestations.filter((p) => {
        if (p.start < article.start || p.start >= article.end) return false;
        const there = targetAt(doc, p.start);
        return there.article === here.article && there.path.slice(0, depth).join('\u0000') === place;
      });
      byPlace.set(key, list);
    }
    const placed = list;
    const n = lowerBound(placed.length, (k) => placed[k].start < quoteStart);
    let codes = codesOf.get(`${key}\u0000${n}`);
    if (!codes) codesOf.set(`${key}\u0000${n}`, (codes = dedupeGroups(placed.slice(0, n).flatMap((p) => p.codes))));
    return codes.map((g) => g.slice());
  };
}
