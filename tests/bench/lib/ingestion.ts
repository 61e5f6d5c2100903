// Ingestion against its floor, statement counts and the deadlock run (issue 14). Prints, never asserts speed; a
// wrong answer or a wrong count is reported in the table (the deadlock run's whole point is to count them).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type mysql from 'mysql2/promise';
import { join } from 'node:path';
import type { Harness } from './harness.ts';
import { econnecteurForm, pdfOfSize } from './pdf.ts';
import { byClients, summarize, type LatencySummary } from './stats.ts';

export type Door = 'module' | 'floor';

async function postForm(url: string, body: string, round = ''): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (round !== '') {
    // The harness's CPU log names each request's round (tests/php/harness/router.php).
    headers['X-Bench-Round'] = round;
  }
  const response = await fetch(url, { method: 'POST', body, headers });
  const text = await response.text();
  return { status: response.status, body: text, ms: performance.now() - started };
}

export function doorUrl(harness: Harness, door: Door): string {
  return door === 'module' ? `${harness.baseUrl}/receive` : `${harness.baseUrl}/__floor`;
}

function form(harness: Harness, reference: string, pdf: Buffer, key = harness.moduleKey): string {
  return econnecteurForm({ key, email: harness.customerEmail, type: 'Facture', reference }, pdf);
}

/**
 * `pdfs` through one door by `clients` clients at once, each sending its next one on answer; every answer must be 200.
 * The latencies come back too, for percentiles over many bursts.
 */
