/**
 * The nine journeys of docs/DEVELOPMENT.md, in order, against the real PrestaShop given by EBPDOCS_E2E_* (docs/DEVELOPMENT.md).
 * Each journey builds on the previous ones (the key of journey 1, the documents of journey 2…), so a failure stops
 * the ones after it. Screenshots: .cache/e2e-artifacts/<run id>/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchBrowser, shotAllOpenPages } from './support/browser';
import { closeDb, one, query } from './support/db';
import { settings } from './support/settings';
import { merchantInstallsTheModule } from './journeys/01-merchant-installs';
import { connectorPushesDocuments, customersArrive } from './journeys/02-connector-pushes';
import { customerDownloads } from './journeys/03-customer-downloads';
import { otherCustomerGetsNothing } from './journeys/04-other-customer-gets-nothing';
import { adminHandlesWaiting } from './journeys/05-admin-handles-waiting';
import { merchantResetsTheModule } from './journeys/06-merchant-resets';
import { merchantImportsOlderDocuments } from './journeys/07-merchant-imports';
import { adminUploadsOnCustomerPage } from './journeys/08-admin-uploads-on-customer-page';
import { merchantGoesLive } from './journeys/09-merchant-goes-live';

const s = settings();

describe.sequential(`ebpdocuments in ${s.shopUrl} (run ${s.runId})`, () => {
  let broken: string | null = null;
  let lastLogBefore = 0;

  /** Later journeys need what earlier ones made: after a failure they fail at once, naming the cause. */
  function journey(name: string, body: () => Promise<void>, timeout = 240_000): void {
    test(name, async () => {
      if (broken !== null) {
        throw new Error(`not run: "${broken}" failed before`);
      }
      try {
        await body();
      } catch (error) {
        broken = name;
        await shotAllOpenPages(`FAILED-${name.slice(0, 2).replace(/\W/g, '')}`);
        throw error;
      }
    }, timeout);
  }

  beforeAll(async () => {
    await launchBrowser();
    lastLogBefore = Number((await one<{ id: number | null }>('SELECT MAX(id_log) AS id FROM PREFIX_log'))?.id ?? 0);
    console.log(`e2e run ${s.runId}: screenshots in ${s.artifactsDir}`);
  });

  afterAll(async () => {
    await closeBrowser();
    await closeDb();
  });

  // Journey 1 also has the merchant allow the shop's Webservice key in Advanced Parameters › Webservice (a second
  // back-office page and the tab again): on a loaded machine PrestaShop 9 needed more than the default 4 minutes.
  journey('1. the merchant uploads the zip, opens the tab, creates a key and copies the receiving URL', merchantInstallsTheModule, 420_000);
  journey('2a. Alice and Bob register on the shop, Alice orders; Carol is only a guest', customersArrive);
  journey('2b. a connector pushes documents like E-connecteur and through API v1', connectorPushesDocuments);
  journey('3. Alice sees the tile, opens My documents, downloads the same bytes, finds the document on her order', customerDownloads);
  journey('4. Bob cannot reach Alice\'s documents by any id, token or path', otherCustomerGetsNothing);
  journey('5. the admin assigns a notice, dismisses one, retries matching after the guest registers', adminHandlesWaiting);
  journey('6. the merchant resets the module: the documents are still there', merchantResetsTheModule);
  journey('7. the merchant imports older documents (ZIP + EBP CSV) through the Import view, exports them; a customer sees hers', merchantImportsOlderDocuments, 400_000);
  journey('8. the admin uploads a PDF on Alice\'s customer page, she downloads those bytes; the order page lists it', adminUploadsOnCustomerPage);
  journey('9. the merchant opens the Connector view, sends a test document with the shop\'s Webservice key and sees OK', merchantGoesLive);

  // PrestaShop's own log (Advanced parameters › Logs): a hook without its method, an exception in a controller…
  test('PrestaShop logged no warning or error about the module during the run', async () => {
    const entries = await query<{ severity: number; message: string }>(
      "SELECT severity, message FROM PREFIX_log WHERE id_log > ? AND severity >= 2 AND (message LIKE '%bpdocuments%' OR message LIKE '%EBP%')",
      [lastLogBefore],
    );
    expect(entries).toEqual([]);
  });
});
