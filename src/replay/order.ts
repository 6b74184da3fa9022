import type { ReplayDocument } from './input.js';
import type { ReplayDiagnostic, ReplayedDocument } from '../schema/replay.js';

/** The date a document's changes take effect: its entry into force. */
export function effectiveDate(doc: ReplayDocument): string | null {
  return doc.document.entryIntoForce.date;
}

export function replayedDocument(doc: ReplayDocument): ReplayedDocument {
  return {
    id: doc.document.id,
    date: effectiveDate(doc),
    published: doc.document.published,
    basis: doc.document.entryIntoForce.basis,
  };
}

const cmp = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/** Replay order: entry into force, then publication, then NUMAC/id; undated documents last. */
export function compareDocuments(a: ReplayDocument, b: ReplayDocument): number {
  return (
    cmp(effectiveDate(a), effectiveDate(b)) ||
    cmp(a.document.published, b.document.published) ||
    cmp(a.document.id, b.document.id)
  );
}

export function orderDocuments<T extends ReplayDocument>(docs: T[]): { ordered: T[]; diagnostics: ReplayDiagnostic[] } {
  const ordered = [...docs].sort(compareDocuments);
  const diagnostics: ReplayDiagnostic[] = [];
  for (const d of ordered)
    if (effectiveDate(d) === null)
      diagnostics.push({
        severity: 'warning',
        code: 'replay/no-date',
        message: `document ${d.document.id} has no entry-into-force date (basis ${d.document.entryIntoForce.basis}); replayed last, its versions have an unknown start`,
        document: d.document.id,
        codes: [],
        at: d.document.entryIntoForce.at,
        state: null,
      });
  return { ordered, diagnostics };
}
