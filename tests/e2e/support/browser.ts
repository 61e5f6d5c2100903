/**
 * Debian's Chromium through playwright-core (no browser is ever downloaded), one fresh profile per run, and a
 * screenshot of every step under .cache/e2e-artifacts/<run>/ so a person can look at what the journeys saw.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { settings } from './settings';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let browser: Browser | null = null;
let shotNo = 0;
const openPages = new Set<Page>();

export async function launchBrowser(): Promise<Browser> {
  if (browser) {
    return browser;
  }
  // playwright-core gives every launch a fresh temporary user-data-dir (and deletes it on close).
  browser = await chromium.launch({ executablePath: settings().chromium, headless: true, args: ARGS });
  mkdirSync(settings().artifactsDir, { recursive: true });
  return browser;
}

/** A separate person (own cookies): the merchant, a customer… French browser, like the shop's customers. */
export async function newActor(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await (await launchBrowser()).newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'fr-FR',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  return { context, page };
}

export async function shot(page: Page, name: string): Promise<string> {
  shotNo += 1;
  const file = join(settings().artifactsDir, `${String(shotNo).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** After a failure: every page still open, as it was. */
export async function shotAllOpenPages(label: string): Promise<void> {
  let n = 0;
  for (const page of openPages) {
    n += 1;
    await shot(page, `${label}-page${n}`).catch(() => undefined);
  }
}

export async function closeBrowser(): Promise<void> {
  if (browser) {
    await browser.close();
    browser = null;
  }
}
