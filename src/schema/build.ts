import { z } from 'zod';
import { DocumentKind, EntryIntoForceBasis, SourceFormat } from './document.js';
import { IsoDate, Severity } from './common.js';

/**
 * The files `nomen build` writes beside documents/<id>.json: index.json,
 * diagnostics.json and errors.json. Like the document schema, these are the
 * single source of truth for their shape (schemas/*.schema.json derive from them).
 */

/** Paths are relative to the build's input directory, with `/` separators. */
const RelativePath = z.string().min(1);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const SeverityCounts = z.object({
  error: z.number().int().min(0),
  warning: z.number().int().min(0),
  info: z.number().int().min(0),
});

export const DocumentCounts = z.object({
  codes: z.number().int().min(0),
  invalidCodes: z.number().int().min(0),
  prestations: z.number().int().min(0),
  amendments: z.number().int().min(0),
  diagnostics: SeverityCounts,
});

export const IndexEntry = z.object({
  id: z.string().min(1),
  /** where the document was written, relative to the output directory. */
  file: z.string().regex(/^documents\/[^/]+\.json$/),
  title: z.string().nullable(),
  kind: DocumentKind,
  source: z.object({ path: RelativePath, format: SourceFormat, sha256: Sha256 }),
  entryIntoForce: z.object({ date: IsoDate.nullable(), basis: EntryIntoForceBasis }),
  counts: DocumentCounts,
});

export const BuildIndex = z.object({
  /** input files seen, documents written, files that failed (see errors.json). */
  files: z.number().int().min(0),
  documents: z.array(IndexEntry),
  failed: z.number().int().min(0),
});

/** count per diagnostic code, keys sorted. */
const CodeCounts = z.record(z.string(), z.number().int().min(1));

/** A problem of the build itself rather than of one document (e.g. two sources with one id). */
export const BuildNotice = z.object({
  severity: Severity,
  code: z.string().regex(/^build\/[a-z-]+$/),
  message: z.string(),
  paths: z.array(RelativePath),
});

export const DiagnosticsSummary = z.object({
  total: z.object({
    documents: z.number().int().min(0),
    diagnostics: z.number().int().min(0),
    bySeverity: SeverityCounts,
    byCode: CodeCounts,
  }),
  build: z.array(BuildNotice),
  /**
   * the replay's consistency findings: counts, and every finding without its place (`at`, the
   * snippet: changes/<document>.json holds it, or nomenclature.json for a finding of no single
   * document); `against`: the document of the state's version it was compared with.
   */
  replay: z
    .object({
      diagnostics: z.number().int().min(0),
      bySeverity: SeverityCounts,
      byCode: CodeCounts,
      items: z.array(z.object({ severity: Severity, code: z.string(), document: z.string(), codes: z.array(z.string()), against: z.string().nullable(), message: z.string() })),
    })
    .optional(),
  documents: z.array(
    z.object({
      id: z.string().min(1),
      path: RelativePath,
      diagnostics: z.number().int().min(0),
      bySeverity: SeverityCounts,
      byCode: CodeCounts,
    }),
  ),
});

export const BuildError = z.object({
  path: RelativePath,
  /** SourceErrorCode of src/source/types.ts (`empty`, `binary`, `encoding`, `pdf-corrupt`, …) */
  code: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  reason: z.string().min(1),
});

export const BuildErrors = z.object({ errors: z.array(BuildError) });

export type IndexEntry = z.infer<typeof IndexEntry>;
export type BuildIndex = z.infer<typeof BuildIndex>;
export type DocumentCounts = z.infer<typeof DocumentCounts>;
export type BuildNotice = z.infer<typeof BuildNotice>;
export type DiagnosticsSummary = z.infer<typeof DiagnosticsSummary>;
export type BuildError = z.infer<typeof BuildError>;
export type BuildErrors = z.infer<typeof BuildErrors>;
