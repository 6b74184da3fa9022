import type { DocumentStructure } from '../structure/types.js';
import type { CodeGroup } from './code-groups.js';
import type { CodeRole } from './code-rules.js';

interface LineCode {
  group: CodeGroup;
  /** 1-based column of the code in its original line */
  column: number;
  /** column of the second code when the line starts with a pair on that line */
  secondColumn: number | null;
  /** column where the text after the code(s) starts, null when nothing follows */
  labelColumn: number | null;
}

/**
 * Fixed-width tables (old Justel code blocks, PDF text) put the ambulatory
 * code in a first column and the hospitalised one in a second; a code
 * standing alone in the second column (`          560501  Séance …`) is a
 * hospitalised-only code. Ingestion folds the spaces away, so the columns
 * are read from the original lines. Returns the role of such single codes.
 */
export function columnRoles(doc: DocumentStructure, groups: CodeGroup[]): Map<CodeGroup, CodeRole> {
  const roles = new Map<CodeGroup, CodeRole>();
  const nt = doc.ingested.text;
  const original = nt.original;
  const byParagraph = new Map<number, LineCode[]>();
  for (const g of groups) {
    const o = nt.originalOffset(g.start);
    const lineStart = original.lastIndexOf('\n', o - 1) + 1;
    const lead = original.slice(lineStart, o);
    if (!/^ *$/.test(lead)) continue; // not the first thing on its line
    const lineEnd = original.indexOf('\n', o);
    const line = original.slice(lineStart, lineEnd < 0 ? original.length : lineEnd);
    const m = /^( *)(\d{6,7})( +(\d{6}))?( +)(?=\S)/.exec(line);
    const column = lead.length + 1;
    const secondColumn = m && m[4] && g.codes.length === 2 ? m[1].length + m[2].length + m[3].indexOf(m[4]) + 1 : null;
    const labelColumn = m ? m[0].length + 1 : null;
    const para = paragraphOf(doc, g.start);
    if (para === null) continue;
    const list = byParagraph.get(para) ?? [];
    list.push({ group: g, column, secondColumn, labelColumn });
    byParagraph.set(para, list);
  }
  for (const lines of byParagraph.values()) {
    if (lines.length < 2) continue;
    const ambColumn = Math.min(...lines.map((l) => l.column));
    const secondColumns = lines.map((l) => l.secondColumn).filter((c): c is number => c !== null);
    const labelColumns = lines.filter((l) => l.column === ambColumn && l.labelColumn !== null).map((l) => l.labelColumn!);
    if (labelColumns.length === 0) continue;
    const labelColumn = Math.min(...labelColumns);
    for (const l of lines) {
      if (l.group.codes.length !== 1 || l.labelColumn === null) continue;
      const inSecond = secondColumns.length > 0 ? secondColumns.some((c) => Math.abs(c - l.column) <= 1) : l.column >= ambColumn + 4;
      if (inSecond && l.column < labelColumn - 1) roles.set(l.group, 'hospitalised');
    }
  }
  return roles;
}

function paragraphOf(doc: DocumentStructure, offset: number): number | null {
  for (const p of doc.ingested.paragraphs) if (offset >= p.start && offset <= p.end) return p.index;
  return null;
}
