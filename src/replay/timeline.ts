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

/** One document's amendments as timeline entries, appended in order (the replay adds them as it applies the document; a build hands them to its timeline.json writer). */
export function addTimelineEntries(entries: { push(entry: TimelineEntry): unknown }, d: ReplayDocument): void {
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
  const index = new ArticleIndex();
  entries.forEach((e) => index.add(e));
  return { entries, articles: index.articles() };
}

/** An ArticleIndex as plain data: entries indexed, and each article's positions in the order first met. */
export interface ArticleIndexData {
  count: number;
  articles: [string, number[]][];
}

/** Which entries (by position in replay order) touch each annex article. */
export class ArticleIndex {
  private readonly byArticle = new Map<string, number[]>();
  private count = 0;

  /** The index as plain data (to go on from later: `ArticleIndex.from`). */
  toData(): ArticleIndexData {
    return { count: this.count, articles: [...this.byArticle.entries()] };
  }

  static from(data: ArticleIndexData): ArticleIndex {
    const index = new ArticleIndex();
    for (const [article, entries] of data.articles) index.byArticle.set(article, [...entries]);
    index.count = data.count;
    return index;
  }

  /** Index the next entry; returns its position. */
  add(e: Pick<TimelineEntry, 'article'>): number {
    const k = e.article ?? 'unknown';
    if (!this.byArticle.has(k)) this.byArticle.set(k, []);
    this.byArticle.get(k)!.push(this.count);
    return this.count++;
  }

  /** Entries indexed so far. */
  get size(): number {
    return this.count;
  }

  articles(): Timeline['articles'] {
    return [...this.byArticle.entries()].sort(([a], [b]) => compareArticles(a, b)).map(([article, entries]) => ({ article, entries }));
  }
}

/** `2` < `14` < `35` < `35bis` < `unknown`. */
function compareArticles(a: string, b: string): number {
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  if (Number.isNaN(na) !== Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1;
  if (na !== nb && !Number.isNaN(na)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
