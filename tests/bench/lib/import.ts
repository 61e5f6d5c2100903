// (g) The back-office import of older documents (issue 13) over the harness's admin AJAX door: a ZIP of N PDFs and
// EBP's CSV (Windows-1252, French column names, decimal commas) are uploaded in 8 MB chunks, dry-run, then imported
// step by step as the app does. Figures: documents per second of the import, and the PHP peak memory of each step
// (it must stay flat as the import grows: every step reads its rows from the database and one PDF at a time).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Harness } from './harness.ts';
import { pdfOfSize } from './pdf.ts';

const TOKEN = 'harness-admin-token-0123456789abcdef';
const CHUNK = 8 * 1048576;

interface StepFigure {
  ms: number;
  rows: number;
  peakReal: number;
}

export interface ImportFigures {
  documents: number;
  zipBytes: number;
  uploadMs: number;
  dryRunMs: number;
  importMs: number;
  dryRunSteps: StepFigure[];
  importSteps: StepFigure[];
  counts: Record<string, number>;
}

interface ImportState {
  id: number;
  status: string;
  processed: number;
  total: number;
  uploadUrl: string;
  counts: Record<string, number>;
}

async function admin(harness: Harness, action: string, params: Record<string, unknown>): Promise<ImportState> {
  const response = await fetch(`${harness.baseUrl}/admin-ajax?token=${TOKEN}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action, params }),
  });
  const json = (await response.json()) as { ok: boolean; data?: { import: ImportState }; error?: unknown };
  if (!json.ok || !json.data) {
    throw new Error(`${action}: HTTP ${response.status} ${JSON.stringify(json.error)}`);
  }
  return json.data.import;
}

function lastPeak(harness: Harness): number {
  const lines = readFileSync(harness.peakLog, 'utf8').trim().split('\n').filter((line) => line !== '');
  const last = lines.at(-1);
  return last === undefined ? 0 : (JSON.parse(last) as { peak: number }).peak;
}

/** The fixture: N PDFs of `pdfBytes` in a ZIP (Debian's zip) and the CSV; every tenth row is Alice's. */
function makeFiles(documents: number, pdfBytes: number, customerEmail: string): { dir: string; zip: string; csv: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'ebpdocs-bench-import-'));
  mkdirSync(join(dir, 'pdf'));
  const lines = ['N° pièce;Type de pièce;Date;Code client;E-mail de facturation;Total HT;Total TTC'];
  for (let n = 1; n <= documents; n += 1) {
    const number = `FAIMP${String(n).padStart(6, '0')}`;
    writeFileSync(join(dir, 'pdf', `Facture ${number}.pdf`), pdfOfSize(pdfBytes, `Facture ${number}`));
    const email = n % 10 === 0 ? customerEmail : `client${n}@example.com`;
    lines.push([number, 'Facture', `${String(1 + (n % 28)).padStart(2, '0')}/${String(1 + (n % 12)).padStart(2, '0')}/2023`, `C${n}`, email, '1 234,50', '1 481,40'].join(';'));
  }
  const zip = join(dir, 'documents.zip');
  execFileSync('zip', ['-q', '-r', '-0', zip, 'pdf'], { cwd: dir });
  return { dir, zip, csv: Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1') };
}

async function upload(state: ImportState, which: 'zip' | 'csv', bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const response = await fetch(`${state.uploadUrl}&file=${which}&offset=${offset}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(bytes.subarray(offset, offset + CHUNK)),
    });
    if (response.status !== 200) {
      throw new Error(`uploadImportChunk ${which} at ${offset}: HTTP ${response.status} ${await response.text()}`);
    }
  }
}

async function stepUntil(harness: Harness, state: ImportState, until: string, figures: StepFigure[]): Promise<ImportState> {
  let current = state;
  while (current.status !== until) {
    writeFileSync(harness.peakLog, '');
    const started = performance.now();
    const next = await admin(harness, 'stepImport', { id: current.id });
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    figures.push({ ms, rows: Math.max(0, next.processed - current.processed), peakReal: lastPeak(harness) });
    current = next;
  }
  return current;
}

export async function importDocuments(harness: Harness, documents: number, pdfBytes: number): Promise<ImportFigures> {
  const files = makeFiles(documents, pdfBytes, harness.customerEmail);
  try {
    const zip = readFileSync(files.zip);
    let state = await admin(harness, 'createImport', { zipName: 'documents.zip', zipSize: zip.length, csvName: 'documents.csv', csvSize: files.csv.length });
    const uploadStarted = performance.now();
    await upload(state, 'zip', zip);
    await upload(state, 'csv', files.csv);
    const uploadMs = performance.now() - uploadStarted;
    state = await admin(harness, 'getImport', { id: state.id });

    const dryRunSteps: StepFigure[] = [];
    const dryRunStarted = performance.now();
    state = await stepUntil(harness, state, 'ready', dryRunSteps);
    const dryRunMs = performance.now() - dryRunStarted;

    state = await admin(harness, 'startImport', { id: state.id });
    const importSteps: StepFigure[] = [];
    const importStarted = performance.now();
    state = await stepUntil(harness, state, 'done', importSteps);
    const importMs = performance.now() - importStarted;
    return { documents, zipBytes: zip.length, uploadMs, dryRunMs, importMs, dryRunSteps, importSteps, counts: state.counts };
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
}
