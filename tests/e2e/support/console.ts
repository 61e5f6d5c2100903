/**
 * PrestaShop's console on the shop's machine (EBPDOCS_E2E_SHOP_ROOT), run as the web server's user so the cache
 * it writes stays writable by the shop.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from './settings';

function asShopUser(command: string, args: string[]): string {
  const s = settings();
  if (!s.shopRoot) {
    throw new Error('EBPDOCS_E2E_SHOP_ROOT is not set');
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [file, argv] = isRoot ? ['runuser', ['-u', s.consoleUser, '--', command, ...args]] : [command, args];
  return execFileSync(file, argv, { cwd: s.shopRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
}

export function moduleConsole(action: 'install' | 'uninstall' | 'reset' | 'enable'): string {
  return asShopUser('php', ['bin/console', 'prestashop:module', action, 'ebpdocuments']);
}

/** Before journey 1: no ebpdocuments folder, so the upload is a first install (the data of earlier runs stays). */
export function removeModuleFolder(): void {
  const s = settings();
  if (!s.shopRoot) {
    return;
  }
  const folder = join(s.shopRoot, 'modules', 'ebpdocuments');
  if (existsSync(folder)) {
    rmSync(folder, { recursive: true, force: true });
  }
}
