// The real-shop bench (npm run bench -- --real-shop; docs/DEVELOPMENT.md, "Benchmarks"): the module's E-connecteur
// door in a real PrestaShop (the test shops of ../shared/prestashop, served by their serve.sh), next to a floor
// receiver and a bare front controller in the same shop (tests/bench/shop/ebpbenchfloor, a test-only module the bench
// installs and removes; never in the zip), behind `php -S` with 4 workers and, where the machine has Debian's nginx
// and php-fpm, nginx + php-fpm with 4 workers; opcache on in both. Doors interleaved, 1/4/16 clients.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { repositoryRoot } from './harness.ts';
import { econnecteurForm, pdfOfSize } from './pdf.ts';
import { burstPlan, byClients, printTable, spread, summarize, type LatencySummary } from './stats.ts';

export type ShopVersion = '8' | '9';
export type ShopServer = 'php -S' | 'nginx + php-fpm';
type ShopDoor = 'module' | 'floor' | 'bare';
const DOORS: ShopDoor[] = ['module', 'floor', 'bare'];
const DOOR_CONTROLLERS: Record<ShopDoor, string> = {
  module: 'module=ebpdocuments&controller=receive',
  floor: 'module=ebpbenchfloor&controller=receive',
  bare: 'module=ebpbenchfloor&controller=bare',
};
const WORKERS = 4;
const CUSTOMER_EMAIL = 'jean.client@example.com';
// As serve.sh's own php -S (so the same limits behind both servers), plus opcache.
const PHP_INI: Record<string, string> = {
  memory_limit: '512M',
  post_max_size: '64M',
  upload_max_filesize: '64M',
  max_execution_time: '120',
  max_input_time: '120',
  max_input_vars: '10000',
  display_errors: '0',
  'opcache.enable': '1',
  'opcache.enable_cli': '1',
  'opcache.memory_consumption': '256',
  'opcache.max_accelerated_files': '20000',
};

export interface RealShopOptions {
  versions: ShopVersion[];
  dir: string;
  ports: Record<ShopVersion, number>;
  dbPort: number;
  documents: number;
  repetitions: number;
  documentBytes: number;
  clientCounts: number[];
  build: boolean;
  log: (message: string) => void;
}

interface Shop {
  version: ShopVersion;
  port: number;
  root: string;
  user: string;
  isRoot: boolean;
  db: mysql.Connection;
  prefix: string;
  key: string;
  /** The bench's auto_prepend_file and the log it writes: the PHP CPU time of each request that names its round. */
  cpuProbe: string;
  cpuLog: string;
}

/**
 * A PHP file both servers prepend to every request (auto_prepend_file): for a request with the bench's X-Bench-Round
 * header, one JSON line at shutdown with the CPU time (user + system) its worker spent on it. Bench only, outside the
 * shop's tree; the wall time is what other processes on this shared machine move, the CPU time hardly.
 */
function installCpuProbe(shop: Shop, benchDir: string): void {
  const dir = join(benchDir, `cpu-ps${shop.version}`);
  mkdirSync(dir, { recursive: true });
  shop.cpuProbe = join(dir, 'probe.php');
  shop.cpuLog = join(dir, 'cpu.jsonl');
  writeFileSync(
    shop.cpuProbe,
    `<?php\nif (isset($_SERVER['HTTP_X_BENCH_ROUND'])) {\n    $ebpBenchCpu = getrusage();\n    register_shutdown_function(function () use ($ebpBenchCpu) {\n` +
      `        $us = function (array $u) { return ($u['ru_utime.tv_sec'] + $u['ru_stime.tv_sec']) * 1000000 + $u['ru_utime.tv_usec'] + $u['ru_stime.tv_usec']; };\n` +
      `        file_put_contents(${JSON.stringify(shop.cpuLog)}, json_encode(array('round' => (string) $_SERVER['HTTP_X_BENCH_ROUND'], 'cpuMs' => ($us(getrusage()) - $us($ebpBenchCpu)) / 1000)) . "\\n", FILE_APPEND | LOCK_EX);\n` +
      `    });\n}\n`,
  );
  writeFileSync(shop.cpuLog, '');
  if (shop.isRoot) {
    run('chown', ['-R', `${shop.user}:${shop.user}`, dir]);
  }
}

