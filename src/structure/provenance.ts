import type { Diagnostic, Provenance } from '../schema/common.js';
import type { DocumentStructure } from './types.js';
import { boxForSpan } from '../source/pdf/boxes.js';

/** Index of the paragraph holding normalised offset `offset`, or null. */
export function paragraphAt(doc: DocumentStructure, offset: number): number | null {
  const ps = doc.ingested.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end < offset) lo = mid + 1;
    else if (ps[mid].start > offset) hi = mid - 1;
    else return ps[mid].index;
  }
  return null;
}

/** Decree article number holding normalised offset `offset`, or null. */
export function articleAt(doc: DocumentStructure, offset: number): string | null {
  const arts = doc.articles;
  // articles follow each other without overlap: binary search (a decree of thousands of articles asked this per fact)
  let lo = 0;
  let hi = arts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arts[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const a = arts[lo - 1];
  if (a && offset < a.end) return a.number;
  if (inOrder(arts)) return null;
  // not in order after all: the plain scan decides
  for (const x of arts) if (offset >= x.start && offset < x.end) return x.number;
  return null;
}

const ordered = new WeakMap<readonly { start: number; end: number }[], boolean>();

function inOrder(arts: readonly { start: number; end: number }[]): boolean {
  let ok = ordered.get(arts);
  if (ok === undefined) ordered.set(arts, (ok = arts.every((x, i) => i === 0 || arts[i - 1].end <= x.start)));
  return ok;
}

/**
 * Provenance of the normalised span [start, end): original line, column,
 * offset and length, the decree article and paragraph, and the snippet.
 */
export function provenance(doc: DocumentStructure, start: number, end: number): Provenance {
  const text = doc.ingested.text;
  const loc = text.locate(start, end);
  const paragraph = paragraphAt(doc, start);
  const layout = doc.ingested.layout;
  const box = layout ? boxForSpan(doc.ingested, layout, start, end) : null;
  const page = box?.page ?? (paragraph === null ? undefined : doc.ingested.paragraphs[paragraph]?.page);
  // (written out in the order the spreads gave, line to snippet: spreading `loc` and adding to the copy was most of
  // this function's time, once per fact)
  const at: Omit<Provenance, 'snippet'> & { snippet?: string } = { line: loc.line, column: loc.column, offset: loc.offset, length: loc.length, article: articleAt(doc, start), paragraph };
  if (page !== undefined) at.page = page;
  if (box) at.box = box;
  at.snippet = text.text.slice(start, end);
  return at as Provenance;
}

/** Collects diagnostics for one document; extractors report through it. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  constructor(private readonly doc: DocumentStructure | null) {}

  report(severity: Diagnostic['severity'], code: string, message: string, span?: { start: number; end: number }): void {
    this.items.push({ severity, code, message, at: span && this.doc ? provenance(this.doc, span.start, span.end) : null });
  }
}
