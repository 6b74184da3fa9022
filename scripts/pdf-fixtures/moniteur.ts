/**
 * A decree as the Moniteur belge prints it: A4, French and Dutch side by
 * side in two columns, a running header `MONITEUR BELGE — dd.mm.yyyy —
 * BELGISCH STAATSBLAD` with the page number at the outer edge, the
 * ministry and the dated title at the top of each column, justified and
 * hyphenated text flowing over as many pages as it needs.
 */
import { readDecree, type Block } from './markdown.js';
import { dutchBlocks, longDate } from './dutch.js';
import { newDoc, finish } from './pdfdoc.js';
import { FONTS, Typesetter, paginate, type Frame } from './layout.js';

export interface MoniteurOptions {
  /** print the Dutch text in the left column (some pages do) */
  dutchLeft?: boolean;
  /** Moniteur page number of the first page, when the front matter has none */
  firstPage?: number;
}

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN = 40;
const GUTTER = 16;
const TOP = 62;
const BOTTOM = PAGE_H - 48;

const NL_TITLE =
  'Koninklijk besluit tot wijziging van het koninklijk besluit van 14 september 1984 tot vaststelling van de nomenclatuur van de geneeskundige verstrekkingen inzake verplichte verzekering voor geneeskundige verzorging en uitkeringen';

export function headerDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export async function moniteurPdf(markdown: string, opts: MoniteurOptions = {}): Promise<Buffer> {
  const decree = readDecree(markdown);
  const published = decree.published ?? decree.signed ?? '2001-04-28';
  const doc = newDoc(decree.title ?? 'Moniteur belge');
  const ts = new Typesetter(doc, { size: 8.5, leading: 1.18, paragraphGap: 4, hyphenateFrom: 8 });
  const colW = (PAGE_W - 2 * MARGIN - GUTTER) / 2;

  const frHead: Block[] = [
    { kind: 'para', runs: [{ text: (decree.ministry ?? 'SERVICE PUBLIC FEDERAL SECURITE SOCIALE').toUpperCase(), bold: true }] },
  ];
  if (decree.signed || decree.title) {
    frHead.push({
      kind: 'para',
      runs: [
        { text: `${decree.signed ? longDate(decree.signed, 'fr') : ''}. —`, bold: true },
        { text: decree.title ?? 'Arrêté royal', bold: false },
      ],
    });
  }
  const nlHead: Block[] = [
    { kind: 'para', runs: [{ text: 'FEDERALE OVERHEIDSDIENST SOCIALE ZEKERHEID', bold: true }] },
    { kind: 'para', runs: [{ text: `${decree.signed ? longDate(decree.signed, 'nl') : ''}. —`, bold: true }, { text: NL_TITLE, bold: false }] },
  ];
  const fr = ts.layout([...frHead, ...decree.blocks], colW);
  const nl = ts.layout([...nlHead, ...dutchBlocks(decree.blocks)], colW);
  const frFrames = paginate(fr, () => TOP, BOTTOM);
  const nlFrames = paginate(nl, () => TOP, BOTTOM);
  const left: Frame = { x: MARGIN, width: colW };
  const right: Frame = { x: MARGIN + colW + GUTTER, width: colW };
  const [frFrame, nlFrame] = opts.dutchLeft ? [right, left] : [left, right];
  const first = decree.page ?? opts.firstPage ?? 1000;
  const pages = Math.max(frFrames.length, nlFrames.length);
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    const number = first + p;
    doc.font(FONTS.bold).fontSize(8);
    const head = `MONITEUR BELGE — ${headerDate(published)} — BELGISCH STAATSBLAD`;
    doc.text(head, (PAGE_W - doc.widthOfString(head)) / 2, 32, { lineBreak: false });
    const num = String(number);
    doc.text(num, number % 2 === 0 ? MARGIN : PAGE_W - MARGIN - doc.widthOfString(num), 32, { lineBreak: false });
    doc.moveTo(MARGIN, 46).lineTo(PAGE_W - MARGIN, 46).lineWidth(0.5).stroke();
    doc.moveTo(PAGE_W / 2, TOP - 4).lineTo(PAGE_W / 2, BOTTOM).lineWidth(0.3).stroke();
    for (const { line, y } of frFrames[p] ?? []) ts.paint(line, frFrame, y);
    for (const { line, y } of nlFrames[p] ?? []) ts.paint(line, nlFrame, y);
  }
  return finish(doc);
}
