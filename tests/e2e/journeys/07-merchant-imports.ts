/**
 * Journey 7 (issue 13): a customer registers; the merchant imports a year of older documents through the Import
 * view — a ZIP of 200 PDFs and EBP's CSV list (Windows-1252, French column names, decimal commas, one row without
 * PDF, one PDF without row, one bad e-mail, one duplicate) — reads the dry run, runs the import to the end; the
 * customer then finds her imported invoices on My documents. Stands on its own (own merchant session, own customer),
 * so it also runs alone. Screenshots of the view at 1366 and 1024 px, the customer's page at 390 px.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { newActor, shot } from '../support/browser';
import { query, recordEmailProof } from '../support/db';
import { ebpDocumentPdf } from '../support/pdf';
import { settings } from '../support/settings';
import { adminLogin, fetchWithCookies, frontUrl, loginCustomer, logoutCustomer, openEbpTab, registerCustomer, visibleText, type Person } from '../support/shop';

const PDFS = 200;
const CUSTOMER_ROWS = 3;
const BAD_EMAIL = 7;
const DUPLICATE = 5;
const WITHOUT_ROW = 200;
const WITHOUT_PDF = 201;

export function importNumber(n: number): string {
  return `IMP${settings().runId.toUpperCase()}-${String(n).padStart(5, '0')}`;
}

export const dora: Person = {
  firstname: 'Dora',
  lastname: 'Lambert',
  email: `dora.${settings().runId}@ebpdocs-e2e.test`,
  password: `E2e-${settings().runId}-Pw!`,
};

function emailOf(n: number): string {
  if (n === BAD_EMAIL) {
    return 'pas-une-adresse';
  }
  return n <= CUSTOMER_ROWS ? dora.email : `inconnu${n}.${settings().runId}@ebpdocs-e2e.test`;
}

/** The fixture files in a temp folder: the ZIP (made with Debian's zip) and the CSV in Windows-1252. */
export function makeImportFiles(): { dir: string; zip: string; csv: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ebpdocs-import-'));
  const pdfDir = join(dir, 'Factures');
  execFileSync('mkdir', ['-p', pdfDir]);
  for (let n = 1; n <= PDFS; n += 1) {
    writeFileSync(join(pdfDir, `Facture ${importNumber(n)}.pdf`), ebpDocumentPdf('Facture', importNumber(n), emailOf(n)));
  }
  const zip = join(dir, 'factures-2023.zip');
  execFileSync('zip', ['-q', '-r', zip, 'Factures'], { cwd: dir });
  const row = (n: number): string => {
    const excl = 1000 + n + 0.5;
    const comma = (value: number) => value.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    return [importNumber(n), 'Facture', `${String(1 + (n % 28)).padStart(2, '0')}/03/2023`, `C${String(n).padStart(4, '0')}`, emailOf(n), comma(excl), comma(excl * 1.2)].join(';');
  };
  const lines = ['N° pièce;Type de pièce;Date;Code client;E-mail de facturation;Total HT;Total TTC'];
  for (let n = 1; n <= PDFS; n += 1) {
    if (n !== WITHOUT_ROW) {
      lines.push(row(n));
    }
    if (n === DUPLICATE) {
      lines.push(row(n));
    }
  }
  lines.push(row(WITHOUT_PDF));
  const csv = join(dir, 'factures-2023.csv');
  // The characters used here (°, è) are the same bytes in Latin-1 and Windows-1252.
  writeFileSync(csv, Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
  return { dir, zip, csv };
}

async function counts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const outcome of ['attached', 'kept_aside', 'unchanged', 'replaced', 'refused']) {
    const text = await page.locator(`[data-test="count-${outcome}"] > strong`).innerText();
    out[outcome] = Number(text.replace(/\D/g, ''));
  }
  return out;
}

async function shotAt(page: Page, name: string, widths: number[]): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await shot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** The view shows the unfinished import an earlier run left (as it should): cancel it and start a new one. */
async function startFresh(page: Page): Promise<void> {
  await page.locator('[data-test="file-zip"], [data-test="import-cancel"], [data-test="import-new"]').first().waitFor({ timeout: 60_000 });
  if (await page.locator('[data-test="import-cancel"]').count()) {
    await page.locator('[data-test="import-cancel"]').first().click();
    await page.locator('[role="dialog"] .btn-danger, [role="alertdialog"] .btn-danger').first().click();
    await page.locator('[data-test="import-new"]').waitFor();
  }
  if (await page.locator('[data-test="import-new"]').count()) {
    await page.click('[data-test="import-new"]');
  }
  await page.locator('[data-test="file-zip"]').waitFor();
}

