// npm run bench — the module's benchmarks (docs/DEVELOPMENT.md, "Benchmarks"). Prints figures, asserts nothing about
// speed, and is never part of tests/run.sh. EBPDOCS_BENCH_QUICK=1: a fast smoke run with smaller counts and files.
//
// Starts what it needs (the throwaway MariaDB, the PHP harness serving the module's real doors), measures the doors
// over HTTP, then runs tests/bench/admin-lists.php for the back office's list queries on 1,000,000 documents, and
// stops what it started.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { apiUpload, customerDownload, distinctPdfs, econnecteurLarge, econnecteurThroughput, replays, type MemoryFigure } from './lib/cases.ts';
import { databaseEnvironment, repositoryRoot, startDatabase, startHarness, stopDatabase } from './lib/harness.ts';
import { importDocuments } from './lib/import.ts';
import { pdfOfSize } from './lib/pdf.ts';
import { megabytes, printTable, type LatencySummary } from './lib/stats.ts';

const quick = process.env.EBPDOCS_BENCH_QUICK === '1';
const verbose = process.env.EBPDOCS_BENCH_VERBOSE === '1';
const MB = 1048576;
const plan = quick
  ? { documents: 20, documentBytes: 100 * 1024, largeBytes: 2 * MB, downloadBytes: 5 * MB, replays: 20, listDocuments: 20000, imported: 300 }
  : { documents: 200, documentBytes: 100 * 1024, largeBytes: 20 * MB, downloadBytes: 50 * MB, replays: 100, listDocuments: 1000000, imported: 10000 };
const IMPORTED_PDF_BYTES = 10 * 1024;

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

const rate = (summary: LatencySummary): string => `${summary.perSecond.toFixed(1)}/s`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const memory = (figure: MemoryFigure): string => `${megabytes(figure.peakReal)} (used ${megabytes(figure.peakUsed)})`;

