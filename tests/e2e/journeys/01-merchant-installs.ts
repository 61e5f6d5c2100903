/**
 * Journey 1: the merchant uploads the zip in Modules › Module Manager › Upload a module, opens Customers › EBP
 * documents, creates a connector key and copies the receiving URL from the page.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { newActor, shot } from '../support/browser';
import { moduleConsole, removeModuleFolder } from '../support/console';
import { pushEconnecteurForm } from '../support/connector';
import { activeWebserviceKey, execute, one } from '../support/db';
import { ebpDocumentPdf } from '../support/pdf';
import { reference, run } from '../support/run';
import { settings } from '../support/settings';
import { urlShape } from '../support/urls';
import { adminLogin, openAppView, openEbpTab, openModuleManager, uploadModuleZip, visibleText } from '../support/shop';

async function startFromAShopWithoutTheModule(): Promise<void> {
  // Keys left active by an interrupted earlier run (a finished run revokes its own in journey 6).
  await execute("UPDATE PREFIX_ebpdocuments_api_key SET active = 0, revoked_at = NOW() WHERE label LIKE 'E-connecteur e2e %' AND active = 1").catch(() => undefined);
  // Each run sends two bad keys on purpose (journeys 2 and 6); after ten within ten minutes further BAD keys get 429
  // (good keys are always accepted), so reruns start from a clean bad-key counter and the refusals stay 401.
  await execute('DELETE FROM PREFIX_ebpdocuments_auth_failure').catch(() => undefined);
  // The shop's Webservice key starts without the documents right (as any key made for something else): journey 1
  // has the merchant allow it in Advanced Parameters › Webservice. PrestaShop keeps ps_webservice_permission rows
  // when a module is uninstalled, so an earlier run's right is taken back here.
  await execute("DELETE FROM PREFIX_webservice_permission WHERE resource = 'ebpdocuments'").catch(() => undefined);
  const installed = await one("SELECT id_module FROM PREFIX_module WHERE name = 'ebpdocuments'");
  if (installed && settings().shopRoot) {
    moduleConsole('uninstall');
  }
  removeModuleFolder();
}

export async function merchantInstallsTheModule(): Promise<void> {
  const s = settings();
  expect(existsSync(s.zip), `${s.zip} (run ./build.sh first)`).toBe(true);
  await startFromAShopWithoutTheModule();

  const merchant = await newActor();
  run.merchant = merchant;
  const { page } = merchant;

  await adminLogin(page);
  await shot(page, 'bo-dashboard');
  await openModuleManager(page);
  await shot(page, 'bo-module-manager');

  const verdict = await uploadModuleZip(page, s.zip);
  await shot(page, 'bo-upload-verdict');
  expect(verdict).toMatch(/Module installed!|Module install(é|e)|Module upgraded|Module mis à jour/i);
  expect(await one("SELECT active FROM PREFIX_module WHERE name = 'ebpdocuments'")).not.toBeNull();

  await openEbpTab(page);
  await shot(page, 'bo-ebp-tab');
  expect(await page.title()).toMatch(/EBP/);

  await openAppView(page, 'connector');
  const receive = page.locator('#ebpdocuments-url-receive');
  // The URL in the shop's own shape: /module/ebpdocuments/receive with friendly URLs, ?controller=receive without.
  const urls = await urlShape();
  await expect.poll(async () => receive.inputValue()).toMatch(urls.moduleController('receive'));
  run.receiveUrl = await receive.inputValue();
  run.apiUrl = await page.locator('#ebpdocuments-url-api').inputValue();
  expect(run.receiveUrl.startsWith(s.shopUrl), `${run.receiveUrl} is on ${s.shopUrl}`).toBe(true);
  expect(run.apiUrl).toMatch(urls.moduleController('api'));
  console.log(`e2e: friendly URLs ${urls.friendly ? 'on' : 'off'}, receiving URL ${run.receiveUrl}`);

  // Copy (as the merchant clicks it): the page says it copied, or selects the text to copy by hand.
  // (The button, whatever the field's styling: the one its status line describes.)
  await page.locator('button[aria-describedby="ebpdocuments-url-receive-copy-status"]').click();
  await expect.poll(async () => visibleText(page, '#ebpdocuments-url-receive-copy-status')).toMatch(/./);

  const label = `E-connecteur e2e ${s.runId}`;
  await page.fill('#ebpdocuments-key-label', label);
  await page.locator('[data-test="create-key"] button[type="submit"]').click();
  const secret = page.locator('#ebpdocuments-new-secret');
  await secret.waitFor();
  run.moduleKey = await secret.inputValue();
  await shot(page, 'bo-connector-new-key');
  expect(run.moduleKey).toMatch(/^ebp_[A-Za-z0-9_-]{43,}$/);
  // The keys table lists it by its label, with the start of the secret only.
  const keyRow = page.locator('[data-test="key-row"]', { hasText: label });
  await keyRow.waitFor();
  expect((await keyRow.innerText()).replace(/\s+/g, ' ')).toContain(run.moduleKey.slice(0, 10));

  const wsKey = await activeWebserviceKey();
  expect(wsKey, 'the shop needs an active Webservice key (E-connecteur uses one)').not.toBeNull();
  run.webserviceKey = wsKey as string;
  await merchantAllowsTheWebserviceKeyToSendDocuments(page);
}

/**
 * A shop Webservice key sends documents only once the merchant allows it (issue 8): E-connecteur is first told where,
 * then the merchant follows the Connector view's link to the key in Advanced Parameters › Webservice, ticks
 * Add (POST) on the ebpdocuments line and saves; the Connector view then says the key may send.
 */
