/**
 * Table rows whose cells wrap. An engine that sets a table in a narrow
 * column wraps each cell inside its own box: `565014-` / `565025` in the
 * code cell, the label over three lines, `B` / `289` in the value cell. Read
 * line by line, the code, the label and the value of one prestation fall on
 * different lines, and no reader downstream can put them together again.
 *
 * A line whose first cell is a code opens a row; the lines just below it
 * whose every cell starts where one of its cells starts (or, the last cell,
 * ends where it ends) hold the rest of its cells. When they finish a code
 * cell cut after a pair's hyphen or a value cut after its key letter, the row
 * becomes one line, each cell's text in turn, two spaces apart: what a table
 * row is everywhere else in the PDF route.
 * A label alone wrapping in its cell is read well already and left as it is.
 */
import type { TextRun } from './load.js';
import { joinRuns, maxOf, minOf, type PdfLine } from './lines.js';

interface Cell {
  left: number;
  right: number;
  runs: TextRun[];
}

/** Ink runs grouped into cells where the gap is wider than a word space. */
function cellsOf(line: PdfLine): Cell[] {
  const out: Cell[] = [];
  for (const r of line.runs) {
    if (!r.str.trim()) continue;
    const last = out[out.length - 1];
    if (last && r.x - last.right <= line.size * 0.35) {
      last.runs.push(r);
      last.right = Math.max(last.right, r.x + r.width);
    } else out.push({ left: r.x, right: r.x + r.width, runs: [r] });
  }
  return out;
}

const MAX_ROW_LINES = 40;
const CODE_CELL = /^\d{6}(?:\s*-\s*(?:\d{6})?)?$/;
const textOf = (page: number, c: Cell) => joinRuns(page, c.runs, c.left)?.text.trim() ?? '';

function joinCell(a: string, b: string): string {
  if (!a) return b;
  if (/\d\s*-$/.test(a) && /^\d/.test(b)) return a.replace(/\s+$/, '') + b;
  if (/[a-zà-ÿ]-$/.test(a) && /^[a-zà-ÿ]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/** The head cell a cell of a following line continues, or -1. */
function placeOf(c: Cell, head: Cell[], tolerance: number): number {
  for (let k = 0; k < head.length; k++) {
    const next = head[k + 1];
    const fits = next === undefined || c.right <= next.left + tolerance;
    if (Math.abs(c.left - head[k].left) <= tolerance && fits) return k;
  }
  const last = head.length - 1;
  // a right-aligned last cell (`289` under `K`)
  if (Math.abs(c.right - head[last].right) <= tolerance && c.left > head[last - 1].right) return last;
  return -1;
}

export function mergeWrappedRows(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i];
    const cells = head.mono ? [] : cellsOf(head);
    // (a justified line with wide word spaces splits into many cells: not a row)
    if (cells.length < 2 || cells.length > 5 || !CODE_CELL.test(textOf(head.page, cells[0]))) {
      out.push(head);
      continue;
    }
    const tolerance = head.size * 0.2;
    const texts = cells.map((c) => textOf(head.page, c));
    // what wraps: a pair cut after its hyphen, or a value cut after its key letter
    // (`N 4,2 +` over `D 3 +` is a value of several terms, one per line: not a wrap)
    const wraps = (k: number) => (k === 0 && /-$/.test(texts[0])) || (k === cells.length - 1 && /^[A-Z][a-z]?$/.test(texts[k]));
    const members = [head];
    let edgeCells = false;
    // bounded: a cell does not wrap over more than MAX_ROW_LINES lines, and the scan stays linear on any page
    for (let j = i + 1; j < Math.min(lines.length, i + MAX_ROW_LINES); j++) {
      const line = lines[j];
      const prev = members[members.length - 1];
      const pitch = prev.baseline - line.baseline;
      if (line.mono || line.page !== head.page || pitch <= 0 || pitch > Math.max(prev.size, line.size) * 1.7) break;
      const more = cellsOf(line);
      const places = more.map((c) => placeOf(c, cells, tolerance));
      if (places.length === 0 || places.some((k) => k < 0) || new Set(places).size !== places.length) break;
      // a new code in the first cell is the next row, unless the code cell ends in a pair's hyphen
      if (places[0] === 0 && !/-$/.test(texts[0]) && CODE_CELL.test(textOf(line.page, more[0]))) break;
      places.forEach((k, n) => {
        if (wraps(k)) edgeCells = true;
        texts[k] = joinCell(texts[k], textOf(line.page, more[n]));
      });
      members.push(line);
    }
    if (!edgeCells) {
      out.push(head);
      continue;
    }
    const x = minOf(members.map((m) => m.x));
    const y = minOf(members.map((m) => m.y));
    out.push({
      page: head.page,
      text: texts.filter((t) => t).join('  '),
      x,
      y,
      w: maxOf(members.map((m) => m.x + m.w)) - x,
      h: maxOf(members.map((m) => m.y + m.h)) - y,
      baseline: head.baseline,
      size: head.size,
      mono: false,
      row: true,
      runs: members.flatMap((m) => m.runs),
    });
    i += members.length - 1;
  }
  return out;
}
