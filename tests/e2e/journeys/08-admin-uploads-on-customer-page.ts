/**
 * Journey 8 (issue 12): the admin opens Alice in Customers › Customers, sees her documents in the "EBP documents"
 * block of PrestaShop's own customer page, uploads a PDF there (type, number, date, her order, amounts); Alice then
 * downloads exactly those bytes from My documents; the order page lists that order's documents in its block.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { newActor, shot } from '../support/browser';
import { customerIdByEmail, documentByReference, one } from '../support/db';
import { ebpDocumentPdf } from '../support/pdf';
import { reference, run } from '../support/run';
import { settings } from '../support/settings';
import { loginCustomer, visibleText } from '../support/shop';
import { listedReferences, openMyDocuments } from './03-customer-downloads';

/** A back-office Symfony page reached from its list, as an employee does (the link carries its own token). */
async function openFromList(page: Page, listController: string, viewPath: string): Promise<void> {
  await page.goto(`${settings().adminUrl}index.php?controller=${listController}`, { waitUntil: 'domcontentloaded' });
  const link = page.locator(`a[href*="${viewPath}"]`).first();
  await link.waitFor({ state: 'attached' });
  await page.goto(new URL((await link.getAttribute('href')) ?? '', page.url()).toString(), { waitUntil: 'networkidle' });
}

export async function adminUploadsOnCustomerPage(): Promise<void> {
  const page = (run.merchant as { page: Page }).page;
  const aliceId = await customerIdByEmail(run.alice.email);
  expect(aliceId).not.toBeNull();

  await openFromList(page, 'AdminCustomers', `/customers/${aliceId}/view`);
  const block = page.locator('#ebpdocuments-customer-block');
  await block.waitFor();
  await block.scrollIntoViewIfNeeded();
  await shot(page, 'bo-customer-page-block');
  // Her documents of journey 2 are listed with their numbers.
  const listed = await block.locator('[data-ebpdocuments-documents] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ebpdocuments-document')));
  expect(listed).toContain(reference('FA', 1));
  expect(listed).toContain(reference('FA', 3));

  // Upload a PDF for her web order.
  const ref = reference('FM', 1);
  const bytes = ebpDocumentPdf('Facture', ref, `${run.alice.firstname} ${run.alice.lastname}`, 'manuelle');
  const file = join(mkdtempSync(join(tmpdir(), 'ebpdocs-e2e-')), `${ref}.pdf`);
  writeFileSync(file, bytes);
  const order = await one<{ id_order: number }>('SELECT id_order FROM PREFIX_orders WHERE reference = ?', [run.aliceOrderReference]);
  expect(order).not.toBeNull();
  await block.locator('[data-ebpdocuments-toggle]').click();
  const form = block.locator('[data-ebpdocuments-upload]');
  await form.locator('select[name="type"]').selectOption('invoice');
  await form.locator('input[name="reference"]').fill(ref);
  await form.locator('input[name="date"]').fill('2024-09-30');
  await form.locator('select[name="orderId"]').selectOption(String(order?.id_order));
  await form.locator('input[name="totalTaxExcl"]').fill('38,24');
  await form.locator('input[name="totalTaxIncl"]').fill('45,89');
  await form.locator('input[name="pdf"]').setInputFiles(file);
  await shot(page, 'bo-customer-page-upload-form');
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), form.locator('button[type="submit"]').click()]);
  await page.waitForLoadState('networkidle');
  const row = page.locator(`#ebpdocuments-customer-block tr[data-ebpdocuments-document="${ref}"]`);
  await row.waitFor();
  await row.scrollIntoViewIfNeeded();
  await shot(page, 'bo-customer-page-after-upload');
  expect((await row.innerText()).replace(/\s+/g, ' ')).toContain(run.aliceOrderReference);
  expect(await documentByReference(ref)).toMatchObject({ status: 'attached', id_customer: aliceId, source: 'manual', id_order: order?.id_order });

  // Alice downloads exactly those bytes.
  const alice = await newActor();
  await loginCustomer(alice.page, run.alice.email, run.alice.password);
  await openMyDocuments(alice.page);
  expect(await listedReferences(alice.page)).toContain(ref);
  const aliceRow = alice.page.locator('.ebpdocuments-table tbody tr', { hasText: ref });
  const [download] = await Promise.all([alice.page.waitForEvent('download'), aliceRow.locator('a.ebpdocuments-download').click()]);
  expect(readFileSync(await download.path()).equals(bytes)).toBe(true);
  await shot(alice.page, 'fo-alice-sees-uploaded');
  await alice.context.close();

  // The order page lists the order's documents.
  await openFromList(page, 'AdminOrders', `/orders/${order?.id_order}/view`);
  const orderBlock = page.locator('#ebpdocuments-order-block');
  await orderBlock.waitFor();
  await orderBlock.scrollIntoViewIfNeeded();
  await shot(page, 'bo-order-page-block');
  const orderText = await visibleText(page, '#ebpdocuments-order-block');
  expect(orderText).toContain(ref);
  expect(orderText).toContain(reference('FA', 3));
}
