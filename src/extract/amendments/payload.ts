import { continuesIntoCode } from '../../text/continues.js';
import type { RelativeValue } from '../../schema/document.js';
import type { DocumentStructure, Quote } from '../../structure/types.js';
import { findCodeGroups, type CodeGroup } from '../codes.js';
import { findRelativeValues, parseRelativeValue } from '../values.js';

/** Code groups as `[[amb, hosp] | [single], …]`; a range gives its two ends. */
export function groupsToCodes(groups: CodeGroup[]): string[][] {
  const out: string[][] = [];
  for (const g of groups) {
    out.push([...g.codes]);
    if (g.rangeTo) out.push([...g.rangeTo.codes]);
  }
  return out;
}

/** Inner text of a quote, trimmed of blanks and stray closing punctuation. */
export function quoteText(doc: DocumentStructure, q: Quote): string {
  return doc.ingested.text.text
    .slice(q.innerStart, q.innerEnd)
    .replace(/^\s+|\s+$/g, '');
}

/** The codes that begin a paragraph (or line) of the payload: the inserted prestations. */
export function leadingCodeGroups(doc: DocumentStructure, quotes: Quote[]): CodeGroup[] {
  const raw = doc.ingested.text.text;
  const out: CodeGroup[] = [];
  for (const q of quotes) {
    for (const g of findCodeGroups(raw, q.innerStart, q.innerEnd)) {
      const before = raw.slice(Math.max(q.innerStart, raw.lastIndexOf('\n', g.start - 1) + 1), g.start);
      // (`[613933-613944 Tissu …]`: Justel's erratum brackets around a code line)
      // (`| « 229795 | 229806 | …`: the first cell of a table row, the payload's quote opening in it)
      if (/^[\s"«“*+°[|-]*(?:n°\s*)?$/u.test(before) || (g.start > q.innerStart && /^[\s"«“*+°[|-]*$/u.test(raw.slice(q.innerStart, g.start))) || atOriginalLineStart(doc, g.start)) out.push(g);
    }
  }
  return out;
}

export interface InsertedPrestation {
  codes: string[];
  text: string;
}

/** Split the payload at its leading codes: one block per inserted prestation (label, value and following rules). */
export function insertedPrestations(doc: DocumentStructure, quotes: Quote[]): { prestations: InsertedPrestation[]; rules: string[] } {
  const raw = doc.ingested.text.text;
  const prestations: InsertedPrestation[] = [];
  const rules: string[] = [];
  for (const q of quotes) {
    const groups = leadingCodeGroups(doc, [q]);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      const end = i + 1 < groups.length ? groups[i + 1].start : q.innerEnd;
      const block = raw.slice(g.end, end).replace(/^[\s.]+/, '');
      const paras = block.split('\n').map((s) => s.trim()).filter((s) => s && s !== '"');
      prestations.push({ codes: [...g.codes], text: paras.join('\n') });
      // after the label (the paragraph holding the value) come the rules
      const valueAt = paras.findIndex((p) => findRelativeValues(p).length > 0);
      if (valueAt >= 0) rules.push(...paras.slice(valueAt + 1).filter((p) => !/^(?:Catégorie|-\s*Catégorie)\b/u.test(p)));
    }
  }
  return { prestations, rules };
}

/** A relative value written as the new value: `portée à ..... K 300`, `" C 34 "`, `par "K 21,40"`. */
export function valueIn(doc: DocumentStructure, start: number, end: number, last = false): RelativeValue | null {
  const raw = doc.ingested.text.text;
  const direct = parseRelativeValue(raw.slice(start, end).replace(/^\s*(?:à|par|en)\s*/u, ''));
  if (direct) return direct;
  const found = findRelativeValues(raw, start, end);
  if (found.length) return (last ? found[found.length - 1] : found[0]).value;
  return null;
}

