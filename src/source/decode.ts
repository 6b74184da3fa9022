import { createHash } from 'node:crypto';
import { SourceError, type SourceFile, type SourceFormat } from './types.js';

export function makeSourceFile(path: string, bytes: Uint8Array): SourceFile {
  return { path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const PDF_MAGIC = '%PDF-';

/** Is this the start of a PDF file (the magic may follow a few junk bytes)? */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes(PDF_MAGIC);
}

/**
 * Decode a text file strictly as UTF-8. Binary content and invalid bytes
 * are refused with the reason, never replaced silently.
 */
export function decodeText(file: SourceFile): string {
  const { bytes, path } = file;
  if (bytes.length === 0) throw new SourceError('empty', path, 'file is empty');
  let nul = 0;
  let control = 0;
  const sample = bytes.subarray(0, 65536);
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  const utf16 = utf16Order(sample);
  if (utf16) throw new SourceError('encoding', path, `UTF-16 text (${utf16}), not UTF-8: convert it first, e.g. \`iconv -f UTF-16${utf16.startsWith('little') ? 'LE' : 'BE'} -t UTF-8 FILE > FILE.md\``);
  if (nul > 0 || control > sample.length * 0.05) {
    throw new SourceError('binary', path, `binary content (${nul} NUL and ${control} control bytes in the first ${sample.length} bytes), not a text or PDF file`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new SourceError('encoding', path, `not valid UTF-8 (first invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at byte ${at}); convert the file to UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new SourceError('empty', path, 'file holds only white space');
  return text;
}

/** UTF-16 by its byte-order mark, or by NULs on every other byte of mostly ASCII text. */
function utf16Order(b: Uint8Array): string | null {
  if (b[0] === 0xff && b[1] === 0xfe) return 'little-endian, with a byte-order mark';
  if (b[0] === 0xfe && b[1] === 0xff) return 'big-endian, with a byte-order mark';
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'little-endian';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'big-endian';
  return null;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}

/** Detect the format from the content, never from the file name. */
export function detectTextFormat(text: string): Exclude<SourceFormat, 'pdf'> {
  const head = text.replace(/^\s+/, '');
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head.slice(0, 8000))) return 'justel-markdown';
  if (/^\*\*(Article|Art\.)\s/m.test(text)) return 'justel-markdown';
  return 'pdf-text';
}
