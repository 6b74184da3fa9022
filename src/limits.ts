/**
 * Every bound nomen puts on one input, in one place. Beyond a bound the file
 * is refused with the named error code given beside it (errors.json `code`),
 * never a hang, a crash or an unbounded allocation. The README's "Limits"
 * table lists these; keep the two in step.
 *
 * The figures leave a wide margin over the real sources: the largest corpus
 * decree is 102 KB with lines of at most 8,864 characters, 13 articles and
 * 3,407 codes, and PDFs of a few dozen pages. The work per document is about
 * linear in codes and articles (src/work.ts, test/hardening/linear.test.ts),
 * so these bounds keep every document within a few seconds.
 */
export const LIMITS = {
  /** text sources (markdown, PDF text): bytes → `too-large` */
  maxTextBytes: 1024 * 1024,
  /** one line of a text source, in characters → `line-too-long` */
  maxLineChars: 64 * 1024,
  /**
   * one paragraph (lines joined without a blank line), in characters; the
   * corpus' longest is 27,352. The amendment clause finder now looks for a
   * clause's end only up to the next verb and its sentence within 2,000
   * characters (linear: 220 KB of clauses in 1.35 s), so the bound is only a
   * margin → `paragraph-too-long`
   */
  maxParagraphChars: 128 * 1024,
  /** six-digit numbers (candidate codes) in one document; the corpus' most is 3,407 → `too-complex` */
  maxCodes: 25_000,
  /** decree articles in one document; the corpus' most is 13 → `too-complex` */
  maxArticles: 2_000,
  /** YAML aliases resolved in a front matter (alias bombs) → `front-matter` */
  maxYamlAliases: 50,
  /**
   * characters of list/quote markers and indentation before a line's text that
   * the markdown block parser is shown (beyond, blanked for it: its cost is
   * quadratic in nesting); no error, the text is read as written
   */
  maxContainerPrefix: 200,
  /** front matter size, bytes → `front-matter` */
  maxFrontMatterBytes: 64 * 1024,

  /** PDF file bytes → `pdf-too-large` */
  maxPdfBytes: 64 * 1024 * 1024,
  /** PDF pages → `pdf-too-large` */
  maxPdfPages: 2000,
  /** bytes all the PDF's Flate streams inflate to (deflate bombs) → `pdf-too-large` */
  maxPdfInflatedBytes: 256 * 1024 * 1024,
  /** content-stream operators in the whole PDF (operator floods) → `pdf-too-complex` */
  maxPdfOperators: 2_000_000,
  /** depth of q/Q graphics-state nesting in one content stream → `pdf-too-complex` */
  maxPdfStateDepth: 256,
  /** width or height of a page in PDF points (the spec's own bound, 200 in) → `pdf-too-large` */
  maxPdfPageSide: 14_400,
  /** text runs over the whole PDF → `pdf-too-complex` */
  maxPdfRuns: 500_000,
  /** wall time of the PDF reader (pdf.js runs in a worker that is terminated) → `pdf-timeout` */
  pdfTimeoutMs: 30_000,
  /** heap of that worker, MB → `pdf-too-large` */
  pdfWorkerHeapMb: 768,
  /**
   * wall time one input may take in a parse worker of `nomen build` (the corpus' largest decree takes 0.3 s); beyond,
   * the worker is stopped and replaced → `parse-timeout` (not cached: the next build tries again). Only a source parsed
   * in the build's own thread (NOMEN_WORKERS=0, or workers that cannot start) has no such stop
   */
  parseTimeoutMs: 60_000,
  /** heap of each parse worker of `nomen build`, MB; a source needing more is parsed again alone with parseLargeWorkerHeapMb */
  parseWorkerHeapMb: 128,
  /** heap of the worker parsing again a source that ran a parse worker out of memory, MB; beyond → `too-complex` */
  parseLargeWorkerHeapMb: 1024,
  /**
   * young generation of each parse worker, MB: V8's default for that heap let
   * the two workers take 300+ MB between them on a 1,500-decree build; 16 keeps
   * the build's peak near 270 MB for about 8 % more parse time (measured
   * 2026-12-03, three builds each way). 8 since 2026-12-07: the peak had grown
   * back to 290-305 MiB with the extractors' patterns (each worker holds some
   * 32 MB of compiled regex code), and 8 takes 10 MB off each worker for about
   * 1 % more parse time (146 decrees in one worker, three runs each way); the
   * 1,500 build's peak 283-305 → 267-286 MiB (three builds each way)
   */
  parseWorkerYoungMb: 8,

  /** acts in one claim file of `nomen check` → exit 2 with the reason */
  maxClaimActs: 100_000,
} as const;

export type Limits = typeof LIMITS;
