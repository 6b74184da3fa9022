/**
 * A small typesetter on top of pdfkit: greedy line breaking with
 * justification (pdfkit's `wordSpacing`), hyphenation of long words at line
 * ends, code pairs broken after their dash, fixed-width blocks in Courier,
 * tables as cells on one baseline, and frames (columns) filled in order so a
 * text flows over columns and pages. Layout first, paint later: two texts
 * (French, Dutch) can then flow side by side.
 */
import type PDFKit from 'pdfkit';
import type { Block, Run } from './markdown.js';

export const FONTS = { regular: 'Times-Roman', bold: 'Times-Bold', mono: 'Courier' } as const;

export interface Seg {
  text: string;
  bold: boolean;
}

/** One laid-out line, painted at (frame.x, y). */
export type LaidLine =
  | { kind: 'text'; segs: Seg[]; size: number; justify: boolean; gapBefore: number; height: number }
  | { kind: 'mono'; text: string; size: number; gapBefore: number; height: number }
  | { kind: 'row'; cells: string[]; size: number; gapBefore: number; height: number; xs?: number[] };

export interface Frame {
  x: number;
  width: number;
}

export interface TypeOptions {
  size: number;
  leading: number;
  paragraphGap: number;
  /** hyphenate words of at least this many letters at line ends */
  hyphenateFrom: number;
}

const WORD_HYPHENATABLE = /^[a-zàâäçéèêëîïôöûüùœ]+$/;
const VOWEL = /[aeiouyàâäéèêëîïôöûüùœ]/;

/** Break points inside a word, after a vowel followed by a consonant (`tu|meurs`, `ra|dio|thé|ra|pie`). */
export function hyphenPoints(word: string): number[] {
  const core = word.match(/^[a-zàâäçéèêëîïôöûüùœ]+/)?.[0] ?? '';
  if (core.length < 6 || !WORD_HYPHENATABLE.test(core)) return [];
  const out: number[] = [];
  for (let i = 3; i <= core.length - 3; i++) {
    if (VOWEL.test(core[i - 1]) && !VOWEL.test(core[i]) && VOWEL.test(core[i + 1] ?? '')) out.push(i);
  }
  return out;
}

