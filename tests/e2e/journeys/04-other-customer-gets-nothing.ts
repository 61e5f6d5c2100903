/**
 * Journey 4: Bob, logged in, tries every way he can think of to reach Alice's documents: her links as they are,
 * ids around hers with her token, his own tokens with her ids, no token, made-up tokens, a waiting document's
 * token, and the storage folder under the shop URL. Every module answer is the same not-found; the storage folder
 * gives no PDF either. A visitor who is not logged in is sent to the login page.
 */
import { expect } from 'vitest';
import { newActor, shot } from '../support/browser';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { configuration, documentByReference } from '../support/db';
import { reference, run } from '../support/run';
import { settings } from '../support/settings';
import { loginCustomer, moduleFrontUrl, visibleText } from '../support/shop';
import { urlShape } from '../support/urls';
import { openMyDocuments } from './03-customer-downloads';

function withParams(link: string, params: Record<string, string | null>): string {
  const url = new URL(link);
  for (const [name, value] of Object.entries(params)) {
    if (value === null) {
      url.searchParams.delete(name);
    } else {
      url.searchParams.set(name, value);
    }
  }
  return url.toString();
}

export async function otherCustomerGetsNothing(): Promise<void> {
  const { context, page } = await newActor();
  await loginCustomer(page, run.bob.email, run.bob.password);

  const aliceInvoice = run.aliceDownloadLinks.get(reference('FA', 1));
  expect(aliceInvoice, 'journey 3 collected Alice\'s links').toBeTruthy();
  const aliceUrl = new URL(aliceInvoice as string);
  const idParam = aliceUrl.searchParams.has('id_document') ? 'id_document' : 'id';
  const aliceId = Number(aliceUrl.searchParams.get(idParam));
  const aliceToken = aliceUrl.searchParams.get('token') ?? '';
  expect(aliceId).toBeGreaterThan(0);

  // Bob's own document works for him (so the failures below are about ownership, not a broken page).
  await openMyDocuments(page);
  await shot(page, 'fo-bob-my-documents');
  const bobLink = new URL(await page.locator('a.ebpdocuments-download').first().getAttribute('href') ?? '', page.url()).toString();
  const bobId = Number(new URL(bobLink).searchParams.get(idParam));
  const bobToken = new URL(bobLink).searchParams.get('token') ?? '';
  expect(await visibleText(page, '#ebpdocuments-documents')).toContain(reference('FB', 1));
  expect(await visibleText(page, '#ebpdocuments-documents')).not.toContain(reference('FA', 1));
  const own = await context.request.get(bobLink);
  expect(own.status()).toBe(200);

  const notice = await documentByReference(reference('DE', 1));
  const attempts: Array<[string, string]> = [["Alice's link as it is", aliceInvoice as string]];
  for (const delta of [-3, -2, -1, 1, 2, 3, 1000]) {
    attempts.push([`id ${delta > 0 ? '+' : ''}${delta} with Alice's token`, withParams(aliceInvoice as string, { [idParam]: String(aliceId + delta) })]);
  }
  attempts.push(
    ["Alice's id with Bob's own token", withParams(aliceInvoice as string, { token: bobToken })],
    ["Bob's id with Alice's token", withParams(bobLink, { token: aliceToken })],
    ["Alice's id, no token", withParams(aliceInvoice as string, { token: null })],
    ["Alice's id, empty token", withParams(aliceInvoice as string, { token: '' })],
    ["Alice's id, made-up token", withParams(aliceInvoice as string, { token: 'a'.repeat(64) })],
    ["Alice's id, token upper-cased", withParams(aliceInvoice as string, { token: aliceToken.toUpperCase() })],
    ['a kept-aside document with its real token', withParams(aliceInvoice as string, { [idParam]: String(notice?.id_document), token: String(notice?.access_token) })],
    ['an id that does not exist', withParams(aliceInvoice as string, { [idParam]: '999999999' })],
    ['a negative id', withParams(aliceInvoice as string, { [idParam]: '-1' })],
    ['id as text', withParams(aliceInvoice as string, { [idParam]: `${aliceId}abc` })],
    ['id as an array', `${moduleFrontUrl('download')}&${idParam}[]=${aliceId}&token=${aliceToken}`],
    ['id_customer smuggled in', withParams(aliceInvoice as string, { id_customer: '0', token: bobToken })],
  );
  expect(bobId).not.toBe(aliceId);

  const answers: Array<{ what: string; status: number; heading: string }> = [];
  for (const [what, url] of attempts) {
    const response = await page.goto(url);
    const body = await response?.body();
    expect(body?.subarray(0, 5).toString('latin1'), what).not.toBe('%PDF-');
    answers.push({ what, status: response?.status() ?? 0, heading: await visibleText(page, '#main, main, body') });
  }
  await shot(page, 'fo-bob-not-found');
  const first = answers[0] as { status: number; heading: string };
  expect(first.status).toBe(404);
  expect(first.heading).toMatch(/document introuvable|document not found/i);
  for (const answer of answers) {
    expect({ what: answer.what, status: answer.status, heading: answer.heading }).toEqual({ what: answer.what, status: first.status, heading: first.heading });
  }

  // The storage folder is not served: neither its real place under the shop URL nor other guesses.
  const stored = await documentByReference(reference('FA', 1));
  const fileName = String(stored?.file_name);
  const configured = ((await configuration('EBPDOCUMENTS_STORAGE_DIR')) ?? '').trim();
  const shopRoot = settings().shopRoot;
  const storageDir = configured !== '' ? configured : shopRoot ? join(shopRoot, 'var/modules/ebpdocuments') : null;
  const paths = [`var/modules/ebpdocuments/${fileName}`, `modules/ebpdocuments/${fileName}`, 'var/modules/ebpdocuments/', 'var/modules/ebpdocuments/index.php'];
  if (shopRoot && storageDir) {
    // The file really is there (so the refusals below are not about a missing file), with the bytes Alice got.
    const onDisk = join(storageDir, fileName);
    expect(existsSync(onDisk), onDisk).toBe(true);
    expect(readFileSync(onDisk).equals(run.pushed.get(reference('FA', 1))?.bytes as Buffer)).toBe(true);
    const underRoot = relative(shopRoot, onDisk);
    if (!underRoot.startsWith('..')) {
      paths.push(underRoot);
    }
  }
  for (const path of paths) {
    const response = await context.request.get(`${settings().shopUrl}${path}`, { maxRedirects: 0 });
    const body = await response.body();
    expect(response.status(), path).toBeGreaterThanOrEqual(300);
    expect(body.subarray(0, 5).toString('latin1'), path).not.toBe('%PDF-');
  }

  // Not logged in at all: PrestaShop's login page.
  const visitor = await newActor();
  await visitor.page.goto(aliceInvoice as string);
  expect(visitor.page.url()).toMatch((await urlShape()).page('authentication'));
  await shot(visitor.page, 'fo-visitor-login-required');
  await visitor.context.close();
  await context.close();
}