/** The PHP CPU times of the requests of each round, by its X-Bench-Round (the door run's prefix). */
async function cpuOfRounds(shop: Shop): Promise<Map<string, number[]>> {
  // Written at each request's shutdown, just after its answer: let the last lines land.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const byRound = new Map<string, number[]>();
  for (const line of readFileSync(shop.cpuLog, 'utf8').split('\n')) {
    if (line !== '') {
      const entry = JSON.parse(line) as { round: string; cpuMs: number };
      byRound.set(entry.round, [...(byRound.get(entry.round) ?? []), entry.cpuMs]);
    }
  }
  return byRound;
}

function run(command: string, args: string[], options: { cwd?: string; user?: string } = {}): string {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [file, argv] = options.user !== undefined && isRoot ? ['runuser', ['-u', options.user, '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { cwd: options.cwd ?? repositoryRoot, encoding: 'utf8', maxBuffer: 64 * 1048576 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

export function serveScript(): string {
  return process.env.EBPDOCS_BENCH_SERVE_SH ?? join(repositoryRoot, '..', 'shared', 'prestashop', 'serve.sh');
}

function serve(args: string[]): string {
  return run('bash', [serveScript(), ...args]);
}

function envOf(output: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of output.matchAll(/^export (\w+)=(.*)$/gm)) {
    values[match[1] ?? ''] = (match[2] ?? '').replace(/^'(.*)'$/, '$1');
  }
  return values;
}

async function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, seconds = 30): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    if (await check().catch(() => false)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: not ready after ${seconds} s`);
}

function doorUrl(shop: Shop, door: ShopDoor): string {
  return `http://127.0.0.1:${shop.port}/index.php?fc=module&${DOOR_CONTROLLERS[door]}`;
}

/** The zip's module and the bench's floor module in the shop, installed with PrestaShop's console; a fresh key. */
function installModules(shop: Shop, zip: string): void {
  const modules = join(shop.root, 'modules');
  // Left over by an interrupted run: out first.
  if (existsSync(join(modules, 'ebpdocuments')) || existsSync(join(modules, 'ebpbenchfloor'))) {
    removeModules(shop);
  }
  for (const name of ['ebpdocuments', 'ebpbenchfloor']) {
    rmSync(join(modules, name), { recursive: true, force: true });
  }
  run('unzip', ['-q', zip, '-d', modules]);
  cpSync(join(repositoryRoot, 'tests', 'bench', 'shop', 'ebpbenchfloor'), join(modules, 'ebpbenchfloor'), { recursive: true });
  if (shop.isRoot) {
    run('chown', ['-R', `${shop.user}:${shop.user}`, join(modules, 'ebpdocuments'), join(modules, 'ebpbenchfloor')]);
  }
  for (const name of ['ebpdocuments', 'ebpbenchfloor']) {
    run('php', ['bin/console', 'prestashop:module', 'install', name], { cwd: shop.root, user: shop.user });
  }
  shop.key = run('php', [join(repositoryRoot, 'tests', 'bench', 'shop', 'setup-key.php'), shop.root, CUSTOMER_EMAIL], { cwd: shop.root, user: shop.user }).trim();
}

/** Uninstalls both modules and removes their folders and files: the shop as the bench found it (serve.sh's baseline). */
function removeModules(shop: Shop): void {
  for (const name of ['ebpbenchfloor', 'ebpdocuments']) {
    try {
      run('php', ['bin/console', 'prestashop:module', 'uninstall', name], { cwd: shop.root, user: shop.user });
    } catch (error) {
      process.stderr.write(`bench: uninstalling ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    rmSync(join(shop.root, 'modules', name), { recursive: true, force: true });
    rmSync(join(shop.root, 'var', 'modules', name), { recursive: true, force: true });
  }
}

interface RunningServer {
  name: ShopServer;
  stop(): Promise<void>;
}

function spawnGroup(command: string, args: string[], user: string | undefined, env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [file, argv] = user !== undefined && isRoot ? ['runuser', ['-u', user, '--', 'env', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), command, ...args]] : [command, args];
  const child = spawn(file, argv, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'ignore', 'ignore'] });
  child.unref();
  writeFileSync(logFile, `${file} ${argv.join(' ')}\n`);
  return child;
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
  if (child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

async function startPhpServer(shop: Shop, runDir: string): Promise<RunningServer> {
  const ini = [...Object.entries(PHP_INI).flatMap(([name, value]) => ['-d', `${name}=${value}`]), '-d', `auto_prepend_file=${shop.cpuProbe}`];
  const server = spawnGroup('php', [...ini, '-S', `127.0.0.1:${shop.port}`, '-t', shop.root, join(runDir, 'router.php')], shop.isRoot ? shop.user : undefined, { PHP_CLI_SERVER_WORKERS: String(WORKERS) }, join(runDir, `bench-php-s-ps${shop.version}.cmd`));
  await waitFor(`php -S on ${shop.port}`, () => portOpen(shop.port));
  return { name: 'php -S', stop: () => stopGroup(server) };
}

export function fpmBinary(): string | null {
  for (const candidate of ['/usr/sbin/php-fpm8.4', '/usr/sbin/php-fpm8.3', '/usr/sbin/php-fpm8.2', '/usr/sbin/php-fpm']) {
    if (existsSync(candidate)) {
      return candidate;
    }
  }
  return null;
}

export function nginxBinary(): string | null {
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null;
}

async function startNginx(shop: Shop, benchDir: string): Promise<RunningServer> {
  const fpm = fpmBinary();
  const nginx = nginxBinary();
  if (fpm === null || nginx === null) {
    throw new Error('nginx or php-fpm missing');
  }
  const dir = join(benchDir, `nginx-ps${shop.version}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'temp'), { recursive: true });
  if (shop.isRoot) {
    run('chown', ['-R', `${shop.user}:${shop.user}`, join(dir, 'temp')]);
  }
  const socket = join(dir, 'php-fpm.sock');
  const userLines = shop.isRoot ? `user = ${shop.user}\ngroup = ${shop.user}\nlisten.owner = ${shop.user}\nlisten.group = ${shop.user}\n` : '';
  writeFileSync(
    join(dir, 'php-fpm.conf'),
    `[global]\npid = ${dir}/php-fpm.pid\nerror_log = ${dir}/php-fpm.log\ndaemonize = no\n\n[bench]\n${userLines}listen = ${socket}\nlisten.mode = 0660\npm = static\npm.max_children = ${WORKERS}\ncatch_workers_output = yes\n` +
      Object.entries(PHP_INI)
        .filter(([name]) => !name.startsWith('opcache.'))
        .map(([name, value]) => `php_admin_value[${name}] = ${value}\n`)
        .join('') +
      `php_admin_value[auto_prepend_file] = ${shop.cpuProbe}\n`,
  );
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${shop.isRoot ? `user ${shop.user};\n` : ''}worker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/nginx-error.log warn;\nevents { worker_connections 512; }\n` +
      `http {\n  access_log off;\n  client_max_body_size 64m;\n  client_body_buffer_size 1m;\n` +
      ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/temp/${name};\n`).join('') +
      `  server {\n    listen 127.0.0.1:${shop.port};\n    root ${shop.root};\n    index index.php;\n` +
      `    location / { try_files $uri $uri/ /index.php?$args; }\n` +
      // Debian's fastcgi_params passes HTTP_HOST as $host, without the port: PrestaShop would not find its shop
      // (domain 127.0.0.1:PORT) and redirect.
      `    location ~ \\.php$ {\n      try_files $uri =404;\n      include /etc/nginx/fastcgi_params;\n      fastcgi_param HTTP_HOST 127.0.0.1:${shop.port};\n      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n      fastcgi_pass unix:${socket};\n    }\n  }\n}\n`,
  );
  const fpmProcess = spawnGroup(fpm, ['-F', '-y', join(dir, 'php-fpm.conf'), ...Object.entries(PHP_INI).filter(([name]) => name.startsWith('opcache.') && name !== 'opcache.enable_cli').flatMap(([name, value]) => ['-d', `${name}=${value}`])], undefined, {}, join(dir, 'php-fpm.cmd'));
  await waitFor('php-fpm socket', async () => existsSync(socket));
  const nginxProcess = spawnGroup(nginx, ['-p', dir, '-e', join(dir, 'nginx-error.log'), '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], undefined, {}, join(dir, 'nginx.cmd'));
  await waitFor(`nginx on ${shop.port}`, () => portOpen(shop.port));
  return {
    name: 'nginx + php-fpm',
    async stop(): Promise<void> {
      await stopGroup(nginxProcess);
      await stopGroup(fpmProcess);
    },
  };
}

interface DoorRun extends LatencySummary {
  latencies: number[];
  answers: Record<string, number>;
  rows: number;
  sent: number;
}

async function storedRows(shop: Shop, door: ShopDoor, prefix: string): Promise<number> {
  if (door === 'bare') {
    return 0;
  }
  const table = door === 'module' ? `${shop.prefix}ebpdocuments_document` : `${shop.prefix}ebpbenchfloor_document`;
  const [rows] = await shop.db.query(`SELECT COUNT(*) AS n FROM \`${table}\` WHERE reference LIKE ?`, [`${prefix}%`]);
  return Number((rows as Array<{ n: number }>)[0]?.n ?? 0);
}

/** `bodies` through one door by `clients` clients at once; counts the answers by status and the rows stored. */
async function doorRun(shop: Shop, door: ShopDoor, prefix: string, pdfs: Buffer[], clients: number): Promise<DoorRun> {
  const bodies = pdfs.map((pdf, index) => econnecteurForm({ key: shop.key, email: CUSTOMER_EMAIL, type: 'Facture', reference: `${prefix}${String(index).padStart(5, '0')}` }, pdf));
  const url = doorUrl(shop, door);
  const latencies: number[] = [];
  const answers: Record<string, number> = {};
  let firstFailure = '';
  const started = performance.now();
  await byClients(bodies, clients, async (body) => {
    const sent = performance.now();
    let status = 'error';
    try {
      const response = await fetch(url, { method: 'POST', body, redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Bench-Round': prefix } });
      const text = await response.text();
      status = String(response.status);
      if (response.status !== 200 && firstFailure === '') {
        firstFailure = `HTTP ${response.status} ${text.slice(0, 200)}`;
      }
    } catch (error) {
      firstFailure ||= error instanceof Error ? error.message : String(error);
    }
    latencies.push(performance.now() - sent);
    answers[status] = (answers[status] ?? 0) + 1;
  });
  const figure = { ...summarize(latencies, performance.now() - started), latencies, answers, rows: await storedRows(shop, door, prefix), sent: bodies.length };
  if (firstFailure !== '') {
    process.stderr.write(`bench: ${door} door of PrestaShop ${shop.version}: ${firstFailure}\n`);
  }
  return figure;
}

async function questions(shop: Shop): Promise<number> {
  const [rows] = await shop.db.query("SHOW GLOBAL STATUS LIKE 'Questions'");
  return Number((rows as Array<{ Value: string }>)[0]?.Value ?? 0);
}

/** SQL statements per request of a door (the shop's MariaDB is the bench's alone: its Questions counter). */
async function statementsPerRequest(shop: Shop, door: ShopDoor, prefix: string, pdfs: Buffer[]): Promise<number> {
  const before = await questions(shop);
  for (const [index, pdf] of pdfs.entries()) {
    const body = econnecteurForm({ key: shop.key, email: CUSTOMER_EMAIL, type: 'Facture', reference: `${prefix}${index}` }, pdf);
    await (await fetch(doorUrl(shop, door), { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).text();
  }
  // Less this reading's own statement and the Quit each request's connection ends with.
  return (await questions(shop)) - before - 1;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function measureServer(shop: Shop, options: RealShopOptions, tag: string): Promise<void> {
  const { log } = options;
  // Warm-up: PrestaShop's caches, opcache, every door once per worker.
  const warm = [pdfOfSize(options.documentBytes, 'warm-up')];
  for (let round = 0; round < 2 * WORKERS; round++) {
    for (const door of DOORS) {
      await doorRun(shop, door, `W${tag}${door[0]}${round}X`, warm, 1);
    }
  }
  const rows: string[][] = [['clients', 'rounds × burst', 'module docs/s', 'floor docs/s', 'bare docs/s', 'module/floor (p25–p75)', 'module/bare (p25–p75)', 'module p50 / p95', 'floor p50 / p95', 'bare p50', 'PHP CPU/request module / floor / bare', 'CPU floor/module (p25–p75)', 'answers (module, floor, bare)', 'rows stored (module, floor)']];
  let runNumber = 0;
  for (const clients of options.clientCounts) {
    // Short bursts in turn (stats.ts burstPlan), one warm-up round not counted; ratios: medians of the rounds'.
    const { burst, rounds } = burstPlan(options.documents * options.repetitions, clients, 8, 3, 24);
    const pdfsOf = (round: number): Buffer[] => Array.from({ length: burst }, (_, index) => pdfOfSize(options.documentBytes, `Facture ${tag} ${clients} ${round} ${index}`));
    const warmUp = pdfsOf(-1);
    for (const door of DOORS) {
      await doorRun(shop, door, `W${tag}C${clients}${door[0]}X`, warmUp, clients);
    }
    const figures: Record<ShopDoor, DoorRun[]> = { module: [], floor: [], bare: [] };
    const ratios: Record<'floor' | 'bare', number[]> = { floor: [], bare: [] };
    const roundPrefixes: Array<Record<ShopDoor, string>> = [];
    for (let round = 0; round < rounds; round++) {
      const pdfs = pdfsOf(round);
      // Doors interleaved, the order turning at each round.
      const rateOf: Record<ShopDoor, number> = { module: 0, floor: 0, bare: 0 };
      const prefixes: Record<ShopDoor, string> = { module: '', floor: '', bare: '' };
      roundPrefixes.push(prefixes);
      for (let turn = 0; turn < DOORS.length; turn++) {
        const door = DOORS[(turn + round) % DOORS.length] ?? 'module';
        prefixes[door] = `B${tag}R${runNumber++}X`;
        const figure = await doorRun(shop, door, prefixes[door], pdfs, clients);
        figures[door].push(figure);
        rateOf[door] = figure.perSecond;
      }
      ratios.floor.push(rateOf.module / rateOf.floor);
      ratios.bare.push(rateOf.module / rateOf.bare);
    }
    const cpu = await cpuOfRounds(shop);
    const cpuOf = (door: ShopDoor): number => median(roundPrefixes.flatMap((prefixes) => cpu.get(prefixes[door]) ?? []));
    const cpuRatios = roundPrefixes.map((prefixes) => median(cpu.get(prefixes.floor) ?? []) / median(cpu.get(prefixes.module) ?? []));
    const pooled = (door: ShopDoor): LatencySummary => summarize(figures[door].flatMap((f) => f.latencies), figures[door].reduce((sum, f) => sum + f.seconds, 0) * 1000);
    const rate = (door: ShopDoor): string => pooled(door).perSecond.toFixed(1);
    const latency = (door: ShopDoor): string => `${pooled(door).p50.toFixed(1)} / ${pooled(door).p95.toFixed(1)} ms`;
    const ratio = (values: number[]): string => {
      const figure = spread(values);
      return `${figure.median.toFixed(2)} (${figure.p25.toFixed(2)}–${figure.p75.toFixed(2)})`;
    };
    const answers = (door: ShopDoor): string => {
      const total: Record<string, number> = {};
      for (const figure of figures[door]) {
        for (const [status, count] of Object.entries(figure.answers)) {
          total[status] = (total[status] ?? 0) + count;
        }
      }
      return Object.entries(total).map(([status, count]) => `${count}×${status}`).join('+');
    };
    const stored = (door: ShopDoor): string => `${figures[door].reduce((sum, f) => sum + f.rows, 0)}/${figures[door].reduce((sum, f) => sum + f.sent, 0)}`;
    rows.push([
      String(clients),
      `${rounds} × ${burst}`,
      rate('module'),
      rate('floor'),
      rate('bare'),
      ratio(ratios.floor),
      ratio(ratios.bare),
      latency('module'),
      latency('floor'),
      `${pooled('bare').p50.toFixed(1)} ms`,
      `${cpuOf('module').toFixed(1)} / ${cpuOf('floor').toFixed(1)} / ${cpuOf('bare').toFixed(1)} ms`,
      ratio(cpuRatios),
      `${answers('module')}, ${answers('floor')}, ${answers('bare')}`,
      `${stored('module')}, ${stored('floor')}`,
    ]);
    const all200 = DOORS.every((door) => figures[door].every((f) => (f.answers['200'] ?? 0) === f.sent));
    const allStored = (['module', 'floor'] as ShopDoor[]).every((door) => figures[door].every((f) => f.rows === f.sent));
    if (clients === Math.max(...options.clientCounts)) {
      log(`    ${clients} clients: ${all200 && allStored ? 'every push answered 200 with its row stored' : 'NOT every push answered 200 with its row stored (see the table)'}`);
    }
  }
  log('');
  printTable(rows);
  const count = 5;
  const pdfs = Array.from({ length: count }, (_, index) => pdfOfSize(options.documentBytes, `Statements ${tag} ${index}`));
  const statements: string[] = [];
  for (const door of DOORS) {
    statements.push(`${door} ${((await statementsPerRequest(shop, door, `S${tag}${door[0]}X`, pdfs)) / count - 1).toFixed(1)}`);
  }
  const unchanged = (await statementsPerRequest(shop, 'module', `S${tag}mX`, pdfs)) / count - 1;
  log(`    SQL statements per request, whole request (server Questions counter): ${statements.join(', ')}; module unchanged re-send ${unchanged.toFixed(1)} (PrestaShop's bootstrap included: the bare controller's count)`);
}

export async function realShopBench(options: RealShopOptions): Promise<void> {
  const { log } = options;
  if (!existsSync(serveScript())) {
    throw new Error(`No test shops: ${serveScript()} is missing (EBPDOCS_BENCH_SERVE_SH)`);
  }
  const zip = join(repositoryRoot, 'dist', `ebpdocuments-${(JSON.parse(run('cat', ['package.json'])) as { version: string }).version}.zip`);
  if (options.build || !existsSync(zip)) {
    log('Building the zip (./build.sh)…');
    run('bash', ['build.sh']);
  }
  const servers: ShopServer[] = ['php -S'];
  if (fpmBinary() !== null && nginxBinary() !== null) {
    servers.push('nginx + php-fpm');
  } else {
    log('nginx or php-fpm is not on this machine (Debian: apt-get install -y nginx php-fpm): php -S only.');
  }
  log(`Real-shop bench: PrestaShop ${options.versions.join(' and ')} (${serveScript()}, shops in ${options.dir}), ${servers.join(' and ')}, ${WORKERS} PHP workers, opcache on; ${options.documents} × ${options.repetitions} distinct ${options.documentBytes / 1024} KB PDFs or more per door and client count, ${options.clientCounts.join('/')} clients, in short bursts that take turns (8 documents per door, or 3 × clients; ≥ 24 rounds; one warm-up round not counted), module / floor receiver / bare controller (tests/bench/shop/ebpbenchfloor); ratios: median of the per-round ratios (p25–p75).`);
  const statusBefore = run('bash', [serveScript(), 'status', '--dir', options.dir]);
  const databaseWasRunning = /MariaDB: running|database server: existing/.test(statusBefore);
  try {
    for (const version of options.versions) {
      await benchShop(version, new RegExp(`PrestaShop ${version}: running`).test(statusBefore), zip, servers, options);
    }
  } finally {
    if (!databaseWasRunning) {
      log(`\nStopping the shops and the MariaDB this bench started (serve.sh stop --dir ${options.dir}).`);
      serve(['stop', '--dir', options.dir]);
    }
  }
}

async function benchShop(version: ShopVersion, wasRunning: boolean, zip: string, servers: ShopServer[], options: RealShopOptions): Promise<void> {
  const { log } = options;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  log(`\nPrestaShop ${version}: starting the shop (serve.sh start ${version} --port ${options.ports[version]} --db-port ${options.dbPort})…`);
  serve(['start', version, '--dir', options.dir, '--port', String(options.ports[version]), '--db-port', String(options.dbPort)]);
  const env = envOf(serve(['env', version, '--dir', options.dir]));
  const db = await mysql.createConnection({
    host: env.EBPDOCS_E2E_DB_HOST ?? '127.0.0.1',
    port: Number(env.EBPDOCS_E2E_DB_PORT ?? options.dbPort),
    user: env.EBPDOCS_E2E_DB_USER ?? 'ps_e2e',
    password: env.EBPDOCS_E2E_DB_PASSWORD ?? '',
    database: env.EBPDOCS_E2E_DB_NAME ?? `ps${version}_e2e`,
  });
  const shop: Shop = {
    version,
    port: options.ports[version],
    root: env.EBPDOCS_E2E_SHOP_ROOT ?? join(options.dir, `ps${version}`),
    user: env.EBPDOCS_E2E_CONSOLE_USER ?? 'www-data',
    isRoot,
    db,
    prefix: env.EBPDOCS_E2E_DB_PREFIX ?? 'ps_',
    key: '',
    cpuProbe: '',
    cpuLog: '',
  };
  const [versionRow] = await db.query(`SELECT value FROM \`${shop.prefix}configuration\` WHERE name = 'PS_VERSION_DB'`);
  const label = String((versionRow as Array<{ value: string }>)[0]?.value ?? version);
  try {
    installModules(shop, zip);
    installCpuProbe(shop, join(options.dir, 'bench'));
    // serve.sh's php -S has no opcache: the bench serves the same tree and router itself, on the same port (the
    // shop's domain), then nginx + php-fpm.
    serve(['stop', version, '--dir', options.dir]);
    for (const server of servers) {
      log(`\nPrestaShop ${label}, ${server}, ${WORKERS} workers, opcache on (http://127.0.0.1:${shop.port}/):`);
      const running = server === 'php -S' ? await startPhpServer(shop, join(options.dir, 'run')) : await startNginx(shop, join(options.dir, 'bench'));
      try {
        await waitFor('the bare controller', async () => (await fetch(doorUrl(shop, 'bare'), { method: 'POST', body: 'x=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status === 200);
        // References unique to this run: the module's data may outlive an earlier run (a re-send would be "unchanged").
        await measureServer(shop, options, `${version}${server === 'php -S' ? 'P' : 'N'}${randomBytes(3).toString('hex').toUpperCase()}`);
      } finally {
        await running.stop();
      }
    }
  } finally {
    removeModules(shop);
    await db.end();
    if (wasRunning) {
      // Back as the bench found it: served by serve.sh.
      serve(['start', version, '--dir', options.dir, '--port', String(options.ports[version]), '--db-port', String(options.dbPort)]);
    }
  }
}