async function measureDoors(): Promise<string[][]> {
  const harness = await startHarness();
  try {
    log(`Harness on ${harness.baseUrl} (4 PHP workers), state in ${harness.dir}`);
    const rows: string[][] = [['case', 'documents', 'rate / throughput', 'p50', 'p95', 'time', 'PHP peak memory']];
    const kb = `${plan.documentBytes / 1024} KB`;

    log(`(a) ${plan.documents} distinct ${kb} PDFs through the E-connecteur door, one client…`);
    const sequential = await econnecteurThroughput(harness, 'FASEQ', distinctPdfs(plan.documents, plan.documentBytes), 1);
    rows.push([`(a) E-connecteur, ${kb} PDFs, 1 client`, String(sequential.count), rate(sequential), ms(sequential.p50), ms(sequential.p95), `${sequential.seconds.toFixed(1)} s`, '']);

    log(`(a) ${plan.documents} more, 4 clients at once…`);
    const concurrent = await econnecteurThroughput(harness, 'FACON', distinctPdfs(plan.documents, plan.documentBytes), 4);
    rows.push([`(a) E-connecteur, ${kb} PDFs, 4 clients`, String(concurrent.count), rate(concurrent), ms(concurrent.p50), ms(concurrent.p95), `${concurrent.seconds.toFixed(1)} s`, '']);

    log(`(b) one ${megabytes(plan.largeBytes)} PDF through the E-connecteur door…`);
    const large = pdfOfSize(plan.largeBytes, 'Facture bench large');
    const econnecteur = await econnecteurLarge(harness, 'FALARGE1', large);
    rows.push([`(b) E-connecteur, one ${megabytes(plan.largeBytes)} PDF`, '1', `${(econnecteur.bytes / MB / (econnecteur.ms / 1000)).toFixed(1)} MB/s`, '', '', ms(econnecteur.ms), memory(econnecteur)]);

    log(`(c) the same PDF as API v1 multipart…`);
    const api = await apiUpload(harness, 'FALARGE2', large);
    rows.push([`(c) API v1 multipart, one ${megabytes(plan.largeBytes)} PDF`, '1', `${(api.bytes / MB / (api.ms / 1000)).toFixed(1)} MB/s`, '', '', ms(api.ms), memory(api)]);

    log(`(d) the customer downloads a ${megabytes(plan.downloadBytes)} PDF (uploaded through API v1 first)…`);
    await apiUpload(harness, 'FAHUGE', pdfOfSize(plan.downloadBytes, 'Facture bench download'));
    const download = await customerDownload(harness, 'FAHUGE');
    if (download.bytes !== plan.downloadBytes) {
      throw new Error(`The download gave ${download.bytes} bytes, not ${plan.downloadBytes}`);
    }
    rows.push([`(d) customer download, ${megabytes(plan.downloadBytes)} PDF`, '1', `${(download.bytes / MB / (download.ms / 1000)).toFixed(1)} MB/s`, '', '', ms(download.ms), memory(download)]);

    log(`(e) ${plan.replays} unchanged re-sends of one document…`);
    const replayed = await replays(harness, 'FAREPLAY', pdfOfSize(plan.documentBytes, 'Facture bench replay'), plan.replays);
    rows.push([`(e) replays (unchanged, ${kb}), 1 client`, String(replayed.count), rate(replayed), ms(replayed.p50), ms(replayed.p95), `${replayed.seconds.toFixed(1)} s`, '']);

    log(`(g) back-office import of ${plan.imported.toLocaleString('en')} documents (${IMPORTED_PDF_BYTES / 1024} KB PDFs in a ZIP + EBP CSV), chunked upload, dry run, steps…`);
    const imported = await importDocuments(harness, plan.imported, IMPORTED_PDF_BYTES);
    const peaks = (steps: Array<{ peakReal: number }>): string => {
      const values = steps.map((step) => step.peakReal);
      return `${megabytes(Math.min(...values))}–${megabytes(Math.max(...values))} per step (first ${megabytes(values[0] ?? 0)}, last ${megabytes(values.at(-1) ?? 0)})`;
    };
    rows.push([`(g) import upload, ${megabytes(imported.zipBytes)} ZIP in 8 MB chunks`, '', `${(imported.zipBytes / MB / (imported.uploadMs / 1000)).toFixed(1)} MB/s`, '', '', ms(imported.uploadMs), '']);
    rows.push([`(g) import dry run, ${imported.dryRunSteps.length} steps`, String(imported.documents), `${(imported.documents / (imported.dryRunMs / 1000)).toFixed(1)}/s`, '', '', `${(imported.dryRunMs / 1000).toFixed(1)} s`, peaks(imported.dryRunSteps)]);
    rows.push([`(g) import, ${imported.importSteps.length} steps of ≤ 100`, String(imported.documents), `${(imported.documents / (imported.importMs / 1000)).toFixed(1)}/s`, '', '', `${(imported.importMs / 1000).toFixed(1)} s`, peaks(imported.importSteps)]);
    if ((imported.counts.attached ?? 0) + (imported.counts.kept_aside ?? 0) !== imported.documents) {
      throw new Error(`The import did not store every document: ${JSON.stringify(imported.counts)}`);
    }
    return rows;
  } finally {
    await harness.stop();
  }
}

/** (f) tests/bench/admin-lists.php: kept in PHP because it calls the module's query classes directly (no HTTP). */
async function measureAdminLists(): Promise<void> {
  log(`\n(f) Admin lists on ${plan.listDocuments.toLocaleString('en')} documents (tests/bench/admin-lists.php, median of 3 runs${verbose ? '' : '; EBPDOCS_BENCH_VERBOSE=1 adds the EXPLAIN plans'})`);
  const child = spawn('php', ['tests/bench/admin-lists.php', `--documents=${plan.listDocuments}`], {
    cwd: repositoryRoot,
    env: databaseEnvironment(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout })) {
    if (verbose || !line.startsWith('    ')) {
      log(line);
    }
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) {
    throw new Error(`tests/bench/admin-lists.php exited with ${code}`);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`ebpdocuments benchmarks${quick ? ' (quick: EBPDOCS_BENCH_QUICK=1)' : ''}`);
  const databaseStarted = startDatabase();
  try {
    const rows = await measureDoors();
    log('');
    printTable(rows);
    await measureAdminLists();
  } finally {
    if (databaseStarted) {
      stopDatabase();
    }
  }
  log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s. PHP peak memory: memory_get_peak_usage(true) of the request (used: (false)), memory_limit 256M.`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
