import { findCodeGroups, type CodeGroup } from '../code-groups.js';
import { lowerBound } from '../../structure/lookup.js';
import type { DocumentStructure } from '../../structure/types.js';
import type { Span } from './sentences.js';

/**
 * Where application rules can stand, and the prestations rules refer back
 * to. In a Justel decree only quoted (inserted) text is annex text; the
 * decree's own sentences are amendment instructions. INAMI texts extracted
 * from PDF are annex or convention text throughout.
 */

export interface Segment extends Span {
  /** index of the quote, or -1 for a whole-text segment; anaphora never cross segments. */
  id: number;
}

export function ruleSegments(doc: DocumentStructure, unquoted: readonly Span[] = []): Segment[] {
  const text = doc.ingested.text.text;
  // (a decree's quotes are the new annex text, in a PDF too; not those of a text that amends nothing, a convention's `« nom de
  // l'établissement »` or an annex extract's `« single level »`: its whole text is the annex's)
  // (nor a decree whose new text is its own annex when the layout hid the annex's heading: read whole, as before)
  // the decree's own annex (`### Annexe.` after its articles: `L'article 14, k), … est remplacé par l'annexe du
  // présent arrêté`) is annex text too, quoted or not: one segment, the quotes inside it go with it
  const annex = doc.quotes.length > 0 ? decreeAnnexStart(doc) : null;
  if (doc.quotes.length > 0 && (doc.ingested.format === 'justel-markdown' || (doc.quotes.some((q) => INSTRUCTION_BEFORE.test(text.slice(Math.max(0, q.start - 200), q.start))) && !(OWN_ANNEX.test(text) && annex === null)))) {
    // (not the words a decree replaces or deletes: `la phrase " … " est remplacée par ce qui suit`: rules going away)
    const quoted = doc.quotes
      .map((q, i) => ({ start: q.innerStart, end: q.innerEnd, id: i, outer: q.end }))
      .filter((s) => s.end > s.start && (annex === null || s.end <= annex) && !OLD_WORDS_AFTER.test(text.slice(s.outer, s.outer + 400)))
      .map(({ outer: _, ...s }) => s);
    if (annex !== null) quoted.push({ start: annex, end: text.length, id: doc.quotes.length });
    // new text printed without its quote marks, where no quote or the annex already covers it
    const overlaps = (u: Span) => doc.quotes.some((q) => q.innerEnd > q.innerStart && q.innerStart < u.end && u.start < q.innerEnd) || (annex !== null && u.end > annex);
    unquoted.forEach((u, i) => {
      if (u.end > u.start && !overlaps(u)) quoted.push({ start: u.start, end: u.end, id: doc.quotes.length + 1 + i });
    });
    return quoted.sort((a, b) => a.start - b.start);
  }
  // (a decree whose only new text is its own annex, printed without quote marks, `… est remplacé par l'annexe jointe au
  // présent arrêté` then `### Annexe.`: the annex is annex text, its articles before it read as before; where quote marks
  // stand only inside the annex, around words, `" rapport écrit "` in a PDF's text, the instruction names the annex)
  const own = decreeAnnexStart(doc);
  if (own !== null && (doc.quotes.length === 0 || OWN_ANNEX.test(text.slice(0, own)))) return [{ start: 0, end: own, id: -1 }, { start: own, end: text.length, id: 0 }];
  return [{ start: 0, end: text.length, id: -1 }];
}

/** An instruction whose new text is the decree's own annex: `… est remplacé par l'annexe (jointe) au présent arrêté`, `… par le texte annexé au présent arrêté`. */
const OWN_ANNEX = /(?:(?:l'|par\s+l')annexe\s+(?:jointe\s+)?(?:du|au)\s+présent\s+arrêté|(?:reproduite?s?|repris|reprise?s?)\s+en\s+annexe(?:\s+(?:du|au)\s+présent\s+arrêté|\s*[.;])|texte\s+annexé\s+au\s+présent\s+arrêté|figurant\s+en\s+annexe\s+(?:du|au)\s+présent\s+arrêté)/iu;

