import { accentTolerant } from '../../text/accents.js';
import type { PrestationRef } from './context.js';
import { dedupeGroups } from './refs.js';

// patterns with accents read words with or without them
const ci = accentTolerant('iu');

/*
 * Prestations a rule names by where the annex text puts them: a paragraph (`les prestations visées au § 1er, 3°`), the
 * paragraph at hand or an item of it (`… du présent paragraphe`, `… au 2°`), a lettered point (`… du point D`), the
 * paragraph before (`§ 2. Ces prestations …`), or those a qualification's lead introduces.
 */

/** `les prestations citées au § 1er`, `des prestations visées au § 2, 3°`, `les prestations du § 1er, 7°`, `… au § 1er, 6, …` (its point 6). */
// (none where only part of what it names would be read: `§ 1er, 1° à 2°`, `5° et 6°`, `§ 1er, point B`, `§ 1er, E.`,
// `§ 1er bis`, or a paragraph of another article or text, `§ 1er, 2°, de l'article 7`)
const PARAGRAPH_REF = ci`\bprestations\s+(?:du|(?:citée?s?|visée?s?|reprise?s?|prévue?s?|mentionnée?s?|énumérée?s?)\s+(?:au|sous\s+le))\s+§\s*(\d+)(?:er)?(?!\s*(?:bis|ter|quater)(?![\p{L}]))(?:\s*,\s*(\d+)(?:(°)|(?=\s*,)(?!\s*,\s*\d+\s*(?:,|et\b|ou\b|à\b))))?(?![\d\p{L}])(?!\s*,?\s*(?:de\s+l'article|de\s+l'annexe|du\s+chapitre|du\s+présent|à|et|ou|point|[A-Z]\.|\d+°|[a-z]\)))`;

/** An article heading a paragraph may follow on its line (`**Article 33ter.** § 1er.`, `Art. 7. § 2.`). */
const ARTICLE_LEAD = String.raw`(?:(?:\*\*)?\s*Art(?:icle|\.)\s*\d+(?:\s*(?:bis|ter|quater|quinquies|sexies|septies|octies))?\.?\s*(?:\*\*)?\s*)?`;

/**
 * The lines opening paragraph `§ n` (any paragraph when n is null), searched in a span's own text, whose start
 * counts as a line's: a quote may open on the paragraph's line (`" Article 33ter. § 1er. …`).
 */
function paragraphHeads(n: string | number | null): RegExp {
  // (any paragraph: `§ 2ter.` too; a given one: `§ 2.`, never `§ 2bis.`)
  return new RegExp(String.raw`(?:^|\n)\s*"?\s*${ARTICLE_LEAD}§\s*${n ?? String.raw`\d+`}(?:er)?${n === null ? String.raw`(?:\s*(?:bis|ter|quater|quinquies|sexies|septies|octies))?` : ''}[.\s]`, 'gu');
}

/**
 * Within [from, to), the stretch from the line opening item `n°` (or, for a letter, `n)`) to the next item of its
 * kind; null when there is none.
 */
function itemStretch(text: string, from: number, to: number, n: string, dotted = false): { from: number; to: number } | null {
  const inner = text.slice(from, to);
  const letter = /^[a-z]$/u.test(n);
  // (`dotted`: a point referred to without its `°`, `au § 1er, 6,`, may be numbered `6.`: `au § 1er, le point 6 suivant est
  // inséré : " 6. Echographies …"`; a `6°` is never a `6.` line, a condition's or a sub-list's)
  const open = new RegExp(String.raw`(?:^|\n)\s*"?\s*${n}${letter ? String.raw`\)` : dotted ? String.raw`(?:°|\.\s)` : '°'}`, 'u').exec(inner);
  if (!open) return null;
  dotted = !letter && /\.\s$/u.test(open[0]);
  const after = (letter ? /\n\s*"?\s*[a-z]\)/u : dotted ? /\n\s*"?\s*\d{1,2}\.\s/u : /\n\s*"?\s*\d+°/u).exec(inner.slice(open.index + open[0].length));
  return { from: from + open.index, to: after ? from + open.index + open[0].length + after.index : to };
}

/** The paragraph of `span` holding `at`: from the last `§` line before it to the next (the whole span when it has none). */
function paragraphAround(text: string, span: { start: number; end: number }, at: number): { from: number; to: number } {
  let from = span.start;
  let to = span.end;
  const heads = paragraphHeads(null);
  const body = text.slice(span.start, span.end);
  for (let h = heads.exec(body); h; h = heads.exec(body)) {
    if (span.start + h.index <= at) from = span.start + h.index;
    else {
      to = span.start + h.index;
      break;
    }
  }
  return { from, to };
}

