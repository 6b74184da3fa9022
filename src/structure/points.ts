import type { IngestedText } from '../source/types.js';
import { strictlyInsideQuote } from './lookup.js';
import { articleOf, refineTarget } from './targets.js';
import type { AnnexTarget, DecreeArticle, Point, Quote, TargetScope } from './types.js';

/**
 * The points of decree articles (`1.`, `a)`, `A.`, `1°`, `4)`, `-`), each with the annex place its leads name, and the
 * lead lines (`Au § 7,`, `B au e)`) that set the place of what follows them.
 */

const MARKERS: { kind: string; re: RegExp }[] = [
  { kind: 'number', re: /^(\d{1,2})\.(?!\d)\s*/u },
  { kind: 'degree', re: /^(\d{1,2})°\s*/u },
  { kind: 'letter', re: /^([a-z])\)\s*/u },
  { kind: 'paren', re: /^(\d{1,2})\)\s*/u },
  { kind: 'upper', re: /^([A-Z])\.\s+/u },
  { kind: 'roman', re: /^([IVX]{1,5})\.\s+/u },
  { kind: 'dash', re: /^[-•]\s+/u },
];

/** An intro's words (not a note citing an article, `(NOTE : art. 2A, a) annulé … à l'article 17, …)`). */
const SECOND_INTRO = /^(?!\s*\()[^]*(?:apportées\s+les\s+modifications|modifications\s+suivantes|est\s+modifiée?\s+comme\s+suit)/u;

/** The kind of a point's mark, as MARKERS reads it. */
function kindOf(mark: string): string | undefined {
  return MARKERS.find((m) => m.re.test(mark + ' '))?.kind;
}

/** The place of a mark of that kind in its sequence: `1.`, `a)`, `A.`, `I.` (roman) are the first; `I.` read as a capital is the ninth. */
function markValue(kind: string, mark: string | undefined): number | null {
  if (mark === undefined) return null;
  if (/^\d+$/u.test(mark)) return Number(mark);
  if (kind === 'roman') return mark === 'I' ? 1 : null;
  if (/^[a-zA-Z]$/u.test(mark)) return mark.toLowerCase().charCodeAt(0) - 96;
  return null;
}

/**
 * Points of decree articles. Levels follow the order in which marker kinds
 * first appear in the article (legal outlines reuse kinds inconsistently).
 * `Au i),` / `Au § 7,` paragraphs are not points but set the target of the
 * points that follow them.
 */
export function findPoints(ingested: IngestedText, articles: DecreeArticle[], quotes: Quote[], scopes: TargetScope[]): Point[] {
  const points: Point[] = [];
  const text = ingested.text.text;
  for (const a of articles) {
    const kindLevel = new Map<string, number>();
    const stack: number[] = [];
    let context: AnnexTarget = a.target;
    for (let pi = a.firstParagraph + 1; pi <= a.lastParagraph; pi++) {
      const p = ingested.paragraphs[pi];
      if (!p || strictlyInsideQuote(quotes, p.start)) continue;
      const para = text.slice(p.start, p.end);
      if (para.startsWith('"')) continue;
      // (also after a point's mark written without its dot, `B au e)`, and with the article's number, `Au 14 b),`)
      const setter = /^(?:[A-Z]\s+(?:au|aux|à)|Au|Aux|À|A|Dans)\s+(?:le\s+|la\s+)?(?:(\d{1,3}(?:bis|ter|quater)?)\s+(?=[a-z]\)))?((?:§|[a-z]\)|[IVX]+\.?|[A-Z]\.|\d+°)[^:]{0,80}?),?\s*$/u.exec(para);
      if (setter) {
        // (`Au 15 c),` where the decree article names another annex article, or none: that article's c))
        const annexArticle = setter[1] ?? a.target.article;
        context = refineTarget(annexArticle === a.target.article ? a.target : { article: annexArticle, path: [] }, setter[2], false);
        const prev = scopes[scopes.length - 1];
        if (prev && prev.article === a.number && prev.end === a.end) prev.end = p.start;
        scopes.push({ start: p.start, end: a.end, article: a.number, target: context });
        // a setter closes the points opened before it
        stack.length = 0;
        continue;
      }
      const marker = MARKERS.map((m) => ({ kind: m.kind, m: m.re.exec(para) })).find((x) => x.m);
      if (!marker || !marker.m) {
        // (a second intro in the article, `A l'article 15 de la même annexe, sont apportées …`: a numbering after it starts afresh)
        if (SECOND_INTRO.test(para.slice(0, 600)) && articleOf(para.slice(0, 200))) stack.length = 0;
        continue;
      }
      if (!kindLevel.has(marker.kind)) kindLevel.set(marker.kind, kindLevel.size + 1);
      let level = kindLevel.get(marker.kind)!;
      // (a sequence restarting at its first mark under a deeper point is nested in it, not the outer sequence of that kind:
      // `2. au § 2, a) au A, 1. au 4, 2. le 8 est remplacé`: 1. and 2. are under a), the outer 2.'s next mark would be 3.)
      const same = stack.findLastIndex((i) => kindOf(points[i].marker) === marker.kind);
      if (same >= 0 && same < stack.length - 1 && markValue(marker.kind, marker.m[1]) === 1) level = points[stack[stack.length - 1]].level + 1;
      else if (same >= 0) level = points[stack[same]].level;
      while (stack.length && points[stack[stack.length - 1]].level >= level) stack.pop();
      const parent = stack.length ? stack[stack.length - 1] : null;
      const base = parent !== null ? points[parent].target : context;
      const rest = para.slice(marker.m[0].length);
      const target = refineTarget(base, rest);
      points.push({
        marker: marker.m[0].trim(),
        level,
        start: p.start,
        end: p.end,
        article: a.number,
        parent,
        firstParagraph: p.index,
        lastParagraph: p.index,
        target,
      });
      stack.push(points.length - 1);
    }
  }
  // A point runs until the next point of the same or a higher level, or its article's end.
  for (let i = 0; i < points.length; i++) {
    const pt = points[i];
    const art = articles.find((a) => a.number === pt.article)!;
    let end = art.end;
    let last = art.lastParagraph;
    for (let j = i + 1; j < points.length; j++) {
      if (points[j].article !== pt.article) break;
      if (points[j].level <= pt.level) {
        end = points[j].start;
        last = points[j].firstParagraph - 1;
        break;
      }
    }
    pt.end = Math.max(pt.end, end);
    pt.lastParagraph = Math.max(pt.firstParagraph, last);
  }
  return points;
}
