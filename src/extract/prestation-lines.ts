import type { DocumentStructure, Quote } from '../structure/types.js';
import { continuesIntoCode } from '../text/continues.js';
import { indexHolding, itemsHolding, lowerBound, quoteAt } from '../structure/lookup.js';
import { work } from '../work.js';

export { continuesIntoCode };
import type { CodeGroup } from './code-groups.js';
import { findRelativeValues, type ValueMatch } from './values.js';
import type { RelativeValue } from '../schema/document.js';
import type { PrestationDraft } from './prestation-types.js';
import { withoutEditorialNotes } from './own-text.js';

/**
 * Code-line definitions: a code (or pair) at the start of a line or
 * paragraph, then its label, then its relative value. Covers the quoted
 * insertions (`312174 - 312185.` / label `..... K 11.`), single-line forms
 * (`589890 589901 Vertébroplastie … I 400`), convention lists, pipe tables
 * (`| 565014-565025 | label | B 289 |`), fixed-width blocks with the value at
 * the line end, and `149170 - 149181 ou 474655 - 474666 ... K 26`.
 */
export function codeLineDefinitions(doc: DocumentStructure, groups: CodeGroup[], values: ValueMatch[]): PrestationDraft[] {
  const text = doc.ingested.text.text;
  const starts = groups.filter((g) => isDefinitionStart(doc, g));
  const position = new Map(groups.map((g, k) => [g, k]));
  const byStart = sortedValues(values);
  const groupStarts = Int32Array.from(groups, (g) => g.start).sort();
  const out: PrestationDraft[] = [];
  for (let i = 0; i < starts.length; i++) {
    const g = starts[i];
    // `A ou B … K 26`: the groups joined by `ou` share one definition
    const shared: CodeGroup[] = [g];
    let last = g;
    for (let k = position.get(g)! + 1; k < groups.length; k++) {
      if (!/^\s*ou\s+$/.test(text.slice(last.end, groups[k].start))) break;
      shared.push(groups[k]);
      last = groups[k];
    }
    const limit = Math.min(regionEnd(doc, last, groupStarts), starts[i + 1]?.start ?? Infinity);
    const value = firstValue(byStart, last.end, limit);
    if (insideDeletion(doc, g.start)) continue;
    if (!value) {
      // a code line with its label and no value (implants, a label-only insertion): defined when quoted new annex text
      const label = labelOnly(doc, g, last, limit);
      if (label) for (const s of shared) out.push({ codes: [...s.codes], label, value: null, start: g.start, end: Math.min(limit, text.length), site: 'code-line' });
      continue;
    }
    const label = cleanLabel(text.slice(writtenEnd(text, last), value.start) + (value.labelTail ? ` ${value.labelTail}` : ''));
    for (const s of shared) {
      out.push({ codes: [...s.codes], label, value: structuredClone(value.value), start: g.start, end: value.end, site: 'code-line' });
    }
  }
  return [...out, ...codeListDefinitions(doc, groups, values)];
}

/**
 * `713016, 713112, 713215, 714011, 714114, 714210 R 15` on a line of its own
 * after a label: a list of codes sharing the label above and the value that
 * ends the line. Not inside the old text a decree replaces.
 */
