import { decodeText, detectTextFormat, looksLikePdf } from './decode.js';
import { ingestMarkdown } from './markdown.js';
import { ingestPdfText } from './pdftext.js';
import { SourceError, type IngestedText, type SourceFile } from './types.js';

/**
 * Turn raw bytes into normalised text with positions. Text inputs only:
 * PDF files go through `ingestPdf` (async, pdf.js), which ends here too.
 */
export function ingestText(source: SourceFile): IngestedText {
  if (looksLikePdf(source.bytes)) {
    throw new SourceError('pdf-corrupt', source.path, 'is a PDF file; read it with ingestPdf');
  }
  const text = decodeText(source);
  const format = detectTextFormat(text);
  const ingested = format === 'justel-markdown' ? ingestMarkdown(source, text) : ingestPdfText(source, text);
  if (ingested.paragraphs.length === 0) throw new SourceError('empty', source.path, 'no text content after the front matter');
  return ingested;
}
