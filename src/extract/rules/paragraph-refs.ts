import { findCodeGroups } from '../code-groups.js';
import type { PrestationRef } from './context.js';
import { type LocatorStep, readLocator } from './locators.js';
import { dedupeGroups } from './code-sets.js';
import { lowerBound } from '../../structure/lookup.js';

/*
 * Prestations a rule names by where the annex text puts them: a paragraph (`les prestations visées au § 1er, 3°`), the
 * paragraph at hand or an item of it (`… du présent paragraphe`, `… au 2°`), a lettered point (`… du point D`), the
 * paragraph before (`§ 2. Ces prestations …`), or those a qualification's lead introduces.
 */

/** An article heading a paragraph may follow on its line (`**Article 33ter.** § 1er.`, `Art. 7. § 2.`). */
const ARTICLE_LEAD = String.raw`(?:(?:\*\*)?\s*Art(?:icle|\.)\s*\d+(?:\s*(?:bis|ter|quater|quinquies|sexies|septies|octies))?\.?\s*(?:\*\*)?\s*)?`;

/**
 * The lines opening paragraph `§ n` (any paragraph when n is null), searched in a span's own text, whose start
 * counts as a line's: a quote may open on the paragraph's line (`" Article 33ter. § 1er. …`).
 */
export function paragraphHeads(n: string | number | null): RegExp {
  // (any paragraph: `§ 2ter.` too; a given one: `§ 2.`, never `§ 2bis.`)
  // (`1bis`: `§ 1erbis`, `§ 1 bis`)
  const [, num, suffix] = n === null ? [] : (/^(\d+)(\p{L}*)$/u.exec(String(n)) ?? []);
  if (suffix) return new RegExp(String.raw`(?:^|\n)\s*"?\s*${ARTICLE_LEAD}§\s*${num}(?:er)?\s*${suffix}[.\s]`, 'gu');
  // (a given one is not its `bis`: `§ 1er` is never the line `§ 1 bis.`)
  return new RegExp(String.raw`(?:^|\n)\s*"?\s*${ARTICLE_LEAD}§\s*${n ?? String.raw`\d+`}(?:er)?${n === null ? String.raw`(?:\s*(?:bis|ter|quater|quinquies|sexies|septies|octies))?` : String.raw`(?!\s*(?:bis|ter|quater|quinquies|sexies|septies|octies)(?![\p{L}]))`}[.\s]`, 'gu');
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
  // (`5bis`: the line opening `5°bis`)
  const [, num, suffix] = /^(\d+)(\p{L}+)$/u.exec(n) ?? [];
  const mark = letter ? String.raw`\)` : suffix ? String.raw`°\s*${suffix}(?![\p{L}])` : dotted ? String.raw`(?:°|\.\s)` : String.raw`°(?!\s*(?:bis|ter|quater|quinquies|sexies)(?![\p{L}]))`;
  // (or the paragraph's first item, on its `§` line: `§ 10octies. 1° Les prestations …`)
  const open = new RegExp(String.raw`(?:^|\n)\s*"?\s*(?:§\s*\d+\p{L}*\.\s+)?${suffix ? num : n}${mark}`, 'u').exec(inner);
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
  const codes = dedupeGroups(startingIn(prestations, from, to).flatMap((p) => p.codes));
  return codes.length ? codes : null;
}

const sortedLists = new WeakMap<readonly PrestationRef[], boolean>();

/**
 * The prestations starting in [from, to), in order: found by halving when the list is in text order (the document's
 * prestations are; checked once per list), not by reading the whole list for every sentence that asks (quadratic in a
 * long document of such sentences).
 */
function startingIn(prestations: readonly PrestationRef[], from: number, to: number): PrestationRef[] {
  const lo = firstFrom(prestations, from);
  if (lo < 0) return prestations.filter((p) => p.start >= from && p.start < to);
  const out: PrestationRef[] = [];
  for (let i = lo; i < prestations.length && prestations[i].start < to; i++) out.push(prestations[i]);
  return out;
}

/** The index of the first prestation starting at `from` or after in a list in text order; -1 for a list not in text order. */
function firstFrom(prestations: readonly PrestationRef[], from: number): number {
  let sorted = sortedLists.get(prestations);
  if (sorted === undefined) sortedLists.set(prestations, (sorted = prestations.every((p, i) => i === 0 || prestations[i - 1].start <= p.start)));
  return sorted ? lowerBound(prestations.length, (k) => prestations[k].start < from) : -1;
}

