import type { Prestation } from '../schema/document.js';
import { withoutEditorialNotes } from './own-text.js';
import { provenance, type DiagnosticSink } from '../structure/provenance.js';
import type { DocumentStructure } from '../structure/types.js';
import { findCodeGroups } from './code-groups.js';
import { changeDefinitions } from './prestation-changes.js';
import { codeLineDefinitions } from './prestation-lines.js';
import type { PrestationDraft } from './prestation-types.js';
import { findRelativeValues, type ValueMatch } from './values.js';

/**
 * Every prestation the text defines: code lines with label and value,
 * table rows, value and label changes by amending sentences. Codes merely
 * cited in rules or lists are not prestations. Fee tables are read by
 * ./fees.ts, which attaches fees to these prestations (or adds the row's).
 */
export function extractPrestations(doc: DocumentStructure, sink: DiagnosticSink): Prestation[] {
  const text = doc.ingested.text.text;
  const groups = findCodeGroups(text);
  const values = findRelativeValues(text, 0, text.length, { atLineEnd: lineEndTest(doc) });
  const drafts = dedupe([...codeLineDefinitions(doc, groups, values), ...changeDefinitions(doc, groups, values)]);

  drafts.sort((a, b) => a.start - b.start || a.codes.join().localeCompare(b.codes.join()));
  for (const d of drafts) inferLetter(doc, sink, d, drafts, values);
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

/**
 * `est portée à .......... 400`: the letter is not written. Take it from the
 * same prestation's value elsewhere in the text, else from the other values
 * of the same decree article when they all use one letter; say which and why.
 */
function inferLetter(doc: DocumentStructure, sink: DiagnosticSink, d: PrestationDraft, all: PrestationDraft[], values: ValueMatch[]): void {
  const v = d.value;
  if (!v || v.terms[0].letter !== null) return;
  const key = d.codes.join('-');
  let letter: string | null = null;
  let why = '';
  const same = all.find((o) => o !== d && o.codes.join('-') === key && o.value?.letter);
  if (same) {
    letter = same.value!.letter;
    why = `the value of the same prestation ${d.codes.join(' - ')} elsewhere in this text`;
  } else {
    const art = doc.articles.find((a) => d.start >= a.start && d.start < a.end);
    const [from, to, where] = art ? [art.start, art.end, `article ${art.number}`] : [0, doc.ingested.text.text.length, 'this text'];
    const letters = values.filter((x) => x.start >= from && x.start < to && x.value.letter !== null).map((x) => x.value.letter!);
    const distinct = [...new Set(letters)];
    if (distinct.length === 1) {
      letter = distinct[0];
      why = `every other relative value in ${where} (${letters.length}) uses ${letter}`;
    } else if (distinct.length > 1) {
      why = `the values around it use several letters (${distinct.join(', ')})`;
    } else {
      why = 'no other relative value in the text gives one';
    }
  }
  const written = `${v.coefficient}`;
  if (letter) {
    v.terms[0].letter = letter;
    v.letter = letter;
    v.letterInferred = true;
    sink.report('warning', 'value/missing-letter', `relative value "${written}" of ${d.codes.join(' - ')} has no key letter; took ${letter}: ${why}`, d);
  } else {
    sink.report('warning', 'value/missing-letter', `relative value "${written}" of ${d.codes.join(' - ')} has no key letter and none can be inferred: ${why}`, d);
  }
}

/** Does the original line end right after normalised offset `end` (fixed-width blocks, PDF lines)? */
function lineEndTest(doc: DocumentStructure): (end: number) => boolean {
  const nt = doc.ingested.text;
  return (end: number) => {
    if (end <= 0) return false;
    const o = nt.originalOffset(end - 1) + 1;
    const nl = nt.original.indexOf('\n', o);
    return /^[ \t+.;:"'\r]*$/.test(nt.original.slice(o, nl < 0 ? nt.original.length : nl));
  };
}
