import type { Prestation } from '../schema/document.js';
import { withoutEditorialNotes } from './own-text.js';
import { provenance, type DiagnosticSink } from '../structure/provenance.js';
import type { DocumentStructure } from '../structure/types.js';
import { findCodeGroups } from './code-groups.js';
import { codeLineDefinitions } from './prestation-lines.js';
import type { PrestationDraft } from './prestation-types.js';
import { findRelativeValues } from './values.js';
import { inferValueLetter } from './value-letter.js';

/**
 * Every prestation the text defines: code lines with label and/or value and
 * table rows. Codes merely
 * cited in rules or lists are not prestations. Fee tables are read by
 * ./fees.ts, which attaches fees to these prestations (or adds the row's).
 */
export function extractPrestations(doc: DocumentStructure, sink: DiagnosticSink): Prestation[] {
  const text = doc.ingested.text.text;
  const groups = findCodeGroups(text);
  const values = findRelativeValues(text, 0, text.length, { atLineEnd: lineEndTest(doc) });
  // A value or label changed by an amending sentence is that amendment's `new`,
  // not a definition: no label-less echo here (see test/gold/README.md).
  const drafts = dedupe(codeLineDefinitions(doc, groups, values));

  drafts.sort((a, b) => a.start - b.start || a.codes.join().localeCompare(b.codes.join()));
  // the value of the same code group elsewhere in the text, for a value written without its letter
  const lettered = new Map<string, PrestationDraft>();
  for (const d of drafts) if (d.value?.letter && !lettered.has(d.codes.join('-'))) lettered.set(d.codes.join('-'), d);
  for (const d of drafts) {
    if (!d.value || d.value.terms[0]?.letter !== null) continue;
    const other = lettered.get(d.codes.join('-'));
    const same = other && other !== d ? other.value : null;
    inferValueLetter(doc, sink, d.value, d.codes, d, same);
  }
  return drafts.map((d) => ({
    codes: d.codes,
    // Justel's `<Err. M.B. …>` notes are about the text, not part of the label.
    label: d.label === null ? null : withoutEditorialNotes(d.label) || null,
    value: d.value,
    at: provenance(doc, d.start, d.end),
  }));
}

/** One entry per definition site and code group. */
function dedupe(drafts: PrestationDraft[]): PrestationDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const k = `${d.start}:${d.codes.join('-')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Does the original line end right after normalised offset `end` (fixed-width blocks, PDF lines)? */
export function lineEndTest(doc: DocumentStructure): (end: number) => boolean {
  const nt = doc.ingested.text;
  return (end: number) => {
    if (end <= 0) return false;
    const o = nt.originalOffset(end - 1) + 1;
    const nl = nt.original.indexOf('\n', o);
    return /^[ \t+.;:"'\r]*$/.test(nt.original.slice(o, nl < 0 ? nt.original.length : nl));
  };
}