/** The least start of a prestation at `from` or after (Infinity when none). */
function firstStartFrom(prestations: readonly PrestationRef[], from: number): number {
  const lo = firstFrom(prestations, from);
  if (lo >= 0) return lo < prestations.length ? prestations[lo].start : Infinity;
  return prestations.reduce((min, p) => (p.start >= from && p.start < min ? p.start : min), Infinity);
}

/**
 * The codes written in [from, to) as what its sentences are about, ranges by their ends, each once; null when there are
 * none. A code named only as another party or a circumstance (`… avec la prestation Y`, `… lors de la prestation Y`) is
 * not one.
 */
function namedCodes(text: string, from: number, to: number): string[][] | null {
  const groups = findCodeGroups(text, from, to);
  const about = groups.filter((g) => !ONLY_AS_PARTY.test(text.slice(Math.max(from, g.start - 60), g.start)));
  const codes = dedupeGroups(about.flatMap((g) => (g.rangeTo ? [g.codes, g.rangeTo.codes] : [g.codes])));
  return codes.length ? codes : null;
}
/** What names another party or a circumstance just before a code (the codes a list of them already named between). */
const ONLY_AS_PARTY = /(?<![\p{L}])(?:avec|lors\s+d[eu']|au\s+cours\s+d[eu']|qu['e]|après|suite\s+d[eu']|sans|si|lorsque|lorsqu'|où|sauf|exception\s+d[eu']|exception\s+des)\s*(?:la\s+|les\s+|l'|une?\s+|des\s+)?(?:(?:autres?\s+)?prestations?\s+)?(?:n°\s*)?(?:\d{6}(?:\s*-\s*\d{6})?(?:\s*,\s*|\s+(?:et|ou)\s+))*$/iu;

/** The line opening point `label` (`F.`, `II.`) in [from, to), to the next point of its rank or the next `§` line. */
function pointStretch(text: string, from: number, to: number, label: string): { from: number; to: number } | null {
  const body = text.slice(from, to);
  // (`D. ` opens the point: not `C.1.`, one of C's items)
  const head = new RegExp(String.raw`(?:^|\n)\s*"?\s*${label}[.)]\s`, 'u').exec(body);
  if (!head) return null;
  // (up to the next point, `E.` or `VI.` after a letter, `III.` after a roman numeral, or the next `§` line)
  const next = (label.length > 1 ? /\n\s*"?\s*(?:[IVX]{1,4}[.)]\s|§\s*\d)/u : /\n\s*"?\s*(?:[A-Z]{1,4}[.)]\s|§\s*\d)/u).exec(body.slice(head.index + head[0].length));
  return { from: from + head.index, to: next ? from + head.index + head[0].length + next.index : to };
}

/** The stretch of one step within [from, to): a point's, an item's (`7°`, `5°bis`, `4.`), a lettered item's. */
function stepStretch(text: string, from: number, to: number, step: LocatorStep, dotted = false): { from: number; to: number } | null {
  if (step.kind === 'point') return pointStretch(text, from, to, step.label);
  if (step.kind === 'paragraph') return null;
  return itemStretch(text, from, to, step.label, step.kind === 'item' && (step.dotted || dotted));
}

/** The stretch a path's steps lead to, from [from, to); null when a step is not there. */
function descend(text: string, stretch: { from: number; to: number } | null, steps: readonly LocatorStep[], dotted = false): { from: number; to: number } | null {
  for (const [k, step] of steps.entries()) {
    if (!stretch) return null;
    stretch = stepStretch(text, stretch.from, stretch.to, step, k === 0 && dotted);
  }
  return stretch;
}

type Span = { start: number; end: number };
/** A quote of the decree and the place in the annex its instruction names (`§ 1`, `B`, `4`). */
type PlacedSpan = Span & { path?: readonly string[] };

/** Whether a step of a quote's place (`B`, `4`, `4°`, `a)`, as targets.ts writes them) is the reference's `step`. */
function samePlace(place: string, step: LocatorStep): boolean {
  if (step.kind === 'item') return place === (step.dotted ? step.label : `${step.label}°`);
  if (step.kind === 'letter') return place === `${step.label})`;
  return place === step.label;
}

