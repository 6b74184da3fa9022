import { createHash } from 'node:crypto';
import { parseBytes } from '../pipeline/parse.js';
import type { DocumentCounts } from '../schema/build.js';
import type { NomenclatureDocument } from '../schema/document.js';
import { replayPart, type ReplayDocument } from '../replay/input.js';
import { SourceError } from '../source/types.js';
import { describeFailure, type Failure } from './failure.js';
import { codeCounts, severityCounts } from './counts.js';
import { formatJson } from './write.js';

/** What index.json and diagnostics.json say of one document: all the build keeps of its codes and diagnostics. */
export interface DocumentSummary {
  counts: DocumentCounts;
  /** diagnostics per code, keys sorted. */
  byCode: Record<string, number>;
}

/**
 * One parsed source as the build handles it: the bytes of its documents/
 * file (written as soon as it is parsed, then dropped), their sha256, and
 * the parts the rest of the build reads (replay, feed, index, diagnostics).
 */
export interface ParsedDocument {
  json: string;
  sha256: string;
  part: ReplayDocument;
  summary: DocumentSummary;
}

/** A failure is remembered in the cache only when it is the input's fault (a SourceError), never a transient one. */
export type ParseOutcome = { document: ParsedDocument } | { failure: Failure; remember: boolean };

/**
 * Parse one input, named by its path relative to the input directory.
 * The same function runs in a worker thread or in the build's own thread,
 * so the output cannot depend on which. Never throws.
 */
export async function parseInput(relative: string, absolute: string, bytes: Uint8Array): Promise<ParseOutcome> {
  try {
    // Outputs name sources relative to the input directory, never by absolute path.
    return { document: parsedDocument(await parseBytes(relative, bytes)) };
  } catch (e) {
    const { code, reason } = describeFailure(e);
    return { failure: { code, reason: reason.split(absolute).join(relative) }, remember: e instanceof SourceError };
  }
}

export function parsedDocument(document: NomenclatureDocument): ParsedDocument {
  const json = formatJson(document);
  return { json, sha256: createHash('sha256').update(json).digest('hex'), part: replayPart(document), summary: summarise(document) };
}

export function summarise(doc: NomenclatureDocument): DocumentSummary {
  return {
    counts: {
      codes: doc.codes.length,
      invalidCodes: doc.codes.filter((c) => !c.valid).length,
      prestations: doc.prestations.length,
      amendments: doc.amendments.length,
      diagnostics: severityCounts(doc.diagnostics),
    },
    byCode: codeCounts(doc.diagnostics),
  };
}

