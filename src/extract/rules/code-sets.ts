import { findCodeGroups, type CodeGroup } from '../code-groups.js';
import type { PrestationRef } from './context.js';

/** Sets of code groups: one of each, and ranges (`X à Y`) expanded into the prestations between their ends. */

export function groupKey(g: readonly string[]): string {
  return g.join('-');
}

export function dedupeGroups(gs: string[][]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const g of gs) {
    const k = groupKey(g);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(g);
    }
  }
  return out;
}

/**
 * Expand a code group list: a range `312874 - 312885 à 312933 - 312944`
 * becomes every prestation the document defines between its two ends, in
 * document order; when the ends are not both defined here, the ends, and
 * (given the text) the prestations inserted right after the first end
 * (insertedAfter).
 */
export function expandGroups(groups: readonly CodeGroup[], prestations: readonly PrestationRef[], text?: string): { codes: string[][]; unresolvedRanges: CodeGroup[] } {
  const codes: string[][] = [];
  const unresolvedRanges: CodeGroup[] = [];
  const { order, first, anyCode } = orderOf(prestations);
  for (const g of groups) {
    if (!g.rangeTo) {
      codes.push(g.codes.slice());
      continue;
    }
    // (an end may be a pair's hospitalised code: `les prestations 462431 à 462486`, the last pair 462475 - 462486)
    const i = first.get(g.codes[0]) ?? anyCode.get(g.codes[0]) ?? -1;
    const j = first.get(g.rangeTo.codes[0]) ?? anyCode.get(g.rangeTo.codes[0]) ?? -1;
    if (i >= 0 && j >= i) codes.push(...order.slice(i, j + 1).map((c) => c.slice()));
    else {
      codes.push(g.codes.slice(), ...(text ? insertedAfter(g, prestations, text) : []), ...(text ? namedBetween(g, text) : []), g.rangeTo.codes.slice());
      unresolvedRanges.push(g);
    }
  }
  return { codes: dedupeGroups(codes), unresolvedRanges };
}

/**
 * A range whose first end the decree does not define (`les prestations 205074-205085 à 205111-205122`, the first's label
 * only replaced): the prestations the decree inserts right after that end (`les prestations suivantes sont insérées
 * après la prestation 205074-205085 : "…"`), up to the range's other end, are in it: their place in the annex is known.
 * (By number alone they are not: a code between the ends may be inserted elsewhere in the table.)
 */
function insertedAfter(g: CodeGroup, prestations: readonly PrestationRef[], text: string): string[][] {
  const [lo, hi] = [g.codes[0], g.rangeTo!.codes[0]];
  const sorted = [...prestations].sort((a, b) => a.start - b.start);
  // the first codes of the run so far: a prestation inserted after one of them joins it (`… après la prestation 257271`)
  const run = new Set<string>([lo]);
  const out: string[][] = [];
  let last = -1;
  for (const p of sorted) {
    const anchor = INSERTED_AFTER.exec(text.slice(Math.max(0, p.start - 300), p.start))?.[1];
    // (or it stands in the same quote as the last one, or in the quote right after it: `" X … "` then `" Y … "`)
    const joins = (anchor !== undefined && run.has(anchor)) || (last >= 0 && (!text.slice(last + 1, p.start).includes('"') || nextQuote(text, last, p.start)));
    if (!joins) continue;
    if (p.codes.some((c) => c[0] === hi)) return out;
    if (p.codes.some((c) => c[0] === lo)) continue;
    // (past the other end by number: the run has left the range, whose end this decree does not define)
    if (p.codes.some((c) => Number(c[0]) > Number(hi))) break;
    for (const c of p.codes) {
      out.push(c.slice());
      run.add(c[0]);
    }
    last = p.start;
  }
  // (the run never met the other end, defined elsewhere: what it holds was inserted right after the first, inside the range)
  return out;
}

