// What the benchmarks run against: the throwaway MariaDB (tests/db/start.sh) and the module's real doors behind the
// PHP harness (tests/php/harness/router.php), on a database and state folder of their own. Everything started here
// is stopped by stop(); MariaDB only when this run started it ("(reused)" means it belongs to someone else).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';

export const repositoryRoot = new URL('../../../', import.meta.url).pathname;

// php.ini of the server: a shop's usual limits, raised so the 20 MB (E-connecteur: ~28 MB of base64) and 50 MB
// documents get in; memory_limit as PrestaShop recommends; opcache on, as on every shop host (the CLI server has it
// off by default: every request would compile the module's classes again, which no shop does).
const serverIni: Record<string, string> = {
  'opcache.enable': '1',
  'opcache.enable_cli': '1',
  display_errors: '0',
  log_errors: '1',
  memory_limit: '256M',
  post_max_size: '128M',
  upload_max_filesize: '128M',
};

export interface Harness {
  baseUrl: string;
  workers: number;
  moduleKey: string;
  /** The shop Webservice key of the bench database, allowed on the module's resource: what E-connecteur sends. */
  webserviceKey: string;
  /** The registered customer every benchmark document belongs to (harness cookie harness_customer=<id>). */
  customerId: number;
  customerEmail: string;
  dir: string;
  peakLog: string;
  /**
   * One JSON line per request: { round: its X-Bench-Round header, cpuMs: the PHP worker's CPU time on it, sqlMs: the
   * time its PHP waited for SQL }.
   */
  cpuLog: string;
  db: mysql.Connection;
  stop(): Promise<void>;
}

export function databaseEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    EBPDOCS_DB_HOST: process.env.EBPDOCS_DB_HOST ?? '127.0.0.1',
    EBPDOCS_DB_PORT: process.env.EBPDOCS_DB_PORT ?? '33061',
    EBPDOCS_DB_USER: process.env.EBPDOCS_DB_USER ?? 'root',
    EBPDOCS_DB_PASSWORD: process.env.EBPDOCS_DB_PASSWORD ?? '',
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = databaseEnvironment()): string {
  const result = spawnSync(command, args, { cwd: repositoryRoot, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

/** Starts MariaDB unless it already runs; true when this run started it (and so must stop it). */
export function startDatabase(): boolean {
  const output = run('bash', ['tests/db/start.sh']);
  return !output.includes('(reused)');
}

export function stopDatabase(): void {
  run('bash', ['tests/db/stop.sh']);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPing(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      break;
    }
    try {
      if ((await (await fetch(`${baseUrl}/__ping`)).text()) === 'pong') {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The harness server did not answer on /__ping');
}

/**
 * A fresh bench database (PrestaShop's core tables + the module's schema, one shop, customers Alice/Bob/Carol and a
 * module key: tests/demo/harness-setup.php, shared with the demo) and the harness server with 4 workers.
 */
export async function startHarness(workers = 4, name = 'doors'): Promise<Harness> {
  const dir = join(tmpdir(), `ebpdocs-bench-${process.pid}-${name}`);
  const database = `ebpdocs_bench_${name}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'storage'), { recursive: true });
  // The floor receiver's files (tests/bench/floor.php).
  mkdirSync(join(dir, 'floor', 'tmp'), { recursive: true });
  const env: NodeJS.ProcessEnv = { ...databaseEnvironment(), EBPDOCS_DB_NAME: database, EBPDOCS_HARNESS_DIR: dir };
  const assignments = run('php', ['tests/demo/harness-setup.php'], env);
  const moduleKey = /^DEMO_MODULE_KEY='([^']+)'$/m.exec(assignments)?.[1];
  const webserviceKey = /^DEMO_WS_KEY='([^']+)'$/m.exec(assignments)?.[1];
  if (moduleKey === undefined || webserviceKey === undefined) {
    throw new Error(`tests/demo/harness-setup.php gave no module key or no Webservice key: ${assignments}`);
  }
  // Room for the 50 MB download document (default MAX_PDF_MB is 20).
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ MAX_PDF_MB: '64' }));

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const peakLog = join(dir, 'peak-memory.jsonl');
  const cpuLog = join(dir, 'cpu.jsonl');
  const iniArgs = Object.entries(serverIni).flatMap(([name, value]) => ['-d', `${name}=${value}`]);
  const server = spawn('php', [...iniArgs, '-S', `127.0.0.1:${port}`, 'tests/php/harness/router.php'], {
    cwd: repositoryRoot,
    env: { ...env, EBPDOCS_HARNESS_BASE_URL: baseUrl, EBPDOCS_HARNESS_PEAK_LOG: peakLog, EBPDOCS_HARNESS_CPU_LOG: cpuLog, PHP_CLI_SERVER_WORKERS: String(workers) },
    // Its own process group: the workers are ended with it.
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  await waitForPing(baseUrl, server);

  const db = await mysql.createConnection({
    host: env.EBPDOCS_DB_HOST,
    port: Number(env.EBPDOCS_DB_PORT),
    user: env.EBPDOCS_DB_USER,
    password: env.EBPDOCS_DB_PASSWORD,
    database,
  });
  // Alice proved her address (Matching\EmailProofs, required by default): the bench's documents are hers, attached
  // as in a live shop, and she can download them.
  await db.query("INSERT INTO ps_ebpdocuments_email_proof (id_customer, email_hash, method, date_add) VALUES (1, SHA2('alice@example.com', 256), 'manual', NOW())");
  await db.query(`CREATE TABLE ps_ebpdocuments_bench_floor (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, reference VARCHAR(64) NOT NULL, file_name VARCHAR(80) NOT NULL,
    file_size INT UNSIGNED NOT NULL, sha256 CHAR(64) NOT NULL, date_add DATETIME NOT NULL
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`);

  return {
    baseUrl,
    workers,
    moduleKey,
    webserviceKey,
    customerId: 1,
    customerEmail: 'alice@example.com',
    dir,
    peakLog,
    cpuLog,
    db,
    async stop(): Promise<void> {
      if (server.pid !== undefined && server.exitCode === null) {
        process.kill(-server.pid, 'SIGTERM');
      }
      await db.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await db.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
