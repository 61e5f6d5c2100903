// Valid PDFs of a chosen size for the benchmarks: one page of text plus a binary image stream that pads the file, the
// way a scanned or logo-heavy EBP document is mostly image data. Random bytes make every file distinct (its own sha256).
import { randomBytes } from 'node:crypto';

export function pdfOfSize(bytes: number, label: string): Buffer {
  const text = `BT /F1 14 Tf 56 780 Td (${label.replace(/[()\\]/g, '')}) Tj ET`;
  const head =
    '%PDF-1.4\n' +
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n' +
    `4 0 obj << /Length ${text.length} >> stream\n${text}\nendstream endobj\n`;
  const tail = '\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  const imageHeaderFor = (length: number): string =>
    `5 0 obj << /Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /Length ${length} >> stream\n`;
  // The header holds the padding length, whose digits change the total: size it with the final length's digits.
  let padding = Math.max(0, bytes - head.length - tail.length - imageHeaderFor(bytes).length);
  padding = Math.max(0, bytes - head.length - tail.length - imageHeaderFor(padding).length);
  return Buffer.concat([Buffer.from(head + imageHeaderFor(padding)), randomBytes(padding), Buffer.from(tail)]);
}

/** The body E-connecteur posts: form-urlencoded, the PDF in base64 with a line break every 76 characters (.NET). */
export function econnecteurForm(fields: { key: string; email: string; type: string; reference: string }, pdf: Buffer): string {
  const base64 = pdf.toString('base64').replace(/.{76}/g, '$&\r\n');
  return new URLSearchParams({ ...fields, oid: '', pdf: base64 }).toString();
}
