import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LIMITS } from '../limits.js';
import { looksLikePdf } from './decode.js';
import { SourceError } from './types.js';

/**
 * The bytes of an input file, refused before they are read when there are more than any input may have: a PDF of
 * LIMITS.maxPdfBytes (`pdf-too-large`), a text of LIMITS.maxTextBytes (`too-large`); its head tells which. The limits
 * were checked after the read, so a 2 GB sparse file (no disk space, a few bytes in an archive) took 8 GB of memory
 * before it was refused. A pipe or a device (`nomen parse /dev/stdin`, `<(git show …)`), whose size is unknown, is read
 * up to the limit and no further. `name` is what the error names (the build's relative path). Other read failures are
 * thrown as they are.
 */
export function readInputBytes(path: string, name = path): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return readStream(fd, name);
    const size = stat.size;
    if (size > LIMITS.maxTextBytes) {
      const head = new Uint8Array(1024);
      const pdf = looksLikePdf(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
      if (!pdf) throw tooLarge(name, size, false);
      if (size > LIMITS.maxPdfBytes) throw tooLarge(name, size, true);
    }
    // (one byte more than the size: a file that grows while it is read is refused, never cut short)
    const bytes = new Uint8Array(size + 1);
    const length = readAll(fd, bytes, 0);
    if (length > size) throw new SourceError('unreadable', name, 'the file grew while it was read; build again once it is written');
    return Buffer.from(bytes.buffer, 0, length);
  } finally {
    closeSync(fd);
  }
}

/** `size` null: a stream, known only to go past the limit. */
function tooLarge(name: string, size: number | null, pdf: boolean): SourceError {
  const of = size === null ? 'more bytes than' : `${size} bytes, more than`;
  return pdf
    ? new SourceError('pdf-too-large', name, `PDF file of ${of} the limit of ${LIMITS.maxPdfBytes} bytes; not read`)
    : new SourceError('too-large', name, `text file of ${of} the limit of ${LIMITS.maxTextBytes} bytes; not read`);
}

/** Fill `bytes` from `start` with what the file holds, reading on from where it is (a pipe cannot seek). */
function readAll(fd: number, bytes: Uint8Array, start: number): number {
  let length = start;
  for (let n = -1; n !== 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
  return length;
}

/** A pipe's or a device's bytes: a text's limit first, a PDF's when its head is one; one byte more is refused. */
function readStream(fd: number, name: string): Uint8Array {
  let bytes = new Uint8Array(LIMITS.maxTextBytes + 1);
  let length = readAll(fd, bytes, 0);
  if (length > LIMITS.maxTextBytes) {
    if (!looksLikePdf(bytes.subarray(0, 1024))) throw tooLarge(name, null, false);
    const more = new Uint8Array(LIMITS.maxPdfBytes + 1);
    more.set(bytes);
    bytes = more;
    length = readAll(fd, bytes, length);
    if (length > LIMITS.maxPdfBytes) throw tooLarge(name, null, true);
  }
  return Buffer.from(bytes.buffer, 0, length);
}
