/**
 * Table rows whose cells wrap. An engine that sets a table in a narrow
 * column wraps each cell inside its own box: `565014-` / `565025` in the
 * code cell, the label over three lines, `B` / `289` in the value cell. Read
 * line by line, the code, the label and the value of one prestation fall on
 * different lines, and no reader downstream can put them together again.
 *
 * Many engines also centre a cell's text in its row (HTML's default
 * `vertical-align: middle`, Word's and LibreOffice's centred cells): the
 * label's first lines then stand above the line of the code, and read line
 * by line they would end the previous prestation's label.
 *
 * So a table is read as rows, not lines. Its columns are the cells of the
 * lines that begin with a code; a table line is a line that begins with a
 * code in the code column, or whose cells all stand right of that column. The lines that begin with a code (a pair
 * cut after its hyphen goes on to the next one) anchor the rows; the lines
 * between two anchors belong to the upper row, unless a clearly wider gap
 * between two of them (the padding between rows) marks where the lower row
 * begins and that row is then centred on its code. A row that holds lines
 * above its code, a code cut after a pair's hyphen or a value cut after its
 * key letter becomes one line, each cell's text in turn, two spaces apart:
 * what a table row is everywhere else in the PDF route. A row whose label
 * alone wraps below its code is read well already and left as it is.
 */
import type { TextRun } from './load.js';
import { joinRuns, maxOf, minOf, type PdfLine } from './lines.js';

interface Cell {
  left: number;
  right: number;
  runs: TextRun[];
}

/**
 * Ink runs grouped into cells where the gap is wider than a word space, or
 * where a run starts on a known column's left edge after any gap (a label
 * that fills its cell stops 3 pt before the value cell: `… particulier` `N 25`).
 */
function cellsOf(line: PdfLine, lefts: readonly number[] = []): Cell[] {
  const out: Cell[] = [];
  const onColumn = (x: number) => lefts.some((l) => Math.abs(l - x) <= line.size * 0.2);
  for (const r of line.runs) {
    if (!r.str.trim()) continue;
    // the ink's right edge: a cell's run may carry the spaces after its text (`102432 `)
    const right = r.x + (r.width * r.str.trimEnd().length) / r.str.length;
    const last = out[out.length - 1];
    const gap = last ? r.x - last.right : 0;
    if (last && gap <= line.size * 0.35 && !(gap > line.size * 0.1 && onColumn(r.x))) {
      last.runs.push(r);
      last.right = Math.max(last.right, right);
    } else out.push({ left: r.x, right, runs: [r] });
  }
  return out;
}

const MAX_ROW_LINES = 40;
const MAX_CELLS = 5;
const MAX_COLUMNS = 12;
const CODE_CELL = /^\d{6}(?:\s*-\s*(?:\d{6})?|\s+\d{6})?$/;
const textOf = (page: number, c: Cell) => joinRuns(page, c.runs, c.left)?.text.trim() ?? '';

