/**
 * Page geometry: running headers and footers, columns, blocks. Columns are
 * found from an x-coverage histogram: a vertical strip near the middle of
 * the page that (almost) no line crosses, with text on both sides.
 */
import type { PageText, TextRun } from './load.js';
import { baselines, clipOverprint, joinRuns, minOf, type PdfLine } from './lines.js';

/**
 * Page furniture by its look: the Moniteur's header, page numbers, `Page 3 de
 * 12`. The header's title is in capitals: prose citing `au Moniteur belge`
 * that falls in the band is text.
 */
const FURNITURE = /^(?:.*MONITEUR BELGE.*|.*BELGISCH STAATSBLAD.*|[-–—\s]*\d{1,6}[-–—\s]*|[Pp]age\s+\d+(?:\s*(?:de|sur|\/|van)\s*\d+)?|\d+\s*\/\s*\d+)$/;
/** The band at the top and bottom of a page where furniture lives (fraction of the height). */
const BAND = 0.09;

export interface Column {
  /** left edge and right edge */
  left: number;
  right: number;
  lines: PdfLine[];
}

/**
 * A horizontal slice of a page: lines across the whole page (a title, a
 * table printed over both columns), then the columns below them down to the
 * next such line. Read band after band, each band's columns in turn.
 */
export interface Band {
  spanning: PdfLine[];
  /** same sides as the page's `columns`, holding only this band's lines */
  columns: Column[];
}

export interface PageLayout {
  page: number;
  /** lines crossing the columns (a title across the page), all bands together */
  spanning: PdfLine[];
  /** each side's lines over the whole page (language is told per side) */
  columns: Column[];
  /** the page in reading order */
  bands: Band[];
  furniture: string[];
  /** x of the gutter between the columns, or null for a single column */
  gutter: number | null;
}

/** The text of a raw baseline, for furniture matching. */
function rowText(row: TextRun[]): string {
  return row.map((r) => r.str).join(' ').replace(/\s+/g, ' ').trim();
}

