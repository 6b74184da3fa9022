/**
 * Text runs → lines. Runs on one baseline form a line; the gaps between
 * runs become a space, a cell separator (two spaces: a table row), or, in
 * a fixed-width font, as many spaces as the gap holds characters (so
 * fixed-width tables keep their columns).
 */
import type { TextRun } from './load.js';

export interface PdfLine {
  page: number;
  text: string;
  /** box in PDF points: left, bottom, width, height */
  x: number;
  y: number;
  w: number;
  h: number;
  /** baseline and dominant font size */
  baseline: number;
  size: number;
  mono: boolean;
  /** cells on one baseline: wide gaps of unequal width (justified prose has equal gaps) */
  row: boolean;
  runs: TextRun[];
}

/** Cluster runs by baseline (tolerance: a third of the font size), top to bottom, left to right. */
export function baselines(runs: TextRun[]): TextRun[][] {
  const sorted = runs.filter((r) => r.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  let cur: TextRun[] = [];
  let y = NaN;
  for (const r of sorted) {
    if (cur.length && Math.abs(r.y - y) <= Math.max(1, r.size * 0.33)) {
      cur.push(r);
      continue;
    }
    if (cur.length) rows.push(cur);
    cur = [r];
    y = r.y;
  }
  if (cur.length) rows.push(cur);
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

/**
 * A run that runs on under the next run of its baseline is a table cell whose
 * text overflows its cell (the viewer clips it, or prints one cell over the
 * other): its ink ends where the next run starts. Without this, one long
 * cell crosses the gutter and the page seems to have a single column.
 */
export function clipOverprint(row: TextRun[]): TextRun[] {
  const sorted = [...row].sort((a, b) => a.x - b.x);
  return sorted.map((r, i) => {
    if (!r.str.trim()) return r;
    const next = sorted.slice(i + 1).find((o) => o.str.trim() && o.x > r.x + r.size * 0.5);
    if (!next || next.x >= r.x + r.width - r.size * 0.5) return r;
    return { ...r, width: next.x - r.x, cut: true };
  });
}

/** Join a baseline's runs (already one column) into a line; `left` is the column's left edge, for fixed-width indents. */
export function joinRuns(page: number, runs: TextRun[], left: number): PdfLine | null {
  const ink = runs.filter((r) => r.str.trim().length > 0);
  if (ink.length === 0) return null;
  const size = maxOf(ink.map((r) => r.size));
  const mono = ink.every((r) => r.mono);
  const charW = size * 0.6;
  let text = mono ? ' '.repeat(Math.max(0, Math.round((ink[0].x - left) / charW))) : '';
  const gaps: number[] = [];
  // a boundary after a cut cell is a cell boundary whatever its width
  let cuts = 0;
  for (let i = 1, end = ink[0].x + ink[0].width; i < ink.length; i++) {
    if (ink[i - 1].cut) cuts++;
    else gaps.push(ink[i].x - end);
    end = Math.max(end, ink[i].x + ink[i].width);
  }
  const wide = gaps.filter((g) => g > size * 1.2);
  const uniform = gaps.length > 0 && maxOf(gaps) - minOf(gaps) <= Math.max(1, 0.15 * maxOf(gaps));
  const row = !mono && wide.length + cuts >= 2 && (!uniform || cuts > 0) && ink.some((r) => /\d/.test(r.str));
  let inkEnd = ink[0].x;
  let cutBefore = false;
  // Parts, not one growing string re-read at every run: a line of 100,000 runs
  // (an operator flood on one baseline) was quadratic.
  const parts: string[] = text ? [text] : [];
  let started = false;
  const endsInSpace = () => {
    const last = parts[parts.length - 1];
    return last !== undefined && /\s$/.test(last.slice(-1));
  };
  for (const r of ink) {
    const gap = r.x - inkEnd;
    if (started) {
      const lead = /^\s/.test(r.str);
      if (mono) parts.push(' '.repeat(lead ? 0 : Math.max(gap > charW * 0.4 ? 1 : 0, Math.min(1000, Math.round(gap / charW)))));
      else if (row && (gap > size * 1.2 || cutBefore)) {
        while (parts.length > 0 && endsInSpace()) {
          const trimmed = parts[parts.length - 1].trimEnd();
          if (trimmed) parts[parts.length - 1] = trimmed;
          else parts.pop();
        }
        parts.push('  ');
      } else if (cutBefore && !endsInSpace()) parts.push(' ');
      else if (gap > size * 0.12 && !endsInSpace() && !lead) parts.push(' ');
    }
    parts.push(r.str);
    started = true; // every ink run holds a visible character
    inkEnd = Math.max(inkEnd, r.x + r.width);
    cutBefore = !!r.cut;
  }
  text = parts.join('');
  const x = ink[0].x;
  const right = maxOf(ink.map((r) => r.x + r.width));
  const baseline = ink[0].y;
  return { page, text: text.replace(/\s+$/, ''), x, y: baseline - size * 0.22, w: right - x, h: size, baseline, size, mono, row, runs: ink };
}

/** Math.max over an array without spreading it (a spread of 100,000+ values overflows the stack). */
export function maxOf(values: readonly number[]): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

export function minOf(values: readonly number[]): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
}
