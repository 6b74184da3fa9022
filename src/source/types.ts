import type { NormalizedText } from '../text/normalized.js';
import type { PdfLayout } from './pdf/index.js';

export type SourceFormat = 'justel-markdown' | 'pdf-text' | 'pdf';

/** Why a file could not be read as a nomenclature text. */
export type SourceErrorCode =
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'front-matter'
  | 'no-article'
  | 'pdf-corrupt'
  | 'pdf-encrypted'
  | 'pdf-no-pages'
  | 'pdf-no-text'
  | 'pdf-too-large'
  | 'pdf-too-complex'
  | 'pdf-timeout'
  | 'parse-timeout'
  | 'too-large'
  | 'line-too-long'
  | 'too-complex'
  | 'paragraph-too-long'
  | 'internal';

export class SourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'SourceError';
  }
}

/** Raw bytes of one input, as read from disk (or given by a caller). */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

/**
 * One block of running text: a markdown paragraph, a table row, or a
 * paragraph reassembled from PDF lines. Offsets are in `IngestedText.text`.
 */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** Bold lead-in of a Justel paragraph (`Art. 2.`), without the asterisks. */
  heading: string | null;
  /** PDF page number (1-based) where the paragraph starts, when known. */
  page?: number;
  /** True for a table row (markdown pipe table or PDF table line). */
  tableRow?: boolean;
}

/** What ingestion hands to the structure stage. */
export interface IngestedText {
  source: SourceFile;
  format: SourceFormat;
  /** Front matter of Justel markdown, `null` for other formats. */
  frontMatter: Record<string, unknown> | null;
  /** Normalised text: paragraphs joined by a single `\n`. */
  text: NormalizedText;
  paragraphs: Paragraph[];
  /** PDF route only: page geometry of every line, for provenance boxes. */
  layout?: PdfLayout;
  /** Text extracted from a PDF: the publication date its Moniteur running header gives. */
  published?: string;
  /** Text extracted from a bilingual PDF: how many lines lost their Dutch column's text (reported by meta). */
  dutchLinesLeftOut?: number;
}
