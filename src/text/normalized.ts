/**
 * Normalised text that remembers where every character came from.
 *
 * Every stage after ingestion works on `NormalizedText.text`; provenance is
 * computed by mapping normalised offsets back to the original file through
 * `origin`, so a fact can always be clicked back to its sentence.
 */

export interface OriginalPosition {
  /** 1-based line in the original file. */
  line: number;
  /** 1-based column (UTF-16 code units) in the original file. */
  column: number;
  /** 0-based offset (UTF-16 code units) in the original file. */
  offset: number;
  /** Length of the span in the original file. */
  length: number;
}

export class NormalizedText {
  /** original offset of each normalised character (same length as text). */
  private readonly origin: Int32Array;
  private readonly lineStarts: number[];

  constructor(
    readonly original: string,
    readonly text: string,
    origin: ArrayLike<number>,
  ) {
    if (origin.length !== text.length) {
      throw new Error(`origin map length ${origin.length} != text length ${text.length}`);
    }
    this.origin = origin instanceof Int32Array ? origin : Int32Array.from(origin);
    this.lineStarts = [0];
    for (let i = 0; i < original.length; i++) {
      if (original.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** Original offset of normalised offset `i` (clamped). */
  originalOffset(i: number): number {
    if (this.text.length === 0) return 0;
    if (i <= 0) return this.origin[0];
    if (i >= this.text.length) return this.origin[this.text.length - 1] + 1;
    return this.origin[i];
  }

  /** The first normalised offset whose original offset is `offset` or after it (text.length when none is). */
  normalizedOffset(offset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.origin[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Original span covering normalised [start, end). */
  originalSpan(start: number, end: number): { start: number; end: number } {
    if (this.text.length === 0) return { start: 0, end: 0 };
    const s = this.originalOffset(start);
    const e = end > start ? this.originalOffset(end - 1) + 1 : s;
    return { start: s, end: Math.max(s, e) };
  }

  /** Line/column of an original offset. */
  lineColumn(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }

  locate(start: number, end: number): OriginalPosition {
    const span = this.originalSpan(start, end);
    const lc = this.lineColumn(span.start);
    // (written out, not `...lc`: the object spread was most of this function's time, asked for every fact's provenance)
    return { line: lc.line, column: lc.column, offset: span.start, length: span.end - span.start };
  }
}

/**
 * Builds a normalised string piece by piece, recording for each emitted
 * character the original offset it stands for.
 */
export class TextBuilder {
  private parts: string[] = [];
  /** origin of each emitted character; grows by doubling (a number[] pushed per character was a GC cost) */
  private origin = new Int32Array(1024);
  private len = 0;

  get length(): number {
    return this.len;
  }

  /** Emit `s`, every character attributed to original offsets from `at` on (or all to `at` when `spread` is false). */
  push(s: string, at: number, spread = true): void {
    if (s.length === 0) return;
    this.parts.push(s);
    if (this.len + s.length > this.origin.length) {
      const grown = new Int32Array(Math.max(this.origin.length * 2, this.len + s.length));
      grown.set(this.origin.subarray(0, this.len));
      this.origin = grown;
    }
    for (let i = 0; i < s.length; i++) this.origin[this.len + i] = spread ? at + i : at;
    this.len += s.length;
  }

  /** Last emitted character, or '' */
  lastChar(): string {
    const p = this.parts[this.parts.length - 1];
    return p ? p[p.length - 1] : '';
  }

  /** Remove trailing spaces/tabs (not newlines). */
  trimEndSpaces(): void {
    while (this.len > 0) {
      const p = this.parts[this.parts.length - 1];
      const c = p[p.length - 1];
      if (c !== ' ' && c !== '\t') return;
      if (p.length === 1) this.parts.pop();
      else this.parts[this.parts.length - 1] = p.slice(0, -1);
      this.len--;
    }
  }

  /** Remove the last emitted character (a line-end hyphen found to be the typesetter's). */
  dropLast(): void {
    if (this.len === 0) return;
    const p = this.parts[this.parts.length - 1];
    if (p.length === 1) this.parts.pop();
    else this.parts[this.parts.length - 1] = p.slice(0, -1);
    this.len--;
  }

  build(original: string): NormalizedText {
    return new NormalizedText(original, this.parts.join(''), this.origin.slice(0, this.len));
  }
}