/**
 * A range whose ends the decree does not both define (`une des prestations 593412 à 593456`, the first only given a new
 * value): the codes of its series (the first three digits of both ends) whose number lies between the ends and that the
 * decree names elsewhere are in it (`593434`, after which it inserts `593456`). Not a code named only in the range's own
 * paragraph (the rule's other party, `… 799105 à 799164 ne sont pas cumulables avec la prestation 799131`, and a list
 * the paragraph opens with `:`), nor one named only as what the decree deletes (`la prestation 799120 est supprimée`),
 * nor one it inserts after a code outside the range (`insérées après la prestation 257411 : " 257271 … 257282 … "` for a
 * range 257256 à 257293: they stand elsewhere in the table). Codes it does not name stay unknown: the range is still
 * reported unresolved.
 */
function namedBetween(g: CodeGroup, text: string): string[][] {
  const [lo, hi] = [Number(g.codes[0]), Number(g.rangeTo!.codes[0])];
  const series = g.codes[0].slice(0, 3);
  if (series !== g.rangeTo!.codes[0].slice(0, 3) || hi <= lo) return [];
  const own = ownParagraph(text, g.start, g.rangeTo!.end);
  const { groups, anchorOf } = namedInText(text);
  const between = groups.filter(({ codes, mentions }) => {
    const n = Number(codes[0]);
    if (!codes[0].startsWith(series) || n <= lo || n >= hi) return false;
    const anchor = anchorOf.get(codes[0]);
    if (anchor !== undefined && (Number(anchor) < lo || Number(anchor) > hi)) return false;
    return mentions.some((m) => (m.at < own.start || m.at >= own.end) && !m.deleted);
  });
  return between.map((x) => x.codes.slice()).sort((a, b) => Number(a[0]) - Number(b[0]));
}

/** The paragraph (line) holding [from, to), with the list items that follow it when it ends with `:` (`… avec :` then `- la prestation 799164;`). */
function ownParagraph(text: string, from: number, to: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = (i: number) => (text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i));
  let end = lineEnd(to);
  if (/:\s*"?\s*$/u.test(text.slice(Math.max(start, end - 8), end)))
    while (end < text.length && ITEM_LINE.test(text.slice(end + 1, end + 12))) end = lineEnd(end + 1);
  return { start, end };
}
const ITEM_LINE = /^\s*"?\s*(?:[-–•]|[a-z]\)|\d{1,2}°)\s/u;

