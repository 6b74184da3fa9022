import type { ReplayDocument } from './input.js';
import type { Timeline, TimelineEntry } from '../schema/replay.js';
import { effectiveDate } from './order.js';

/**
 * Every amendment in replay order, and the same indexed by the annex
 * article it targets: word and provision changes and gaps touch no code but
 * still belong to their article's history.
 */
export function buildTimeline(ordered: ReplayDocument[]): Timeline {
  const entries: TimelineEntry[] = [];
  for (const d of ordered) addTimelineEntries(entries, d);
  return indexTimeline(entries);
}

/** One document's amendments as timeline entries, appended in order (the replay adds them as it applies the document). */
export function addTimelineEntries(entries: TimelineEntry[], d: ReplayDocument): void {
  for (const a of d.amendments)
    entries.push({
      date: effectiveDate(d),
      document: d.document.id,
      type: a.type,
      subject: a.subject,
      article: a.target.article,
      path: a.target.path,
      codes: a.codes.flat(),
      snippet: a.at.snippet || null,
    });
}

/** The timeline of entries in replay order: the entries, and their indexes per annex article. */
export function indexTimeline(entries: TimelineEntry[]): Timeline {
  const byArticle = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const k = e.article ?? 'unknown';
    if (!byArticle.has(k)) byArticle.set(k, []);
    byArticle.get(k)!.push(i);
  });
  const articles = [...byArticle.entries()]
    .sort(([a], [b]) => compareArticles(a, b))
    .map(([article, idx]) => ({ article, entries: idx }));
  return { entries, articles };
}

/** `2` < `14` < `35` < `35bis` < `unknown`. */
function compareArticles(a: string, b: string): number {
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  if (Number.isNaN(na) !== Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1;
  if (na !== nb && !Number.isNaN(na)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
