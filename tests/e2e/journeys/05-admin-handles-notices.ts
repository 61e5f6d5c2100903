/**
 * Journey 5: the admin opens the notices, reads why each document waits, assigns the unknown-e-mail quote to Bob
 * (who then sees it), dismisses the other unknown-e-mail document; Carol, known only from a guest checkout, creates
 * her account with that e-mail: her invoice stays aside (auto-attach is off by default) and her My documents page
 * says it waits for her to confirm the address; retrying the matching does not give it to her (she has not
 * confirmed: "E-mail not confirmed" in the notices); the admin assigns it to her, then she sees it.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { newActor, shot } from '../support/browser';
import { customerIdByEmail, documentByReference } from '../support/db';
import { reference, run } from '../support/run';
import { loginCustomer, openAppView, openEbpTab, registerCustomer, visibleText } from '../support/shop';
import { NO_ACCOUNT_FR } from './02-connector-pushes';
import { listedReferences, openMyDocuments } from './03-customer-downloads';

function noticeRow(page: Page, ref: string) {
  return page.locator('[data-test="notice-row"]', { hasText: ref });
}

/** An action of the row's "⋮" menu (PrestaShop's grid style): open the menu, then choose the item. */
async function rowMenuAction(row: ReturnType<typeof noticeRow>, action: string): Promise<void> {
  await row.locator('[data-test="row-menu"]').click();
  await row.locator(`[data-test="row-menu-list"] [data-test="${action}"]`).click();
}

/** Assigns a notice through the dialog, the customer found by the type-ahead search. */
async function assignTo(page: Page, ref: string, email: string): Promise<void> {
  await noticeRow(page, ref).locator('[data-test="assign"]').click();
  await page.getByRole('dialog').waitFor();
  await page.fill('[data-test="customer-search"]', email);
  // Her guest row is listed too (disabled): the registered account is the enabled option.
  await page.locator('[data-test="customer-option"]:not([aria-disabled="true"])', { hasText: email }).click();
  await page.click('[data-test="dialog-confirm"]');
  await expect.poll(async () => noticeRow(page, ref).count()).toBe(0);
}

async function openNotices(page: Page): Promise<void> {
  await openEbpTab(page);
  await openAppView(page, 'notices');
  await page.locator('[data-test="notice-row"]').first().waitFor();
}

export async function adminHandlesNotices(): Promise<void> {
  const page = (run.merchant as { page: Page }).page;
  await openNotices(page);
  await shot(page, 'bo-notices');

  const quoteRow = noticeRow(page, reference('DE', 1));
  const quoteText = (await quoteRow.innerText()).replace(/\s+/g, ' ');
  expect(quoteText).toContain(run.unknownEmail);
  expect(quoteText).toContain(NO_ACCOUNT_FR);
  expect((await noticeRow(page, reference('FA', 2)).innerText()).replace(/\s+/g, ' ')).toContain(run.carol.email);

  // Assign the quote to Bob, found by the type-ahead search.
  await quoteRow.locator('[data-test="assign"]').click();
  // Seen, not only present: the back-office theme must not leave the dialog transparent (opacity is not checked by
  // Playwright's visibility).
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  // Its title is on screen (not pushed above the viewport).
  expect(await dialog.getByRole('heading').first().evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
  await page.fill('[data-test="customer-search"]', run.bob.email);
  const option = page.locator('[data-test="customer-option"]', { hasText: run.bob.email });
  await option.click();
  await shot(page, 'bo-assign-dialog');
  await page.click('[data-test="dialog-confirm"]');
  await expect.poll(async () => quoteRow.count()).toBe(0);
  await shot(page, 'bo-notices-after-assign');
  const bobId = await customerIdByEmail(run.bob.email);
  expect(await documentByReference(reference('DE', 1))).toMatchObject({ status: 'attached', id_customer: bobId, match_method: 'manual' });

  const bob = await newActor();
  await loginCustomer(bob.page, run.bob.email, run.bob.password);
  await openMyDocuments(bob.page);
  await shot(bob.page, 'fo-bob-sees-assigned-quote');
  expect(await listedReferences(bob.page)).toContain(reference('DE', 1));
  await bob.context.close();

  // Dismiss the unknown-e-mail order: hidden from the list, kept.
  const orderRow = noticeRow(page, reference('CO', 1));
  await rowMenuAction(orderRow, 'dismiss');
  await expect.poll(async () => orderRow.count()).toBe(0);
  // The row leaves at once (optimistic); the flash with its "undo" says the server did it.
  const flash = page.locator('[data-test="flash"]', { has: page.locator('[data-test="flash-action"]') });
  await flash.waitFor();
  expect(await flash.innerText()).toContain(reference('CO', 1));
  expect(await documentByReference(reference('CO', 1))).toMatchObject({ status: 'dismissed' });
  await page.click('[data-test="show-dismissed"]');
  await noticeRow(page, reference('CO', 1)).waitFor();
  await shot(page, 'bo-notices-dismissed');
  await page.click('[data-test="show-pending"]');

  // Carol registers with the e-mail of her guest checkout: a new, registered account.
  const carol = await newActor();
  await registerCustomer(carol.page, run.carol);
  const carolId = await customerIdByEmail(run.carol.email);
  expect(carolId).not.toBeNull();
  // Not attached on her word alone (auto-attach is off by default).
  expect(await documentByReference(reference('FA', 2))).toMatchObject({ status: 'pending', reason: 'GUEST_ONLY', id_customer: null });
  await openMyDocuments(carol.page);
  await shot(carol.page, 'fo-carol-before-retry');
  expect(await visibleText(carol.page, '#ebpdocuments-documents')).not.toContain(reference('FA', 2));
  // Her page says a document waits for her, with the one-click code form: one step at a time, "Send me a code" first.
  const waiting = carol.page.locator('.ebpdocuments-waiting');
  expect((await waiting.innerText()).replace(/\s+/g, ' ')).toMatch(/1 document (waits for you|vous attend)/);
  expect(await waiting.locator('form[data-step="send-code"] button[type="submit"]').count()).toBe(1);
  expect(await waiting.locator('form[data-step="enter-code"]').count()).toBe(0);

  // The admin retries the matching for her notice: one account uses the e-mail, but it has not confirmed it.
  await page.reload();
  await page.locator('[data-test="notice-row"]').first().waitFor();
  const guestRow = noticeRow(page, reference('FA', 2));
  await rowMenuAction(guestRow, 'retry');
  await expect.poll(async () => (await documentByReference(reference('FA', 2)))?.reason).toBe('UNPROVEN_EMAIL');
  await page.reload();
  await noticeRow(page, reference('FA', 2)).waitFor();
  await shot(page, 'bo-notices-after-retry');
  expect(await documentByReference(reference('FA', 2))).toMatchObject({ status: 'pending', id_customer: null });

  // The admin gives it to her (which also counts as proof of her address).
  await assignTo(page, reference('FA', 2), run.carol.email);
  expect(await documentByReference(reference('FA', 2))).toMatchObject({ status: 'attached', id_customer: carolId, match_method: 'manual' });

  await carol.page.reload();
  await shot(carol.page, 'fo-carol-after-retry');
  expect(await listedReferences(carol.page)).toContain(reference('FA', 2));
  await carol.context.close();
}
