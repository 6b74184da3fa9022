/**
 * pdf.js on Node: open a PDF within limits and return, per page, its text
 * runs with geometry. Every failure becomes a SourceError naming the file.
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SourceError, type SourceFile } from '../types.js';

export interface PdfLimits {
  /** refuse files larger than this many bytes (default 64 MiB) */
  maxBytes?: number;
  /** refuse documents with more pages (default 2000) */
  maxPages?: number;
  /** give up after this many milliseconds (default 60 s) */
  timeoutMs?: number;
}

export const DEFAULT_LIMITS: Required<PdfLimits> = { maxBytes: 64 * 1024 * 1024, maxPages: 2000, timeoutMs: 60_000 };

/** A text run as pdf.js reports it, in PDF points (origin bottom-left). */
export interface TextRun {
  str: string;
  /** left of the run */
  x: number;
  /** baseline */
  y: number;
  width: number;
  /** font size (the text matrix' vertical scale) */
  size: number;
  mono: boolean;
  /** the next run on the baseline starts inside this one: a cell overprinted by the next cell, cut there (see `clipOverprint`) */
  cut?: boolean;
}

export interface PageText {
  /** 1-based */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}

interface PdfJsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

export async function loadPdf(source: SourceFile, limits: PdfLimits = {}): Promise<PageText[]> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const { path, bytes } = source;
  if (bytes.length > lim.maxBytes) {
    throw new SourceError('pdf-too-large', path, `PDF of ${bytes.length} bytes exceeds the limit of ${lim.maxBytes} bytes`);
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new SourceError('pdf-corrupt', path, 'not a PDF file (no %PDF- header)');

  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SourceError('pdf-too-large', path, `reading the PDF took longer than ${lim.timeoutMs} ms; gave up`)), lim.timeoutMs);
  });
  try {
    return await Promise.race([readAll(task.promise, source, lim), timeout]);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

async function readAll(opening: Promise<PDFDocumentProxy>, source: SourceFile, lim: Required<PdfLimits>): Promise<PageText[]> {
  const { path } = source;
  let pdf: PDFDocumentProxy;
  try {
    pdf = await opening;
  } catch (e) {
    throw openError(path, e);
  }
  if (pdf.numPages === 0) throw new SourceError('pdf-no-pages', path, 'PDF has no pages');
  if (pdf.numPages > lim.maxPages) {
    throw new SourceError('pdf-too-large', path, `PDF declares ${pdf.numPages} pages, more than the limit of ${lim.maxPages}`);
  }
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    try {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const styles = content.styles as Record<string, { fontFamily?: string }>;
      const runs: TextRun[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue; // marked-content boundaries
        const it = raw as PdfJsTextItem;
        const [a, b, , d, e, f] = it.transform;
        if (Math.abs(b) > Math.abs(a) * 0.1) continue; // rotated text (margin stamps) is not running text
        runs.push({ str: it.str, x: e - x0, y: f - y0, width: it.width, size: Math.abs(d) || it.height, mono: styles[it.fontName]?.fontFamily === 'monospace' });
      }
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
    } catch (e) {
      if (e instanceof SourceError) throw e;
      throw new SourceError('pdf-corrupt', path, `page ${n} cannot be read: ${reason(e)}`);
    }
  }
  return pages;
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function openError(path: string, e: unknown): SourceError {
  const name = (e as { name?: string })?.name ?? '';
  if (name === 'PasswordException') {
    return new SourceError('pdf-encrypted', path, 'PDF is encrypted and needs a password; decrypt it first (e.g. qpdf --decrypt)');
  }
  if (/encrypt/i.test(reason(e))) return new SourceError('pdf-encrypted', path, `PDF encryption is not supported: ${reason(e)}`);
  return new SourceError('pdf-corrupt', path, `PDF cannot be opened (${name || 'error'}: ${reason(e)}); the file is damaged or truncated`);
}