/** Label text of a `libellé et valeur relative … comme suit : "…"` payload: the text before the value. */
/** Where a quoted label starts: after the codes when the quote is a whole code line (`" 733250-733261 Brosse … U 38 "`). */
export function labelStart(raw: string, innerStart: number, valueStart: number): number {
  const lead = findCodeGroups(raw, innerStart, valueStart)[0];
  return lead && /^[\s"'`«-]*$/u.test(raw.slice(innerStart, lead.start)) ? lead.end : innerStart;
}

export function labelWithoutValue(doc: DocumentStructure, q: Quote): { label: string; value: RelativeValue | null } {
  const raw = doc.ingested.text.text;
  const found = findRelativeValues(raw, q.innerStart, q.innerEnd);
  const v = found[found.length - 1];
  if (!v) return { label: quoteText(doc, q), value: null };
  // fixed-width blocks put the value mid-line, before rule notes: keep the whole text as the label
  if (raw.slice(v.end, q.innerEnd).replace(/[\s.;"]/g, '') !== '') return { label: quoteText(doc, q), value: v.value };
  const label = raw
    .slice(labelStart(raw, q.innerStart, v.start), v.start)
    .replace(/[\s.…]+$/u, '')
    .replace(/^[\s.:-]+/u, '')
    .trim();
  return { label, value: v.value };
}

/** Fixed-width blocks are folded into one paragraph: a code opening a line of the ORIGINAL file starts a prestation. */
function atOriginalLineStart(doc: DocumentStructure, offset: number): boolean {
  const t = doc.ingested.text;
  const o = t.originalOffset(offset);
  const lineStart = t.original.lastIndexOf('\n', o - 1) + 1;
  const lead = t.original.slice(lineStart, o);
  if (!/^[\s"*+>`-]*$/u.test(lead)) return false;
  // first on its line only (a fixed-width block, a PDF line end): the sentence before decides
  const paraStart = t.text.lastIndexOf('\n', offset - 1) + 1;
  if (paraStart >= offset - lead.length) return true;
  const own = lead.replace(/\s+/g, '');
  const before = t.text.slice(paraStart, offset).replace(/\s+$/, '');
  return !continuesIntoCode(own && before.endsWith(own) ? before.slice(0, -own.length) : before);
}

/**
 * The new value written after an amending verb: `portée à K 300`, `portée de
 * K 50 à K 60` (the value after `à`), `fixée à N 300 au lieu de N 250` (the
 * old value after `au lieu de` is not the new one), `porté de 75 à 90`.
 */
export function newValueAfter(doc: DocumentStructure, start: number, end: number): RelativeValue | null {
  const raw = doc.ingested.text.text;
  const text = raw.slice(start, end);
  const instead = /(?<!\p{L})au\s+lieu\s+d[e']/iu.exec(text);
  const stop = instead ? start + instead.index : end;
  const fromTo = /^\s*de\s+[^;:]*?\s(à)\s/iu.exec(raw.slice(start, stop));
  if (fromTo) {
    const at = start + fromTo.index + fromTo[0].length;
    const tail = raw.slice(at, stop).replace(/[\s.;,]+$/u, '');
    const v = valueIn(doc, at, at + tail.length);
    if (v) return v;
  }
  return valueIn(doc, start, stop);
}

/** `portées respectivement de U 120 à U 135 et de U 240 à U 260`: the new values in order, or null. */
export function respectiveValues(doc: DocumentStructure, start: number, end: number, count: number): RelativeValue[] | null {
  const text = doc.ingested.text.text.slice(start, end);
  if (!/(?<!\p{L})respectivement(?!\p{L})/iu.test(text)) return null;
  const out: RelativeValue[] = [];
  for (const m of text.matchAll(/(?<!\p{L})à\s+([A-Z]{1,3}\s?\d+(?:[,.]\d+)?)(?![\d,.]*\d)/gu)) {
    const v = parseRelativeValue(m[1]);
    if (v) out.push(v);
  }
  if (out.length === count) return out;
  // `portées respectivement à K 90 et K 120`, `portées à K 90, K 100 et K 120 respectivement`: one `à`, the values listed after it
  const list = new RegExp(String.raw`(?<!\p{L})à\s+(${ONE_VALUE}(?:\s*,\s*${ONE_VALUE})*\s+et\s+${ONE_VALUE})(?![\d,.]*\d)`, 'u').exec(text);
  const listed = list ? list[1].split(/\s*,\s*(?=[A-Z])|\s+et\s+/u).map(parseRelativeValue) : [];
  return listed.length === count && listed.every((v) => v) ? (listed as RelativeValue[]) : null;
}
const ONE_VALUE = String.raw`[A-Z]{1,3}\s?\d+(?:[,.]\d+)?`;
