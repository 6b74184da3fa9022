import { readInputBytes } from '../source/read.js';
import { makeSourceFile, looksLikePdf } from '../source/decode.js';
import { ingestText } from '../source/ingest.js';
import { SourceError, type IngestedText, type SourceFile } from '../source/types.js';
import { buildStructure } from '../structure/build.js';
import { DiagnosticSink } from '../structure/provenance.js';
import type { DocumentStructure } from '../structure/types.js';
import { NomenclatureDocument } from '../schema/document.js';
import { Provenance, type Diagnostic } from '../schema/common.js';
import { extractMeta } from '../extract/meta.js';
import { extractStatus } from '../extract/withdrawal.js';
import { extractCodes } from '../extract/codes.js';
import { extractPrestations } from '../extract/prestations.js';
import { extractFees } from '../extract/fees.js';
import { extractAmendments } from '../extract/amendments/index.js';
import { extractRules } from '../extract/rules/index.js';
import { relabelledPrestations } from '../extract/rules/relabelled.js';
import { extractIndications } from '../extract/indications/index.js';
import { LIMITS } from '../limits.js';

export { PARSER_VERSION } from './version.js';

/** Run structure → extractors → validation on ingested text. */
export function parseIngested(ingested: IngestedText): NomenclatureDocument {
  refuseTooComplex(ingested);
  const doc = buildStructure(ingested);
  requireContent(doc);
  if (doc.articles.length > LIMITS.maxArticles) {
    throw new SourceError('too-complex', ingested.source.path, `${doc.articles.length} articles, more than the limit of ${LIMITS.maxArticles}`);
  }
  const sink = new DiagnosticSink(doc);
  reportQuotes(doc, sink);
  const document = extractMeta(doc, sink);
  const codes = extractCodes(doc, sink);
  // Fee tables check value × key-letter money value against every amount.
  const defined = extractFees(doc, sink, extractPrestations(doc, sink)).sort((a, b) => a.at.offset - b.at.offset);
  // the rows of a value list are that amendment's new values, not prestations the text defines
  const valueRows = new Set<(typeof defined)[number]>();
  // (and where new annex text follows without quote marks: rules are read there too)
  const unquoted: { start: number; end: number }[] = [];
  const amendments = extractAmendments(doc, sink, defined, valueRows, unquoted);
  const prestations = valueRows.size ? defined.filter((p) => !valueRows.has(p)) : defined;
  const rules = extractRules(doc, sink, prestations, unquoted, relabelledPrestations(amendments));
  const indications = extractIndications(doc, sink);
  const result = {
    document,
    codes,
    prestations,
    amendments,
    rules,
    indications,
    diagnostics: sortDiagnostics(sink.items),
  };
  return validate(result, ingested.source.path);
}

/** The lists of facts: one that fails its schema can be dropped without losing the rest. */
const FACT_LISTS = ['codes', 'prestations', 'amendments', 'rules', 'indications', 'diagnostics'] as const;

/**
 * Validate the document against its schema. A fact that fails (an extractor
 * bug met by odd input: a unit out of its enum, an absurd number) is dropped
 * with an error diagnostic naming it, and the rest is kept: a bad fact must
 * not lose the document. Only a failing `document` block is fatal.
 */
export function validate(result: Record<(typeof FACT_LISTS)[number] | 'document', unknown>, path: string): NomenclatureDocument {
  const dropped: Diagnostic[] = [];
  let current = result;
  for (let round = 0; round < 5; round++) {
    const checked = NomenclatureDocument.safeParse(current);
    if (checked.success) {
      if (dropped.length === 0) return checked.data;
      return { ...checked.data, diagnostics: sortDiagnostics([...checked.data.diagnostics, ...dropped]) };
    }
    const bad = new Map<string, Set<number>>();
    for (const issue of checked.error.issues) {
      const [list, index] = issue.path;
      if (!FACT_LISTS.includes(list as (typeof FACT_LISTS)[number]) || typeof index !== 'number') {
        throw new SourceError('internal', path, `output failed schema validation at ${issue.path.join('.')}: ${issue.message}`);
      }
      const set = bad.get(list as string) ?? new Set<number>();
      if (!set.has(index)) {
        set.add(index);
        const fact = (current[list as keyof typeof current] as unknown[])[index] as { at?: unknown };
        const at = Provenance.safeParse(fact?.at);
        dropped.push({
          severity: 'error',
          code: 'schema/dropped-fact',
          message: `a fact of ${String(list)} failed its schema at ${issue.path.slice(2).join('.') || '(whole)'} (${issue.message.slice(0, 120)}) and was left out`,
          at: at.success ? at.data : null,
        });
      }
      bad.set(list as string, set);
    }
    current = { ...current };
    for (const [list, set] of bad) {
      const key = list as (typeof FACT_LISTS)[number];
      current[key] = (current[key] as unknown[]).filter((_, i) => !set.has(i));
    }
  }
  throw new SourceError('internal', path, 'output failed schema validation after dropping the failing facts');
}

