/**
 * A decree laid out by another engine: the same blocks as moniteur.ts
 * (readDecree), typeset by Chromium (Skia's PDF backend, through
 * puppeteer-core and the Debian chromium) instead of our own writer. Its
 * PDFs differ where a reader can trip: CID TrueType subsets with ToUnicode
 * maps, one positioned run per word of justified text, ligatures (fi, ff,
 * fl), soft hyphens, table cells as separate runs, the running header drawn
 * in the page margin by the print template.
 *
 * Two layouts:
 *   bilingual  French | Dutch side by side, one table row per paragraph
 *              (the Moniteur since the 1990s), header with date and page
 *   columns    French only, flowing in two newspaper columns
 *   single     French only, one column over the page (an INAMI PDF, a print of Justel),
 *              table cells centred in their rows (HTML's default)
 */
import type { Browser } from 'puppeteer-core';
import { readDecree, type Block, type Run } from './markdown.js';
import { dutchBlocks, longDate } from './dutch.js';
import { headerDate } from './moniteur.js';

export type ChromiumLayout = 'bilingual' | 'columns' | 'single';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const runs = (rs: Run[]) => rs.map((r) => (r.bold ? `<b>${esc(r.text)}</b>` : esc(r.text))).join('');

function block(b: Block): string {
  if (b.kind === 'para') return `<p>${runs(b.runs)}</p>`;
  if (b.kind === 'code') return `<pre>${esc(b.lines.join('\n'))}</pre>`;
  return `<table class="t">${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
}

const STYLE = `
  body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 8.5pt; line-height: 1.18; margin: 0; }
  p { margin: 0 0 4pt 0; text-align: justify; hyphens: auto; }
  pre { font-size: 7pt; white-space: pre; margin: 0 0 4pt 0; }
  table.t { border-collapse: collapse; margin: 0 0 4pt 0; font-size: 7.5pt; }
  table.t td { border: 0.5pt solid #444; padding: 1pt 2pt; vertical-align: top; }
  table.bi { width: 100%; border-collapse: collapse; table-layout: fixed; }
  table.bi > tbody > tr > td { width: 50%; vertical-align: top; padding: 0 8pt 0 0; }
  table.bi > tbody > tr > td + td { padding: 0 0 0 8pt; }
  /* a fixed-width block of 77 characters fits its column, as the Moniteur prints it small (else it overflows into the Dutch text) */
  table.bi pre { font-size: 5pt; }
  .cols { column-count: 2; column-gap: 16pt; }
  /* fixed-width tables and grids are printed across both columns, as newspapers do */
  .cols pre, .cols table.t { column-span: all; }
  /* one column: HTML's own default, cells centred in their row (a label's first line above its code) */
  .single table.t td { vertical-align: middle; }
`;

export function decreeHtml(markdown: string, layout: ChromiumLayout): { html: string; header: string } {
  const d = readDecree(markdown);
  const published = d.published ?? d.signed ?? '2001-04-28';
  const frHead: Block[] = [
    { kind: 'para', runs: [{ text: (d.ministry ?? 'SERVICE PUBLIC FEDERAL SECURITE SOCIALE').toUpperCase(), bold: true }] },
    { kind: 'para', runs: [{ text: `${d.signed ? longDate(d.signed, 'fr') : ''}. — `, bold: true }, { text: d.title ?? 'Arrêté royal', bold: false }] },
  ];
  const fr = [...frHead, ...d.blocks];
  let body: string;
  if (layout === 'columns') body = `<div class="cols" lang="fr">${fr.map(block).join('\n')}</div>`;
  else if (layout === 'single') body = `<div class="single" lang="fr" style="font-size:10pt">${fr.map(block).join('\n')}</div>`;
  else {
    const nl = [{ kind: 'para', runs: [{ text: 'FEDERALE OVERHEIDSDIENST SOCIALE ZEKERHEID', bold: true }] } as Block, ...dutchBlocks([frHead[1], ...d.blocks])];
    const rows: string[] = [];
    for (let i = 0; i < Math.max(fr.length, nl.length); i++) {
      rows.push(`<tr><td lang="fr">${fr[i] ? block(fr[i]) : ''}</td><td lang="nl">${nl[i] ? block(nl[i]) : ''}</td></tr>`);
    }
    body = `<table class="bi"><tbody>${rows.join('\n')}</tbody></table>`;
  }
  const header = `<div style="font-size:7pt;font-family:serif;width:100%;margin:0 40pt;display:flex;justify-content:space-between"><span class="pageNumber"></span><span>MONITEUR BELGE — ${headerDate(published)} — BELGISCH STAATSBLAD</span><span class="pageNumber"></span></div>`;
  return { html: `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body}</body></html>`, header };
}

let browser: Promise<Browser> | null = null;

async function launch(): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new', '--disable-gpu'] });
}

export async function chromiumPdf(markdown: string, layout: ChromiumLayout = 'bilingual'): Promise<Buffer> {
  browser ??= launch();
  const page = await (await browser).newPage();
  try {
    const { html, header } = decreeHtml(markdown, layout);
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '17mm', left: '14mm', right: '14mm' },
      displayHeaderFooter: true,
      headerTemplate: header,
      footerTemplate: '<span></span>',
      printBackground: false,
    });
    return Buffer.from(pdf);
  } finally {
    await page.close();
  }
}

export async function closeChromium(): Promise<void> {
  if (browser) await (await browser).close();
  browser = null;
}
