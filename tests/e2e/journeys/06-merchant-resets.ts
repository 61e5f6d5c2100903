/**
 * Journey 6: the merchant resets the module (uninstall + install) from the Module Manager (or, when the page
 * offers no reset, the console): every document is still there, in the back office and on the customer's page.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { newActor, shot } from '../support/browser';
import { pushEconnecteurForm } from '../support/connector';
import { moduleConsole } from '../support/console';
import { documentByReference, one, query } from '../support/db';
import { ebpDocumentPdf } from '../support/pdf';
import { reference, run } from '../support/run';
import { settings } from '../support/settings';
import { loginCustomer, openAppView, openEbpTab, openModuleManager } from '../support/shop';
import { aliceReferences, listedReferences, openMyDocuments } from './03-customer-downloads';

/**
 * Module Manager › search "EBP" › the module's action menu › Reset › "Yes, reset it". (The page keeps only the first
 * modules of each category in the DOM; its search box brings ours.) Returns false when this PrestaShop's page has
 * no such control, so the console does it instead.
 */
async function resetInModuleManager(page: Page): Promise<boolean> {
  await openModuleManager(page);
  // PrestaShop hides #module-search-bar behind a tag input; type where the merchant types.
  const search = page.locator('#search-input-group input:visible').first();
  await search.fill('EBP');
  await search.press('Enter');
  const card = page.locator('.module-item[data-tech-name="ebpdocuments"]').first();
  await card.waitFor({ timeout: 15_000 }).catch(() => undefined);
  if ((await card.count()) === 0) {
    return false;
  }
  await shot(page, 'bo-module-manager-search');
  await card.locator('.dropdown-toggle').first().click();
  const reset = card.locator('.module_action_menu_reset').first();
  if ((await reset.count()) === 0) {
    return false;
  }
  await reset.click();
  const confirm = page.locator('#module-modal-confirm-ebpdocuments-reset .module_action_modal_reset');
  await confirm.waitFor({ state: 'visible' });
  await shot(page, 'bo-module-reset-confirm');
  // The page posts the action, shows PrestaShop's answer in a notification, then reloads itself at once: keep a copy
  // of the answer on its way to the page.
  // PrestaShop 9 clears its caches during a reset, which takes long on a busy machine: the same two minutes as the wait.
  let answer = '';
  let failure = '';
  const actionUrl = /\/action\/reset\/ebpdocuments/;
  await page.route(actionUrl, async (route) => {
    try {
      const response = await route.fetch({ timeout: 120_000 });
      answer = await response.text();
      await route.fulfill({ response, body: answer });
    } catch (error) {
      failure = String(error);
      await route.abort().catch(() => undefined);
    }
  });
  await confirm.click();
  await expect.poll(() => answer || failure, { timeout: 125_000 }).not.toBe('');
  expect(failure, 'the reset request failed').toBe('');
  await page.unroute(actionUrl);
  await page.waitForLoadState('domcontentloaded');
  await shot(page, 'bo-module-reset-done');
  const verdict = JSON.parse(answer) as Record<string, { status: boolean; msg: string }>;
  expect(verdict.ebpdocuments, answer).toMatchObject({ status: true });
  expect(verdict.ebpdocuments?.msg).toMatch(/reset|réinitialis/i);
  return true;
}

export async function merchantResetsTheModule(): Promise<void> {
  const page = (run.merchant as { page: Page }).page;
  const ours = await query('SELECT reference, sha256, status, id_customer FROM PREFIX_ebpdocuments_document WHERE reference LIKE ? ORDER BY reference', [`%E2E${settings().runId.toUpperCase()}%`]);
  expect(ours.length).toBe(run.pushed.size);
  const moduleBefore = await one<{ id_module: number }>("SELECT id_module FROM PREFIX_module WHERE name = 'ebpdocuments'");

  const viaPage = await resetInModuleManager(page);
  if (!viaPage) {
    console.log('journey 6: no Reset control found in the Module Manager, resetting with the console');
    moduleConsole('reset');
  }
  const moduleAfter = await one<{ id_module: number; active: number }>("SELECT id_module, active FROM PREFIX_module WHERE name = 'ebpdocuments'");
  expect(moduleAfter, 'installed again').not.toBeNull();
  expect(Number(moduleAfter?.active)).toBe(1);
  // A reset that did nothing would prove nothing: uninstall + install gives a new id_module.
  expect(moduleAfter?.id_module).not.toBe(moduleBefore?.id_module);

  const after = await query('SELECT reference, sha256, status, id_customer FROM PREFIX_ebpdocuments_document WHERE reference LIKE ? ORDER BY reference', [`%E2E${settings().runId.toUpperCase()}%`]);
  expect(after).toEqual(ours);

  await openEbpTab(page);
  await openAppView(page, 'documents');
  // The search is a prefix search (number, billing e-mail, customer, order) that the app runs after a pause in
  // typing: Alice's e-mail brings her documents only. Until it has run, the list shows every document of the shop.
  await page.fill('[data-test="search"]', run.alice.email);
  const rows = page.locator('[data-test="document-row"]');
  await expect.poll(async () => rows.count(), { timeout: 15_000 }).toBe(aliceReferences().length);
  await shot(page, 'bo-documents-after-reset');
  const listText = (await rows.allInnerTexts()).join(' ');
  for (const ref of aliceReferences()) {
    expect(listText).toContain(ref);
  }
  expect(listText).not.toContain(reference('FB', 1));

  const alice = await newActor();
  await loginCustomer(alice.page, run.alice.email, run.alice.password);
  await openMyDocuments(alice.page);
  await shot(alice.page, 'fo-alice-after-reset');
  expect([...(await listedReferences(alice.page))].sort()).toEqual([...aliceReferences()].sort());
  await alice.context.close();

  // The key survived the reset too; the merchant now revokes it (as after replacing a connector PC): refused at once.
  await openAppView(page, 'connector');
  const keyRow = page.locator('[data-test="key-row"]', { hasText: `E-connecteur e2e ${settings().runId}` });
  await keyRow.locator('[data-test="revoke"]').click();
  await page.click('[data-test="dialog-confirm"]');
  await expect.poll(async () => (await keyRow.locator('[data-test="key-status"]').innerText()).trim()).toMatch(/révoquée|revoked/i);
  await shot(page, 'bo-key-revoked');
  const refused = await pushEconnecteurForm(run.receiveUrl, {
    key: run.moduleKey,
    email: run.alice.email,
    type: 'Facture',
    reference: reference('FR', 1),
    pdf: ebpDocumentPdf('Facture', reference('FR', 1), 'Alice Martin'),
  });
  expect(refused.status).toBe(401);
  expect(refused.text).toMatch(/Clé refusée/);
  expect(await documentByReference(reference('FR', 1))).toBeNull();
}
