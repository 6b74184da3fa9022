/**
 * Hostile PDFs of the hardening issue, written by hand (a few hundred
 * bytes each): operator floods, a huge MediaBox, a NaN box, a deflate
 * bomb, damaged cross-references. Deterministic.
 */
import { constants, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * A one-page PDF around `content` (raw, or deflated when `deflate`; with
 * `encoded`, content already is a zlib stream), with Helvetica as /F1.
 */
export function onePagePdf(content: Buffer | string, options: { mediaBox?: string; deflate?: boolean; encoded?: boolean; badChecksum?: boolean } = {}): Buffer {
  const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, 'latin1');
  const data = options.encoded ? Buffer.from(raw) : options.deflate ? deflateSync(raw, { level: 9 }) : raw;
  // a wrong adler-32 at the end: inflateSync throws, pdf.js does not check it
  if (options.badChecksum) data[data.length - 1] ^= 0xff;
  const parts: (string | Buffer)[] = [];
  const offsets: number[] = [];
  let size = 0;
  const push = (p: string | Buffer) => {
    parts.push(p);
    size += Buffer.isBuffer(p) ? p.length : Buffer.byteLength(p, 'latin1');
  };
  push('%PDF-1.4\n');
  const obj = (n: number, body: string | (string | Buffer)[]) => {
    offsets[n] = size;
    push(`${n} 0 obj\n`);
    for (const b of Array.isArray(body) ? body : [body]) push(b);
    push('\nendobj\n');
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, `<< /Type /Page /Parent 2 0 R /MediaBox ${options.mediaBox ?? '[0 0 595 842]'} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`);
  obj(4, [`<< /Length ${data.length}${options.deflate || options.encoded ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, data, '\nendstream']);
  obj(5, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const xref = size;
  push(`xref\n0 6\n0000000000 65535 f \n`);
  for (let n = 1; n <= 5; n++) push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p, 'latin1'))));
}

/** A page of decree text, for the hostile variants to carry. */
export const DECREE_TEXT = [
  'Article 1er. A l article 14 de l annexe, la prestation 589676 - 589680 est supprimee.',
  'Art. 2. Le present arrete entre en vigueur le 1er janvier 2024.',
];

function textOps(lines = DECREE_TEXT): string {
  return lines.map((l, i) => `BT /F1 10 Tf 60 ${780 - 14 * i} Td (${l}) Tj ET`).join('\n');
}

/** The reproducer of item 3: `n` nested `q` operators (20,000 took 67 s), deflated to a few hundred bytes. */
export function qFloodPdf(n: number): Buffer {
  return onePagePdf(`${'q '.repeat(n)}\n${textOps()}\n${'Q '.repeat(n)}`, { deflate: true });
}

/** `n` text-showing operators: many operators, no nesting. */
export function operatorFloodPdf(n: number): Buffer {
  return onePagePdf(`BT /F1 10 Tf 60 700 Td ${'(x) Tj '.repeat(n)} ET\n${textOps()}`, { deflate: true });
}

/** `/MediaBox [0 0 1e9 1e9]` (95 s and 4 GB in findGutter). */
export function hugeMediaBoxPdf(box = '[0 0 1000000000 1000000000]'): Buffer {
  return onePagePdf(textOps(), { mediaBox: box });
}

/**
 * A content stream of decree text and `mb` MB of `filler` deflated (2 GB
 * inflate from about 2 MB). Made in milliseconds, not seconds: see `tiledDeflate`.
 */
export function deflateBombPdf(mb: number, badChecksum = false, filler = ' '): Buffer {
  const chunk = Buffer.alloc(1024 * 1024, filler, 'latin1');
  return onePagePdf(tiledDeflate(Buffer.from(textOps() + '\n', 'latin1'), chunk, mb), { encoded: true, badChecksum });
}

/**
 * The zlib stream of `head` followed by `count` copies of `chunk`, compressed
 * once: a raw deflate ended by a full flush is byte-aligned and refers to no
 * earlier data, so the compressed chunk can be repeated as is; the Adler-32
 * of the whole is combined arithmetically.
 */
export function tiledDeflate(head: Buffer, chunk: Buffer, count: number): Buffer {
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const parts = [Buffer.from([0x78, 0xda]), deflateRawSync(head, flush)];
  const tile = deflateRawSync(chunk, flush);
  const chunkSum = adler32(chunk);
  let sum = adler32(head);
  for (let i = 0; i < count; i++) {
    parts.push(tile);
    sum = adler32Combine(sum, chunkSum, chunk.length);
  }
  parts.push(deflateRawSync(Buffer.alloc(0)), Buffer.alloc(4));
  const out = Buffer.concat(parts);
  out.writeUInt32BE(sum, out.length - 4);
  return out;
}

const ADLER_BASE = 65521;

function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]) % ADLER_BASE;
    b = (b + a) % ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib's adler32_combine: the checksum of A then B from theirs and B's length. */
function adler32Combine(sumA: number, sumB: number, lengthB: number): number {
  const rem = lengthB % ADLER_BASE;
  const a = ((sumA & 0xffff) + (sumB & 0xffff) + ADLER_BASE - 1) % ADLER_BASE;
  const b = ((rem * (sumA & 0xffff)) % ADLER_BASE + (sumA >>> 16) + (sumB >>> 16) + ADLER_BASE - rem) % ADLER_BASE;
  return ((b << 16) | a) >>> 0;
}

/** Every xref offset moved by `delta` bytes. */
export function shiftedXrefPdf(pdf: Buffer, delta: number): Buffer {
  const s = pdf.toString('latin1');
  return Buffer.from(s.replace(/(\d{10}) 00000 n/g, (_, o: string) => `${String(Math.max(0, Number(o) + delta)).padStart(10, '0')} 00000 n`), 'latin1');
}
