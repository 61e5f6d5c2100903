/**
 * What a connector sends. E-connecteur: one POST per document, fields key/email/type/reference/oid/pdf (base64),
 * as application/x-www-form-urlencoded or multipart/form-data. API v1: Bearer key, multipart with the PDF as a file.
 */

export interface EconnecteurFields {
  key: string;
  email: string;
  type: string;
  reference: string;
  oid?: string;
  pdf: Buffer;
}

export interface Answer {
  status: number;
  text: string;
  contentType: string;
}

/**
 * base64 with CRLF every 76 characters, as .NET's Convert.ToBase64String(bytes, InsertLineBreaks) writes it, so the
 * module's tolerance for line breaks is exercised.
 */
function wrappedBase64(pdf: Buffer): string {
  return (pdf.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

async function answer(response: Response): Promise<Answer> {
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') ?? '' };
}

export async function pushEconnecteurForm(receiveUrl: string, fields: EconnecteurFields): Promise<Answer> {
  const body = new URLSearchParams({
    key: fields.key,
    email: fields.email,
    type: fields.type,
    reference: fields.reference,
    oid: fields.oid ?? '',
    pdf: wrappedBase64(fields.pdf),
  });
  return answer(await fetch(receiveUrl, { method: 'POST', body, redirect: 'manual' }));
}

export async function pushEconnecteurMultipart(receiveUrl: string, fields: EconnecteurFields): Promise<Answer> {
  const body = new FormData();
  body.set('key', fields.key);
  body.set('email', fields.email);
  body.set('type', fields.type);
  body.set('reference', fields.reference);
  body.set('oid', fields.oid ?? '');
  body.set('pdf', fields.pdf.toString('base64'));
  return answer(await fetch(receiveUrl, { method: 'POST', body, redirect: 'manual' }));
}

/** The API URL of a route: the set-up page gives the base URL; routes go in the `route` query parameter. */
export function apiRouteUrl(apiUrl: string, route: string): string {
  const url = new URL(apiUrl);
  url.searchParams.set('route', route);
  return url.toString();
}

/** API v1's answer for one document (module/openapi.yaml). */
export interface DocumentAnswer {
  outcome: 'created' | 'unchanged' | 'replaced';
  document: { id: number; status: string; reason: string | null; version: number; customerAttached: boolean; orderLinked: boolean };
  notice: { reason: string; message: string; messageFr: string } | null;
}

export interface BatchAnswer {
  results: Array<Partial<DocumentAnswer> & { index: number; ok: boolean; status?: number; error?: { code: string; message: string; field: string | null } }>;
  summary: { total: number; ok: number; failed: number };
}

export async function apiCreate(apiUrl: string, key: string, metadata: Record<string, string>, pdf: Buffer): Promise<{ status: number; json: DocumentAnswer }> {
  const body = new FormData();
  for (const [name, value] of Object.entries(metadata)) {
    body.set(name, value);
  }
  body.set('pdf', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), `${metadata.number ?? 'document'}.pdf`);
  const response = await fetch(apiRouteUrl(apiUrl, 'v1/documents'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}` },
    body,
    redirect: 'manual',
  });
  return { status: response.status, json: (await response.json().catch(() => null)) as never };
}

export interface BatchItem {
  metadata: Record<string, string>;
  pdf: Buffer | null;
}

export async function apiBatch(apiUrl: string, key: string, items: BatchItem[]): Promise<{ status: number; json: BatchAnswer }> {
  const body = new FormData();
  const documents = items.map((item, index) => ({ ...item.metadata, file: `file${index}` }));
  body.set('documents', JSON.stringify(documents));
  items.forEach((item, index) => {
    if (item.pdf) {
      body.set(`file${index}`, new Blob([new Uint8Array(item.pdf)], { type: 'application/pdf' }), `file${index}.pdf`);
    }
  });
  const response = await fetch(apiRouteUrl(apiUrl, 'v1/documents/batch'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}` },
    body,
    redirect: 'manual',
  });
  return { status: response.status, json: (await response.json().catch(() => null)) as never };
}
