/**
 * A tiny but real PDF 1.4 writer: one page, Helvetica text lines, a correct cross-reference table. Each document the
 * journeys push is built here, so the bytes the customer downloads can be compared with what was sent.
 */

function escapeText(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
}

export function buildPdf(lines: string[]): Buffer {
  const content = ['BT', '/F1 14 Tf', '56 780 Td', '18 TL']
    .concat(lines.map((line) => `(${escapeText(line)}) '`))
    .concat(['ET'])
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A sales document as EBP would print it (the text only matters to whoever opens it). */
export function ebpDocumentPdf(kind: string, reference: string, customer: string, extra = ''): Buffer {
  return buildPdf([
    `EBP Demo - ${kind} ${reference}`,
    `Client : ${customer}`,
    `Date : ${new Date().toISOString().slice(0, 10)}`,
    'Designation            Qte     PU HT',
    'T-shirt imprime colibri  2     19,12',
    `Total TTC : 45,89 EUR ${extra}`,
  ]);
}
