/**
 * Paragraph boundaries from geometry. `ingestPdfText` guesses paragraphs
 * from the text alone (a line starting with a code starts a paragraph, …);
 * a PDF says more: a vertical gap, a first-line indent, a short line ending
 * a sentence, a table row. Where the two disagree, geometry wins: the `\n`
 * between two paragraphs becomes a space, or the space of a line join
 * becomes a `\n` (same length, so every offset stays valid).
 */
import { NormalizedText } from '../../text/normalized.js';
import type { IngestedText, Paragraph } from '../types.js';

/** What geometry says about one line of the original. */
export interface LineRole {
  /** offset in the original of the line's first non-space character */
  start: number;
  /** the line begins a paragraph; null when geometry cannot tell (the first line after a column break): the text's guess stands */
  starts: boolean | null;
  /** the line is a table row (cells on one baseline) */
  row: boolean;
  page: number;
}

const HEADING = /^(Article\s+\d+(?:er)?(?:bis|ter|quater)?\.|Art\.\s*\d+(?:er)?(?:bis|ter|quater)?\.)/;

export function applyGeometry(ingested: IngestedText, roles: LineRole[]): IngestedText {
  const nt = ingested.text;
  const chars = nt.text.split('');
  const n = chars.length;
  const origin = new Int32Array(n);
  for (let i = 0; i < n; i++) origin[i] = nt.originalOffset(i);
  const byStart = new Map<number, LineRole>();
  for (const r of roles) byStart.set(r.start, r);
  // Normalised index where each line starts. The joiner ingestPdfText put
  // before a line (a space or a newline) carries that line's origin too.
  const starts: { i: number; role: LineRole }[] = [];
  for (let i = 0; i < n; i++) {
    const role = byStart.get(origin[i]);
    if (role && !/\s/.test(chars[i]) && (i === 0 || origin[i - 1] !== origin[i] || /\s/.test(chars[i - 1]))) starts.push({ i, role });
  }
  const drop = new Uint8Array(n);
  const lineStart = new Map<number, LineRole>();
  starts.forEach(({ i, role }, k) => {
    lineStart.set(i, role);
    if (k === 0) return;
    const prev = starts[k - 1].role;
    const joiner = origin[i - 1] === origin[i] ? chars[i - 1] : '';
    const wantBreak = role.starts || role.row || prev.row;
    if (role.starts === null && !wantBreak) return;
    if (joiner === '\n' && !wantBreak) {
      // the same joins ingestPdfText makes inside a paragraph: `cumu-` + `lables`, `587134-` + `587145`
      const before = chars.slice(Math.max(0, i - 3), i - 1).join('');
      if (/[a-zà-ÿ\u0300-\u036f]-$/.test(before) && /[a-zà-ÿ]/.test(chars[i])) drop[i - 2] = drop[i - 1] = 1;
      else if (/\d-$/.test(before) && /\d/.test(chars[i])) drop[i - 1] = 1;
      else chars[i - 1] = ' ';
    } else if (joiner === ' ' && wantBreak) chars[i - 1] = '\n';
  });
  const kept: string[] = [];
  const keptOrigin: number[] = [];
  const roleAt = new Map<number, LineRole>();
  for (let i = 0; i < n; i++) {
    if (drop[i]) continue;
    const r = lineStart.get(i);
    if (r) roleAt.set(kept.length, r);
    kept.push(chars[i]);
    keptOrigin.push(origin[i]);
  }
  const lineAt = (i: number) => roleAt.get(i);
  const text = kept.join('');
  const paragraphs: Paragraph[] = [];
  let start = 0;
  let page = ingested.paragraphs[0]?.page;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    if (i > start) {
      const body = text.slice(start, i);
      const role = lineAt(start);
      const lineCount = countLines(start, i, lineAt);
      page = role?.page ?? page;
      const heading = HEADING.exec(body)?.[1] ?? null;
      paragraphs.push({ index: paragraphs.length, start, end: i, heading, ...(page !== undefined ? { page } : {}), ...(role?.row && lineCount === 1 ? { tableRow: true } : {}) });
    }
    start = i + 1;
  }
  return { ...ingested, text: new NormalizedText(nt.original, text, keptOrigin), paragraphs };
}

function countLines(start: number, end: number, lineAt: (i: number) => LineRole | undefined): number {
  let c = 0;
  for (let i = start; i < end; i++) if (lineAt(i)) c++;
  return Math.max(1, c);
}
