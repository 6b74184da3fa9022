import { decodeText, detectTextFormat, looksLikePdf } from './decode.js';
import { ingestMarkdown } from './markdown.js';
import { ingestPdfText } from './pdftext.js';
import { SourceError, type IngestedText, type SourceFile } from './types.js';
import { LIMITS } from '../limits.js';

/**
 * Turn raw bytes into normalised text with positions. Text inputs only:
 * PDF files go through `ingestPdf` (async, pdf.js), which ends here too.
 */
export function ingestText(source: SourceFile): IngestedText {
  if (looksLikePdf(source.bytes)) {
    throw new SourceError('pdf-corrupt', source.path, 'is a PDF file; read it with ingestPdf');
  }
  if (source.bytes.length > LIMITS.maxTextBytes) {
    throw new SourceError('too-large', source.path, `text file of ${source.bytes.length} bytes exceeds the limit of ${LIMITS.maxTextBytes} bytes`);
  }
  const text = decodeText(source);
  refuseLongLines(source, text);
  refuseTabularData(source, text);
  const format = detectTextFormat(text);
  const ingested = format === 'justel-markdown' ? ingestMarkdown(source, text) : ingestPdfText(source, text);
  if (ingested.paragraphs.length === 0) throw new SourceError('empty', source.path, 'no text content after the front matter');
  return ingested;
}

/**
 * A TSV/CSV table (a manifest, an export) is data, not a text to read:
 * refuse it rather than emit an empty document for it.
 */
function refuseTabularData(source: SourceFile, text: string): void {
  const lines = text.split('\n').filter((l) => l.trim() !== '').slice(0, 200);
  if (lines.length < 2) return;
  const cells = (l: string) => l.split('\t').length;
  const width = cells(lines[0]);
  if (width >= 3 && lines.filter((l) => cells(l) === width).length >= lines.length * 0.9) {
    throw new SourceError('no-article', source.path, `tab-separated data (${width} columns on ${lines.length} lines), not a decree or nomenclature text`);
  }
}

/** The extractors scan lines; one line of megabytes is not a decree (and would make them crawl). */
function refuseLongLines(source: SourceFile, text: string): void {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > LIMITS.maxLineChars) {
      throw new SourceError('line-too-long', source.path, `line ${line} has ${end - start} characters, more than the limit of ${LIMITS.maxLineChars}`);
    }
    start = end + 1;
    line++;
  }
}