function codeListDefinitions(doc: DocumentStructure, groups: CodeGroup[], values: ValueMatch[]): PrestationDraft[] {
  const text = doc.ingested.text.text;
  const byStart = sortedValues(values);
  const out: PrestationDraft[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const lineStart = leadStart(text, g.start, /[\s"'*>]/);
    if (lineStart < 0 || !/^[\s"'*>]*$/u.test(text.slice(lineStart, g.start)) || !/^\s*,/u.test(text.slice(g.end, g.end + 3))) continue;
    const list = [g];
    while (i + 1 < groups.length && /^\s*(?:,|et)\s*$/u.test(text.slice(list[list.length - 1].end, groups[i + 1].start))) list.push(groups[++i]);
    const last = list[list.length - 1];
    const eol = endOfParagraph(text, last.end);
    const value = firstValue(byStart, last.end, eol);
    if (list.length < 2 || !value || !/^[\s.…]*$/u.test(text.slice(last.end, value.start)) || /\p{L}{2}/u.test(text.slice(value.end, eol))) continue;
    if (insideReplacedText(doc, g.start) || insideDeletion(doc, g.start)) continue;
    const prevEnd = lineStart - 1;
    // a list quoted as new text takes its label from inside the quote: the line before it may begin with the
    // old text's tail and the verb (`par bénéficiaire; " est remplacé par les mots " Séance collective …`)
    const q = quoteAt(doc, g.start);
    const inQuote = q && q.innerStart <= g.start && g.start < q.innerEnd ? q : undefined;
    const prevStart = Math.max(prevEnd > 0 ? text.lastIndexOf('\n', prevEnd - 1) + 1 : 0, inQuote?.innerStart ?? 0);
    const label = prevEnd > prevStart ? cleanLabel(text.slice(prevStart, prevEnd) + labelTailAfter(text, eol, inQuote)) : null;
    for (const c of list) out.push({ codes: [...c.codes], label, value: structuredClone(value.value), start: c.start, end: value.end, site: 'code-line' });
  }
  return out;
}

/**
 * The nomenclature sets the value at the end of the label's first line and the
 * label goes on below it: ` par séance et par bénéficiaire` closing the quote
 * after the code line is the label's end (a short phrase opening with a
 * preposition, with no verb, that closes the quote), not a rule.
 */
function labelTailAfter(text: string, eol: number, q: Quote | undefined): string {
  // (the quote must close within a short line: never a slice of the rest of a long quoted table per code line)
  if (!q || eol >= q.innerEnd || q.innerEnd - eol > 100) return '';
  const tail = text.slice(eol, q.innerEnd).trim();
  // a phrase that goes on with the label (`par séance et par bénéficiaire`), not a rule (`la prestation ne peut …`)
  const continues = /^(?:par|pour|avec|sans|au|aux|à|en|de|du|des|chez|dans|y\s+compris)\s/u.test(tail) && !/\n|\d{6}|(?<!\p{L})(?:est|sont|peut|peuvent|doit|doivent|ne|n')(?!\p{L})/u.test(tail);
  return continues ? ` ${tail.replace(/[\s;,]+$/u, '')}` : '';
}

/**
 * The label of a code line without a value: only inside a quote of new annex
 * text (not a deletion, not the old text replaced), a label of several words
 * that is not a heading (`Catégorie 2 :`) nor a list of code numbers.
 */
function labelOnly(doc: DocumentStructure, g: CodeGroup, last: CodeGroup, limit: number): string | null {
  const text = doc.ingested.text.text;
  const q = quoteWithin(doc, g.start);
  if (!q || insideReplacedText(doc, g.start)) return null;
  const label = cleanLabel(text.slice(last.end, Math.min(limit - 1, q.innerEnd)));
  if (label === null || /\d{6}/u.test(label) || /:\s*$/u.test(label) || label.split(/\s+/).length < 3) return null;
  return label;
}

/** The inner spans of a document's quotes, in the quotes' order. */
const innerSpans = new WeakMap<readonly Quote[], { start: number; end: number }[]>();

/**
 * The first quote (in document order) whose inner text holds `at`: `doc.quotes.find(…)` in log time (indexHolding).
 * labelOnly asked it of every code line without a value, each a scan of all the quotes (2013022530 has 1,800).
 */
function quoteWithin(doc: DocumentStructure, at: number): Quote | undefined {
  let spans = innerSpans.get(doc.quotes);
  if (!spans) innerSpans.set(doc.quotes, (spans = doc.quotes.map((q) => ({ start: q.innerStart, end: q.innerEnd }))));
  const k = indexHolding(spans, at);
  return k < 0 ? undefined : doc.quotes[k];
}

/** The quoted old text of `le libellé " … " est remplacé par …`: what goes, not what is defined. */
function insideReplacedText(doc: DocumentStructure, offset: number): boolean {
  const q = quoteAt(doc, offset);
  return !!q && /^\s*(?:est|sont)\s+(?:remplacée?s?|supprimée?s?|abrogée?s?|retirée?s?)(?!\p{L})/u.test(doc.ingested.text.text.slice(q.end, q.end + 40));
}

/**
 * A flattened table row ends with its value, notes and class (`… . . . . .
 * B 600(Maximum 1) Classe 19 (Règle de cumul 70)`): the code after it starts
 * the next row.
 */
const AFTER_VALUE = /\.\s?\.\s*[A-Z]{1,2}\s?\d+(?:[.,]\d+)?(?:\s*\([^()\n]{0,40}\))*(?:\s*Classe\s+\d+)?(?:\s*\([^()\n]{0,40}\))*\s*$/u;

/** The code stands first on its line or paragraph (or after an opening quote mark, or after the value ending a flattened row), followed by a label, not by a list or a sentence. */
function isDefinitionStart(doc: DocumentStructure, g: CodeGroup): boolean {
  const nt = doc.ingested.text;
  const text = nt.text;
  // (`" (258112 - 258123) <Err. M.B. …>`: a code line whose codes an erratum put in parentheses; the lead ends before them)
  const start = text[g.start - 1] === '(' && text[g.end] === ')' ? g.start - 1 : g.start;
  const o = nt.originalOffset(start);
  // The leads are only read when they hold nothing but lead characters: slicing a
  // paragraph's whole text before every code of it made long paragraphs quadratic.
  const paraStart = leadStart(text, start, LEAD_CHAR);
  const leadNormalised = paraStart < 0 ? text.slice(Math.max(0, start - 200), start) : text.slice(paraStart, start);
  // (`[613933-613944 Tissu …]`: Justel's erratum brackets around a code line)
  const lead = g.hospitalisedOnly ? /^[\s"'|*>[]*-?\s?$/ : /^[\s"'|*>[]*$/;
  // (a clinical biology rubric may head the quote: `" 5/MICROBIOLOGIE  549010-549021 …`); quotes looked up only near a mark
  const afterQuoteMark =
    text.slice(Math.max(0, g.start - 60), g.start).includes('"') &&
    itemsHolding(doc.quotes, g.start).some((q) => q.innerStart <= g.start && g.start < q.innerEnd && /^[\s"]*(?:\d{1,2}\/\p{Lu}[\p{L} -]{1,40}?\s+)?-?\s*$/u.test(text.slice(q.innerStart, g.start)));
  if ((paraStart < 0 || !lead.test(leadNormalised)) && !afterQuoteMark && !AFTER_VALUE.test(leadNormalised) && !afterParagraphMark(text, start) && !itemCodeLine(text, g)) {
    const lineStart = leadStart(nt.original, o, LEAD_CHAR);
    if (lineStart < 0) return false;
    const leadOriginal = nt.original.slice(lineStart, o);
    // first on its line only: a line break inside a paragraph (a fixed-width
    // block, or prose cut where a PDF line ended); the sentence before it decides
    if (!lead.test(leadOriginal)) return false;
    // the line's own lead (`  " 556393 - 556404`) is not part of the sentence before
    const own = leadOriginal.replace(/\s+/g, '');
    const before = leadNormalised.replace(/\s+$/, '');
    if (continuesIntoCode(own && before.endsWith(own) ? before.slice(0, -own.length) : before)) return false;
  }
  if (g.rangeTo) return false;
  const after = text.slice(writtenEnd(text, g), g.end + 24);
  if (/^\s*(?:[,;)=]|et\b|à(?!\p{L})|jusqu|en\b|ne\b|est\b|sont\b|peu)/u.test(after)) return false;
  return true;
}

/** A paragraph's own mark heading its first prestation: `" § 1erbis. 460036 - 460040 Echographie …`. */
const PARAGRAPH_MARK_LEAD = /\n[\s"'|*>[]*§\s?\d{1,3}(?:er)?(?:bis|ter|quater|quinquies|sexies|septies|octies)?\.?[\s"]+$/u;

function afterParagraphMark(text: string, start: number): boolean {
  // (the line's start within 40 characters: the mark and the code's lead only)
  const from = Math.max(0, start - 40);
  return PARAGRAPH_MARK_LEAD.test((from === 0 ? '\n' : '') + text.slice(from, start));
}

/**
 * A list item whose line holds its prestation's codes alone, the label in the paragraph below (`1° 478715-478726`, then
 * `Echographie ciblée … K 25`): the item's mark is the code line's lead. Not codes a sentence lists as items, which go
 * on after them (`e) 463691-463702, 463713-463724, lorsqu'elles …`).
 */
const ITEM_MARK_LEAD = /\n[\s"'|*>[]*(?:\d{1,2}°|[a-z]\))[ \t]*$/u;

function itemCodeLine(text: string, g: CodeGroup): boolean {
  const from = Math.max(0, g.start - 20);
  return ITEM_MARK_LEAD.test((from === 0 ? '\n' : '') + text.slice(from, g.start)) && /^[ \t]*(?:\n|$)/u.test(text.slice(writtenEnd(text, g), writtenEnd(text, g) + 8));
}

/**
 * Where the label and value of the definition at `g` must end: its own
 * paragraph, or up to three more when the label goes on (a code alone on its
 * line, a label continued in a fixed-width block), but never into a
 * paragraph that cites codes (a rule, the next definition).
 */
/** White space, quotes, cell bars, blockquote and emphasis marks, and the hyphen of a hospitalised code. */
const LEAD_CHAR = /[\s"'|*>[-]/;

/**
 * Start of the line holding `pos` when everything before `pos` on it is one of
 * `allowed`, else -1. Walks back only over allowed characters, so it costs
 * the lead's length, not the line's.
 */
function leadStart(text: string, pos: number, allowed: RegExp): number {
  let k = pos - 1;
  while (k >= 0 && text[k] !== '\n') {
    work.steps++;
    if (!allowed.test(text[k])) return -1;
    k--;
  }
  return k + 1;
}

/** Values by start offset, for a binary search. */
function sortedValues(values: ValueMatch[]): ValueMatch[] {
  return values.every((v, i) => i === 0 || values[i - 1].start <= v.start) ? values : [...values].sort((a, b) => a.start - b.start);
}

/** The first value (in `values` order among equals) starting in [from, to). */
function firstValue(sorted: ValueMatch[], from: number, to: number): ValueMatch | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const v = sorted[lo];
  return v && v.start < to ? v : undefined;
}

/** Where a group ends as written: `589890-(589901)` with its own closing parenthesis (what follows is its label). */
function writtenEnd(text: string, g: CodeGroup): number {
  // `733250-(733261)`, `684530-[684541]`, `(258112 - 258123)`: an erratum's parenthesis or bracket closes on the last code
  if (text[g.end] === ')' && (text[g.end - 7] === '(' || text[g.start - 1] === '(')) return g.end + 1;
  return text[g.end] === ']' && text[g.end - 7] === '[' ? g.end + 1 : g.end;
}

function regionEnd(doc: DocumentStructure, g: CodeGroup, groupStarts: Int32Array): number {
  const text = doc.ingested.text.text;
  let end = endOfParagraph(text, g.end);
  // a code alone on its line: its label is the next paragraph, whatever it cites
  // (not a code that closes a quote: `… entre les numéros " 289015 - 289026 " et " 289030 - 289041 ";`)
  // (a Justel note after the code, `684530-[684541] <Erratum, M.B. …>`, is not a label)
  const rest = withoutEditorialNotes(text.slice(g.end, end));
  if (!/\p{L}{2}/u.test(rest) && !/^[\s)\]]*["»”]/u.test(rest) && end < text.length) end = endOfParagraph(text, end + 1);
  for (let k = 0; k < 2 && end < text.length; k++) {
    const next = endOfParagraph(text, end + 1);
    if (firstAfter(groupStarts, end) < next) break;
    end = next;
  }
  return end + 1;
}

/** The first of the sorted `starts` after `pos`, or Infinity (a binary search: a scan per definition was quadratic). */
function firstAfter(starts: Int32Array, pos: number): number {
  const k = lowerBound(starts.length, (i) => starts[i] <= pos);
  return k < starts.length ? starts[k] : Infinity;
}

function endOfParagraph(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** Quoted prestations introduced as `les prestations suivantes sont supprimées :` are cited, not defined. */
function insideDeletion(doc: DocumentStructure, offset: number): boolean {
  const q = quoteAt(doc, offset);
  const text = doc.ingested.text.text;
  const lead = q ? text.slice(Math.max(0, q.start - 160), q.start) : text.slice(Math.max(0, offset - 160), offset);
  const sentence = lead.replace(/[\s"]+$/, '').split(/\n/).pop() ?? '';
  if (/(?:supprimée?s?|abrogée?s?|retirée?s?)\s*:?\s*"?\s*$/.test(sentence)) return true;
  // quote marks nested in a deleted list (`" D. ORL : " Prothèse " : 611516-611520 …`) hide its lead: the nearest
  // amending sentence above decides
  for (const para of linesAbove(text, Math.max(0, offset - 1500), offset)) {
    const verb = /(?<!\w)(?:est|sont)\s+(supprim|abrog|retir|insér|introdui|ajout|remplac|complét|adapt)/iu.exec(para);
    if (verb) return /^(?:supprim|abrog|retir)/iu.test(verb[1]) && /:\s*"?\s*$/u.test(para);
  }
  return false;
}

/**
 * The lines of text[from, offset) before its last one, nearest first (the first one cut at `from`): read one by one,
 * not split and reversed whole per code line, since the nearest amending sentence usually stands a line or two above.
 */
function* linesAbove(text: string, from: number, offset: number): Generator<string> {
  let end = text.lastIndexOf('\n', offset - 1);
  if (offset <= from || end < from) return;
  for (;;) {
    const nl = end > from ? text.lastIndexOf('\n', end - 1) : -1;
    if (nl < from) {
      yield text.slice(from, end);
      return;
    }
    yield text.slice(nl + 1, end);
    end = nl;
  }
}

/** Label text between the code and its value: leaders, quotes, cell bars and line breaks removed. */
export function cleanLabel(s: string): string | null {
  const cleaned = s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/^[\s.:;*"'-]+/, '');
  // dot leaders before the value: a linear scan (the regex it replaces, `(?:\s*[.…](?:\s?[.…])+\s*|…)+$`, took seconds
  // on `x ... ... … y`: backtracking over every start, found by the fuzz harness)
  const label = withoutLeaders(cleaned)
    .replace(/[\s"'|]+$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return /\p{L}{2}/u.test(label) ? label : null;
}

/**
 * `Consultation . . . . .`, `Séance ....`, `Séance …`: the text without the
 * trailing runs of leader dots (two or more dots apart by at most one space,
 * or an ellipsis), scanned from the end once. A single final period stays.
 */
function withoutLeaders(s: string): string {
  const isDot = (c: string) => c === '.' || c === '…';
  const isSpace = (c: string) => /\s/u.test(c);
  let cut = s.length;
  let k = s.length;
  for (;;) {
    while (k > 0 && isSpace(s[k - 1])) k--;
    // one run backwards: dots with at most one space between them
    let j = k;
    let dots = 0;
    let ellipsis = false;
    while (j > 0 && isDot(s[j - 1])) {
      dots++;
      if (s[j - 1] === '…') ellipsis = true;
      j--;
      if (j > 1 && isSpace(s[j - 1]) && isDot(s[j - 2])) j--;
    }
    if (dots === 0 || (dots < 2 && !ellipsis)) break;
    cut = j;
    k = j;
  }
  return s.slice(0, cut);
}

/**
 * A label given as text (a label amendment's quoted new text) split into one
 * line of label and the relative value written at its end: `Polysomnographie
 * après l'âge d'un an . . . . . K 180` is the label `Polysomnographie après
 * l'âge d'un an` and the value K 180. A leading code line (`684191-684202`)
 * is dropped; only the paragraphs up to the value (or the first paragraph,
 * when rule sentences follow) are the label.
 */
export function splitLabelValue(text: string): { label: string | null; value: RelativeValue | null } {
  let paras = text.split(/\s*\n\s*/).filter((p) => p.trim() !== '');
  // the paragraph holding the value ends the label
  const withValue = paras.findIndex((p) => trailingValue(p) !== null);
  if (withValue >= 0) paras = paras.slice(0, withValue + 1);
  else if (paras.length > 1 && paras.slice(1).every((p) => /^\p{Lu}/u.test(p))) paras = paras.slice(0, 1);
  let s = paras.join(' ').replace(/^\s*\d{6}(?:\s*-?\s*\d{6})?\s*[.:]?\s*/, '');
  const v = trailingValue(s);
  if (v) s = s.slice(0, v.start);
  return { label: cleanLabel(s), value: v?.value ?? null };
}

function trailingValue(s: string): { value: RelativeValue; start: number } | null {
  const t = s.replace(/[\s.;"]+$/, '');
  const found = findRelativeValues(t);
  const last = found[found.length - 1];
  return last && last.end === t.length && last.value.letter !== null ? { value: last.value, start: last.start } : null;
}
