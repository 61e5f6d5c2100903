/**
 * Journey 9 (issue 11): the merchant opens the Connector view, reads that E-connecteur sends the shop's Webservice
 * key, picks that key and sends a test document: the module posts a sample PDF to its own receiving URL over HTTP,
 * the page says OK with the exact answer E-connecteur would show, and nothing stays but one "test" event. The health
 * checks are listed with their states. Screenshots at 1366 and 1024 px.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { newActor, shot } from '../support/browser';
import { one, query } from '../support/db';
import { run } from '../support/run';
import { adminLogin, openAppView, openEbpTab, visibleText } from '../support/shop';

async function merchantPage(): Promise<Page> {
  if (run.merchant) {
    return run.merchant.page;
  }
  const merchant = await newActor();
  run.merchant = merchant;
  await adminLogin(merchant.page);
  return merchant.page;
}

/**
 * A README picture of one block: first scrolled so that its top sits just below PrestaShop's fixed header and
 * toolbar, which would otherwise cover it in the picture.
 */
async function docsPicture(block: Locator, path: string): Promise<void> {
  await block.evaluate((element) => {
    const bars = Array.from(document.querySelectorAll('body *')).filter((candidate) => {
      const style = getComputedStyle(candidate);
      const box = candidate.getBoundingClientRect();
      return (style.position === 'fixed' || style.position === 'sticky') && box.top < 200 && box.height > 0 && box.height < 300 && box.width > 300;
    });
    const covered = Math.max(0, ...bars.map((bar) => bar.getBoundingClientRect().bottom));
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - covered - 8);
  });
  await block.screenshot({ path, type: 'jpeg', quality: 70 });
}

export async function merchantGoesLive(): Promise<void> {
  const page = await merchantPage();
  await openEbpTab(page);
  await openAppView(page, 'connector');

  // The first block speaks of the Webservice key, and carries the receiving URL with its copy button.
  const first = page.locator('section[aria-labelledby="ebpdocuments-econnecteur-title"]');
  await first.waitFor();
  expect(await visibleText(page, '#ebpdocuments-econnecteur-title')).toMatch(/Webservice/);
  const receive = await page.locator('#ebpdocuments-url-receive').inputValue();
  expect(receive).toMatch(/receive/);
  expect(await first.locator('button[aria-describedby="ebpdocuments-url-receive-copy-status"]').count()).toBe(1);

  // The shop's Webservice key (E-connecteur's) is offered for the test; the first one is chosen by default.
  const wsKey = await one<{ id: number }>(
    `SELECT a.id_webservice_account AS id FROM PREFIX_webservice_account a
       JOIN PREFIX_webservice_account_shop s ON s.id_webservice_account = a.id_webservice_account
      WHERE a.active = 1 ORDER BY a.id_webservice_account LIMIT 1`,
  );
  expect(wsKey, 'the shop needs an active Webservice key (E-connecteur uses one)').not.toBeNull();
  const select = page.locator('[data-test="test-key"]');
  await expect.poll(async () => select.locator(`option[value="${String(wsKey?.id)}"]`).count()).toBe(1);
  await select.selectOption(String(wsKey?.id));

  const eventsBefore = Number((await one<{ id: number | null }>('SELECT MAX(id_event) AS id FROM PREFIX_ebpdocuments_event'))?.id ?? 0);
  await page.click('[data-test="test-send"]');
  const verdict = page.locator('[data-test="test-ok"], [data-test="test-failed"], [data-test="test-error"]').first();
  await verdict.waitFor({ timeout: 120_000 });
  await shot(page, 'bo-connector-test-document');
  const text = (await verdict.innerText()).replace(/\s+/g, ' ');
  expect(await page.locator('[data-test="test-ok"]').count(), text).toBe(1);
  expect(text).toMatch(/^OK/);
  const answer = await page.locator('[data-test="test-answer"]').innerText();
  expect(answer).toMatch(/^Document TEST-EBPDOCS-[0-9A-F]{8} \(facture\) enregistré sur le site/);
  const reference = (/TEST-EBPDOCS-[0-9A-F]{8}/.exec(answer) ?? [''])[0];

  // Nothing stays but one "test" event: no document row, no other event for that number.
  expect(await one('SELECT id_document FROM PREFIX_ebpdocuments_document WHERE reference = ?', [reference])).toBeNull();
  const events = await query<{ event: string }>('SELECT event FROM PREFIX_ebpdocuments_event WHERE id_event > ? AND document_reference = ?', [eventsBefore, reference]);
  expect(events.map((e) => e.event)).toEqual(['test']);

  // Health checks: every check has a state; none is red on a shop set up as documented.
  const states = await page.locator('[data-test="health-checks"] li').evaluateAll((items) => items.map((item) => `${item.getAttribute('data-test')}=${item.getAttribute('data-state')}`));
  expect(states.length).toBeGreaterThanOrEqual(10);
  expect(states.filter((state) => state.endsWith('=error')), states.join(', ')).toEqual([]);

  // The README's pictures: EBPDOCS_E2E_DOCS_SCREENSHOTS=1 writes small JPEGs of the blocks under docs/images/.
  if (process.env.EBPDOCS_E2E_DOCS_SCREENSHOTS === '1') {
    const dir = join(process.cwd(), 'docs', 'images');
    mkdirSync(dir, { recursive: true });
    await docsPicture(first, join(dir, 'connector-econnecteur.jpg'));
    await docsPicture(page.locator('section[aria-labelledby="ebpdocuments-test-title"]'), join(dir, 'connector-test-document.jpg'));
    await docsPicture(page.locator('section[aria-labelledby="ebpdocuments-health-title"]'), join(dir, 'connector-health.jpg'));
  }

  await page.setViewportSize({ width: 1024, height: 900 });
  await shot(page, 'bo-connector-1024');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await page.setViewportSize({ width: 1366, height: 900 });
}
