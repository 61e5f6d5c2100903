// The measured cases: each sends real requests to the harness and returns figures; nothing is asserted about speed,
// but a request the module refuses stops the run (a benchmark of error answers would measure the wrong thing).
import { readFileSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Harness } from './harness.ts';
import { econnecteurForm, pdfOfSize } from './pdf.ts';
import { summarize, type LatencySummary } from './stats.ts';

const execFileAsync = promisify(execFile);

export interface MemoryFigure {
  ms: number;
  /** memory_get_peak_usage(true) / (false) of the PHP request, from the harness's peak log. */
  peakReal: number;
  peakUsed: number;
  bytes: number;
}

interface Answer {
  status: number;
  body: string;
  ms: number;
}

async function post(url: string, body: string | FormData, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', body, headers });
  const text = await response.text();
  return { status: response.status, body: text, ms: performance.now() - started };
}

function expectStatus(answer: Answer, accepted: number[], what: string): void {
  if (!accepted.includes(answer.status)) {
    throw new Error(`${what}: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
  }
}

/** The peak memory the harness logged for the next request to finish (the log is emptied first). */
function clearPeakLog(harness: Harness): void {
  writeFileSync(harness.peakLog, '');
}

async function lastPeak(harness: Harness): Promise<{ peakReal: number; peakUsed: number }> {
  // Written at the PHP request's shutdown, which may come a moment after the client saw the last byte.
  for (let attempt = 0; attempt < 50; attempt++) {
    const lines = readFileSync(harness.peakLog, 'utf8').trim().split('\n').filter((line) => line !== '');
    const last = lines.at(-1);
    if (last !== undefined) {
      const entry = JSON.parse(last) as { peak: number; peakUsed: number };
      return { peakReal: entry.peak, peakUsed: entry.peakUsed };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The harness logged no peak memory');
}

function sendEconnecteur(harness: Harness, reference: string, pdf: Buffer): Promise<Answer> {
  const body = econnecteurForm({ key: harness.moduleKey, email: harness.customerEmail, type: 'Facture', reference }, pdf);
  return post(`${harness.baseUrl}/receive`, body, { 'Content-Type': 'application/x-www-form-urlencoded' });
}

/** (e) the same document sent again unchanged, one after the other (the connector re-sending after a lost answer). */
export async function replays(harness: Harness, reference: string, pdf: Buffer, count: number): Promise<LatencySummary> {
  const first = await sendEconnecteur(harness, reference, pdf);
  expectStatus(first, [200], 'E-connecteur door (first send)');
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const answer = await sendEconnecteur(harness, reference, pdf);
    expectStatus(answer, [200], 'E-connecteur door (replay)');
    if (!answer.body.includes('inchangé')) {
      throw new Error(`A replay was not recognised as one: ${answer.body}`);
    }
    latencies.push(answer.ms);
  }
  return summarize(latencies, performance.now() - started);
}

/** (b) one large PDF through the E-connecteur door. */
export async function econnecteurLarge(harness: Harness, reference: string, pdf: Buffer): Promise<MemoryFigure> {
  clearPeakLog(harness);
  const answer = await sendEconnecteur(harness, reference, pdf);
  expectStatus(answer, [200], 'E-connecteur door (large PDF)');
  return { ms: answer.ms, bytes: pdf.length, ...(await lastPeak(harness)) };
}

/** (c) one large PDF as API v1 multipart (file part "pdf"). */
export async function apiUpload(harness: Harness, number: string, pdf: Buffer): Promise<MemoryFigure> {
  const form = new FormData();
  form.set('type', 'invoice');
  form.set('number', number);
  form.set('email', harness.customerEmail);
  form.set('pdf', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), `${number}.pdf`);
  clearPeakLog(harness);
  const answer = await post(`${harness.baseUrl}/api?route=v1/documents`, form, { Authorization: `Bearer ${harness.moduleKey}` });
  expectStatus(answer, [200, 201], 'API v1 upload');
  return { ms: answer.ms, bytes: pdf.length, ...(await lastPeak(harness)) };
}

/** (d) the floor of a download: readfile() of the same stored file (tests/bench/readfile.php), same server. */
export async function readfileDownload(harness: Harness, reference: string): Promise<{ ms: number; bytes: number }> {
  const [rows] = await harness.db.query('SELECT id_document FROM ps_ebpdocuments_document WHERE reference = ?', [reference]);
  const row = (rows as Array<{ id_document: number }>)[0];
  if (row === undefined) {
    throw new Error(`No stored document ${reference}`);
  }
  return timedGet(`${harness.baseUrl}/__readfile?id=${row.id_document}`, {}, 'readfile()');
}

/**
 * GET a large body with Debian's curl, which counts its bytes without keeping them and times it itself (time_total:
 * from the connection to the last byte, without curl's own start). The client must not be what is measured: node:http
 * reads at ~650 MB/s on this 2-core machine, slower than PHP writes a file, so both doors gave the client's speed and
 * their ratio stayed near 1 whatever the server did; curl reads at over 1.5 GB/s.
 */
async function timedGet(url: string, headers: Record<string, string>, what: string): Promise<{ ms: number; bytes: number }> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code} %{size_download} %{time_total}', ...headerArgs, url]));
  } catch (error) {
    throw new Error(`${what}: curl failed (install it with apt-get install curl): ${String(error)}`);
  }
  const [status, bytes, seconds] = stdout.trim().split(' ');
  if (status !== '200') {
    throw new Error(`${what}: HTTP ${status ?? '?'}`);
  }
  return { ms: Number(seconds) * 1000, bytes: Number(bytes) };
}

/** (d) the customer downloads a stored document through the harness /download route (read by curl, bytes counted). */
export async function customerDownload(harness: Harness, reference: string): Promise<MemoryFigure> {
  const [rows] = await harness.db.query('SELECT id_document, access_token FROM ps_ebpdocuments_document WHERE reference = ?', [reference]);
  const row = (rows as Array<{ id_document: number; access_token: string }>)[0];
  if (row === undefined) {
    throw new Error(`No stored document ${reference}`);
  }
  clearPeakLog(harness);
  const download = await timedGet(`${harness.baseUrl}/download?id=${row.id_document}&token=${row.access_token}`, { Cookie: `harness_customer=${harness.customerId}` }, 'Download');
  return { ...download, ...(await lastPeak(harness)) };
}

export function distinctPdfs(count: number, size: number): Buffer[] {
  return Array.from({ length: count }, (_, index) => pdfOfSize(size, `Facture bench ${index}`));
}