export class Typesetter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly opts: TypeOptions,
  ) {}

  width(text: string, bold: boolean, size = this.opts.size): number {
    return this.doc.font(bold ? FONTS.bold : FONTS.regular).fontSize(size).widthOfString(text);
  }

  /** Lay out blocks for a column of `width` points. */
  layout(blocks: Block[], width: number): LaidLine[] {
    const out: LaidLine[] = [];
    for (const block of blocks) {
      const first = out.length;
      if (block.kind === 'para') out.push(...this.paragraph(block.runs, width));
      else if (block.kind === 'code') out.push(...this.mono(block.lines, width));
      else out.push(...this.table(block.rows, width));
      if (out.length > first) out[first].gapBefore = this.opts.paragraphGap;
    }
    return out;
  }

  paragraph(runs: Run[], width: number): LaidLine[] {
    const { size, leading, hyphenateFrom } = this.opts;
    const words: Seg[] = [];
    for (const r of runs) for (const w of r.text.split(/\s+/)) if (w) words.push({ text: w, bold: r.bold });
    const lines: Seg[][] = [];
    let line: Seg[] = [];
    let lineWidth = 0;
    const space = this.width(' ', false);
    const push = (w: Seg) => {
      line.push(w);
      lineWidth += (line.length > 1 ? space : 0) + this.width(w.text, w.bold);
    };
    const newLine = () => {
      lines.push(line);
      line = [];
      lineWidth = 0;
    };
    const queue = [...words];
    while (queue.length) {
      const w = queue.shift()!;
      const ww = this.width(w.text, w.bold);
      if (line.length === 0 || lineWidth + space + ww <= width) {
        push(w);
        continue;
      }
      const room = width - lineWidth - space;
      const split = this.splitToFit(w, room, hyphenateFrom);
      if (split) {
        push(split[0]);
        queue.unshift(split[1]);
      } else queue.unshift(w);
      newLine();
    }
    if (line.length) lines.push(line);
    return lines.map((l, i) => ({
      kind: 'text' as const,
      segs: mergeSegs(l),
      size,
      justify: i < lines.length - 1,
      gapBefore: 0,
      height: size * leading,
    }));
  }

  /** `587134-587145` breaks after the dash; long words at a syllable with a hyphen added. */
  private splitToFit(w: Seg, room: number, hyphenateFrom: number): [Seg, Seg] | null {
    const pair = /^(\d{6}-)(\d{6}.*)$/.exec(w.text);
    if (pair && this.width(pair[1], w.bold) <= room) return [{ ...w, text: pair[1] }, { ...w, text: pair[2] }];
    if (w.text.length < hyphenateFrom) return null;
    const points = hyphenPoints(w.text).reverse();
    for (const p of points) {
      const head = w.text.slice(0, p) + '-';
      if (this.width(head, w.bold) <= room) return [{ ...w, text: head }, { ...w, text: w.text.slice(p) }];
    }
    return null;
  }

  /** Fixed-width lines in Courier, shrunk so the widest fits the column. */
  mono(lines: string[], width: number): LaidLine[] {
    const longest = Math.max(1, ...lines.map((l) => l.length));
    const size = Math.min(this.opts.size - 1, width / (longest * 0.6));
    return lines.map((text) => ({ kind: 'mono' as const, text, size, gapBefore: 0, height: size * 1.2 }));
  }

  /**
   * A table as a typesetter sets it: short columns (codes, key letters,
   * coefficients) keep their natural width, the others share what is left,
   * and a cell's text wraps inside its column, a row taking as many lines as
   * its tallest cell.
   */
  table(rows: string[][], width: number): LaidLine[] {
    const size = this.opts.size - 1;
    const n = Math.max(1, ...rows.map((r) => r.length));
    const pad = 4;
    const natural = Array.from({ length: n }, (_, i) => Math.max(6, ...rows.map((r) => this.width(r[i] ?? '', false, size))) + pad);
    const total = natural.reduce((a, b) => a + b, 0);
    let widths = natural;
    if (total > width) {
      const fixed = natural.map((w) => w <= width * 0.18);
      const fixedSum = natural.reduce((a, w, i) => a + (fixed[i] ? w : 0), 0);
      const flexSum = natural.reduce((a, w, i) => a + (fixed[i] ? 0 : w), 0);
      const room = Math.max(width - fixedSum, width * 0.3);
      widths = natural.map((w, i) => (fixed[i] ? w : (w / flexSum) * room));
    }
    const xs: number[] = [];
    widths.reduce((x, w) => (xs.push(x), x + w), 0);
    const out: LaidLine[] = [];
    for (const cells of rows) {
      const wrapped = cells.map((c, i) => this.wrapCell(c, widths[i] - pad, size));
      const height = Math.max(1, ...wrapped.map((w) => w.length));
      for (let k = 0; k < height; k++) out.push({ kind: 'row', cells: wrapped.map((w) => w[k] ?? ''), size, gapBefore: 0, height: size * 1.3, xs });
    }
    return out;
  }

  /** The words of a cell in lines no wider than `width`. */
  private wrapCell(text: string, width: number, size: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.width(next, false, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  }

  /** Paint one line with its top at y. */
  paint(l: LaidLine, frame: Frame, y: number, cellXs?: number[]): void {
    const doc = this.doc;
    if (l.kind === 'mono') {
      // leading spaces become an x offset, inner runs of spaces stay as spaces
      const lead = l.text.match(/^ */)![0].length;
      if (l.text.trim()) doc.font(FONTS.mono).fontSize(l.size).text(l.text.trimStart(), frame.x + lead * l.size * 0.6, y, { lineBreak: false });
      return;
    }
    if (l.kind === 'row') {
      const xs = cellXs ?? (l.xs ? l.xs.map((x) => frame.x + x) : l.cells.map((_, i) => frame.x + (i * frame.width) / l.cells.length));
      l.cells.forEach((c, i) => {
        if (c) doc.font(FONTS.regular).fontSize(l.size).text(c, xs[i] ?? frame.x, y, { lineBreak: false });
      });
      return;
    }
    const natural = l.segs.reduce((s, g) => s + this.width(g.text, g.bold, l.size), 0);
    const gaps = l.segs.reduce((s, g) => s + (g.text.match(/ /g)?.length ?? 0), 0);
    const extra = l.justify && gaps > 0 ? Math.max(0, (frame.width - natural) / gaps) : 0;
    let x = frame.x;
    for (const g of l.segs) {
      doc.font(g.bold ? FONTS.bold : FONTS.regular).fontSize(l.size);
      doc.text(g.text, x, y, { lineBreak: false, wordSpacing: extra });
      x += doc.widthOfString(g.text) + (g.text.match(/ /g)?.length ?? 0) * extra;
    }
  }
}

/** Adjacent words of the same weight become one segment (`Art. 2.` bold, the rest regular). */
function mergeSegs(words: Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (last && last.bold === w.bold) last.text += ' ' + w.text;
    else if (last) {
      last.text += ' ';
      out.push({ ...w });
    } else out.push({ ...w });
  }
  return out;
}

/**
 * Fill frames in order with laid lines. `frameAt(i)` gives the i-th frame's
 * top and bottom; returns, for each frame, the lines and their y.
 */
export function paginate(lines: LaidLine[], top: (frame: number) => number, bottom: number): { line: LaidLine; y: number }[][] {
  const frames: { line: LaidLine; y: number }[][] = [[]];
  let y = top(0);
  for (const l of lines) {
    let f = frames.length - 1;
    const atTop = frames[f].length === 0;
    const need = (atTop ? 0 : l.gapBefore) + l.height;
    if (y + need > bottom && !atTop) {
      frames.push([]);
      f++;
      y = top(f);
    } else if (!atTop) y += l.gapBefore;
    frames[f].push({ line: l, y });
    y += l.height;
  }
  return frames;
}
