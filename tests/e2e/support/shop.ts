/**
 * PrestaShop's own pages, driven as a person does: back-office login, module upload, the classic/Hummingbird
 * front-office registration and login forms, the account pages. Selectors are PrestaShop's (8.x and 9.x).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { settings } from './settings';
import { urlShape } from './urls';

export function frontUrl(params: Record<string, string>): string {
  return `${settings().shopUrl}index.php?${new URLSearchParams(params).toString()}`;
}

export function moduleFrontUrl(controller: string, params: Record<string, string> = {}): string {
  return frontUrl({ fc: 'module', module: 'ebpdocuments', controller, ...params });
}

/** Visible text of the page, spaces collapsed. */
export async function visibleText(page: Page, selector = 'body'): Promise<string> {
  return (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();
}

// ------------------------------------------------------------------ back office ---

/** A back-office login page: PS 8's legacy AdminLogin controller, or PS 9's Symfony page (…/login). */
function isAdminLoginUrl(url: URL): boolean {
  return url.searchParams.get('controller') === 'AdminLogin' || /\/login\/?$/.test(url.pathname);
}

/**
 * Log in where the merchant does: the back-office folder URL sends to whichever login page the shop has. Done when
 * the browser has left the login page (PS 9's login URL itself holds "index.php/" and "_token=", so the URL it lands
 * on proves nothing).
 */
export async function adminLogin(page: Page): Promise<void> {
  const s = settings();
  await page.goto(s.adminUrl, { waitUntil: 'domcontentloaded' });
  expect(isAdminLoginUrl(new URL(page.url())), `${page.url()} is a back-office login page`).toBe(true);
  await page.fill('#email', s.adminEmail);
  await page.fill('#passwd', s.adminPassword);
  await page.click('#submit_login');
  await page.waitForURL((url) => !isAdminLoginUrl(url), { timeout: 60_000 }).catch(async (error: unknown) => {
    const refused = await page.locator('#error, .alert-danger').allInnerTexts().catch(() => []);
    throw new Error(`back-office login did not leave ${page.url()}: ${refused.join(' ').trim() || String(error)}`);
  });
  await page.waitForLoadState('domcontentloaded');
}

/** Modules › Module Manager (the legacy link redirects to the Symfony page with its own token). */
export async function openModuleManager(page: Page): Promise<void> {
  await page.goto(`${settings().adminUrl}index.php?controller=AdminModulesSf`, { waitUntil: 'domcontentloaded' });
  await page.locator('#page-header-desc-configuration-add_module').waitFor();
}

/** "Upload a module", drop the zip, wait for PrestaShop's verdict. Returns the dialog's text. */
export async function uploadModuleZip(page: Page, zip: string): Promise<string> {
  await page.click('#page-header-desc-configuration-add_module');
  const modal = page.locator('#module-modal-import');
  await modal.waitFor({ state: 'visible' });
  await page.setInputFiles('#importDropzone input[type=file], .dz-hidden-input', zip);
  const verdict = modal.locator('.module-import-success, .module-import-failure');
  await verdict.first().waitFor({ state: 'visible', timeout: 120_000 });
  return (await modal.innerText()).replace(/\s+/g, ' ').trim();
}

/** Customers › EBP documents, through the side menu as an employee would. */
export async function openEbpTab(page: Page): Promise<void> {
  await page.goto(`${settings().adminUrl}index.php?controller=AdminCustomers`, { waitUntil: 'domcontentloaded' });
  const link = page.locator('#subtab-AdminEbpdocuments a').first();
  await expect.poll(async () => link.count()).toBeGreaterThan(0);
  // The Customers section can be folded (PrestaShop 8 and 9 fold it on a click of its title, and a browser that
  // clicked around the menu before may find it so): unfold it as an employee would, then click the link itself. A
  // forced click on the hidden link landed on another section's title and the tab never opened.
  const shown = await link.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
  if (!shown) {
    await page.locator('#subtab-AdminParentCustomer > a').first().click();
    await link.waitFor({ state: 'visible' });
  }
  await Promise.all([page.waitForURL(/AdminEbpdocuments/), link.click()]);
  await page.locator('.ebpdocuments-app').waitFor({ timeout: 30_000 });
  // The app loads its first view over XHR: wait for it, so what follows (and its screenshot) sees the view, not the spinner.
  await page.waitForLoadState('networkidle');
}

export async function openAppView(page: Page, view: 'overview' | 'documents' | 'waiting' | 'activity' | 'connector' | 'settings'): Promise<void> {
  await page.click(`[data-test="tab-${view}"]`);
  await page.waitForLoadState('networkidle');
}

// ------------------------------------------------------------------ front office ---

export interface Person {
  firstname: string;
  lastname: string;
  email: string;
  password: string;
}

/** Create an account with PrestaShop's registration form (every required consent box ticked, as a person must). */
export async function registerCustomer(page: Page, person: Person): Promise<void> {
  await page.goto(frontUrl({ controller: 'registration' }));
  const form = page.locator('form#customer-form');
  await form.waitFor();
  const gender = form.locator('input[name="id_gender"]').first();
  if (await gender.count()) {
    await gender.check();
  }
  await form.locator('input[name="firstname"]').fill(person.firstname);
  await form.locator('input[name="lastname"]').fill(person.lastname);
  await form.locator('input[name="email"]').fill(person.email);
  await form.locator('input[name="password"]').fill(person.password);
  for (const box of await form.locator('input[type="checkbox"][required]').all()) {
    await box.check();
  }
  await Promise.all([page.waitForLoadState('domcontentloaded'), form.locator('[data-link-action="save-customer"]').click()]);
  await page.waitForLoadState('networkidle');
  // A refused form stays on the registration page with its error; the account then does not exist.
  const errors = await page.locator('form#customer-form .help-block li, form#customer-form .alert-danger').allInnerTexts();
  expect(errors.join(' '), 'registration form error').toBe('');
}

/**
 * Logs in through the theme's login form. Done when the browser has left the login page: with friendly URLs,
 * PrestaShop sends `?controller=authentication&back=my-account` to /login and, after the login, to the home page,
 * so the page it lands on is not always My account. A refused login stays on the form and fails with its message.
 */
export async function loginCustomer(page: Page, email: string, password: string): Promise<void> {
  const loginPage = (await urlShape()).page('authentication');
  await page.goto(frontUrl({ controller: 'authentication', back: 'my-account' }));
  const form = page.locator('#login-form');
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('#submit-login, [data-link-action="sign-in"]').first().click();
  await page.waitForURL((url) => !loginPage.test(url.toString()), { timeout: 60_000 }).catch(async (error: unknown) => {
    const refused = await page.locator('#login-form .alert-danger, #login-form .help-block').allInnerTexts().catch(() => []);
    throw new Error(`customer login did not leave ${page.url()}: ${refused.join(' ').trim() || String(error)}`);
  });
  await page.waitForLoadState('domcontentloaded');
}

export async function logoutCustomer(page: Page): Promise<void> {
  await page.goto(frontUrl({ controller: 'index', mylogout: '' }));
}

/** Bytes and headers of a URL fetched with the page's cookies (what the browser would download). */
export async function fetchWithCookies(page: Page, url: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const response = await page.context().request.get(url, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), body: await response.body() };
}

