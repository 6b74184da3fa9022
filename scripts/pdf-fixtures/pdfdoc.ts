import PDFDocument from 'pdfkit';

/** Fixed creation date and no random ids: the same input gives the same bytes. */
export const FIXED_DATE = new Date(Date.UTC(2001, 3, 28, 12, 0, 0));

export function newDoc(title: string, extra: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'A4',
    margin: 0,
    compress: true,
    info: { Title: title, Producer: 'nomen pdf-fixtures', Creator: 'nomen pdf-fixtures', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
    ...extra,
  });
}

export function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.end();
  return done;
}
