import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LIMITS } from '../limits.js';
import { looksLikePdf } from './decode.js';
import { SourceError } from './types.js';

/**
 * The bytes of an input file, refused before they are read when there are more than any input may have: a PDF of
 * LIMITS.maxPdfBytes, a text of LIMITS.maxTextBytes (its head tells which). The limits were checked after the read,
 * so a 2 GB sparse file (no disk space, a few bytes in an archive) took 8 GB of memory before it was refused.
 * `name` is what the error names (the build's relative path). Other read failures are thrown as they are.
 */
export function readInputBytes(path: string, name = path): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > LIMITS.maxPdfBytes) {
      throw new SourceError('too-large', name, `file of ${size} bytes exceeds the limit of ${LIMITS.maxPdfBytes} bytes for a PDF (${LIMITS.maxTextBytes} for a text); not read`);
    }
    if (size > LIMITS.maxTextBytes) {
      const head = new Uint8Array(1024);
      const n = readSync(fd, head, 0, head.length, 0);
      if (!looksLikePdf(head.subarray(0, n))) {
        throw new SourceError('too-large', name, `text file of ${size} bytes exceeds the limit of ${LIMITS.maxTextBytes} bytes; not read`);
      }
    }
    // (one byte more than the size: a file that grows while it is read is refused, never cut short)
    const bytes = new Uint8Array(size + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, length);
    if (length > size) throw new SourceError('unreadable', name, 'the file grew while it was read; build again once it is written');
    return Buffer.from(bytes.buffer, 0, length);
  } finally {
    closeSync(fd);
  }
}