export async function merchantImportsOlderDocuments(): Promise<void> {
  const customer = await newActor();
  await registerCustomer(customer.page, dora);
  // Dora confirmed her address once (one-time code): imported documents matched by her e-mail reach her at once.
  await recordEmailProof(dora.email);
  await logoutCustomer(customer.page);

  const files = makeImportFiles();
  try {
    const { context, page } = await newActor();
    await adminLogin(page);
    await openEbpTab(page);
    await page.click('[data-test="tab-import"]');
    await startFresh(page);
    await page.setInputFiles('[data-test="file-zip"]', files.zip);
    await page.setInputFiles('[data-test="file-csv"]', files.csv);
    await shotAt(page, 'bo-import-files', [1366]);
    await page.click('[data-test="import-upload"]');

    // Dry run: nothing stored yet.
    await page.locator('[data-test="import-start"]').waitFor({ timeout: 120_000 });
    expect(await counts(page)).toEqual({ attached: CUSTOMER_ROWS, kept_aside: 199 - CUSTOMER_ROWS, unchanged: 0, replaced: 0, refused: 3 });
    expect(await page.locator('[data-test="map-reference"]').inputValue()).toBe('N° pièce');
    // The example is the ZIP's first PDF: its number is read out of its file name.
    const example = await visibleText(page, '[data-test="pattern-example"]');
    const shown = /Facture (IMP\w+-\d{5})\.pdf\b.*\b\1\b/.exec(example);
    expect(shown, example).not.toBeNull();
    expect(await query('SELECT id_document FROM PREFIX_ebpdocuments_document WHERE reference LIKE ?', [`${importNumber(0).slice(0, -5)}%`])).toEqual([]);
    await shotAt(page, 'bo-import-dry-run', [1366, 1024]);

    // Pause as soon as the import runs: the step in flight ends, the bar stays where it is; then resume.
    await page.click('[data-test="import-start"]');
    await page.click('[data-test="import-pause"]', { timeout: 30_000 });
    await page.locator('[data-test="import-paused"]').waitFor({ timeout: 60_000 });
    const pausedAt = await visibleText(page, '[data-test="import-count"]');
    await shotAt(page, 'bo-import-paused', [1366]);
    expect(pausedAt).not.toMatch(/^0 /);
    expect(await visibleText(page, '[data-test="import-count"]')).toBe(pausedAt);
    await page.click('[data-test="import-resume"]');
    await page.locator('[data-test="import-new"]').waitFor({ timeout: 180_000 });
    expect(await counts(page)).toEqual({ attached: CUSTOMER_ROWS, kept_aside: 199 - CUSTOMER_ROWS, unchanged: 0, replaced: 0, refused: 3 });
    await shotAt(page, 'bo-import-done', [1366, 1024]);

    // Take them out for the accountant: the Documents list filtered on this run's numbers, as CSV and as a ZIP.
    await page.click('[data-test="tab-documents"]');
    await page.fill('#ebpdocuments-doc-search', importNumber(0).slice(0, -5));
    await page.locator('[data-test="document-row"]', { hasText: importNumber(199) }).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await shotAt(page, 'bo-documents-export', [1366, 1024]);
    const csvUrl = new URL((await page.locator('[data-test="export-csv"]').getAttribute('href')) ?? '', page.url()).toString();
    const csv = await fetchWithCookies(page, csvUrl);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(200);
    // Row 12: 1 012,50 excl. / 1 215,00 incl., in the shop's number format (French: decimal comma, no grouping).
    const row12 = lines.find((line) => line.includes(`;${importNumber(12)};`)) ?? '';
    expect(row12).toMatch(/;2023-03-13;1012,50;1215,00;/);
    const zipUrl = new URL((await page.locator('[data-test="export-zip"]').getAttribute('href')) ?? '', page.url()).toString();
    const zip = await fetchWithCookies(page, zipUrl);
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    // End of central directory: the last 22 bytes; entries at offset 10.
    expect(zip.body.readUInt32LE(zip.body.length - 22)).toBe(0x06054b50);
    expect(zip.body.readUInt16LE(zip.body.length - 12)).toBe(199);
    expect(zip.body.includes(Buffer.from(`-${importNumber(1)}.pdf`))).toBe(true);
    const exported = await query<{ detail: string }>("SELECT detail FROM PREFIX_ebpdocuments_event WHERE event = 'exported' ORDER BY id_event DESC LIMIT 2");
    expect(exported.map((row) => JSON.parse(row.detail).format)).toEqual(['zip', 'csv']);
    await context.close();

    const stored = await query<{ n: number }>(
      "SELECT COUNT(*) AS n FROM PREFIX_ebpdocuments_document WHERE source = 'import' AND reference LIKE ?",
      [`${importNumber(0).slice(0, -5)}%`],
    );
    expect(Number(stored[0]?.n)).toBe(199);
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }

  await loginCustomer(customer.page, dora.email, dora.password);
  await customer.page.goto(frontUrl({ fc: 'module', module: 'ebpdocuments', controller: 'documents' }));
  await customer.page.locator('#ebpdocuments-documents').waitFor();
  const listed = (await customer.page.locator('.ebpdocuments-table tbody tr th[scope="row"]').allInnerTexts()).map((text) => text.trim());
  expect([...listed].sort()).toEqual([importNumber(1), importNumber(2), importNumber(3)]);
  await customer.page.setViewportSize({ width: 390, height: 844 });
  await shot(customer.page, 'fo-dora-imported-invoices-390');
  await customer.context.close();
}
