import { z } from 'zod';

/** ISO calendar date. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');

/** A nomenclature code as written: 6 digits. */
export const Code = z.string().regex(/^\d{6}$/, '6-digit nomenclature code');

/**
 * Provenance of a fact: where it stands in the original file. `line`,
 * `column` are 1-based, `offset`/`length` in UTF-16 code units of the
 * decoded file. `article` is the decree article (`1`, `2bis`) or null.
 */
export const Provenance = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  article: z.string().nullable(),
  /** 0-based index of the paragraph in the document structure. */
  paragraph: z.number().int().min(0).nullable(),
  /** PDF page (1-based) when the source is a PDF. */
  page: z.number().int().min(1).optional(),
  /** PDF route: where the fact is printed (PDF points, origin bottom-left). */
  box: z.object({ page: z.number().int().min(1), x: z.number(), y: z.number(), w: z.number(), h: z.number() }).optional(),
  /** the exact source text of the fact, normalised (spaces folded). */
  snippet: z.string(),
});
export type Provenance = z.infer<typeof Provenance>;

export const Severity = z.enum(['error', 'warning', 'info']);

export const Diagnostic = z.object({
  severity: Severity,
  /** stable rule id, e.g. `code/check-digit`, `value/missing-letter`. */
  code: z.string().regex(/^[a-z]+(?:[/-][a-z0-9-]+)*$/),
  message: z.string(),
  at: Provenance.nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
