/**
 * PDFs that must be refused with a clear error: corrupt, truncated,
 * encrypted, zero pages, absurdly many pages, and a scanned-style page with
 * no text layer.
 */
import { newDoc, finish } from './pdfdoc.js';

/** A hand-written PDF with a correct xref table; `count` is what /Pages claims. */
export function handmadePdf(kids: string[], count: number, pageObjects: string[] = []): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${count} >>`,
    ...pageObjects,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export function zeroPagesPdf(): Buffer {
  return handmadePdf([], 0);
}

/** One real page, but /Count claims a million: a hostile or broken page tree. */
export function hugeCountPdf(): Buffer {
  return handmadePdf(['3 0 R'], 1_000_000, ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']);
}

/** A PDF header followed by deterministic garbage. */
export function corruptPdf(): Buffer {
  const bytes = Buffer.alloc(4096);
  let s = 12345;
  for (let i = 0; i < bytes.length; i++) bytes[i] = (s = (s * 1103515245 + 12345) & 0x7fffffff) >> 16;
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R', 'latin1'), bytes]);
}

export function truncatedPdf(valid: Buffer): Buffer {
  return valid.subarray(0, Math.floor(valid.length * 0.4));
}

export async function encryptedPdf(): Promise<Buffer> {
  const doc = newDoc('Encrypted', { userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.4' });
  doc.font('Times-Roman').fontSize(11).text('Art. 1er. Ce texte est chiffré.', 60, 80);
  return finish(doc);
}

/** A page as a scanner makes it: only shapes, no text layer (OCR would be needed). */
export async function scannedPdf(pages = 2): Promise<Buffer> {
  const doc = newDoc('Scan');
  let s = 7;
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    for (let y = 80; y < 780; y += 14) {
      let x = 60;
      while (x < 530) {
        const w = 8 + ((s = (s * 48271) % 2147483647) % 40);
        doc.rect(x, y, Math.min(w, 535 - x), 7).fill('#333');
        x += w + 5;
      }
    }
  }
  return finish(doc);
}

/** Many plain pages, for page limits and timeouts. */
export async function manyPagesPdf(pages: number): Promise<Buffer> {
  const doc = newDoc('Many pages');
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    doc.font('Times-Roman').fontSize(10).text(`Art. ${p + 1}. La prestation 587134-587145 est supprimée à la page ${p + 1}.`, 60, 80, { width: 470 });
  }
  return finish(doc);
}
