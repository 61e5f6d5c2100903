// npm run bench — the module's benchmarks (docs/DEVELOPMENT.md, "Benchmarks"). Prints figures, asserts nothing about
// speed, and is never part of tests/run.sh. EBPDOCS_BENCH_QUICK=1: a fast smoke run with smaller counts and files.
// npm run bench -- --real-shop[=8,9]: the real-shop bench instead (tests/bench/lib/realshop.ts), against the test
// shops of ../shared/prestashop; --shop-dir=DIR --shop-port-8=P --shop-port-9=P --shop-db-port=P --no-build,
// --shop-documents=N --shop-repetitions=N (default 200 and 3; quick: 40 and 1).
// npm run bench -- --only=a,h: only those parts of the harness bench (letters a–h of docs/DEVELOPMENT.md), e.g. to
// loop on the ingestion figures without (f)'s 1,000,000 rows.
//
// Starts what it needs (the throwaway MariaDB, the PHP harness serving the module's real doors), measures the doors
// over HTTP, then runs tests/bench/admin-lists.php for the back office's list queries on 1,000,000 documents, and
// stops what it started.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { apiUpload, customerDownload, distinctPdfs, econnecteurLarge, readfileDownload, replays, type MemoryFigure } from './lib/cases.ts';
import { databaseEnvironment, repositoryRoot, startDatabase, startHarness, stopDatabase, type Harness } from './lib/harness.ts';
import { importDocuments } from './lib/import.ts';
import { bufferPool, costsOfRounds, deadlockRun, doorThroughput, sendOne, statementsPerRequest, type Door } from './lib/ingestion.ts';
import { pdfOfSize } from './lib/pdf.ts';
import { realShopBench, type ShopVersion } from './lib/realshop.ts';
import { burstPlan, megabytes, printTable, spread, summarize, type LatencySummary } from './lib/stats.ts';
import mysql from 'mysql2/promise';

const quick = process.env.EBPDOCS_BENCH_QUICK === '1';
const verbose = process.env.EBPDOCS_BENCH_VERBOSE === '1';
const MB = 1048576;
const plan = quick
  ? { documents: 20, repetitions: 1, documentBytes: 100 * 1024, largeBytes: 2 * MB, downloadBytes: 5 * MB, replays: 20, listDocuments: 20000, imported: 300, deadlockRequests: 40, deadlockRuns: 1 }
  : { documents: 200, repetitions: 3, documentBytes: 100 * 1024, largeBytes: 20 * MB, downloadBytes: 50 * MB, replays: 100, listDocuments: 1000000, imported: 10000, deadlockRequests: 400, deadlockRuns: 3 };
const IMPORTED_PDF_BYTES = 10 * 1024;
const CLIENT_COUNTS = [1, 4, 16];
/** The parts of the harness bench (docs/DEVELOPMENT.md, "Benchmarks"); --only=a,h runs those alone. */
const PARTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
let onlyParts: string[] | null = null;
const selected = (part: string): boolean => onlyParts === null || onlyParts.includes(part);

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

const rate = (summary: LatencySummary): string => `${summary.perSecond.toFixed(1)}/s`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const memory = (figure: MemoryFigure): string => `${megabytes(figure.peakReal)} (used ${megabytes(figure.peakUsed)})`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * (a) The module's E-connecteur door against the floor receiver (tests/bench/floor.php: key check, decode, temp +
 * rename, one INSERT) on the same server and php.ini, at 1, 4 and 16 clients. The doors take turns in short bursts
 * (stats.ts burstPlan: 10 documents each, or 4 × the clients, at least 24 rounds; the door that goes first alternating), after one
 * warm-up round that is not counted; the ratio is the median of the per-round ratios (module docs/s / floor docs/s
 * of the same round), printed with its p25–p75. docs/s: all the documents of a door over the time of its bursts;
 * p50 / p95 over all its requests. Then the SQL statements each request sends.
 */