/** The prestations whose code stands in [from, to), or null when none does. */
function codesBetween(prestations: readonly PrestationRef[], from: number, to: number): string[][] | null {
  const codes = dedupeGroups(prestations.filter((p) => p.start >= from && p.start < to).flatMap((p) => p.codes));
  return codes.length ? codes : null;
}

/**
 * The prestations a sentence names by the paragraph (and item) of the text at hand that defines them: those
 * whose code stands between the line opening `§ N` (or its article's heading line) and the next `§` line (within
 * it, between the line opening `M°` and the next numbered item), in `span`. Null when the sentence names none, or
 * the text has no such paragraph or no prestation in it (a paragraph of the consolidated annex, not quoted here).
 * With `at` (the sentence's offset), a sentence naming the paragraph it stands in, or an item of it, is read too.
 */
export function paragraphRefCodes(
  sentence: string,
  text: string,
  span: { start: number; end: number },
  prestations: readonly PrestationRef[],
  at?: number,
  elsewhere?: (paragraph: string) => readonly { start: number; end: number }[],
): string[][] | null {
  const m = PARAGRAPH_REF.exec(sentence);
  if (!m) return pointRefCodes(sentence, text, span, prestations, at) ?? (at === undefined ? null : currentParagraphRefCodes(sentence, text, span, prestations, at));
  const body = text.slice(span.start, span.end);
  const head = paragraphHeads(m[1]).exec(body);
  // (not in the text at hand: another quote of the decree that puts text into that paragraph: its point, `au § 1er, le point 6
  // suivant est inséré : " 6. … "`; the whole paragraph only where the quote holds it whole, from its `§ N` line: not a `8°`
  // that completes it)
  if (!head) {
    for (const q of elsewhere?.(m[1]) ?? []) {
      const whole = m[2] ? null : paragraphHeads(m[1]).exec(text.slice(q.start, q.end));
      // (up to the quote's next `§` line: `" 6. … § 2. … "` puts point 6 into § 1er, then replaces § 2)
      const from = whole ? q.start + whole.index : q.start;
      const next = /\n\s*"?\s*§\s*\d/u.exec(text.slice(from + (whole ? whole[0].length : 0), q.end));
      const to = next ? from + (whole ? whole[0].length : 0) + next.index : q.end;
      // (a quote that is the point itself, `" 6. Echographies …"`, is point 6 however the reference writes it: `6°` too)
      const isPoint = m[2] !== undefined && new RegExp(String.raw`^\s*"?\s*${m[2]}\.\s`, 'u').test(text.slice(q.start, q.end));
      const stretch = m[2] ? itemStretch(text, from, to, m[2], !m[3] || isPoint) : whole ? { from, to } : null;
      const codes = stretch && codesBetween(prestations, stretch.from, stretch.to);
      if (codes) return codes;
    }
    return null;
  }
  const from = span.start + head.index;
  const next = /\n\s*§\s*\d/u.exec(body.slice(head.index + head[0].length));
  const to = next ? from + head[0].length + next.index : span.end;
  const stretch = m[2] ? itemStretch(text, from, to, m[2], !m[3]) : { from, to };
  return stretch && codesBetween(prestations, stretch.from, stretch.to);
}

/** `les prestations du point D`, `les prestations visées au point D, 2°` (a lettered point of the text at hand, not another article's). */
const POINT_REF = ci`\bprestations\s+(?:du|(?:citée?s?|visée?s?|reprise?s?|prévue?s?|mentionnée?s?|énumérée?s?)\s+au)\s+point\s+([A-Z])(?:\s*,\s*(\d+)°)?(?![\d\p{L}])(?!\s*,?\s*(?:de\s+l'article|de\s+l'annexe|du\s+§|à|et|ou|\d+°|\d+(?![\d°])))`;

/**
 * The prestations a sentence names by a lettered point of the text at hand (`D. Liste des prestations :`), or an item
 * of it: those whose code stands from the line opening `D.` to the next lettered point's (`E.`). Null when none.
 */
function pointRefCodes(sentence: string, text: string, span: { start: number; end: number }, prestations: readonly PrestationRef[], at?: number): string[][] | null {
  const m = POINT_REF.exec(sentence);
  if (!m) return null;
  // (within the paragraph holding the sentence: a quote's `§ 2ter` has a point D of its own)
  const { from: lo, to: hi } = at === undefined ? { from: span.start, to: span.end } : paragraphAround(text, span, at);
  const body = text.slice(lo, hi);
  // (`D. ` opens the point: not `C.1.`, one of C's items)
  const head = new RegExp(String.raw`(?:^|\n)\s*"?\s*${m[1]}\.\s`, 'u').exec(body);
  if (!head) return null;
  const from = lo + head.index;
  // (up to the next point, `E.` or `VI.`, or the next `§` line)
  const next = /\n\s*"?\s*(?:[A-Z]{1,4}\.\s|§\s*\d)/u.exec(body.slice(head.index + head[0].length));
  const to = next ? from + head[0].length + next.index : hi;
  const stretch = m[2] ? itemStretch(text, from, to, m[2]) : { from, to };
  return stretch && codesBetween(prestations, stretch.from, stretch.to);
}

