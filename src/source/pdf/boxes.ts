/**
 * Provenance for PDFs: the page and box (PDF points) of a span of the
 * normalised text, from the line boxes kept at ingestion.
 */
import type { IngestedText } from '../types.js';
import type { LineBox, PdfLayout } from './index.js';

export interface PdfBox {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Boxes (one per page touched) covering the normalised span [start, end). */
export function boxesForSpan(ingested: IngestedText, layout: PdfLayout, start: number, end: number): PdfBox[] {
  const span = ingested.text.originalSpan(start, Math.max(end, start + 1));
  const lines = overlapping(layout.lineBoxes, span.start, span.end);
  const byPage = new Map<number, PdfBox>();
  for (const l of lines) {
    const b = byPage.get(l.page);
    if (!b) {
      byPage.set(l.page, { page: l.page, x: l.x, y: l.y, w: l.w, h: l.h });
      continue;
    }
    const x0 = Math.min(b.x, l.x);
    const y0 = Math.min(b.y, l.y);
    const x1 = Math.max(b.x + b.w, l.x + l.w);
    const y1 = Math.max(b.y + b.h, l.y + l.h);
    Object.assign(b, { x: x0, y: y0, w: round(x1 - x0), h: round(y1 - y0) });
  }
  return [...byPage.values()];
}

/** The box of the span's first page, or null when the span is outside the PDF text. */
export function boxForSpan(ingested: IngestedText, layout: PdfLayout, start: number, end: number): PdfBox | null {
  const box = boxesForSpan(ingested, layout, start, end)[0] ?? null;
  // a box of a hostile PDF that is not finite is no box: the fact keeps its line and page
  return box && [box.x, box.y, box.w, box.h].every(Number.isFinite) ? box : null;
}

function overlapping(boxes: LineBox[], start: number, end: number): LineBox[] {
  let lo = 0;
  let hi = boxes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boxes[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: LineBox[] = [];
  for (let i = lo; i < boxes.length && boxes[i].start < end; i++) out.push(boxes[i]);
  return out;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