/** Before a code the decree deletes: `la prestation `, `les prestations 799120, `, `les numéros d'ordre "`. */
const DELETED_LEAD = /(?:(?:la|les)\s+prestations?(?:\s+n°s?)?|numéros?(?:\s+d'ordre|\s+de\s+code)?)\s*"?\s*(?:\d{6}(?:\s*-\s*\d{6})?\s*"?\s*(?:,|et)\s*"?\s*)*$/iu;
/** After it: `… est supprimée`, `… sont abrogées`. */
const DELETED_TAIL = /^(?:\s*-\s*\d{6})?\s*"?\s*(?:(?:,|et)\s*"?\s*\d{6}(?:\s*-\s*\d{6})?\s*"?\s*)*(?:est|sont)\s+(?:supprimée?s?|abrogée?s?|retirée?s?|rayée?s?)(?!\p{L})/iu;
/** Or listed after such a verb: `les prestations suivantes sont supprimées : " 799120 …`. */
const DELETED_AFTER = /(?:supprimée?s?|abrogée?s?|retirée?s?|rayée?s?)\s*:\s*"?\s*(?:\d{6}(?:\s*-\s*\d{6})?[^\d\n]{0,120}?)*$/iu;

interface NamedGroup {
  codes: string[];
  /** where it is named, and whether as what the decree deletes */
  mentions: { at: number; deleted: boolean }[];
}

/**
 * The codes a text names, each once with its mentions (a pair named somewhere is that pair, also where its first code
 * stands alone; a pair's hospitalised code named alone is that pair), and the anchors of the quotes the decree inserts
 * after a prestation: for the last text asked about.
 */
let namedCache: { text: string; groups: NamedGroup[]; anchorOf: Map<string, string> } | null = null;
function namedInText(text: string): { groups: NamedGroup[]; anchorOf: Map<string, string> } {
  if (namedCache?.text !== text) {
    const byFirst = new Map<string, NamedGroup>();
    const mentions: [string, number, number][] = [];
    // (the document's code groups as every extractor reads them: a range's two ends are two mentions)
    const found = findCodeGroups(text).flatMap((g) => (g.rangeTo ? [g, g.rangeTo] : [g]));
    for (const g of found) {
      const entry = byFirst.get(g.codes[0]) ?? { codes: [g.codes[0]], mentions: [] };
      if (g.codes.length === 2) entry.codes = [...g.codes];
      byFirst.set(g.codes[0], entry);
      mentions.push([g.codes[0], g.start, g.end]);
    }
    const partnerOf = new Map([...byFirst.values()].filter((e) => e.codes.length === 2).map((e) => [e.codes[1], e.codes[0]] as [string, string]));
    for (const [code, at, end] of mentions) {
      const lead = text.slice(Math.max(0, at - 160), at);
      const deleted = (DELETED_LEAD.test(lead) && DELETED_TAIL.test(text.slice(end, end + 200))) || DELETED_AFTER.test(lead);
      (byFirst.get(partnerOf.get(code) ?? code) ?? byFirst.get(code)!).mentions.push({ at, deleted });
    }
    const groups = [...byFirst.values()].filter((e) => !partnerOf.has(e.codes[0]));
    const anchorOf = new Map<string, string>();
    for (const m of text.matchAll(INSERTED_AFTER_OPENING)) {
      const from = m.index + m[0].length;
      const close = text.slice(from).search(/["»]/u);
      const to = close < 0 ? text.length : from + close;
      for (const g of found) if (g.start >= from && g.start < to && !anchorOf.has(g.codes[0])) anchorOf.set(g.codes[0], m[1]);
    }
    namedCache = { text, groups, anchorOf };
  }
  return namedCache;
}

/** Whether what stands at `b` opens the quote right after the one holding `a` (nothing but spaces and `;` between them). */
function nextQuote(text: string, a: number, b: number): boolean {
  // (a prestation's start may be its quote's opening mark)
  const close = text.indexOf('"', a + 1);
  const open = text.lastIndexOf('"', b);
  return close >= 0 && open > close && /^[\s;,]*$/u.test(text.slice(close + 1, open));
}

/** An instruction that inserts prestations after X (group 1), up to the quote that holds them. */
const INSERTED_AFTER_X = String.raw`(?<!\w)insérées?\s+(?:\S+\s+){0,3}?après\s+la\s+prestation\s+(?:n°\s*)?(\d{6})(?:\s*-\s*\d{6})?\s*:?\s*`;
/** Such an instruction ending just before a prestation: X. */
const INSERTED_AFTER = new RegExp(`${INSERTED_AFTER_X}"?\\s*$`, 'iu');
/** Such an instruction opening its quote: the codes of that quote stand after X. */
const INSERTED_AFTER_OPENING = new RegExp(`${INSERTED_AFTER_X}["«]`, 'giu');

const orders = new WeakMap<readonly PrestationRef[], { order: string[][]; first: Map<string, number>; anyCode: Map<string, number> }>();

/**
 * The document's defined code groups in order, and where each first code
 * first stands: built once per prestation list, not once per rule sentence
 * (a scan of every prestation per sentence made many rules quadratic).
 */
function orderOf(prestations: readonly PrestationRef[]): { order: string[][]; first: Map<string, number>; anyCode: Map<string, number> } {
  let o = orders.get(prestations);
  if (!o) {
    const order = prestations.flatMap((p) => p.codes);
    const first = new Map<string, number>();
    // (every code of a group, its hospitalised one too: where a range's end is that code)
    const anyCode = new Map<string, number>();
    order.forEach((c, k) => {
      if (!first.has(c[0])) first.set(c[0], k);
      for (const code of c) if (!anyCode.has(code)) anyCode.set(code, k);
    });
    orders.set(prestations, (o = { order, first, anyCode }));
  }
  return o;
}