function joinCell(a: string, b: string): string {
  if (!a) return b;
  if (/\d\s*-$/.test(a) && /^\d/.test(b)) return a.replace(/\s+$/, '') + b;
  if (/[a-zà-ÿ\u0300-\u036f]-$/.test(a) && /^[a-zà-ÿ]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

interface Column {
  left: number;
  right: number;
}

interface Row {
  /** first and last line (indices) of the row */
  first: number;
  last: number;
  /** first and last line holding its code */
  codeFirst: number;
  codeLast: number;
}

export function mergeWrappedRows(lines: PdfLine[]): PdfLine[] {
  let cells = lines.map((l) => (l.mono ? [] : cellsOf(l)));
  let codeText = lines.map((l, i) => (cells[i].length >= 1 && cells[i].length <= MAX_CELLS ? textOf(l.page, cells[i][0]) : ''));
  const isCode = (i: number) => CODE_CELL.test(codeText[i]);
  // (a justified line with wide word spaces splits into many cells: not a row)
  let columns = tableColumns(lines, cells, isCode);
  if (columns.length < 2) return lines;
  // once the columns are known, a run that starts on one starts a cell
  const lefts = columns.map((c) => c.left);
  cells = lines.map((l) => (l.mono ? [] : cellsOf(l, lefts)));
  codeText = lines.map((l, i) => (cells[i].length >= 1 && cells[i].length <= MAX_CELLS ? textOf(l.page, cells[i][0]) : ''));
  columns = tableColumns(lines, cells, isCode);
  if (columns.length < 2) return lines;
  const tolerance = (i: number) => lines[i].size * 0.2;
  const inTable = (i: number) =>
    cells[i].length > 0 &&
    cells[i].length <= MAX_CELLS &&
    // a line of other cells: right of the code column (a value centred in its cell starts where no code line's value does)
    (isCode(i) ? Math.abs(cells[i][0].left - columns[0].left) <= tolerance(i) : cells[i][0].left > columns[0].right + tolerance(i));
  const pitch = (i: number) => lines[i - 1].baseline - lines[i].baseline;
  const follows = (i: number) => lines[i].page === lines[i - 1].page && pitch(i) > 0 && pitch(i) <= Math.max(lines[i].size, lines[i - 1].size) * 1.7;

  const rows: Row[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!inTable(i)) {
      i++;
      continue;
    }
    // a table: the lines that follow one another and all stand in its columns
    let end = i + 1;
    while (end < lines.length && end - i < 4 * MAX_ROW_LINES && inTable(end) && follows(end)) end++;
    rows.push(...rowsOf(i, end, isCode, codeText, pitch, lines, cells));
    i = end;
  }
  if (rows.length === 0) return lines;

  const out: PdfLine[] = [];
  let next = 0;
  for (const row of rows) {
    while (next < row.first) out.push(lines[next++]);
    const merged = mergeRow(row, lines, cells, isCode);
    if (merged) out.push(merged);
    else for (let k = row.first; k <= row.last; k++) out.push(lines[k]);
    next = row.last + 1;
  }
  while (next < lines.length) out.push(lines[next++]);
  return out;
}

/** The columns of the tables among these lines: the cells of the lines that begin with a code; the code column first. */
function tableColumns(lines: PdfLine[], cells: Cell[][], isCode: (i: number) => boolean): Column[] {
  const columns: Column[] = [];
  const add = (c: Cell, tolerance: number) => {
    const k = columns.findIndex((col) => Math.abs(col.left - c.left) <= tolerance);
    if (k < 0) columns.push({ left: c.left, right: c.right });
    else columns[k].right = Math.max(columns[k].right, c.right);
  };
  // the code column: where most lines that begin with a code and hold other cells begin
  const heads = lines.map((_, i) => i).filter((i) => isCode(i) && cells[i].length >= 2);
  if (heads.length === 0) return [];
  const near = (a: number, b: number, l: PdfLine) => Math.abs(a - b) <= Math.max(l.size * 0.2, 1.5);
  const byPoint = new Map<number, number>();
  for (const h of heads) {
    const p = Math.round(cells[h][0].left);
    byPoint.set(p, (byPoint.get(p) ?? 0) + 1);
  }
  let codeLeft = cells[heads[0]][0].left;
  let most = 0;
  for (const [p] of byPoint) {
    const n = (byPoint.get(p - 1) ?? 0) + (byPoint.get(p) ?? 0) + (byPoint.get(p + 1) ?? 0);
    if (n > most) [most, codeLeft] = [n, p];
  }
  for (const h of heads) {
    if (near(cells[h][0].left, codeLeft, lines[h])) for (const c of cells[h]) add(c, lines[h].size * 0.2);
    // cells everywhere: prose or a flood, not a table of a few columns (and the search stays linear)
    if (columns.length > MAX_COLUMNS) return [];
  }
  // the code column first, then left to right
  const isCodeColumn = (c: Column) => Math.abs(c.left - codeLeft) <= 1.5;
  return columns.sort((a, b) => Number(isCodeColumn(b)) - Number(isCodeColumn(a)) || a.left - b.left);
}

/**
 * The rows of one table (lines [start, end)): a row per code; the lines
 * between two codes go to the upper row unless the widest gap between them is
 * clearly wider than the gap just above the lower code and the lower row,
 * so begun, is centred on its code.
 */
function rowsOf(start: number, end: number, isCode: (i: number) => boolean, codeText: string[], pitch: (i: number) => number, lines: PdfLine[], cells: Cell[][]): Row[] {
  const rows: Row[] = [];
  for (let i = start; i < end; i++) {
    if (!isCode(i)) continue;
    const last = rows[rows.length - 1];
    // `565191-` … `565202`: the pair goes on, whatever lines of other cells stand between
    if (last && /-$/.test(codeText[last.codeLast]) && /^\d{6}$/.test(codeText[i]) && i - last.codeLast <= MAX_ROW_LINES) {
      last.codeLast = i;
      last.last = i;
      continue;
    }
    rows.push({ first: i, last: i, codeFirst: i, codeLast: i });
  }
  if (rows.length === 0) return [];
  rows.forEach((row, r) => {
    const above = r === 0 ? start : rows[r - 1].codeLast + 1;
    // the widest gap above the code, if clearly wider than the one just above it (ties: the lowest)
    let split = row.codeFirst;
    let widest = row.codeFirst > start ? pitch(row.codeFirst) * 1.08 : Infinity;
    for (let j = row.codeFirst - 1; j >= above; j--) {
      const gap = j === start ? (j > 0 && lines[j - 1].page === lines[j].page ? pitch(j) : Infinity) : pitch(j);
      // (a wider gap further up must be clearly wider: equal paddings measured apart differ by rounding)
      if (gap > (split === row.codeFirst ? widest : widest * 1.05)) {
        split = j;
        widest = gap;
      }
    }
    row.first = split;
    if (r > 0) rows[r - 1].last = split - 1;
  });
  rows[rows.length - 1].last = Math.max(rows[rows.length - 1].last, end - 1);
  // a row ends at a gap clearly wider than every gap inside it so far: what follows (a heading
  // without code between two rows, a line after the table) is not its cells
  for (const row of rows) {
    let widest = 0;
    for (let j = row.first + 1; j <= row.last; j++) {
      if (j > row.codeLast && widest > 0 && pitch(j) > widest * 1.2) {
        row.last = j - 1;
        break;
      }
      widest = Math.max(widest, pitch(j));
    }
  }
  // a row begun above its code must be centred on it; else it begins at its code (top-aligned cells)
  for (const row of rows) {
    if (row.first === row.codeFirst) continue;
    const top = row.last - row.first < MAX_ROW_LINES ? centredTop(row, lines, cells, isCode) : -1;
    if (top >= 0) {
      // (a value line above the label's first line stays out: the end of the upper row's value, in an HTML row of its own)
      row.first = top;
      continue;
    }
    // (the lines left between the two rows stay as they are: the upper row ended at its widest gap)
    row.first = row.codeFirst;
  }
  // lines above the first code that stay outside its row are not the table's
  return rows;
}

/** How many cells a line begins with that are codes: the ambulatory code, and the hospitalised one in a column of its own (`280070` `280081`). */
function leadingCodes(i: number, lines: PdfLine[], cells: Cell[][], isCode: (i: number) => boolean): number {
  if (!isCode(i)) return 0;
  return cells[i].length > 1 && /^\d{6}$/.test(textOf(lines[i].page, cells[i][1])) ? 2 : 1;
}

/**
 * Does the row's label stand centred on its code, beginning above it? Its
 * first line if so, else -1. (Not a value alone above the code: the end of the
 * previous row's value, carried to the top of the next page, or set in a row
 * of its own.)
 */
function centredTop(row: Row, lines: PdfLine[], cells: Cell[][], isCode: (i: number) => boolean): number {
  const tolerance = lines[row.codeFirst].size * 0.2;
  const lefts: number[] = [];
  for (let i = row.first; i <= row.last; i++) lefts.push(minOf(cells[i].slice(leadingCodes(i, lines, cells, isCode)).map((c) => c.left)));
  const labelLeft = minOf(lefts);
  const labelLines = lefts.map((l, k) => (l <= labelLeft + tolerance ? row.first + k : -1)).filter((i) => i >= 0);
  if (labelLines.length === 0 || labelLines[0] >= row.codeFirst) return -1;
  const centre = (lines[labelLines[0]].baseline + lines[labelLines[labelLines.length - 1]].baseline) / 2;
  const codeCentre = (lines[row.codeFirst].baseline + lines[row.codeLast].baseline) / 2;
  return Math.abs(centre - codeCentre) <= lines[row.codeFirst].size * 0.6 ? labelLines[0] : -1;
}

/**
 * One line for a row that needs it (lines above its code, a cut pair or a cut
 * value), else null. The code and label cells are read down their column;
 * the cells right of the label line by line, as a value is written: `N 8 +`
 * in two cells, then `Q 30` below is N 8 + Q 30.
 */
function mergeRow(row: Row, lines: PdfLine[], cells: Cell[][], isCode: (i: number) => boolean): PdfLine | null {
  const members = lines.slice(row.first, row.last + 1);
  const placed: { line: number; code: boolean; cell: Cell; text: string }[] = [];
  for (let i = row.first; i <= row.last; i++) {
    const codes = leadingCodes(i, lines, cells, isCode);
    cells[i].forEach((cell, n) => placed.push({ line: i, code: n < codes, cell, text: textOf(lines[i].page, cell) }));
  }
  // the label: the row's leftmost cells after the code and whatever stands under them; right of
  // the label column, the value (where the row's cells stand, not a page-wide grid: tables differ)
  const tolerance = lines[row.codeFirst].size * 0.2;
  const others = placed.filter((p) => !p.code);
  const labelLeft = minOf(others.map((p) => p.cell.left));
  const labelRight = maxOf(others.filter((p) => p.cell.left <= labelLeft + tolerance).map((p) => p.cell.right));
  const inLabel = (c: Cell) => c.left < labelRight - tolerance;
  let code = '';
  let labelText = '';
  const value: string[] = [];
  let keyLetterCut = false;
  for (let i = row.first; i <= row.last; i++) {
    const right: string[] = [];
    for (const p of placed) {
      if (p.line !== i) continue;
      if (p.code) code = /^\d{6}$/.test(code) && /^\d{6}$/.test(p.text) ? `${code} ${p.text}` : joinCell(code, p.text);
      else if (inLabel(p.cell)) labelText = joinCell(labelText, p.text);
      else right.push(p.text);
    }
    if (right.length === 0) continue;
    // a key letter alone at the end of a line, its number on the next: `B` / `289`
    if (value.length > 0 && /(?:^|\s)[A-Z][a-z]?$/.test(value[value.length - 1]) && /^\d/.test(right[0])) keyLetterCut = true;
    value.push(right.join(' '));
  }
  const needed = row.first < row.codeFirst || row.codeLast > row.codeFirst || keyLetterCut;
  if (!needed || members.length < 2) return null;
  const texts = [code, labelText, value.join(' ')];
  const head = lines[row.codeFirst];
  const x = minOf(members.map((m) => m.x));
  const y = minOf(members.map((m) => m.y));
  return {
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
  };
}