async function merchantAllowsTheWebserviceKeyToSendDocuments(page: Page): Promise<void> {
  const refused = await pushEconnecteurForm(run.receiveUrl, {
    key: run.webserviceKey, email: 'nobody@example.com', type: 'Facture', reference: reference('WS', 0), pdf: ebpDocumentPdf('Facture', reference('WS', 0), 'Nobody'),
  });
  expect(refused.status, refused.text).toBe(401);
  expect(refused.text).toContain('Paramètres avancés › Webservice');
  expect(refused.text).toContain('Ajouter (POST) sur la ligne ebpdocuments');

  const row = page.locator('[data-test="ws-key-row"]', { hasText: run.webserviceKey.slice(0, 6) });
  await row.waitFor();
  expect(await row.locator('[data-test="ws-key-send"]').innerText()).toMatch(/Not allowed|Non autorisée/);
  await shot(page, 'bo-connector-webservice-key-not-allowed');
  await Promise.all([page.waitForURL(/webservice/i), row.locator('[data-test="ws-key-edit"]').click()]);
  await page.waitForLoadState('domcontentloaded');
  // PrestaShop's permission table: one checkbox per method and resource, value = the resource.
  const add = page.locator('input[type="checkbox"][value="ebpdocuments"][name$="[POST][]"]');
  await add.waitFor({ state: 'attached' });
  await page.locator('tr', { has: add }).first().scrollIntoViewIfNeeded().catch(() => undefined);
  if (!(await add.isChecked())) {
    // PrestaShop's UI kit hides the input and draws the box with the ::before of the <i> after it (a 0×0 element):
    // click where the box is drawn, as the merchant does; if that missed, click the input itself.
    const drawn = await add.locator('xpath=following-sibling::i[1]').boundingBox();
    if (drawn) {
      await page.mouse.click(drawn.x + 8, drawn.y + 8);
    }
    if (!(await add.isChecked())) {
      await add.evaluate((box) => (box as HTMLInputElement).click());
    }
  }
  expect(await add.isChecked()).toBe(true);
  await shot(page, 'bo-webservice-key-ebpdocuments-add-ticked');
  await Promise.all([
    page.waitForURL((url) => !/\/edit/.test(url.pathname), { timeout: 60_000 }),
    page.locator('#save-button').click(),
  ]);
  expect(await one("SELECT method FROM PREFIX_webservice_permission WHERE resource = 'ebpdocuments' AND method = 'POST' AND id_webservice_account = (SELECT id_webservice_account FROM PREFIX_webservice_account WHERE `key` = ? LIMIT 1)", [run.webserviceKey])).not.toBeNull();

  await openEbpTab(page);
  await openAppView(page, 'connector');
  const allowed = page.locator('[data-test="ws-key-row"]', { hasText: run.webserviceKey.slice(0, 6) }).locator('[data-test="ws-key-send"]');
  await expect.poll(async () => allowed.innerText()).toMatch(/Allowed to send|Autorisée à envoyer/);
  await shot(page, 'bo-connector-webservice-key-allowed');
}