/**
 * A quote's instruction that adds to the place it names, not replacing it whole: `… est complété par le point suivant :`,
 * `au § 1er, F., il est ajouté un point 9° …`, `au § 1er, F., le point suivant est inséré …` (not `le point 9° suivant est
 * inséré`: the quote is that 9° whole, the place the instruction names).
 */
const COMPLETES = /(?<![\p{L}])(?:(?:est|sont)\s+complétée?s?\s+par|il\s+est\s+(?:ajouté|inséré)|(?:le|la|les|l')\s*(?:points?|textes?|alinéas?|dispositions?|intitulés?)\s+suivante?s?\s+(?:est|sont)\s+(?:ajoutée?s?|insérée?s?))(?![\p{L}])[^"]{0,80}$/iu;

/** What paragraphStretch found, for the text it was last asked about. */
let stretchesOf: { text: string; found: Map<string, { stretch: { from: number; to: number } | null } | null> } | null = null;

/**
 * Where the text at hand (`span`) holds a path that opens on a paragraph (`§ 1er, F.`): null when its `§ N` line is not
 * there, else the stretch its steps lead to (null when a step is missing). Once per text, span and path: every sentence
 * naming `§ 1er` searched the span for its heading and the next one again, quadratic in a long decree of such sentences.
 */
function paragraphStretch(text: string, span: Span, path: readonly LocatorStep[]): { stretch: { from: number; to: number } | null } | null {
  if (stretchesOf?.text !== text) stretchesOf = { text, found: new Map() };
  const key = `${span.start}:${span.end}:${JSON.stringify(path)}`;
  const known = stretchesOf.found.get(key);
  if (known !== undefined) return known;
  const [first, ...rest] = path;
  const body = text.slice(span.start, span.end);
  const head = paragraphHeads(first.label).exec(body);
  let found: { stretch: { from: number; to: number } | null } | null = null;
  if (head) {
    const from = span.start + head.index;
    const next = /\n\s*§\s*\d/u.exec(body.slice(head.index + head[0].length));
    found = { stretch: descend(text, { from, to: next ? from + head[0].length + next.index : span.end }, rest) };
  }
  stretchesOf.found.set(key, found);
  return found;
}

/** The prestations of one path of a reference (`§ 1er, F., 9°`), or null when the text at hand does not hold it. */
function pathCodes(path: readonly LocatorStep[], text: string, span: Span, prestations: readonly PrestationRef[], at: number | undefined, elsewhere?: (paragraph: string) => readonly PlacedSpan[], inside = true): string[][] | null {
  const [first, ...rest] = path;
  if (first.kind !== 'paragraph') {
    // (an item or point of the paragraph holding the sentence: a quote's `§ 2ter` has a point D of its own)
    const base = at === undefined ? { from: span.start, to: span.end } : paragraphAround(text, span, at);
    const stretch = descend(text, base, path);
    // (items of rules that define no prestation, before the sentence: the codes they are about, `§ 10octies. 1° Les prestations
    // X et Y … 2° Le nombre de canules Z … 4° Les prestations visées aux 1°, 2° et 3° …`)
    // (not a range, `598916 à 598990`, whose codes between its ends only the prestations defined can give)
    return stretch && (codesBetween(prestations, stretch.from, stretch.to) ?? (at !== undefined && stretch.to <= at && !findCodeGroups(text, stretch.from, stretch.to).some((g) => g.rangeTo) ? namedCodes(text, stretch.from, stretch.to) : null));
  }
  const own = paragraphStretch(text, span, path);
  if (own) return own.stretch && codesBetween(prestations, own.stretch.from, own.stretch.to);
  // (not in the text at hand: another quote of the decree that puts text into that paragraph: its point, `au § 1er, le point 6
  // suivant est inséré : " 6. … "`; the whole paragraph only where the quote holds it whole, from its `§ N` line: not a `8°`
  // that completes it)
  // (a `§ 1erbis` too, which a quote of its own may be: `il est inséré un § 1erbis rédigé comme suit : " § 1erbis. … "`)
  if (!/^\d+\p{L}*$/u.test(first.label)) return null;
  // (the quotes put at the place the reference names, or inside it, whole: `A. au § 1er, B, 4, … : " 461381 … "` is in
  // `§ 1er, B, 4`; `§ 1er, B` is every quote put in B, 4 or B, 5)
  // (not a quote that only completes the place named, `au § 1er, le point F est complété par le point suivant : " 7. … "`:
  // the rest of F is the consolidated annex's, not quoted here)
  const placed = rest.length
    ? (elsewhere?.(first.label) ?? []).filter((q) => q.path && q.path.length > rest.length && (inside || q.path.length === rest.length + 1) && rest.every((step, k) => samePlace(q.path![k + 1], step)) && !(q.path.length === rest.length + 1 && COMPLETES.test(text.slice(Math.max(0, q.start - 160), q.start))))
    : [];
  const inPlace = placed.flatMap((q) => codesBetween(prestations, q.start, q.end) ?? []);
  if (inPlace.length) return dedupeGroups(inPlace);
  // (a quote that adds the very point named to its parent: `au § 1er, F., le point suivant est inséré : " 4° Orthèses … "` is
  // `§ 1er, F., 4°`)
  const added = rest.length ? addedPoint(rest, text, elsewhere?.(first.label) ?? []).flatMap((q) => codesBetween(prestations, q.start, q.end) ?? []) : [];
  if (added.length) return dedupeGroups(added);
  for (const q of elsewhere?.(first.label) ?? []) {
    const whole = rest.length ? null : paragraphHeads(first.label).exec(text.slice(q.start, q.end));
    // (up to the quote's next `§` line: `" 6. … § 2. … "` puts point 6 into § 1er, then replaces § 2)
    const from = whole ? q.start + whole.index : q.start;
    const next = /\n\s*"?\s*§\s*\d/u.exec(text.slice(from + (whole ? whole[0].length : 0), q.end));
    const to = next ? from + (whole ? whole[0].length : 0) + next.index : q.end;
    // (a quote that is the point itself, `" 6. Echographies …"`, is point 6 however the reference writes it: `6°` too)
    const isPoint = rest[0]?.kind === 'item' && new RegExp(String.raw`^\s*"?\s*${rest[0].label}\.\s`, 'u').test(text.slice(q.start, q.end));
    const stretch = rest.length ? descend(text, { from, to }, rest, isPoint) : whole ? { from, to } : null;
    const codes = stretch && codesBetween(prestations, stretch.from, stretch.to);
    if (codes) return codes;
  }
  return null;
}

/**
 * The stretches of the quotes put into the parent of `rest`'s last step by an instruction that adds to it, that are that
 * step: from the line opening with its mark (`4°`, `4.`, `4)`) to the next point's (`les points suivants sont insérés : " 4°
 * … 5° … "` holds 4° and 5°).
 */
function addedPoint(rest: readonly LocatorStep[], text: string, quotes: readonly PlacedSpan[]): Span[] {
  const last = rest[rest.length - 1];
  const opens = new RegExp(String.raw`(?:^|\n)[\s"]*${last.label}\s*(?:°|\.|\))\s`, 'u');
  const next = new RegExp(String.raw`\n[\s"]*(?!${last.label}\s*[°.)])\d{1,2}\s*(?:°|\.|\))\s`, 'u');
  const out: Span[] = [];
  for (const q of quotes) {
    if (!q.path || q.path.length !== rest.length || !rest.slice(0, -1).every((step, k) => samePlace(q.path![k + 1], step))) continue;
    if (!COMPLETES.test(text.slice(Math.max(0, q.start - 160), q.start))) continue;
    const body = text.slice(q.start, q.end);
    const open = opens.exec(body);
    if (!open) continue;
    const from = q.start + open.index;
    const cut = next.exec(text.slice(from + open[0].length, q.end));
    out.push({ start: from, end: cut ? from + open[0].length + cut.index : q.end });
  }
  return out;
}

/**
 * The prestations a sentence names by where the annex text at hand (`span`) defines them: a paragraph (`les
 * prestations visées au § 1er`, from its `§ N` line, or its article's heading line, to the next `§` line), a point or
 * an item of it (`… au § 1er, F., 9°`, `… du point D`, `… aux 1° à 4°`: within the paragraph holding the sentence when
 * no paragraph is named), or, with `at` (the sentence's offset), the paragraph or item the sentence stands in (`… du
 * présent paragraphe`, `… du présent 5°bis`). Null when the sentence names none, or the text holds no prestation
 * there (a paragraph of the consolidated annex, not quoted here), or any of the places a list names is missing.
 */
export function paragraphRefCodes(sentence: string, text: string, span: Span, prestations: readonly PrestationRef[], at?: number, elsewhere?: (paragraph: string) => readonly PlacedSpan[], inside = true): string[][] | null {
  const ref = readLocator(sentence);
  if (!ref) return null;
  if (ref.present) {
    if (at === undefined) return null;
    const around = paragraphAround(text, span, at);
    const [step] = ref.paths[0];
    // (a paragraph of rules that defines no prestation: those its sentences before this one name, `§ 10octies. La prestation
    // X … . Pour la prestation Y … . Les prestations visées au présent paragraphe …`; or after it, where none comes before)
    if (!step) return codesBetween(prestations, around.from, around.to) ?? namedCodes(text, around.from, at) ?? namedCodes(text, around.from, around.to);
    // (the step of that label that holds the sentence)
    for (let from = around.from; from < around.to; ) {
      const stretch = stepStretch(text, from, around.to, step);
      if (!stretch || stretch.from > at) return null;
      if (stretch.to > at) return codesBetween(prestations, stretch.from, stretch.to);
      from = stretch.to;
    }
    return null;
  }
  const codes: string[][] = [];
  for (const path of ref.paths) {
    const found = pathCodes(path, text, span, prestations, at, elsewhere, inside);
    if (!found) return null;
    codes.push(...found);
  }
  return dedupeGroups(codes);
}

/**
 * The prestations the `§` paragraph holding `at` defines before it, in the annex text at hand (`§ 14bis. … 1° … 564701 …
 * 2° … 564745 … 4° Une deuxième séance … peut être attestée`): what a rule there that names none, and follows no rule or
 * prestation it could stand for, is about. Null outside a `§` paragraph of that text.
 */
export function definedBeforeInParagraph(text: string, span: Span, at: number, prestations: readonly PrestationRef[]): string[][] | null {
  const around = paragraphAround(text, span, at);
  if (!paragraphHeads(null).test(text.slice(around.from, Math.min(around.to, around.from + 40)))) return null;
  return codesBetween(prestations, around.from, at);
}

/** The prestations of the paragraph before, named so: `les prestations définies au paragraphe précédent`. */
const OF_PREVIOUS_PARAGRAPH = String.raw`les\s+prestations\s+(?:définies|visées|prévues|mentionnées|reprises|énumérées)\s+(?:au|dans\s+le)\s+(?:paragraphe|§)\s+précédent\b`;
/** `ces prestations`, or those of the paragraph before named so. */
const THESE_PRESTATIONS = String.raw`(?:(?:ces|lesdites)\s+prestations\b|${OF_PREVIOUS_PARAGRAPH})`;
/** A paragraph's number opening the text: `§ 2.` (each run of blanks read one way: `(?:\s*\.)?\s*`, not `\s*\.?\s*`). */
const PARAGRAPH_OPENING = String.raw`^[^\S\n]*(?:"[^\S\n]*)?§\s*(\d+)(?:\s*\.)?\s*`;
// (after a phrase and its comma: `§ 2. Conformément aux dispositions légales en la matière, ces prestations sont effectuées …`)
// (commas inside it too: `§ 2. Sans préjudice de l'article 12, § 3, ces prestations …`)
const OPENING_PHRASE = String.raw`(?:[^.;:\n]{1,100}?,\s*)?`;
const OPENS_WITH_THESE = new RegExp(PARAGRAPH_OPENING + OPENING_PHRASE + THESE_PRESTATIONS, 'iu');
const THESE_FIRST = new RegExp(`^${OPENING_PHRASE}${THESE_PRESTATIONS}`, 'iu');

/** The number of the paragraph `§ N.` the sentence at `at` opens on `ces prestations` (its number before it, or its own opening), or null. */
function openedOnThese(text: string, at: number, span: { start: number }): RegExpExecArray | null {
  return OPENS_WITH_THESE.exec(text.slice(at, at + 200)) ?? (THESE_FIRST.test(text.slice(at, at + 180)) ? /(?:^|\n)\s*"?\s*§\s*(\d+)\s*\.?\s*$/u.exec(text.slice(Math.max(span.start, at - 40), at)) : null);
}

/** The sentence at `at` opens a paragraph `§ N.` (N ≥ 2) on `ces prestations`: those are the paragraph before's, whatever the sentence before named. */
export function opensParagraphOnThese(text: string, at: number, span: { start: number }): boolean {
  const open = openedOnThese(text, at, span);
  return open !== null && Number(open[1]) >= 2;
}

/** A subject that names the paragraph before its own (previousParagraphCodes reads it). */
export const PREVIOUS_PARAGRAPH_SUBJECT = new RegExp(String.raw`^\s*(?:"\s*)?(?:§\s*\d+(?:\s*\.)?\s*)?${OF_PREVIOUS_PARAGRAPH}`, 'iu');

/**
 * A sentence that opens a paragraph `§ N.` (N ≥ 2) and names `ces prestations` (or `les prestations définies au
 * paragraphe précédent`): with `toOriginal`, `prestations` are placed by their offset in the source file (a table's rows): the prestations whose code stands
 * in the paragraph before it (from the `§ N-1` line to this one), in `span`. Null when the sentence opens no such
 * paragraph, or none stands there.
 */
export function previousParagraphCodes(text: string, at: number, span: { start: number; end: number }, prestations: readonly PrestationRef[], toOriginal?: (i: number) => number): string[][] | null {
  // (the sentence starts after its paragraph's number: `§ 2. ` is just before it, or is its own opening)
  const open = openedOnThese(text, at, span);
  if (!open || Number(open[1]) < 2) return null;
  const body = text.slice(span.start, at);
  const heads = paragraphHeads(Number(open[1]) - 1);
  let from = -1;
  for (let h = heads.exec(body); h; h = heads.exec(body)) from = span.start + h.index;
  if (from < 0) return null;
  if (!toOriginal) return codesBetween(prestations, from, at);
  // (prestations a table defines, placed by their offset in the source file)
  const [a, b] = [toOriginal(from), toOriginal(at)];
  const codes = dedupeGroups(prestations.filter((p) => p.offset !== undefined && p.offset >= a && p.offset < b).flatMap((p) => p.codes));
  return codes.length ? codes : null;
}

/**
 * `Sont considérées comme prestations qui requièrent la qualification de spécialiste en … :` (the opening of an
 * annex article or paragraph): the prestations it introduces, those whose code stands after it, up to the next
 * `§` or article heading of the text at hand (`span`). Null when none follows.
 */
export function introducedCodes(text: string, from: number, span: { start: number; end: number }, prestations: readonly PrestationRef[], numbered: number | null = null, rubric: string | null = null): string[][] | null {
  // (a heading right after it, `§ 1er. Tests de biologie moléculaire … :`, opens its list, not the next paragraph)
  // (a numbered heading's list ends at the next numbered heading too: `4. Microchirurgie (…)` then `5. Chirurgie de la main`;
  // not at labels numbered inside it, `1. Réimplantation …`)
  // (a rubric's heading, `Surveillance, par un médecin agréé comme …`, at the next rubric's, which opens on the same act)
  const next = [String.raw`§\s*\d|(?:\*\*)?\s*Art(?:icle|\.)\s*\d`, ...(numbered !== null ? [String.raw`${numbered + 1}\.\s+\p{Lu}`] : []), ...(rubric ? [String.raw`${rubric}(?![\p{L}])`] : [])];
  const heading = new RegExp(String.raw`\n\s*"?\s*(?:${next.join('|')})`, 'gu');
  heading.lastIndex = from;
  let to = span.end;
  // (headings looked for up to the span's end and a heading's length past it, not through the rest of the text; a
  // prestation before a heading: the first one from `from`, not every one of the text for every heading)
  const within = text.slice(0, Math.min(text.length, span.end + 200));
  const first = firstStartFrom(prestations, from);
  for (let h: RegExpExecArray | null; (h = heading.exec(within)) && h.index < span.end; ) {
    if (first < h.index) {
      to = h.index;
      break;
    }
  }
  return codesBetween(prestations, from, to);
}
