/**
 * Settings of the e2e journeys, all from the environment (docs/DEVELOPMENT.md, "e2e"): the suite runs against any
 * installed PrestaShop 8.x / 9.x, never against an imitation of it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DbSettings {
  host: string;
  port: number;
  user: string;
  password: string;
  name: string;
  prefix: string;
}

export interface E2eSettings {
  /** Front office, with a trailing slash: http://127.0.0.1:8081/ */
  shopUrl: string;
  /** Back office folder URL, with a trailing slash: http://127.0.0.1:8081/admin-xyz/ */
  adminUrl: string;
  adminEmail: string;
  adminPassword: string;
  /** Shop root folder on this machine (storage checks, console reset); null when the shop is remote. */
  shopRoot: string | null;
  /** User that runs PrestaShop's console (the web server's user). */
  consoleUser: string;
  db: DbSettings;
  zip: string;
  chromium: string;
  artifactsDir: string;
  /** Unique per run: e-mails and document numbers carry it, so the suite can run again on the same shop. */
  runId: string;
}

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

function env(name: string, fallback?: string): string {
  const value = process.env[name];
  if (value !== undefined && value !== '') {
    return value;
  }
  if (fallback !== undefined) {
    return fallback;
  }
  throw new Error(`e2e: set ${name} (see docs/DEVELOPMENT.md, "e2e")`);
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function makeRunId(): string {
  const now = new Date();
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(2, 14);
  return `${stamp}${Math.random().toString(36).slice(2, 5)}`;
}

let cached: E2eSettings | null = null;

export function settings(): E2eSettings {
  if (cached) {
    return cached;
  }
  const runId = env('EBPDOCS_E2E_RUN_ID', makeRunId()).toLowerCase();
  cached = {
    shopUrl: withSlash(env('EBPDOCS_E2E_SHOP_URL')),
    adminUrl: withSlash(env('EBPDOCS_E2E_ADMIN_URL')),
    adminEmail: env('EBPDOCS_E2E_ADMIN_EMAIL'),
    adminPassword: env('EBPDOCS_E2E_ADMIN_PASSWORD'),
    shopRoot: process.env.EBPDOCS_E2E_SHOP_ROOT ? process.env.EBPDOCS_E2E_SHOP_ROOT : null,
    consoleUser: env('EBPDOCS_E2E_CONSOLE_USER', 'www-data'),
    db: {
      host: env('EBPDOCS_E2E_DB_HOST', '127.0.0.1'),
      port: Number(env('EBPDOCS_E2E_DB_PORT', '3306')),
      user: env('EBPDOCS_E2E_DB_USER'),
      password: env('EBPDOCS_E2E_DB_PASSWORD', ''),
      name: env('EBPDOCS_E2E_DB_NAME'),
      prefix: env('EBPDOCS_E2E_DB_PREFIX', 'ps_'),
    },
    zip: resolve(repoRoot, env('EBPDOCS_E2E_ZIP', `dist/ebpdocuments-${packageVersion()}.zip`)),
    chromium: env('EBPDOCS_CHROMIUM', '/usr/bin/chromium'),
    artifactsDir: resolve(repoRoot, env('EBPDOCS_E2E_ARTIFACTS', '.cache/e2e-artifacts'), runId),
    runId,
  };
  return cached;
}