/** Parse one text source (Justel markdown or PDF-extracted text). */
export function parseSource(source: SourceFile): NomenclatureDocument {
  return parseIngested(ingestText(source));
}

export interface ParseOptions {
  /** Passed to the PDF reader: page and byte limits. */
  pdf?: { maxPages?: number; maxBytes?: number; timeoutMs?: number };
}

/** Read and parse one file of any supported format. Throws SourceError for bad input. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<NomenclatureDocument> {
  let bytes: Uint8Array;
  try {
    // (its size checked before it is read: a huge or sparse file is refused, not loaded)
    bytes = readInputBytes(path);
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw new SourceError('unreadable', path, `cannot be read: ${readProblem(e)}`);
  }
  return parseBytes(path, bytes, options);
}

/** A file system error in words, without Node's error codes. */
function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EISDIR') return 'it is a directory (give files; `nomen build DIR` reads a directory)';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/**
 * Parse bytes already read, named by `path` (which is what provenance and
 * errors will name: the build passes the path relative to its input dir).
 */
export async function parseBytes(path: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<NomenclatureDocument> {
  const source = makeSourceFile(path, bytes);
  if (looksLikePdf(bytes)) {
    const { ingestPdf } = await import('../source/pdf/index.js');
    return parseIngested(await ingestPdf(source, options.pdf));
  }
  return parseSource(source);
}

/**
 * A Justel decree with no article is not a decree we can read; a plain text
 * with no article, no code and no nomenclature wording (a TSV manifest, a
 * stray note) is not a nomenclature text. Say so instead of emitting an
 * empty document.
 */
function requireContent(doc: DocumentStructure): void {
  const { ingested } = doc;
  // a withdrawn or repealed decree whose body Justel replaced by its note is a document that says so
  if (ingested.format === 'justel-markdown' && doc.articles.length === 0 && !extractStatus(doc, null)) {
    throw new SourceError('no-article', ingested.source.path, 'markdown text has no article (`**Article 1er.**` / `**Art. 2.**`): not a decree text');
  }
  const text = ingested.text.text;
  if (ingested.format !== 'justel-markdown' && doc.articles.length === 0 && !/(?<!\d)\d{6}(?!\d)/.test(text) && !/nomenclature|prestations?\b|INAMI|RIZIV|arrêté|convention/iu.test(text)) {
    throw new SourceError('no-article', ingested.source.path, 'text has no article, no nomenclature code and no nomenclature wording: not a nomenclature text');
  }
}

/** Extraction costs about a constant per code, and some scans run to a paragraph's end: bound both before it starts. */
function refuseTooComplex(ingested: IngestedText): void {
  const text = ingested.text.text;
  for (const p of ingested.paragraphs) {
    if (p.end - p.start > LIMITS.maxParagraphChars) {
      const line = ingested.text.locate(p.start, p.start).line;
      throw new SourceError('paragraph-too-long', ingested.source.path, `the paragraph at line ${line} has ${p.end - p.start} characters, more than the limit of ${LIMITS.maxParagraphChars}`);
    }
  }
  let codes = 0;
  for (const _ of text.matchAll(/(?<!\d)\d{6}(?!\d)/g)) {
    if (++codes > LIMITS.maxCodes) {
      throw new SourceError('too-complex', ingested.source.path, `more than ${LIMITS.maxCodes} six-digit codes in one document`);
    }
  }
}

/** Unbalanced quotes change what counts as inserted text: say where. */
function reportQuotes(doc: DocumentStructure, sink: DiagnosticSink): void {
  for (const q of doc.quotes) {
    if (q.stray) sink.report('warning', 'structure/stray-quote', 'closing quote mark with no quote open (a quote opened earlier was probably paired wrongly)', { start: q.start, end: q.end });
    else if (!q.closed) sink.report('warning', 'structure/unclosed-quote', 'quote never closed: taken to run to the end of its article', { start: q.start, end: Math.min(q.end, q.start + 80) });
  }
}

function sortDiagnostics(items: Diagnostic[]): Diagnostic[] {
  return items
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.at?.offset ?? -1) - (b.d.at?.offset ?? -1) || a.d.code.localeCompare(b.d.code) || a.i - b.i)
    .map((x) => x.d);
}
