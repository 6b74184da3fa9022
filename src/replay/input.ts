import type { NomenclatureDocument } from '../schema/document.js';

/**
 * What the replay reads of a document: everything but its `codes` (every
 * code occurrence: half a document, which the replay never reads) and its
 * `diagnostics`. The build keeps only this much of each document in memory
 * and in its cache; a whole NomenclatureDocument is one too.
 */
export type ReplayDocument = Omit<NomenclatureDocument, 'codes' | 'diagnostics'>;

/** The replay's part of a parsed document (shares its values, copies nothing). */
export function replayPart(doc: ReplayDocument): ReplayDocument {
  const { document, prestations, amendments, rules, indications } = doc;
  return { document, prestations, amendments, rules, indications };
}
