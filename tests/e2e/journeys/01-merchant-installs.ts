/**
 * Journey 1: the merchant uploads the zip in Modules › Module Manager › Upload a module, opens Customers › EBP
 * documents, creates a connector key and copies the receiving URL from the page.
 */
import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import { newActor, shot } from '../support/browser';
import { moduleConsole, removeModuleFolder } from '../support/console';
import { activeWebserviceKey, execute, one } from '../support/db';
import { run } from '../support/run';
import { settings } from '../support/settings';
import { urlShape } from '../support/urls';
import { adminLogin, openAppView, openEbpTab, openModuleManager, uploadModuleZip, visibleText } from '../support/shop';

async function startFromAShopWithoutTheModule(): Promise<void> {
  // Keys left active by an interrupted earlier run (a finished run revokes its own in journey 6).
  await execute("UPDATE PREFIX_ebpdocuments_api_key SET active = 0, revoked_at = NOW() WHERE label LIKE 'E-connecteur e2e %' AND active = 1").catch(() => undefined);
  // Each run sends two bad keys on purpose (journeys 2 and 6); ten within ten minutes would lock this address out
  // (429) for the rest of the window, so reruns start from a clean bad-key counter.
  await execute('DELETE FROM PREFIX_ebpdocuments_auth_failure').catch(() => undefined);
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
}