async function measureIngestionAgainstFloor(harness: Harness): Promise<void> {
  const kb = `${plan.documentBytes / 1024} KB`;
  const perDoor = plan.documents * plan.repetitions;
  log(`(a) ${perDoor}+ distinct ${kb} PDFs per door and client count through the module's door and the floor receiver, 1/4/16 clients, in alternating bursts (10 each, or 4 × clients; ≥ 24 rounds; 1 warm-up round not counted); ratios: medians of the per-round ratios (p25–p75); PHP CPU per request from the harness's CPU log…`);
  const rows: string[][] = [
    ['clients', 'rounds × burst', 'module docs/s', 'floor docs/s', 'module/floor (p25–p75)', 'module p50 / p95', 'floor p50 / p95', 'PHP CPU/request module / floor', 'CPU floor/module (p25–p75)', 'SQL wait/request module / floor'],
  ];
  let ceiling = '';
  let run = 0;
  for (const clients of CLIENT_COUNTS) {
    const { burst, rounds } = burstPlan(perDoor, clients, 10, 4, 24);
    for (const door of ['module', 'floor'] as Door[]) {
      await doorThroughput(harness, door, `W${run++}F`, distinctPdfs(burst, plan.documentBytes), clients);
    }
    const latencies: Record<Door, number[]> = { module: [], floor: [] };
    const seconds: Record<Door, number> = { module: 0, floor: 0 };
    const ratios: number[] = [];
    const roundPrefixes: Array<Record<Door, string>> = [];
    for (let round = 0; round < rounds; round++) {
      const rateOf: Record<Door, number> = { module: 0, floor: 0 };
      const prefixes: Record<Door, string> = { module: '', floor: '' };
      for (const door of (round % 2 === 0 ? ['module', 'floor'] : ['floor', 'module']) as Door[]) {
        prefixes[door] = `R${run++}F`;
        const figure = await doorThroughput(harness, door, prefixes[door], distinctPdfs(burst, plan.documentBytes), clients);
        latencies[door].push(...figure.latencies);
        seconds[door] += figure.seconds;
        rateOf[door] = figure.perSecond;
      }
      ratios.push(rateOf.module / rateOf.floor);
      roundPrefixes.push(prefixes);
    }
    // The same rounds in PHP CPU time per request (harness CPU log): floor / module, a ratio of costs that other
    // processes on the machine hardly move; and the time each request's PHP waited for its SQL statements.
    const costs = await costsOfRounds(harness);
    const costOf = (door: Door, figure: 'cpuMs' | 'sqlMs'): number =>
      median(roundPrefixes.flatMap((prefixes) => (costs.get(prefixes[door]) ?? []).map((cost) => cost[figure])));
    const cpuRatios = roundPrefixes.map(
      (prefixes) => median((costs.get(prefixes.floor) ?? []).map((cost) => cost.cpuMs)) / median((costs.get(prefixes.module) ?? []).map((cost) => cost.cpuMs)),
    );
    const ratio = spread(ratios);
    const cpuRatio = spread(cpuRatios);
    const latency = (door: Door): string => {
      const summary = summarize(latencies[door], seconds[door] * 1000);
      return `${ms(summary.p50)} / ${ms(summary.p95)}`;
    };
    const docsPerSecond = (door: Door): string => (latencies[door].length / seconds[door]).toFixed(1);
    rows.push([
      String(clients),
      `${rounds} × ${burst}`,
      docsPerSecond('module'),
      docsPerSecond('floor'),
      `${ratio.median.toFixed(2)} (${ratio.p25.toFixed(2)}–${ratio.p75.toFixed(2)})`,
      latency('module'),
      latency('floor'),
      `${costOf('module', 'cpuMs').toFixed(2)} / ${costOf('floor', 'cpuMs').toFixed(2)} ms`,
      `${cpuRatio.median.toFixed(2)} (${cpuRatio.p25.toFixed(2)}–${cpuRatio.p75.toFixed(2)})`,
      `${costOf('module', 'sqlMs').toFixed(2)} / ${costOf('floor', 'sqlMs').toFixed(2)} ms`,
    ]);
    if (clients === 1) {
      // What the module's SQL alone allows: its number read, its events row and its INSERT into an indexed table
      // stay even if all of its PHP cost no more than the floor's.
      const floorP50 = summarize(latencies.floor, seconds.floor * 1000).p50;
      const extraSql = costOf('module', 'sqlMs') - costOf('floor', 'sqlMs');
      ceiling =
        `Ceiling at 1 client: the module's request waits ${extraSql.toFixed(2)} ms more for SQL than the floor's (p50 ${ms(floorP50)}); ` +
        `with the rest of its work as cheap as the floor's, module/floor would be at most ${(floorP50 / (floorP50 + extraSql)).toFixed(2)}.`;
    }
  }
  log('');
  printTable(rows);
  log(ceiling);

  const count = quick ? 5 : 20;
  const pdfs = distinctPdfs(count, plan.documentBytes);
  const newDocument = await statementsPerRequest(harness, count, async (index) => {
    await sendOne(harness, 'module', `STMTNEW${index}`, pdfs[index] ?? Buffer.alloc(0));
  });
  const unchanged = await statementsPerRequest(harness, count, async (index) => {
    await sendOne(harness, 'module', `STMTNEW${index}`, pdfs[index] ?? Buffer.alloc(0));
  });
  const floor = await statementsPerRequest(harness, count, async (index) => {
    await sendOne(harness, 'floor', `STMTFLOOR${index}`, pdfs[index] ?? Buffer.alloc(0));
  });
  const webservicePdfs = distinctPdfs(count, plan.documentBytes);
  const withWebserviceKey = await statementsPerRequest(harness, count, async (index) => {
    const answer = await sendOne(harness, 'module', `STMTWS${index}`, webservicePdfs[index] ?? Buffer.alloc(0), harness.webserviceKey);
    if (answer.status !== 200) {
      throw new Error(`Webservice key push: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
    }
  });
  log('');
  printTable([
    ['SQL statements per request (server Questions counter, whole request, less the Quit)', 'module', 'floor'],
    ["new document (key check, number with the e-mail's customers, INSERT, events)", newDocument.toFixed(1), floor.toFixed(1)],
    ['unchanged re-send (key check, number, "unchanged" event)', unchanged.toFixed(1), ''],
    ["new document with the shop's Webservice key, as E-connecteur sends it (the same four)", withWebserviceKey.toFixed(1), ''],
  ]);
}

/** (h) The deadlock run: 16 clients, 16 PHP workers, 25 % re-sends, three runs in a row. */
async function measureDeadlockRuns(): Promise<void> {
  const harness = await startHarness(16, 'deadlock');
  try {
    log(`\n(h) Deadlock run: ${plan.deadlockRequests} pushes (20 KB PDFs), 16 clients, ${harness.workers} PHP workers, 25 % re-sends of a document of the run, ${plan.deadlockRuns} run(s) in a row…`);
    const rows: string[][] = [['run', 'requests', 'answers by status', 'deadlocks (Innodb_deadlocks)', 'row lock waits', 'rows / expected', 'files / expected', 'time']];
    for (let run = 1; run <= plan.deadlockRuns; run++) {
      const figure = await deadlockRun(harness, `DL${run}X`, plan.deadlockRequests, 16, 0.25);
      const answers = Object.entries(figure.answers).map(([status, count]) => `${status}: ${count}`).join(', ');
      rows.push([String(run), String(figure.requests), answers, `${figure.deadlocks}${figure.latestDeadlock !== '' ? ` (latest: ${figure.latestDeadlock})` : ''}`, String(figure.lockWaits), `${figure.rows} / ${figure.distinct}`, `${figure.files} / ${figure.distinct}`, `${figure.seconds.toFixed(1)} s`]);
    }
    printTable(rows);
  } finally {
    await harness.stop();
  }
}

async function measureDoors(): Promise<string[][]> {
  const rows: string[][] = [['case', 'documents', 'rate / throughput', 'p50', 'p95', 'time', 'PHP peak memory']];
  if (!['a', 'b', 'c', 'd', 'e', 'g'].some(selected)) {
    return rows;
  }
  const harness = await startHarness();
  try {
    log(`Harness on ${harness.baseUrl} (${harness.workers} PHP workers), state in ${harness.dir}`);
    if (selected('a')) {
      await measureIngestionAgainstFloor(harness);
      log('');
    }
    const kb = `${plan.documentBytes / 1024} KB`;
    const large = selected('b') || selected('c') ? pdfOfSize(plan.largeBytes, 'Facture bench large') : Buffer.alloc(0);

    if (selected('b')) {
      log(`(b) one ${megabytes(plan.largeBytes)} PDF through the E-connecteur door…`);
      const econnecteur = await econnecteurLarge(harness, 'FALARGE1', large);
      rows.push([`(b) E-connecteur, one ${megabytes(plan.largeBytes)} PDF`, '1', `${(econnecteur.bytes / MB / (econnecteur.ms / 1000)).toFixed(1)} MB/s`, '', '', ms(econnecteur.ms), memory(econnecteur)]);
    }

    if (selected('c')) {
      log(`(c) the same PDF as API v1 multipart…`);
      const api = await apiUpload(harness, 'FALARGE2', large);
      rows.push([`(c) API v1 multipart, one ${megabytes(plan.largeBytes)} PDF`, '1', `${(api.bytes / MB / (api.ms / 1000)).toFixed(1)} MB/s`, '', '', ms(api.ms), memory(api)]);
    }

    if (selected('d')) {
      await measureDownload(harness, rows);
    }

    if (selected('e')) {
      log(`(e) ${plan.replays} unchanged re-sends of one document…`);
      const replayed = await replays(harness, 'FAREPLAY', pdfOfSize(plan.documentBytes, 'Facture bench replay'), plan.replays);
      rows.push([`(e) replays (unchanged, ${kb}), 1 client`, String(replayed.count), rate(replayed), ms(replayed.p50), ms(replayed.p95), `${replayed.seconds.toFixed(1)} s`, '']);
    }

    if (selected('g')) {
      await measureImport(harness, rows);
    }
    return rows;
  } finally {
    await harness.stop();
  }
}

/**
 * (d) The customer downloads a large PDF: module and readfile() in turn, 31 times each (a 50 MB download takes
 * 25–35 ms here, and single runs swing by ±30 %), the one that goes first alternating (a warm page cache or a busy
 * moment favours neither); the medians.
 */
async function measureDownload(harness: Harness, rows: string[][]): Promise<void> {
  log(`(d) the customer downloads a ${megabytes(plan.downloadBytes)} PDF (uploaded through API v1 first)…`);
  await apiUpload(harness, 'FAHUGE', pdfOfSize(plan.downloadBytes, 'Facture bench download'));
  const moduleRuns: MemoryFigure[] = [];
  const readfileRuns: number[] = [];
  const downloadOnce = async (): Promise<void> => {
    const download = await customerDownload(harness, 'FAHUGE');
    if (download.bytes !== plan.downloadBytes) {
      throw new Error(`The download gave ${download.bytes} bytes, not ${plan.downloadBytes}`);
    }
    moduleRuns.push(download);
  };
  const readfileOnce = async (): Promise<void> => {
    readfileRuns.push((await readfileDownload(harness, 'FAHUGE')).ms);
  };
  for (let repetition = 0; repetition < 31; repetition++) {
    for (const once of repetition % 2 === 0 ? [downloadOnce, readfileOnce] : [readfileOnce, downloadOnce]) {
      await once();
    }
  }
  const moduleMs = median(moduleRuns.map((run) => run.ms));
  const readfileMs = median(readfileRuns);
  const download = moduleRuns.find((run) => run.ms === moduleMs) ?? moduleRuns[0];
  if (download === undefined) {
    throw new Error('No download measured');
  }
  rows.push([`(d) customer download, ${megabytes(plan.downloadBytes)} PDF`, '1', `${(plan.downloadBytes / MB / (moduleMs / 1000)).toFixed(1)} MB/s`, '', '', ms(moduleMs), memory(download)]);
  rows.push([`(d) readfile() of the same file (floor)`, '1', `${(plan.downloadBytes / MB / (readfileMs / 1000)).toFixed(1)} MB/s`, '', '', ms(readfileMs), `module/readfile: ${(readfileMs / moduleMs).toFixed(2)}× the speed`]);
}

/** (g) The back-office import: chunked upload, dry run, import steps. */
async function measureImport(harness: Harness, rows: string[][]): Promise<void> {
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
}

/**
 * (f) tests/bench/admin-lists.php: kept in PHP because it calls the module's query classes directly (no HTTP). The
 * server's buffer pool is first made large enough for the data it fills (1,000,000 documents, 1,000,000 customers,
 * 500,000 events: about 1.5 GB with indexes), so the figures are not disk reads; admin-lists.php prints the size.
 */
async function measureAdminLists(): Promise<void> {
  const environment = databaseEnvironment();
  const db = await mysql.createConnection({ host: environment.EBPDOCS_DB_HOST, port: Number(environment.EBPDOCS_DB_PORT), user: environment.EBPDOCS_DB_USER, password: environment.EBPDOCS_DB_PASSWORD });
  const wanted = quick ? 256 * MB : 2048 * MB;
  const pool = await bufferPool(db, wanted);
  log(`\n(f) Admin lists and customer pages on ${plan.listDocuments.toLocaleString('en')} documents (tests/bench/admin-lists.php, p50/p95 of 20 runs${verbose ? '' : '; EBPDOCS_BENCH_VERBOSE=1 adds the EXPLAIN plans'})`);
  log(`    MariaDB innodb_buffer_pool_size: ${megabytes(pool.after)}${pool.before !== pool.after ? ` (raised from ${megabytes(pool.before)} for this run)` : ''}`);
  try {
    const child = spawn('php', ['tests/bench/admin-lists.php', `--documents=${plan.listDocuments}`], {
      cwd: repositoryRoot,
      env: environment,
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
  } finally {
    if (pool.before !== pool.after) {
      await db.query('SET GLOBAL innodb_buffer_pool_size = ?', [pool.before]);
    }
    await db.end();
  }
}

/** `--name=value` (or `--name` alone: '') from the command line, undefined when absent. */
function argument(name: string): string | undefined {
  for (const arg of process.argv.slice(2)) {
    if (arg === `--${name}`) {
      return '';
    }
    if (arg.startsWith(`--${name}=`)) {
      return arg.slice(name.length + 3);
    }
  }
  return undefined;
}

async function main(): Promise<void> {
  const started = performance.now();
  const realShop = argument('real-shop');
  if (realShop !== undefined) {
    const versions = (realShop === '' ? '8,9' : realShop).split(',').map((version) => version.trim());
    if (versions.some((version) => version !== '8' && version !== '9')) {
      throw new Error(`--real-shop=${realShop}: give 8, 9 or 8,9`);
    }
    await realShopBench({
      versions: versions as ShopVersion[],
      dir: argument('shop-dir') ?? '/tmp/ebpdocs-bench-shops',
      ports: { '8': Number(argument('shop-port-8') ?? 8391), '9': Number(argument('shop-port-9') ?? 8392) },
      dbPort: Number(argument('shop-db-port') ?? 3391),
      documents: Number(argument('shop-documents') ?? (quick ? 40 : 200)),
      repetitions: Number(argument('shop-repetitions') ?? (quick ? 1 : 3)),
      documentBytes: 100 * 1024,
      clientCounts: CLIENT_COUNTS,
      build: argument('no-build') === undefined,
      log,
    });
    log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    return;
  }
  const only = argument('only');
  if (only !== undefined) {
    const parts = only.split(',').map((part) => part.trim().toLowerCase());
    if (parts.length === 0 || parts.some((part) => !PARTS.includes(part))) {
      throw new Error(`--only=${only}: give parts among ${PARTS.join(',')}`);
    }
    onlyParts = parts;
  }
  log(`ebpdocuments benchmarks${quick ? ' (quick: EBPDOCS_BENCH_QUICK=1)' : ''}${onlyParts !== null ? ` (only ${onlyParts.join(', ')})` : ''}`);
  const databaseStarted = startDatabase();
  try {
    const rows = await measureDoors();
    if (rows.length > 1) {
      log('');
      printTable(rows);
    }
    if (selected('h')) {
      await measureDeadlockRuns();
    }
    if (selected('f')) {
      await measureAdminLists();
    }
  } finally {
    if (databaseStarted) {
      stopDatabase();
    }
  }
  log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s. PHP peak memory: memory_get_peak_usage(true) of the request, "used": memory_get_peak_usage(false); memory_limit 256M.`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
