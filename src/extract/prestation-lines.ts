import type { DocumentStructure } from '../structure/types.js';
import { continuesIntoCode } from '../text/continues.js';

export { continuesIntoCode };
import type { CodeGroup } from './code-groups.js';
import { findRelativeValues, type ValueMatch } from './values.js';
import type { RelativeValue } from '../schema/document.js';
import type { PrestationDraft } from './prestation-types.js';

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
  const out: PrestationDraft[] = [];
  for (let i = 0; i < starts.length; i++) {
    const g = starts[i];
    // `A ou B … K 26`: the groups joined by `ou` share one definition
    const shared: CodeGroup[] = [g];
    let last = g;
    for (let k = groups.indexOf(g) + 1; k < groups.length; k++) {
      if (!/^\s*ou\s+$/.test(text.slice(last.end, groups[k].start))) break;
      shared.push(groups[k]);
      last = groups[k];
    }
    const limit = Math.min(regionEnd(doc, last, groups), starts[i + 1]?.start ?? Infinity);
    const value = values.find((v) => v.start >= last.end && v.start < limit);
    if (insideDeletion(doc, g.start)) continue;
    if (!value) {
      // a code line with its label and no value (implants, a label-only insertion): defined when quoted new annex text
      const label = labelOnly(doc, g, last, limit);
      if (label) for (const s of shared) out.push({ codes: [...s.codes], label, value: null, start: g.start, end: Math.min(limit, text.length), site: 'code-line' });
      continue;
    }
    const label = cleanLabel(text.slice(last.end, value.start));
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
  const out: PrestationDraft[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const lineStart = text.lastIndexOf('\n', g.start - 1) + 1;
    if (!/^[\s"'*>]*$/u.test(text.slice(lineStart, g.start)) || !/^\s*,/u.test(text.slice(g.end, g.end + 3))) continue;
    const list = [g];
    while (i + 1 < groups.length && /^\s*(?:,|et)\s*$/u.test(text.slice(list[list.length - 1].end, groups[i + 1].start))) list.push(groups[++i]);
    const last = list[list.length - 1];
    const eol = endOfParagraph(text, last.end);
    const value = values.find((v) => v.start >= last.end && v.start < eol);
    if (list.length < 2 || !value || !/^[\s.…]*$/u.test(text.slice(last.end, value.start)) || /\p{L}{2}/u.test(text.slice(value.end, eol))) continue;
    if (insideReplacedText(doc, g.start) || insideDeletion(doc, g.start)) continue;
    const prevEnd = lineStart - 1;
    const prevStart = prevEnd > 0 ? text.lastIndexOf('\n', prevEnd - 1) + 1 : 0;
    const label = prevEnd > 0 ? cleanLabel(text.slice(prevStart, prevEnd)) : null;
    for (const c of list) out.push({ codes: [...c.codes], label, value: structuredClone(value.value), start: c.start, end: value.end, site: 'code-line' });
  }
  return out;
}

/**
 * The label of a code line without a value: only inside a quote of new annex
 * text (not a deletion, not the old text replaced), a label of several words
 * that is not a heading (`Catégorie 2 :`) nor a list of code numbers.
 */
function labelOnly(doc: DocumentStructure, g: CodeGroup, last: CodeGroup, limit: number): string | null {
  const text = doc.ingested.text.text;
  const q = doc.quotes.find((x) => g.start >= x.innerStart && g.start < x.innerEnd);
  if (!q || insideReplacedText(doc, g.start)) return null;
  const label = cleanLabel(text.slice(last.end, Math.min(limit - 1, q.innerEnd)));
  if (label === null || /\d{6}/u.test(label) || /:\s*$/u.test(label) || label.split(/\s+/).length < 3) return null;
  return label;
}

/** The quoted old text of `le libellé " … " est remplacé par …`: what goes, not what is defined. */
function insideReplacedText(doc: DocumentStructure, offset: number): boolean {
  const q = doc.quotes.find((x) => offset >= x.start && offset < x.end);
  return !!q && /^\s*(?:est|sont)\s+(?:remplacée?s?|supprimée?s?|abrogée?s?)(?!\p{L})/u.test(doc.ingested.text.text.slice(q.end, q.end + 40));
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
  const paraStart = text.lastIndexOf('\n', g.start - 1) + 1;
  const leadNormalised = text.slice(paraStart, g.start);
  const o = nt.originalOffset(g.start);
  const lineStart = nt.original.lastIndexOf('\n', o - 1) + 1;
  const leadOriginal = nt.original.slice(lineStart, o);
  // (`[613933-613944 Tissu …]`: Justel's erratum brackets around a code line)
  const lead = g.hospitalisedOnly ? /^[\s"'|*>[]*-?\s?$/ : /^[\s"'|*>[]*$/;
  // (a clinical biology rubric may head the quote: `" 5/MICROBIOLOGIE  549010-549021 …`)
  const afterQuoteMark = doc.quotes.some((q) => q.innerStart <= g.start && /^[\s"]*(?:\d{1,2}\/\p{Lu}[\p{L} -]{1,40}?\s+)?-?\s*$/u.test(text.slice(q.innerStart, g.start)) && g.start < q.innerEnd);
  if (!lead.test(leadNormalised) && !afterQuoteMark && !AFTER_VALUE.test(leadNormalised)) {
    // first on its line only: a line break inside a paragraph (a fixed-width
    // block, or prose cut where a PDF line ended); the sentence before it decides
    if (!lead.test(leadOriginal)) return false;
    // the line's own lead (`  " 556393 - 556404`) is not part of the sentence before
    const own = leadOriginal.replace(/\s+/g, '');
    const before = leadNormalised.replace(/\s+$/, '');
    if (continuesIntoCode(own && before.endsWith(own) ? before.slice(0, -own.length) : before)) return false;
  }
  if (g.rangeTo) return false;
  const after = text.slice(g.end, g.end + 24);
  if (/^\s*(?:[,;)=]|et\b|à(?!\p{L})|jusqu|en\b|ne\b|est\b|sont\b|peu)/u.test(after)) return false;
  return true;
}

/**
 * Where the label and value of the definition at `g` must end: its own
 * paragraph, or up to three more when the label goes on (a code alone on its
 * line, a label continued in a fixed-width block), but never into a
 * paragraph that cites codes (a rule, the next definition).
 */
function regionEnd(doc: DocumentStructure, g: CodeGroup, groups: CodeGroup[]): number {
  const text = doc.ingested.text.text;
  let end = endOfParagraph(text, g.end);
  // a code alone on its line: its label is the next paragraph, whatever it cites
  if (!/\p{L}{2}/u.test(text.slice(g.end, end)) && end < text.length) end = endOfParagraph(text, end + 1);
  for (let k = 0; k < 2 && end < text.length; k++) {
    const next = endOfParagraph(text, end + 1);
    if (groups.some((o) => o.start > end && o.start < next)) break;
    end = next;
  }
  return end + 1;
}

function endOfParagraph(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** Quoted prestations introduced as `les prestations suivantes sont supprimées :` are cited, not defined. */
function insideDeletion(doc: DocumentStructure, offset: number): boolean {
  const q = doc.quotes.find((q) => offset >= q.start && offset < q.end);
  const text = doc.ingested.text.text;
  const lead = q ? text.slice(Math.max(0, q.start - 160), q.start) : text.slice(Math.max(0, offset - 160), offset);
  const sentence = lead.replace(/[\s"]+$/, '').split(/\n/).pop() ?? '';
  if (/(?:supprimée?s?|abrogée?s?)\s*:?\s*"?\s*$/.test(sentence)) return true;
  // quote marks nested in a deleted list (`" D. ORL : " Prothèse " : 611516-611520 …`) hide its lead: the nearest
  // amending sentence above decides
  const above = text.slice(Math.max(0, offset - 1500), offset).split('\n').reverse();
  for (const para of above.slice(1)) {
    const verb = /\b(?:est|sont)\s+(supprim|abrog|insér|introdui|ajout|remplac|complét|adapt)/iu.exec(para);
    if (verb) return /^(?:supprim|abrog)/iu.test(verb[1]) && /:\s*"?\s*$/u.test(para);
  }
  return false;
}

/** Label text between the code and its value: leaders, quotes, cell bars and line breaks removed. */
export function cleanLabel(s: string): string | null {
  const label = s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/^[\s.:;*"'-]+/, '')
    .replace(/(?:\s*[.…](?:\s?[.…])+\s*|…)+$/, '')
    .replace(/[\s"'|]+$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return /\p{L}{2}/u.test(label) ? label : null;
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
