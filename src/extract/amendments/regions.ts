/** Where a clause's payload ends when it is not quoted: the paragraphs up to the next point or amending sentence. */
import type { AmendmentCtx as Ctx } from './refine.js';
import type { Clause } from './clauses.js';
import { amendingVerbs } from './clauses.js';

/** A point of the amending text that amends by itself (`b) au § 3,`, `2. les mots …`), not payload. */
export const AMENDING_OPENER = /^\s*(?:[a-z]\)|\d{1,2}[°.)]|[A-Z]\.|[IVX]+\.|[-•])\s*(?:dans|au|aux|à|a|en|entre|après|avant|le|la|les|l'|il|un|une|sous|pour)(?!\p{L})/iu;
/** A paragraph that opens a point (`a)`, `2.`, `3°`, `B.`, `IV.`, a dash). */
export const POINT_START = /^\s*(?:[a-z]\)|\d{1,2}[°.)]|[A-Z]\.|[IVX]+\.|[-•])\s/u;

export function nextOwnParagraph(ctx: Ctx, offset: number): string {
  const p = ctx.doc.ingested.paragraphs.find((x) => x.start > offset);
  return p ? ctx.own.slice(p.start, p.end) : '';
}

/**
 * `le libellé … est remplacé par ce qui suit :` followed by the new text
 * without quote marks: the paragraphs up to the next point, amending
 * sentence or article.
 */
export function unquotedPayload(ctx: Ctx, c: Clause): { text: string; start: number; end: number } | null {
  const { own } = ctx;
  const post = own.slice(c.verbEnd, Math.max(c.end, c.verbEnd));
  // `… est remplacé par ce qui suit :`, or `les prestations suivantes sont insérées après la prestation X :`
  const announces = /(?:suit|suivante?s?|comme\s+suit)\s*:\s*$/iu.test(post) || (/:\s*$/u.test(post) && /(?<!\p{L})(?:suivante?s?|ci-après|ci-dessous)(?!\p{L})/iu.test(own.slice(c.start, c.verbStart)));
  // `Les prestations suivantes sont supprimées :` lists what goes; other repeals have no payload
  if (!announces || (c.type === 'repeal' && !/(?<!\p{L})(?:suivante?s?|ci-après|ci-dessous)(?!\p{L})/iu.test(own.slice(c.start, c.verbStart)))) return null;
  return regionAfter(ctx, c);
}

/** The paragraphs after a clause's verb up to the next point of the amending text, amending sentence or article. */
export function regionAfter(ctx: Ctx, c: Clause): { text: string; start: number; end: number } | null {
  const { doc, own } = ctx;
  const art = doc.articles.find((a) => c.verbStart >= a.start && c.verbStart < a.end);
  const limit = art ? art.end : own.length;
  let start = -1;
  let end = -1;
  for (const p of doc.ingested.paragraphs) {
    if (p.start <= c.verbEnd) continue;
    if (p.start >= limit) break;
    const t = own.slice(p.start, p.end);
    // a point of the amending text (`b) au § 3,`, `2. les mots …`) ends the payload; `C. Neurochirurgie`, `- Catégorie 2a :` are payload
    // (`- sous l'intitulé "…" :` heads the next lines of a list: a place, not a point of its own)
    if (amendingVerbs(own, p.start, p.end).length) break;
    if (POINT_START.test(t) && AMENDING_OPENER.test(t) && !/:\s*(?:\d{6}(?:[\s,;.–-]|et|\d{6})*)?$/u.test(t)) break;
    if (start < 0) start = p.start;
    end = p.end;
  }
  if (start < 0) return null;
  return { text: doc.ingested.text.text.slice(start, end).replace(/^[\s*]+|[\s";]+$/g, ''), start, end };
}