/** Lines that repeat, digits aside, on at least half the pages (two at least) are running headers or footers. */
export function repeatedKeys(pages: PageText[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set<string>();
    for (const row of baselines(p.runs)) {
      const y = row[0].y;
      if (y < p.height * (1 - BAND) && y > p.height * BAND) continue;
      keys.add(furnitureKey(rowText(row)));
    }
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (pages.length < 2) return out;
  for (const [k, n] of seen) if (n >= Math.max(2, pages.length / 2) && k.length > 0) out.add(k);
  return out;
}

function furnitureKey(s: string): string {
  return s.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * `gutterHint`: the gutter the document's other pages have. A page where one
 * column holds only a few lines (the end of the French text beside a longer
 * Dutch one) has too little ink on that side for `findGutter`; it keeps the
 * document's columns when no line crosses the hinted gutter.
 */
export function layoutPage(p: PageText, repeated: Set<string>, gutterHint?: number): PageLayout {
  const furniture: string[] = [];
  const rows: TextRun[][] = [];
  for (const row of baselines(p.runs)) {
    const y = row[0].y;
    const inBand = y >= p.height * (1 - BAND) || y <= p.height * BAND;
    const text = rowText(row);
    // a nomenclature code (six digits) in the band is text, not a page number
    const citesCode = /(?<![\d.,])\d{6}(?![\d.,])/.test(text) && !/MONITEUR|STAATSBLAD/.test(text);
    if (inBand && !citesCode && (FURNITURE.test(text) || repeated.has(furnitureKey(text)) || isHeaderWithNumber(text))) {
      furniture.push(text);
      continue;
    }
    rows.push(clipOverprint(row));
  }
  const plain = findGutter(rows, p.width) ?? (gutterHint !== undefined && gutterFits(rows, gutterHint) ? gutterHint : null);
  const gutter = plain ?? findBandedGutter(rows, p.width);
  // on a page cut by bands, the rows inside a band go with it (only there: on
  // a page of two columns every row has text on both sides)
  const inBand = plain === null && gutter !== null ? bandRows(rows.map((row) => crossesStrip(row, gutter))) : null;
  if (gutter === null) {
    const left = Math.min(minOf(rows.flatMap((r) => r.map((x) => x.x))), p.width);
    const lines = rows.map((r) => joinRuns(p.number, r, left)).filter((l): l is PdfLine => l !== null);
    const columns = [{ left, right: p.width, lines }];
    return { page: p.number, spanning: [], columns, bands: [{ spanning: [], columns }], furniture, gutter: null };
  }
  const spanning: PdfLine[] = [];
  const leftRows: TextRun[][] = [];
  const rightRows: TextRun[][] = [];
  // rows top to bottom: a line across the page after column text opens a new band
  const cuts: { spanning: PdfLine[]; left: number; right: number }[] = [{ spanning: [], left: 0, right: 0 }];
  let previous: { spanning: boolean; mono: boolean; y: number; size: number } | null = null;
  for (const [index, row] of rows.entries()) {
    const ink = row.filter((r) => r.str.trim());
    const mono = ink.length > 0 && ink.every((r) => r.mono);
    // a fixed-width block printed across the page: its lines that happen not
    // to cross the gutter (`transfusion` … `K 160`) go on with it
    const runsOn = previous !== null && previous.spanning && previous.mono && mono && previous.y - row[0].y <= Math.max(previous.size, row[0].size) * 1.6;
    previous = { spanning: false, mono, y: row[0].y, size: row[0].size };
    const across = (r: TextRun) => r.x < gutter && r.x + r.width > gutter;
    // a fixed-width line whose own spaces run over the gutter is one line across the page (`a un beneficiaire      N 4,2 +`)
    // (the text on the right starts inside those spaces or just after them, not
    // in a column of its own beside a line padded with spaces)
    const spaced =
      mono &&
      ink.some((r) => r.x + r.width <= gutter) &&
      row.some((w) => w.mono && !w.str.trim() && across(w) && ink.some((r) => r.x >= gutter && r.x <= w.x + w.width + r.size));
    const crossing = runsOn || spaced || inBand?.[index] === true || row.some((r) => across(r) && r.str.trim());
    // a table row of overprinted cells (cut runs) that runs over the gutter
    // is the overflow of its column's table, not a title across the page:
    // its cells go by where they start
    const overflow = crossing && row.some((r) => r.cut);
    if (crossing && !overflow) {
      const l = joinRuns(p.number, row, 0);
      if (!l) continue;
      previous.spanning = true;
      const last = cuts[cuts.length - 1];
      if (leftRows.length > last.left || rightRows.length > last.right) cuts.push({ spanning: [], left: leftRows.length, right: rightRows.length });
      cuts[cuts.length - 1].spanning.push(l);
      spanning.push(l);
      continue;
    }
    const side = (r: TextRun) => (overflow ? r.x : r.x + r.width / 2) < gutter;
    const a = row.filter(side);
    const b = row.filter((r) => !side(r));
    if (a.length) leftRows.push(a);
    if (b.length) rightRows.push(b);
  }
  // one left edge per side for the whole page: a band of indented lines keeps its indent
  const edge = (rs: TextRun[][], fallback: number) => Math.min(fallback, ...rs.flatMap((r) => r.filter((x) => x.str.trim()).map((x) => x.x)));
  const leftEdge = edge(leftRows, gutter);
  const rightEdge = edge(rightRows, p.width);
  const column = (rs: TextRun[][], left: number, right: number): Column => ({
    left,
    right,
    lines: rs.map((r) => joinRuns(p.number, r, left)).filter((l): l is PdfLine => l !== null),
  });
  const bands: Band[] = cuts.map((c, i) => {
    const next = cuts[i + 1];
    return {
      spanning: c.spanning,
      columns: [
        column(leftRows.slice(c.left, next ? next.left : leftRows.length), leftEdge, gutter),
        column(rightRows.slice(c.right, next ? next.right : rightRows.length), rightEdge, p.width),
      ],
    };
  });
  const columns = [column(leftRows, leftEdge, gutter), column(rightRows, rightEdge, p.width)];
  return { page: p.number, spanning, columns, bands, furniture, gutter };
}

/** `20544   MONITEUR BELGE — …` split in two runs still reads as one header. */
function isHeaderWithNumber(text: string): boolean {
  return /^\d{1,6}\s+.*(MONITEUR|STAATSBLAD)/.test(text) || /(MONITEUR|STAATSBLAD).*\s\d{1,6}$/.test(text);
}

/**
 * The x of a gutter between two columns, or null. Coverage: for each point
 * of x, how many baselines have ink there. A gutter is a strip at least 4 pt
 * wide in the middle 40% of the page crossed by at most 8% of the lines,
 * with at least a quarter of the lines' ink on each side.
 */
export function findGutter(rows: TextRun[][], width: number): number | null {
  if (rows.length < 4) return null;
  const w = Math.ceil(width);
  const cover = coverage(rows, w);
  const limit = Math.max(1, Math.floor(rows.length * 0.08));
  let best: { start: number; end: number } | null = null;
  let start = -1;
  const lo = Math.floor(w * 0.3);
  const hi = Math.ceil(w * 0.7);
  for (let x = lo; x <= hi + 1; x++) {
    const empty = x <= hi && cover[x] <= limit;
    if (empty && start < 0) start = x;
    if (!empty && start >= 0) {
      if (x - start >= 4 && (!best || x - start > best.end - best.start)) best = { start, end: x };
      start = -1;
    }
  }
  if (!best) return null;
  const g = (best.start + best.end) / 2;
  return inkOnBothSides(rows, g) ? g : null;
}

/** For each point of x (0…w), how many rows have ink there. */
function coverage(rows: TextRun[][], w: number): Int32Array {
  const cover = new Int32Array(w + 1);
  for (const row of rows) {
    const mark = new Uint8Array(w + 1);
    for (const r of row) {
      if (!r.str.trim()) continue;
      const a = Math.max(0, Math.floor(r.x));
      const b = Math.min(w, Math.ceil(r.x + r.width));
      for (let x = a; x <= b; x++) mark[x] = 1;
    }
    for (let x = 0; x <= w; x++) cover[x] += mark[x];
  }
  return cover;
}

/** At least a quarter of the rows' characters on each side of `g`. */
function inkOnBothSides(rows: TextRun[][], g: number): boolean {
  let leftInk = 0;
  let rightInk = 0;
  for (const row of rows) for (const r of row) if (r.str.trim()) (r.x + r.width / 2 < g ? (leftInk += r.str.length) : (rightInk += r.str.length));
  const total = leftInk + rightInk;
  return leftInk >= total * 0.25 && rightInk >= total * 0.25;
}

/** The row has ink in the 4 pt strip around `g`. */
function crossesStrip(row: TextRun[], g: number): boolean {
  return row.some((r) => r.str.trim() && r.x < g + 2 && r.x + r.width > g - 2);
}

/**
 * The gutter of a page whose columns are cut by lines across the page (a
 * table or a fixed-width block printed over both columns), too many for
 * `findGutter`. The strip of the middle crossed by the fewest lines is a
 * gutter when those lines stand together in a few bands (at most 4 runs of
 * consecutive lines, under half the lines) and the other lines have text on
 * both sides. Prose over one column crosses the middle on nearly every line.
 */
export function findBandedGutter(rows: TextRun[][], width: number): number | null {
  if (rows.length < 8) return null;
  const w = Math.ceil(width);
  const cover = coverage(rows, w);
  const lo = Math.floor(w * 0.3);
  const hi = Math.ceil(w * 0.7);
  let best = -1;
  let bestCover = Infinity;
  for (let x = lo; x + 4 <= hi; x++) {
    let m = 0;
    for (let k = x; k < x + 4; k++) m = Math.max(m, cover[k]);
    if (m < bestCover || (m === bestCover && Math.abs(x + 2 - w / 2) < Math.abs(best + 2 - w / 2))) {
      bestCover = m;
      best = x;
    }
  }
  if (best < 0 || bestCover * 2 >= rows.length) return null;
  const g = best + 2;
  const crosses = bandRows(rows.map((row) => crossesStrip(row, g)));
  let runs = 0;
  crosses.forEach((c, i) => {
    if (c && !crosses[i - 1]) runs++;
  });
  if (runs > 4) return null;
  return inkOnBothSides(rows.filter((_, i) => !crosses[i]), g) ? g : null;
}

/** Rows of a band across the page: the crossing rows, and the rows (at most BAND_GAP) between two of them: a table's rows whose cells happen to leave the gutter free. */
const BAND_GAP = 3;
export function bandRows(crossing: boolean[]): boolean[] {
  const out = [...crossing];
  let last = -Infinity;
  crossing.forEach((c, i) => {
    if (!c) return;
    if (i - last - 1 <= BAND_GAP) for (let k = last + 1; k < i; k++) out[k] = true;
    last = i;
  });
  return out;
}

/** No line crosses a strip of 4 pt at `g` (a few may, as in `findGutter`) and there is text on both sides. */
export function gutterFits(rows: TextRun[][], g: number): boolean {
  let crossing = 0;
  let left = 0;
  let right = 0;
  for (const row of rows) {
    const ink = row.filter((r) => r.str.trim());
    if (ink.some((r) => r.x < g + 2 && r.x + r.width > g - 2)) crossing++;
    if (ink.some((r) => r.x + r.width <= g - 2)) left++;
    if (ink.some((r) => r.x >= g + 2)) right++;
  }
  return left > 0 && right > 0 && crossing <= Math.max(1, Math.floor(rows.length * 0.08));
}

/**
 * The usual distance between two lines of one paragraph: the smallest pitch
 * that recurs (15% of the pitches, two at least). Not the median: on a page
 * of one-line paragraphs (a list of codes, each label its own paragraph) most
 * pitches are paragraph gaps.
 */
function linePitch(sorted: number[]): number {
  const need = Math.max(2, Math.ceil(sorted.length * 0.15));
  for (let i = 0; i < sorted.length; i++) {
    let n = 0;
    for (let j = i; j < sorted.length && sorted[j] <= sorted[i] * 1.08; j++) n++;
    if (n >= need) return sorted[i];
  }
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Split a column's lines into blocks where the vertical gap is clearly larger
 * than the usual line pitch. Fixed-width lines have their own pitch: a word
 * processor sets a preformatted block in a font whose line height is not the
 * body's (LibreOffice: 17.7 pt between lines of Liberation Mono beside 13.4 pt
 * of 10 pt serif), and each of its lines is not a paragraph of its own.
 */
export function blocks(lines: PdfLine[]): PdfLine[][] {
  if (lines.length === 0) return [];
  const pitches: number[] = [];
  const monoPitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i - 1].baseline - lines[i].baseline;
    if (lines[i - 1].mono && lines[i].mono) monoPitches.push(d);
    else pitches.push(d);
  }
  const sorted = pitches.filter((d) => d > 0).sort((a, b) => a - b);
  const sortedMono = monoPitches.filter((d) => d > 0).sort((a, b) => a - b);
  const typical = sorted.length ? linePitch(sorted) : sortedMono.length ? linePitch(sortedMono) : lines[0].size * 1.2;
  const typicalMono = sortedMono.length >= 2 ? linePitch(sortedMono) : typical;
  const out: PdfLine[][] = [[lines[0]]];
  for (let i = 1; i < lines.length; i++) {
    const pitch = lines[i - 1].baseline - lines[i].baseline;
    const usual = lines[i - 1].mono && lines[i].mono ? typicalMono : typical;
    const expected = Math.max(usual, Math.min(lines[i].size, lines[i - 1].size) * 1.1);
    if (pitch > expected * 1.3 || pitch < 0) out.push([]);
    out[out.length - 1].push(lines[i]);
  }
  return out;
}