/**
 * A real checkout in the shop's theme: the first product in stock into the cart, a new address, the first carrier,
 * bank wire (or the first payment option), terms accepted. Returns the order reference the confirmation page shows.
 */
export async function checkoutFirstProduct(page: Page, address: { address1: string; postcode: string; city: string }): Promise<void> {
  await page.goto(frontUrl({ controller: 'product', id_product: '1' }));
  const addToCart = page.locator('[data-button-action="add-to-cart"]').first();
  await addToCart.click();
  await page.locator('#blockcart-modal, .blockcart-modal, [id*="blockcart"]').first().waitFor({ state: 'visible', timeout: 30_000 }).catch(() => undefined);
  await page.goto(frontUrl({ controller: 'order' }));
  await page.waitForLoadState('networkidle');
  const address1 = page.locator('input[name="address1"]');
  if (await address1.isVisible().catch(() => false)) {
    await address1.fill(address.address1);
    await page.locator('input[name="postcode"]').fill(address.postcode);
    await page.locator('input[name="city"]').fill(address.city);
    await page.locator('button[name="confirm-addresses"]').click();
    await page.waitForLoadState('networkidle');
  } else if (await page.locator('button[name="confirm-addresses"]').isVisible().catch(() => false)) {
    await page.locator('button[name="confirm-addresses"]').click();
    await page.waitForLoadState('networkidle');
  }
  await page.locator('button[name="confirmDeliveryOption"]').click();
  await page.waitForLoadState('networkidle');
  const wire = page.locator('input[data-module-name="ps_wirepayment"]');
  const option = (await wire.count()) > 0 ? wire : page.locator('input[name="payment-option"]').first();
  await option.check({ force: true });
  const terms = page.locator('input[name="conditions_to_approve[terms-and-conditions]"]');
  if (await terms.count()) {
    await terms.check({ force: true });
  }
  await Promise.all([page.waitForURL(/order-confirmation/, { timeout: 60_000 }), page.locator('#payment-confirmation button').click()]);
}
