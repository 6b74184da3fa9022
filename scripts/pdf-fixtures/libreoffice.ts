/**
 * A decree laid out by a third engine: LibreOffice Writer (Debian's
 * libreoffice-writer-nogui, `soffice --headless --convert-to pdf`), the
 * engine of the word processors INAMI's and many ministries' PDFs come from.
 * The same blocks as chromium.ts (decreeHtml), read by Writer's HTML import
 * as a text document and exported by its own PDF writer: Type 0 TrueType
 * subsets, text runs cut at every change of spacing of justified lines,
 * table cells as separate runs with their own line breaking, Writer's page
 * header (`<div title="header">`) in the top margin.
 *
 * Layouts:
 *   single     French, one column over an A4 page (an INAMI circular, a print of Justel)
 *   bilingual  French | Dutch side by side in a table (the Moniteur's page)
 *
 * soffice starts in about a second, so a batch of decrees is converted by
 * one process (`libreofficePdfs`); every call gets its own user profile, so
 * two runs never share one.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { decreeHtml } from './chromium.js';
import { readDecree } from './markdown.js';
import { headerDate } from './moniteur.js';

export type LibreOfficeLayout = 'single' | 'bilingual';
export const SOFFICE = process.env.SOFFICE_PATH ?? ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

const run = promisify(execFile);

/** Writer's own styles: the CSS of chromium.ts, less what Writer ignores, and its page header. */
function writerHtml(markdown: string, layout: LibreOfficeLayout): string {
  const { html } = decreeHtml(markdown, layout);
  const d = readDecree(markdown);
  const published = d.published ?? d.signed ?? '2001-04-28';
  const header = `<div title="header"><p style="font-size:7pt">MONITEUR BELGE — ${headerDate(published)} — BELGISCH STAATSBLAD</p></div>`;
  const font = layout === 'single' ? "font-family:'Liberation Serif',serif;font-size:10pt" : "font-family:'Liberation Serif',serif;font-size:8.5pt";
  let body = html.replace('<body>', `<body style="${font}">${header}`);
  // Writer reads HTML attributes, not the CSS of the side-by-side table: the Moniteur's two
  // languages start level at the top of each row, with a gutter between them
  if (layout === 'bilingual') body = body.replace('<table class="bi">', '<table class="bi" width="100%" cellpadding="7">').replace(/<td lang="(fr|nl)">/g, '<td lang="$1" valign="top" width="50%">');
  return body;
}

const cache = new Map<string, Buffer>();
const key = (html: string) => createHash('sha256').update(html).digest('hex').slice(0, 24);

/** Converts every decree in one soffice run; the PDFs are kept for `libreofficePdf`. */
export async function libreofficePdfs(markdowns: string[], layout: LibreOfficeLayout): Promise<void> {
  if (!SOFFICE) throw new Error("no soffice: install Debian's libreoffice-writer-nogui (.ci/run does)");
  const todo = new Map<string, string>();
  for (const md of markdowns) {
    const html = writerHtml(md, layout);
    const k = key(html);
    if (!cache.has(k)) todo.set(k, html);
  }
  if (todo.size === 0) return;
  const dir = mkdtempSync(join(tmpdir(), 'nomen-lo-'));
  try {
    const inputs = [...todo].map(([k, html]) => {
      const file = join(dir, `${k}.html`);
      writeFileSync(file, html);
      return file;
    });
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, ...inputs], {
      timeout: 60_000 + 5_000 * inputs.length,
      maxBuffer: 16 * 1024 * 1024,
    });
    for (const k of todo.keys()) {
      const pdf = join(dir, `${k}.pdf`);
      if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${k}.html`);
      cache.set(k, readFileSync(pdf));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function libreofficePdf(markdown: string, layout: LibreOfficeLayout = 'single'): Promise<Buffer> {
  const k = key(writerHtml(markdown, layout));
  if (!cache.has(k)) await libreofficePdfs([markdown], layout);
  return cache.get(k)!;
}

export function forgetLibreOfficePdfs(): void {
  cache.clear();
}
