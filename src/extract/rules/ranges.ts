import type { DocumentStructure } from '../../structure/types.js';
import { DiagnosticSink } from '../../structure/provenance.js';
import type { CodeGroup } from '../code-groups.js';
import { extractPrestations } from '../prestations.js';
import type { PrestationRef } from './context.js';
import { sameCodes } from './forms.js';
import { expandGroups } from './code-sets.js';

const labelledOf = new WeakMap<DocumentStructure, PrestationRef[]>();

/**
 * Every prestation the document defines with a label, pipe-table and
 * fixed-width rows included (prestationsOf reads paragraphs only): from
 * `defined` when the caller has the prestation extractor's, else read once
 * per document.
 */
export function labelledPrestations(doc: DocumentStructure, defined?: readonly { codes: string[]; label: string | null; at?: { offset: number } }[]): PrestationRef[] {
  let out = defined ? undefined : labelledOf.get(doc);
  if (!out) {
    // (in the document's order, as the parse hands them over: a range is what stands between its ends)
    out = (defined ?? extractPrestations(doc, new DiagnosticSink(null)).sort((a, b) => a.at.offset - b.at.offset)).flatMap((p) => (p.label ? [{ codes: [p.codes.slice()], label: p.label, start: 0, ...(p.at ? { offset: p.at.offset } : {}) }] : []));
    if (!defined) labelledOf.set(doc, out);
  }
  return out;
}

/**
 * Code groups with their ranges expanded, alike for the rule and the
 * indication readers: a range `X à Y` is every prestation defined between
 * its ends, those of paragraphs (`paragraphs`), else, where a table or a
 * fixed-width block defines its ends, those of `labelled` (read only then).
 */
export function rangeExpander(paragraphs: readonly PrestationRef[], text: string, labelled: () => readonly PrestationRef[]): (groups: readonly CodeGroup[]) => string[][] {
  return (groups) => {
    const r = expandGroups(groups, paragraphs, text);
    if (!groups.some((g) => g.rangeTo)) return r.codes;
    const wider = expandGroups(groups, labelled(), text);
    if (r.unresolvedRanges.length > 0) return wider.unresolvedRanges.length < r.unresolvedRanges.length ? wider.codes : r.codes;
    // (both ends in paragraphs, but a fixed-width block of several prestations reads as one paragraph, its first code:
    // `518733 … 518755 …` then `518770 …`; the rows hold the others, each between the ends by number)
    const extra = wider.codes.filter((w) => !r.codes.some((c) => sameCodes(c, w)));
    const between = (code: string) => groups.some((g) => g.rangeTo && Number(g.codes[0]) < Number(code) && Number(code) < Number(g.rangeTo.codes[0]));
    return wider.unresolvedRanges.length === 0 && extra.length > 0 && r.codes.every((c) => wider.codes.some((w) => sameCodes(w, c))) && extra.every((w) => between(w[0])) ? wider.codes : r.codes;
  };
}
