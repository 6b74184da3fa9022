/**
 * Hostile PDFs of the hardening issue, written by hand (a few hundred
 * bytes each): operator floods, a huge MediaBox, a NaN box, a deflate
 * bomb, damaged cross-references. Deterministic.
 */
import { deflateSync } from 'node:zlib';

/** A one-page PDF around `content` (raw, or deflated when `deflate`), with Helvetica as /F1. */
export function onePagePdf(content: Buffer | string, options: { mediaBox?: string; deflate?: boolean; badChecksum?: boolean } = {}): Buffer {
  const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, 'latin1');
  const data = options.deflate ? deflateSync(raw, { level: 9 }) : raw;
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
  obj(4, [`<< /Length ${data.length}${options.deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, data, '\nendstream']);
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

/** A content stream of `mb` MB of zeros deflated (2 GB inflate from about 2 MB). */
export function deflateBombPdf(mb: number, badChecksum = false): Buffer {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const parts = [Buffer.from(textOps() + '\n', 'latin1')];
  for (let i = 0; i < mb; i++) parts.push(chunk);
  return onePagePdf(Buffer.concat(parts), { deflate: true, badChecksum });
}

/** Every xref offset moved by `delta` bytes. */
export function shiftedXrefPdf(pdf: Buffer, delta: number): Buffer {
  const s = pdf.toString('latin1');
  return Buffer.from(s.replace(/(\d{10}) 00000 n/g, (_, o: string) => `${String(Math.max(0, Number(o) + delta)).padStart(10, '0')} 00000 n`), 'latin1');
}