/** Before a quote, an amending instruction that introduces it: `… est remplacé par ce qui suit :`, `… sont insérées :`, `… rédigé comme suit :`. */
const INSTRUCTION_BEFORE = /(?:(?:est|sont)\s+(?:remplacée?s?|insérée?s?|complétée?s?|ajoutée?s?|rétablie?s?|introduite?s?)(?:\s+(?:par|comme)\b[^"\n]{0,80})?|ce\s+qui\s+suit|comme\s+suit|suivante?s?|libellée?s?)\s*:?\s*$/iu;

/** After a quote, what says it is the text going away (`" est remplacée par`, `" sont supprimés`, `", sont abrogées`). */
// (also `" en sont supprimés`, `" sont à chaque fois remplacés`, `" de la prestation X est remplacée`, `" et " Y " sont remplacés`)
const OLD_WORDS_AFTER =
  /^\s*"?\s*(?:(?:,|et|ou)\s*"[^"]{0,300}"\s*)*,?\s*(?:(?:de|du|des|dans)\s+[^"\n.;]{0,80}?\s+)?(?:en\s+)?(?:est|sont)\s+(?:(?:à\s+)?chaque\s+fois\s+|respectivement\s+)?(?:remplacée?s?|supprimée?s?|abrogée?s?|rayée?s?|retirée?s?)(?![\p{L}])/u;

/** `### Annexe.`, `ANNEXE`, `Annexe à l'arrêté royal du …` standing alone after the decree's first article. */
const ANNEX_HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*annexe(?:\s+(?:\d+|[IVX]+|unique))?(?:\s+(?:à|de)\s+l'arrêté(?![\p{L}])[^\n]{0,80})?\s*\.?\s*(?:\*\*)?\s*\.?\s*$/iu;

/** Where the decree's own annex begins (after its heading), or null. */
export function decreeAnnexStart(doc: DocumentStructure): number | null {
  const first = doc.articles[0];
  if (!first) return null;
  const text = doc.ingested.text.text;
  for (const p of doc.ingested.paragraphs) {
    if (p.start <= first.start) continue;
    if (p.end - p.start < 80 && ANNEX_HEADING.test(text.slice(p.start, p.end))) return p.end;
  }
  return null;
}

/** A paragraph clipped to a segment. */
export interface Piece extends Span {
  paragraph: number;
  segment: number;
}

export function piecesOf(doc: DocumentStructure, segments: Segment[]): Piece[] {
  const out: Piece[] = [];
  const paras = doc.ingested.paragraphs;
  const text = doc.ingested.text.text;
  for (const seg of segments) {
    // paragraphs follow each other: start at the first one ending inside the segment
    // (every paragraph per quote was quadratic in a decree of many quotes)
    const ordered = inOrder(paras);
    for (let k = ordered ? lowerBound(paras.length, (k) => paras[k].end <= seg.start) : 0; k < paras.length; k++) {
      const p = paras[k];
      if (ordered && p.start >= seg.end) break;
      const s = Math.max(p.start, seg.start);
      const e = Math.min(p.end, seg.end);
      if (e > s && hasNonSpace(text, s, e)) out.push({ start: s, end: e, paragraph: p.index, segment: seg.id });
    }
  }
  return out;
}

const orderedParas = new WeakMap<readonly Span[], boolean>();

/** Paragraphs built by ingestion follow each other; hand-made ones in tests may not. */
function inOrder(paras: readonly Span[]): boolean {
  let ok = orderedParas.get(paras);
  if (ok === undefined) orderedParas.set(paras, (ok = paras.every((p, i) => p.start <= p.end && (i === 0 || paras[i - 1].end <= p.start))));
  return ok;
}

/** `text.slice(s, e).trim() !== ''` without the copy. */
function hasNonSpace(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!WHITE.test(text[i])) return true;
  return false;
}
const WHITE = /\s/;

export interface PrestationRef {
  codes: string[][];
  label: string;
  start: number;
  /** where the prestation extractor found it, in the original text (labelledPrestations: their `start` is 0) */
  offset?: number;
}

// (and a paragraph's own mark heading its first prestation: `" § 1erbis. 460036 - 460040 Echographie …`)
const LEAD = /^[\s"+*'()|-]*(?:§\s?\d{1,3}(?:er)?(?:bis|ter|quater|quinquies|sexies|septies|octies)?\.?[\s"]+)?/u;

/**
 * A paragraph that defines a prestation: it opens with one code or pair
 * (`312174 - 312185.`, `589890 589901 Vertébroplastie …`, a pipe-table row
 * `| 109723 | Visite à l'hôpital … | N | 5,6 |`) that is not the head of a
 * code list (`688516 - 688520, 688531 - 688542`).
 */
export function prestationAt(text: string, piece: Span, next: Span | undefined): PrestationRef | null {
  const lead = LEAD.exec(text.slice(piece.start, piece.end))?.[0].length ?? 0;
  const groups = findCodeGroups(text, piece.start, piece.end);
  const first = groups[0];
  if (!first || first.start !== piece.start + lead) return null;
  const second = groups[1];
  if (second && /^[\s,;]*(?:et|ou)?[\s,;]*$/.test(text.slice(groups[0].end, second.start))) return null;
  if (first.rangeTo) return null;
  let label = text.slice(first.end, piece.end).replace(/^[\s.:-]+/, '').trim();
  if (!label && next) label = text.slice(next.start, next.end).trim();
  // a label names an act: it has words, not only a value
  if (!/\p{L}{4,}/u.test(label)) return null;
  return { codes: [first.codes.slice()], label, start: piece.start };
}

const prestationLists = new WeakMap<DocumentStructure, readonly PrestationRef[]>();

/** Every paragraph of the whole text that defines a prestation, in text order: read once per document (rules and indications both refer back to them). */
export function prestationsOf(doc: DocumentStructure): readonly PrestationRef[] {
  let list = prestationLists.get(doc);
  if (list) return list;
  const text = doc.ingested.text.text;
  const all = piecesOf(doc, [{ start: 0, end: text.length, id: -1 }]);
  const out: PrestationRef[] = [];
  for (let i = 0; i < all.length; i++) {
    const p = prestationAt(text, all[i], all[i + 1]);
    if (p) out.push(p);
  }
  prestationLists.set(doc, (list = out));
  return list;
}

export function groupsIn(text: string, start: number, end: number): CodeGroup[] {
  return findCodeGroups(text, start, end);
}
