/**
 * An INAMI convention as a single-column A4 PDF with a running header, a
 * `Page n` footer and fee tables: key-letter value, ambulatory and
 * hospitalised codes, relative value, then the amounts, each in its own cell
 * on one baseline. Input is text extracted from such a PDF (seed 003): its
 * cut lines are first rebuilt into paragraphs, its flattened fee rows into cells.
 */
import type { Block } from './markdown.js';
import { newDoc, finish } from './pdfdoc.js';
import { FONTS, Typesetter, paginate } from './layout.js';

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN = 56;
const TOP = 70;
const BOTTOM = PAGE_H - 60;

/** `I = 2,801231  587134 587145 = I 633 1773,18 …` */
export const FEE_ROW = /^\s*([A-Z])\s*=\s*(\d+,\d+)\s+(\d{6})\s+(\d{6})\s+=\s*([A-Z])\s*(\d+(?:,\d+)?)((?:\s+\d+,\d{2})+)\s*$/;

export function feeRowCells(line: string): string[] | null {
  const m = FEE_ROW.exec(line);
  if (!m) return null;
  return [`${m[1]} = ${m[2]}`, m[3], m[4], `= ${m[5]} ${m[6]}`, ...m[7].trim().split(/\s+/)];
}

const MARKER = /^(?:ARTICLE\s|\d+°|\d+(?:\.\d+)+\.?\s|[a-z]\.\s|[•o]\s|\d+\s[A-Z])/;

/** Cut lines → paragraphs; fee rows → table rows. */
export function conventionBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let para = '';
  let table: string[][] | null = null;
  const flush = () => {
    if (para.trim()) blocks.push({ kind: 'para', runs: [{ text: para.trim(), bold: /^ARTICLE\s/.test(para) }] });
    para = '';
  };
  const lines = text.replace(/\f/g, '\n').split('\n').map((l) => l.replace(/\s+$/, '').trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cells = feeRowCells(line);
    if (cells) {
      flush();
      if (!table) {
        table = [['Lettre', 'AMB', 'HOS', 'Valeur', 'Honoraires', 'Amb. VIP', 'Amb.', 'Hosp. VIP', 'Hosp.'].slice(0, cells.length)];
        blocks.push({ kind: 'table', rows: table });
      }
      table.push(cells);
      continue;
    }
    table = null;
    if (!line) {
      // a blank line ends a paragraph only where a sentence or a title ends
      const next = lines.slice(i + 1).find((l) => l);
      if (/[.:;]$/.test(para) || para.length < 70 || (next && MARKER.test(next))) flush();
      continue;
    }
    if (MARKER.test(line) && para) flush();
    if (/[a-zà-ÿ]-$/.test(para) && /^[a-zà-ÿ]/.test(line)) para = para.slice(0, -1) + line;
    else if (/\d-$/.test(para) && /^\d/.test(line)) para += line;
    else para = para ? `${para} ${line}` : line;
  }
  flush();
  return blocks;
}

export async function conventionPdf(text: string, title = 'Convention INAMI'): Promise<Buffer> {
  const doc = newDoc(title);
  const width = PAGE_W - 2 * MARGIN;
  const ts = new Typesetter(doc, { size: 10, leading: 1.25, paragraphGap: 6, hyphenateFrom: 9 });
  const frames = paginate(ts.layout(conventionBlocks(text), width), () => TOP, BOTTOM);
  const cellXs = [0, 62, 100, 138, 188, 238, 288, 338, 388, 438].map((x) => MARGIN + x);
  frames.forEach((lines, p) => {
    if (p > 0) doc.addPage();
    doc.font(FONTS.regular).fontSize(8).text('INAMI — Convention ablation percutanée', MARGIN, 36, { lineBreak: false });
    doc.text(`Page ${p + 1} de ${frames.length}`, PAGE_W / 2 - 20, PAGE_H - 40, { lineBreak: false });
    for (const { line, y } of lines) ts.paint(line, { x: MARGIN, width }, y, cellXs);
  });
  return finish(doc);
}
