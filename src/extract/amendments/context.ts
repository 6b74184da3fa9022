import type { DocumentStructure } from '../../structure/types.js';
import { indexHolding, itemHolding, itemsHolding, lowerBound } from '../../structure/lookup.js';
import { lineStartOf } from './bounds.js';
import { amendingVerbs } from './clauses.js';
import { spanMemo } from './memo.js';
import { findCodeGroups, type CodeGroup } from '../codes.js';
import { ANCHOR_WORDS, HISTORY_RE } from './subject.js';
import { execAll } from '../../text/exec-all.js';

/** Quoted words that position a change: `après le mot "…"`, `entre les mots "…" et "…"`. */
export const WORD_ANCHOR_BEFORE = /(?:après|avant|entre|devant|derrière)\s+(?:(?:le|les)\s+(?:mots?|termes?|numéros?(?:\s+d'ordre)?|codes?|prestations?)|la\s+(?:phrase|disposition|mention|prestation)|l'(?:expression|indication))?\s*$/iu;

/** A prestation that places a change: `après la prestation X`, `qui suit la prestation X`. */
export interface Anchor {
  group: CodeGroup;
  position: 'after' | 'before';
  /** `qui suit / qui précède la prestation X`: a relative clause locating a text, not a position in a list */
  relative: boolean;
}

/** `après la prestation 310855 - 310866`, `qui suit la prestation …`, `avant la prestation n° …`, `à la suite de la prestation …`. */
const ANCHOR_RE = new RegExp(
  String.raw`(?<![\p{L}\d_])(${ANCHOR_WORDS})\s+(?:immédiatement\s+)?(?:la|les|le|cette)?\s*(?:libellé\s+de\s+la\s+)?(?:prestations?\s*|numéros?\s*(?:d'ordre\s*|de\s+code\s*)?)?(?:n°\s*)?(?=\d{6})`,
  'giu',
);

/**
 * `entre les prestations A et B`, `entre les prestations " A " et " B "`: the two groups that place an insertion between
 * them (quoted or not). Neither is what is inserted, whatever the clause's subject.
 */
const BETWEEN_RE = /(?<!\p{L})entre\s+(?:les\s+)?(?:(?:prestations?|numéros?(?:\s+d'ordre|\s+de\s+code)?|codes?)\s*)?"?\s*(\d{6}(?:\s*-\s*\d{6})?)\s*"?\s*et\s+"?\s*(?=\d{6})/giu;

/** Where the boundaries of `entre A et B` start in the raw text [start, end) (own masks quoted boundaries). */
export function betweenBoundaryStarts(own: string, start: number, end: number): Set<number> {
  const out = new Set<number>();
  for (const m of execAll(BETWEEN_RE, own.slice(start, end))) {
    out.add(start + m.index + m[0].indexOf(m[1]));
    out.add(start + m.index + m[0].length);
  }
  return out;
}

/** The anchors written in own text [start, end). */
export function anchorsIn(own: string, start: number, end: number): Anchor[] {
  const out: Anchor[] = [];
  ANCHOR_RE.lastIndex = 0;
  for (const m of execAll(ANCHOR_RE, own.slice(start, end))) {
    const at = start + m.index + m[0].length;
    const g = findCodeGroups(own, at, Math.min(end, at + 40))[0];
    if (!g || g.start !== at) continue;
    out.push({ group: g, position: /^avant|^précédant|^qui\s+précèd/iu.test(m[1]) ? 'before' : 'after', relative: /^qui\s/iu.test(m[1]) });
  }
  return out;
}

/**
 * `dans la règle qui suit la prestation X, les mots A sont supprimés et les
 * mots B sont insérés`: a later clause of the sentence is placed by the
 * sentence's `dans …` lead too.
 */
export function leadAnchors(own: string, clauseStart: number): Anchor[] {
  let from = clauseStart;
  from = lineStartOf(own, from, true);
  // `dans la règle d'application qui suit la prestation X; les mots …`: a verbless locator cut off by a semicolon
  if (from === clauseStart && own[from - 1] === ';') {
    const prev = lineStartOf(own, from - 1, true);
    if (!/\b(?:est|sont)\s+\p{L}/u.test(own.slice(prev, from - 1))) from = prev;
  }
  if (from === clauseStart) return [];
  const lead = /(?:^\s*(?:[\w°]{1,4}[.)°]\s*)?|,\s*)(?:dans\s+(?:la|le|les|l')|au|aux|à\s+l[a']?)[^,;:]*?(?<!\w)qui\s+(?:suit|suivent|précède|précèdent)\s[^,;:]*?\d{6}/iu.exec(own.slice(from, clauseStart));
  if (!lead) return [];
  const at = from + lead.index;
  return anchorsIn(own, at, at + lead[0].length + 20);
}

/** What the leads above a clause say about where it applies. */
export interface ClauseContext {
  /** `4. à la prestation 476070-476081, a) le libellé est remplacé …`: the prestation the points concern */
  prestation: CodeGroup | null;
  /** `au premier alinéa des règles d'application qui suivent la prestation 591135-591146, …`: the prestation that places them */
  anchor: Anchor | null;
}

const PRESTATION_LEAD = /(?<!\p{L})(?:à|a|pour|en\s+ce\s+qui\s+concerne|quant\s+à)\s+la\s+prestation\s+(?:n°\s*)?(?=\d{6})/iu;

/** `3.` → [digit, 3]; `b)` → [letter, 2]: a point label's style and rank. */
function pointLabel(text: string): [string, number] | null {
  const m = /^\s*(?:(\d{1,2})([.°)])|([a-z])(\)))/u.exec(text);
  if (!m) return null;
  return m[1] ? [`d${m[2]}`, Number(m[1])] : [`l${m[4]}`, m[3].charCodeAt(0) - 96];
}

/** Is a paragraph in (lead, here] numbered as the lead's next sibling? */
function siblingAfter(own: string, paragraphs: readonly { start: number; end: number }[], lead: number, here: number): boolean {
  const own0 = pointLabel(own.slice(paragraphs[lead].start, paragraphs[lead].end));
  if (!own0) return false;
  let first = true;
  for (let k = lead + 1; k <= here; k++) {
    const l = pointLabel(own.slice(paragraphs[k].start, paragraphs[k].end));
    if (!l) continue;
    // sub-items that restart the lead's own numbering (`2. … :` then `1.`, `2.`, `3.`) cannot be told from siblings by number
    if (first && l[0] === own0[0] && l[1] === 1) return false;
    first = false;
    if (l[0] === own0[0] && l[1] === own0[1] + 1) return true;
  }
  return false;
}

/**
 * The context a clause inherits from the lead paragraphs of the points that
 * enclose it and from its article's introductory sentence, innermost first.
 * A lead that amends by itself (`1. la prestation X est supprimée`) is a
 * clause, not a context.
 */
export function clauseContext(doc: DocumentStructure, own: string, at: number): ClauseContext {
  const leads = leadsOf(doc, at);
  const out: ClauseContext = { prestation: null, anchor: null };
  for (const lead of leads) {
    const facts = leadFacts(doc, own, lead);
    if (facts === null) continue;
    out.anchor ??= facts.anchor;
    out.prestation ??= facts.prestation;
    if (out.anchor && out.prestation) break;
  }
  // sub-items that reuse the outer numbering (`2. … apportées à la prestation X :` then `1.`, `2.`) are siblings in
  // the structure: the nearest paragraph before them that announces them with a colon is still their lead
  if (!out.prestation) {
    const paragraphs = doc.ingested.paragraphs;
    const art = itemHolding(doc.articles, at);
    const here = indexHolding(paragraphs, at, true);
    // the nearest paragraph before this one, in the article, that ends with a colon (looked up, not walked back to:
    // walking back from every clause was quadratic in a long article's paragraphs)
    const colons = colonParagraphs(doc, own);
    const i = lowerBound(colons.length, (j) => colons[j] < here) - 1;
    const k = i >= 0 ? colons[i] : -1;
    // `1. … à la prestation X :` then `a)`, `b)`, then `2. …`: a paragraph numbered as the lead's next sibling is not under it
    if (art && k >= 0 && paragraphs[k].start >= art.start && !siblingAfter(own, paragraphs, k, here)) {
      const text = own.slice(paragraphs[k].start, paragraphs[k].end).trim();
      const m = PRESTATION_LEAD.exec(text);
      const g = m ? groupAt(own, paragraphs[k].start + (own.slice(paragraphs[k].start).length - own.slice(paragraphs[k].start).trimStart().length) + m.index + m[0].length) : null;
      if (g && /^\s*(?:,?\s*(?:sont\s+apportées\s+)?les\s+modifications\s+suivantes(?:\s+sont\s+apportées)?\s*)?:?\s*$/u.test(withoutHistory(own.slice(g.end, paragraphs[k].end)))) out.prestation = g;
    }
  }
  return out;
}

const leadMemo = spanMemo<{ anchor: Anchor | null; prestation: CodeGroup | null } | null>();

/**
 * What one lead paragraph gives the clauses under it (its relative anchor, the prestation it only names), or null for
 * a lead that amends by itself. Read once per lead.
 */
function leadFacts(doc: DocumentStructure, own: string, lead: { start: number; end: number }): { anchor: Anchor | null; prestation: CodeGroup | null } | null {
  return leadMemo(doc, own, lead, () => {
    if (amendingVerbs(own, lead.start, lead.end).length > 0) return null;
    const m = PRESTATION_LEAD.exec(own.slice(lead.start, lead.end));
    const g = m ? groupAt(own, lead.start + m.index + m[0].length) : null;
    // the lead only names it: `4. à la prestation 476070-476081,`, `à la prestation X sont apportées les modifications suivantes :`
    const named = g && /^\s*[,:]?\s*(?:(?:sont\s+apportées\s+)?les\s+modifications\s+suivantes(?:\s+sont\s+apportées)?\s*:?\s*)?$/u.test(withoutHistory(own.slice(g.end, lead.end)));
    return { anchor: anchorsIn(own, lead.start, lead.end).find((a) => a.relative) ?? null, prestation: named ? g : null };
  });
}

const colonMemo = spanMemo<number[]>();

/** Indices of the paragraphs whose own text ends with a colon, found once per document. */
function colonParagraphs(doc: DocumentStructure, own: string): number[] {
  return colonMemo(doc, own, { start: 0, end: own.length }, () => {
    const at: number[] = [];
    doc.ingested.paragraphs.forEach((p, k) => {
      if (own.slice(p.start, p.end).trimEnd().endsWith(':')) at.push(k);
    });
    return at;
  });
}

/** The lead paragraphs of the points enclosing `at`, innermost first, then the article's opening sentence. */
export function leadsOf(doc: DocumentStructure, at: number): { start: number; end: number }[] {
  const paragraphs = doc.ingested.paragraphs;
  const here = indexHolding(paragraphs, at, true);
  const leads: { start: number; end: number }[] = [];
  const holding = itemsHolding(doc.points, at);
  for (let i = holding.length - 1; i >= 0; i--) {
    const pt = holding[i];
    if (pt.firstParagraph >= here) continue;
    const p = paragraphs[pt.firstParagraph];
    leads.push({ start: p.start, end: p.end });
  }
  const art = itemHolding(doc.articles, at);
  if (art && art.firstParagraph < here) leads.push({ start: paragraphs[art.firstParagraph].start, end: paragraphs[art.firstParagraph].end });
  return leads;
}

/** `, telle qu'elle a été modifiée par l'arrêté royal du …, les modifications …`: the prestation's history is no more than its name. */
function withoutHistory(rest: string): string {
  return rest.replace(HISTORY_RE, '').replace(/^\s*,\s*,/u, ',').replace(PLACE_AFTER_CODE, '');
}

/** Where the named prestation stands, right after its code (`à la prestation X du § 5, les modifications …`): no change of its own. */
const PLACE_AFTER_CODE = /^\s*,?\s*(?:du\s+§\s*\d+(?:er)?|de\s+l'article\s+\d+(?:bis|ter)?(?:\s*,\s*§\s*\d+(?:er)?)?)(?:\s*,\s*(?:\d+°|[a-z]\)|[A-Z]\.?)(?=[\s,]))*/u;

function groupAt(own: string, at: number): CodeGroup | null {
  const g = findCodeGroups(own, at, Math.min(own.length, at + 40))[0];
  return g && g.start === at ? g : null;
}

/** `2. dans la même règle d'application, …`, `au même alinéa`: the place named by an earlier point of the article. */
const SAME_PLACE_RE = /(?<!\p{L})(?:dans|à|au)\s+(?:la|le)?\s*même\s+(?:règle|alinéa|liste|énumération)(?!\p{L})/iu;

/** The anchor of `la même règle` (SAME_PLACE_RE): the nearest earlier paragraph of the article that places a rule after a prestation. */
export function sameAnchorBefore(doc: DocumentStructure, own: string, clauseStart: number, pre: string): Anchor | null {
  if (!SAME_PLACE_RE.test(pre)) return null;
  const paragraphs = doc.ingested.paragraphs;
  const art = itemHolding(doc.articles, clauseStart);
  let k = indexHolding(paragraphs, clauseStart, true);
  // (the earlier point may share the clause's paragraph: `1. …; 2. dans la même règle …` on one line)
  const lineStart = paragraphs[k] ? Math.min(paragraphs[k].start, clauseStart) : clauseStart;
  const here = anchorsIn(own, lineStart, clauseStart).filter((a) => a.relative);
  if (here.length) return here[here.length - 1];
  for (k--; k >= 0 && art && paragraphs[k].start >= art.start; k--) {
    const found = anchorsIn(own, paragraphs[k].start, paragraphs[k].end).filter((a) => a.relative);
    if (found.length) return found[found.length - 1];
  }
  return null;
}