export async function doorThroughput(harness: Harness, door: Door, prefix: string, pdfs: Buffer[], clients: number): Promise<LatencySummary & { latencies: number[] }> {
  const bodies = pdfs.map((pdf, index) => form(harness, `${prefix}${String(index).padStart(5, '0')}`, pdf));
  const latencies: number[] = [];
  const started = performance.now();
  await byClients(bodies, clients, async (body) => {
    const answer = await postForm(doorUrl(harness, door), body, prefix);
    if (answer.status !== 200) {
      throw new Error(`${door} door: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
    }
    latencies.push(answer.ms);
  });
  return { ...summarize(latencies, performance.now() - started), latencies };
}

/** What the harness's CPU log says of one request (tests/php/harness/router.php). */
export interface RequestCost {
  /** PHP CPU time (user + system) */
  cpuMs: number;
  /** time the PHP code waited for its SQL statements (PdoConnection::run, or the floor's own two) */
  sqlMs: number;
}

/**
 * The costs of each request of the given rounds (X-Bench-Round = the prefix given to doorThroughput), from the
 * harness's CPU log: unlike the wall time, the CPU time hardly moves when other processes take the machine's cores.
 */
export async function costsOfRounds(harness: Harness): Promise<Map<string, RequestCost[]>> {
  // The log line is written at the request's shutdown, just after its answer: let the last ones land.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const byRound = new Map<string, RequestCost[]>();
  const text = existsSync(harness.cpuLog) ? readFileSync(harness.cpuLog, 'utf8') : '';
  for (const line of text.split('\n')) {
    if (line === '') {
      continue;
    }
    const entry = JSON.parse(line) as { round: string } & RequestCost;
    byRound.set(entry.round, [...(byRound.get(entry.round) ?? []), { cpuMs: entry.cpuMs, sqlMs: entry.sqlMs }]);
  }
  return byRound;
}

async function globalStatus(harness: Harness, names: string[]): Promise<Record<string, number>> {
  const [rows] = await harness.db.query(`SHOW GLOBAL STATUS WHERE Variable_name IN (${names.map(() => '?').join(', ')})`, names);
  const status: Record<string, number> = {};
  for (const row of rows as Array<{ Variable_name: string; Value: string }>) {
    status[row.Variable_name] = Number(row.Value);
  }
  return status;
}

/**
 * SQL statements the server received per request (its `Questions` counter, less this reading's own statement and the
 * Quit each PHP request's connection ends with), for `count` requests sent one after the other. Valid while nothing
 * else uses the server.
 */
export async function statementsPerRequest(harness: Harness, count: number, send: (index: number) => Promise<void>): Promise<number> {
  const before = (await globalStatus(harness, ['Questions'])).Questions ?? 0;
  for (let index = 0; index < count; index++) {
    await send(index);
  }
  const after = (await globalStatus(harness, ['Questions'])).Questions ?? 0;
  return (after - before - 1) / count - 1;
}

/** One push through a door, with the module key or the key given (the shop's Webservice key, as E-connecteur). */
export async function sendOne(harness: Harness, door: Door, reference: string, pdf: Buffer, key = harness.moduleKey): Promise<{ status: number; body: string }> {
  return postForm(doorUrl(harness, door), form(harness, reference, pdf, key));
}

export interface DeadlockRunFigure {
  requests: number;
  distinct: number;
  seconds: number;
  answers: Record<string, number>;
  deadlocks: number;
  lockWaits: number;
  latestDeadlock: string;
  rows: number;
  files: number;
}

function storedFiles(harness: Harness): number {
  const root = join(harness.dir, 'storage');
  let count = 0;
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (folder.isDirectory() && /^[0-9a-f]{2}$/.test(folder.name)) {
      count += readdirSync(join(root, folder.name)).filter((name) => name.endsWith('.pdf')).length;
    }
  }
  return count;
}

async function latestDeadlock(harness: Harness): Promise<string> {
  const [rows] = await harness.db.query('SHOW ENGINE INNODB STATUS');
  const status = (rows as Array<{ Status: string }>)[0]?.Status ?? '';
  const section = /LATEST DETECTED DEADLOCK\s*-+\s*\n([^\n]*)/.exec(status);
  return section?.[1]?.trim() ?? '';
}

/**
 * `requests` pushes by `clients` clients at once through the module's door, a quarter of them re-sends of a document
 * sent earlier in the run (same bytes: "unchanged", possibly while the first send is still in flight). Counts the
 * answers by status, InnoDB's deadlocks (Innodb_deadlocks, and whether SHOW ENGINE INNODB STATUS reports a new
 * latest deadlock), lock waits, and the rows and files stored.
 */
export async function deadlockRun(harness: Harness, prefix: string, requests: number, clients: number, duplicateShare: number): Promise<DeadlockRunFigure> {
  const distinct = Math.round(requests * (1 - duplicateShare));
  const pdfs = Array.from({ length: distinct }, (_, index) => pdfOfSize(20 * 1024, `Deadlock ${prefix} ${index}`));
  const plan: number[] = Array.from({ length: distinct }, (_, index) => index);
  // Each re-send goes a few places after its first send, so many run while the first one is still being stored.
  for (let copy = 0; copy < requests - distinct; copy++) {
    const original = (copy * 7919) % distinct;
    const position = Math.min(plan.length, plan.indexOf(original) + 1 + (copy % clients));
    plan.splice(position, 0, original);
  }
  const bodies = plan.map((index) => form(harness, `${prefix}${String(index).padStart(5, '0')}`, pdfs[index] ?? Buffer.alloc(0)));
  const filesBefore = storedFiles(harness);
  const latestBefore = await latestDeadlock(harness);
  const before = await globalStatus(harness, ['Innodb_deadlocks', 'Innodb_row_lock_waits']);
  const answers: Record<string, number> = {};
  const started = performance.now();
  await byClients(bodies, clients, async (body) => {
    const answer = await postForm(doorUrl(harness, 'module'), body);
    answers[String(answer.status)] = (answers[String(answer.status)] ?? 0) + 1;
  });
  const seconds = (performance.now() - started) / 1000;
  const after = await globalStatus(harness, ['Innodb_deadlocks', 'Innodb_row_lock_waits']);
  const latestAfter = await latestDeadlock(harness);
  const [rows] = await harness.db.query('SELECT COUNT(*) AS n FROM ps_ebpdocuments_document WHERE reference LIKE ?', [`${prefix}%`]);
  return {
    requests: bodies.length,
    distinct,
    seconds,
    answers,
    deadlocks: (after.Innodb_deadlocks ?? 0) - (before.Innodb_deadlocks ?? 0),
    lockWaits: (after.Innodb_row_lock_waits ?? 0) - (before.Innodb_row_lock_waits ?? 0),
    latestDeadlock: latestAfter !== latestBefore ? latestAfter : '',
    rows: Number((rows as Array<{ n: number }>)[0]?.n ?? 0),
    files: storedFiles(harness) - filesBefore,
  };
}

/** Makes the server's InnoDB buffer pool at least `minimumBytes` (online resize); answers the sizes before and after. */
export async function bufferPool(db: mysql.Connection, minimumBytes: number): Promise<{ before: number; after: number }> {
  const [rows] = await db.query('SELECT @@innodb_buffer_pool_size AS size');
  const before = Number((rows as Array<{ size: number }>)[0]?.size ?? 0);
  if (before < minimumBytes) {
    // Resizable online since MariaDB 10.2; the server rounds it to its chunk size.
    await db.query('SET GLOBAL innodb_buffer_pool_size = ?', [minimumBytes]);
    for (let attempt = 0; attempt < 100; attempt++) {
      const [status] = await db.query("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_resize_status'");
      const text = (status as Array<{ Value: string }>)[0]?.Value ?? '';
      if (text === '' || /completed|finished/i.test(text)) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const [now] = await db.query('SELECT @@innodb_buffer_pool_size AS size');
  return { before, after: Number((now as Array<{ size: number }>)[0]?.size ?? 0) };
}