/** `les prestations du présent paragraphe`, `les prestations visées au présent paragraphe`. */
const CURRENT_PARAGRAPH_REF = ci`\bprestations\s+(?:du|(?:citée?s?|visée?s?|reprise?s?|prévue?s?|mentionnée?s?|énumérée?s?)\s+(?:au|dans\s+le|sous\s+le))\s+présent\s+paragraphe(?![\p{L}])`;
/** `les prestations visées au 2°`, `les prestations du 3°`: an item of the paragraph at hand (not `au 2° de l'article 7`). */
const ITEM_REF = ci`\bprestations\s+(?:du|(?:citée?s?|visée?s?|reprise?s?|prévue?s?|mentionnée?s?|énumérée?s?)\s+(?:au|sous\s+le))\s+(?:présent\s+)?(?:(\d+)°|([a-z])\))(?![\d\p{L}])(?!\s*,?\s*(?:de\s+l'article|de\s+l'annexe|du\s+§|du\s+paragraphe|à|et|ou|\d+°|[a-z]\)))`;

/**
 * The prestations a sentence names by the paragraph it stands in (`les prestations du présent paragraphe`) or by an
 * item of it (`les prestations visées au 2°`): those whose code stands in that paragraph of the text at hand (from
 * the line opening the last `§ N` before `at` to the next `§` line, or the whole span when it has none), within it
 * between the line opening `M°` and the next numbered item. Null when the sentence names neither or none is there.
 */
function currentParagraphRefCodes(sentence: string, text: string, span: { start: number; end: number }, prestations: readonly PrestationRef[], at: number): string[][] | null {
  const whole = CURRENT_PARAGRAPH_REF.test(sentence);
  const item = whole ? null : ITEM_REF.exec(sentence);
  if (!whole && !item) return null;
  const { from, to } = paragraphAround(text, span, at);
  const stretch = item ? itemStretch(text, from, to, item[1] ?? item[2]) : { from, to };
  return stretch && codesBetween(prestations, stretch.from, stretch.to);
}

/**
 * A sentence that opens a paragraph `§ N.` (N ≥ 2) and names `ces prestations`: the prestations whose code stands
 * in the paragraph before it (from the `§ N-1` line to this one), in `span`. Null when the sentence opens no such
 * paragraph, or none stands there.
 */
export function previousParagraphCodes(text: string, at: number, span: { start: number; end: number }, prestations: readonly PrestationRef[]): string[][] | null {
  // (the sentence starts after its paragraph's number: `§ 2. ` is just before it, or is its own opening)
  const open = /^\W*§\s*(\d+)\s*\.?\s*(?:ces|lesdites)\s+prestations\b/iu.exec(text.slice(at, at + 80)) ?? (/^(?:ces|lesdites)\s+prestations\b/iu.test(text.slice(at, at + 40)) ? /(?:^|\n)\s*"?\s*§\s*(\d+)\s*\.?\s*$/u.exec(text.slice(Math.max(span.start, at - 40), at)) : null);
  if (!open || Number(open[1]) < 2) return null;
  const body = text.slice(span.start, at);
  const heads = paragraphHeads(Number(open[1]) - 1);
  let from = -1;
  for (let h = heads.exec(body); h; h = heads.exec(body)) from = span.start + h.index;
  return from < 0 ? null : codesBetween(prestations, from, at);
}

/**
 * `Sont considérées comme prestations qui requièrent la qualification de spécialiste en … :` (the opening of an
 * annex article or paragraph): the prestations it introduces, those whose code stands after it, up to the next
 * `§` or article heading of the text at hand (`span`). Null when none follows.
 */
export function introducedCodes(text: string, from: number, span: { start: number; end: number }, prestations: readonly PrestationRef[]): string[][] | null {
  // (a heading right after it, `§ 1er. Tests de biologie moléculaire … :`, opens its list, not the next paragraph)
  const heading = /\n\s*"?\s*(?:§\s*\d|(?:\*\*)?\s*Art(?:icle|\.)\s*\d)/gu;
  heading.lastIndex = from;
  let to = span.end;
  for (let h: RegExpExecArray | null; (h = heading.exec(text)) && h.index < span.end; ) {
    if (prestations.some((p) => p.start >= from && p.start < h!.index)) {
      to = h.index;
      break;
    }
  }
  return codesBetween(prestations, from, to);
}
