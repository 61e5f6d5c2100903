/**
 * Journey 3: Alice logs in with the shop's login form, sees the "My documents" tile with its count, opens the page,
 * downloads her invoice (the browser's download: the bytes equal what was pushed), and finds the invoice of her web
 * order on the order's detail page.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { newActor, shot } from '../support/browser';
import { reference, run } from '../support/run';
import { frontUrl, loginCustomer, visibleText } from '../support/shop';
import { urlShape } from '../support/urls';

/** References attached to Alice by journey 2, newest version of each. */
export function aliceReferences(): string[] {
  return [reference('FA', 1), reference('BL', 1), reference('AV', 1), reference('FA', 3), reference('DE', 2)];
}

/**
 * The "My documents" tile of My account's content: classic draws it as #ebpdocuments-link; Hummingbird draws the
 * theme's account-menu links (#ebpdocuments_link) twice, in the sidebar and as a tile of the main menu: the tile.
 */
async function myAccountTile(page: Page) {
  const tiles = page.locator('#ebpdocuments-link, #ebpdocuments_link');
  await tiles.first().waitFor();
  const hummingbirdTile = page.locator('.account-menu--main #ebpdocuments_link');
  return (await hummingbirdTile.count()) > 0 ? hummingbirdTile.first() : tiles.first();
}

export async function tileCount(page: Page): Promise<{ text: string; count: number }> {
  const tile = await myAccountTile(page);
  const text = (await tile.innerText()).replace(/\s+/g, ' ').trim();
  const badge = tile.locator('.badge');
  const count = (await badge.count()) > 0 ? Number((await badge.innerText()).trim()) : 0;
  return { text, count };
}

export async function openMyDocuments(page: Page): Promise<void> {
  await page.goto(frontUrl({ controller: 'my-account' }));
  const tile = await myAccountTile(page);
  await Promise.all([page.waitForURL((await urlShape()).moduleController('documents')), tile.click()]);
  await page.locator('#ebpdocuments-documents').waitFor();
}

export async function listedReferences(page: Page): Promise<string[]> {
  return (await page.locator('.ebpdocuments-table tbody tr th[scope="row"]').allInnerTexts()).map((text) => text.trim());
}

export async function customerDownloads(): Promise<void> {
  const { context, page } = await newActor();
  await loginCustomer(page, run.alice.email, run.alice.password);
  await page.goto(frontUrl({ controller: 'my-account' }));
  await shot(page, 'fo-alice-my-account');

  const expected = aliceReferences();
  const before = await tileCount(page);
  expect(before.text).toMatch(/mes documents|my documents/i);
  expect(before.count).toBe(expected.length);

  await openMyDocuments(page);
  await shot(page, 'fo-alice-my-documents');
  expect(await visibleText(page, 'h1, .page-header')).toMatch(/mes documents|my documents/i);
  const listed = await listedReferences(page);
  expect([...listed].sort()).toEqual([...expected].sort());
  expect(await page.locator('.ebpdocuments-row--new').count()).toBe(expected.length);
  // Nothing waiting or belonging to someone else shows up.
  const pageText = await visibleText(page, '#ebpdocuments-documents');
  expect(pageText).not.toContain(reference('FA', 2));
  expect(pageText).not.toContain(reference('FB', 1));

  // Every download link, as the page shows it (Bob will try them in journey 4).
  for (const row of await page.locator('.ebpdocuments-table tbody tr').all()) {
    const ref = (await row.locator('th[scope="row"]').innerText()).trim();
    run.aliceDownloadLinks.set(ref, new URL(await row.locator('a.ebpdocuments-download').getAttribute('href') ?? '', page.url()).toString());
  }

  // The order column links the invoice of her web order to its detail page.
  const orderRow = page.locator('.ebpdocuments-table tbody tr', { hasText: reference('FA', 3) });
  expect(await orderRow.locator('a[data-link-action="view-order-details"]').innerText()).toContain(run.aliceOrderReference);

  // Download the (replaced) invoice with the browser: same bytes as the second version pushed.
  const invoiceRef = reference('FA', 1);
  const invoiceRow = page.locator('.ebpdocuments-table tbody tr', { hasText: invoiceRef });
  const [download] = await Promise.all([page.waitForEvent('download'), invoiceRow.locator('a.ebpdocuments-download').click()]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(new RegExp(`${invoiceRef}\\.pdf$`));
  expect(readFileSync(file).equals(run.pushed.get(invoiceRef)?.bytes as Buffer)).toBe(true);

  // The headers a browser relies on, fetched with her cookies.
  const response = await context.request.get(run.aliceDownloadLinks.get(invoiceRef) as string);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['content-disposition']).toMatch(/attachment/);
  expect(response.headers()['cache-control']).toMatch(/no-store/);

  // Opened once: no longer "new", and the tile counts one less.
  await page.reload();
  await shot(page, 'fo-alice-after-download');
  expect(await invoiceRow.getAttribute('class')).not.toContain('ebpdocuments-row--new');
  await page.goto(frontUrl({ controller: 'my-account' }));
  expect((await tileCount(page)).count).toBe(expected.length - 1);

  // The order detail page lists the document linked to that order.
  await page.goto(frontUrl({ controller: 'history' }));
  await shot(page, 'fo-alice-order-history');
  const orderLink = page.locator(`a[href*="controller=order-detail"], a[data-link-action="view-order-details"]`).first();
  await Promise.all([page.waitForURL((await urlShape()).page('order-detail')), orderLink.click()]);
  const section = page.locator('#ebpdocuments-order-documents');
  await section.waitFor();
  await shot(page, 'fo-alice-order-detail');
  const sectionText = await visibleText(page, '#ebpdocuments-order-documents');
  expect(sectionText).toMatch(/documents de cette commande|documents for this order/i);
  expect(sectionText).toContain(reference('FA', 3));
  expect(sectionText).not.toContain(reference('BL', 1));
  await context.close();
}
