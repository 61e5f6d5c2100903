import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { configureHttp, createHttpClient } from '@/api/http';
import { configureFormat } from '@/format';
import { installI18n } from '@/i18n';
import { useAppStore } from '@/stores/app';
import { useNavigationStore } from '@/stores/navigation';
import type { ApiKey, DocumentRow, EventRow, Setup, WebserviceKey, WebserviceKeys } from '@/types/api';
import type { BootPayload, Permissions } from '@/types/boot';
import { FakeServer } from './fakeServer';
import { DOCUMENT_TYPES } from '../../../admin-ui/dev/documentTypes';
import { phpWordings } from './wordings';

export const AJAX_URL = 'https://shop.test/admin-dev/index.php?controller=AdminEbpdocuments&token=abc&ajax=1';
/** jsdom keeps its own origin: the BO page is served from it. */
export const BO_URL = `${window.location.origin}/admin-dev/index.php?controller=AdminEbpdocuments&token=abc`;

let cachedWordings: Record<string, string> | null = null;

/** The real English wordings of AdminWordings.php, so tests read what an English admin sees. */
export function wordings(): Record<string, string> {
  cachedWordings ??= phpWordings();
  return cachedWordings;
}

/** English text of a key with its placeholders filled, for assertions. */
export function en(key: string, params: Record<string, string | number> = {}): string {
  const text = wordings()[key];
  if (text === undefined) {
    throw new Error(`no wording ${key}`);
  }
  return text.replace(/%([A-Za-z0-9_]+)%/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function bootPayload(overrides: Partial<BootPayload> = {}): BootPayload {
  const w = wordings();
  return {
    moduleVersion: '1.1.0',
    psVersion: '8.1.2',
    locale: 'en-US',
    currencyIsoCode: 'EUR',
    urls: {
      ajax: AJAX_URL,
      receive: 'https://shop.test/index.php?fc=module&module=ebpdocuments&controller=receive',
      api: 'https://shop.test/index.php?fc=module&module=ebpdocuments&controller=api',
      openApi: 'https://shop.test/modules/ebpdocuments/openapi.yaml',
      exportDocuments: 'https://shop.test/admin-dev/index.php?controller=AdminEbpdocuments&token=abc&ajax=1&action=exportDocuments',
      downloadZip: 'https://shop.test/admin-dev/index.php?controller=AdminEbpdocuments&token=abc&ajax=1&action=downloadDocumentsZip',
    },
    permissions: { view: true, edit: true, delete: true },
    i18n: w,
    documentTypes: DOCUMENT_TYPES.map(({ code }) => ({
      code,
      label: w[`documentType.${code}`] ?? code,
    })),
    waitingReasons: ['NO_ACCOUNT', 'GUEST_ONLY', 'AMBIGUOUS', 'INVALID_EMAIL'].map((code) => ({
      code,
      label: w[`waitingReason.${code}.label`] ?? code,
      message: w[`waitingReason.${code}.message`] ?? '',
    })),
    initial: { waitingCount: 3, waitingCapped: false },
    shops: [],
    ...overrides,
  };
}

export interface TestContext {
  pinia: Pinia;
  server: FakeServer;
  sessionExpiredCalls: number;
}

/** A fresh app state (Pinia, wordings, formatting, HTTP through a FakeServer) at a given BO URL. */
export function setupApp(options: { permissions?: Partial<Permissions>; payload?: Partial<BootPayload>; url?: string } = {}): TestContext {
  window.history.replaceState(null, '', options.url ?? BO_URL);
  const payload = bootPayload(options.payload);
  payload.permissions = { ...payload.permissions, ...options.permissions };
  installI18n(payload.i18n);
  configureFormat(payload.locale, payload.currencyIsoCode);
  const pinia = createPinia();
  setActivePinia(pinia);
  const app = useAppStore();
  app.init(payload);
  const context: TestContext = { pinia, server: new FakeServer(), sessionExpiredCalls: 0 };
  configureHttp(
    createHttpClient({
      ajaxUrl: payload.urls.ajax,
      adapter: context.server.adapter,
      onSessionExpired: () => {
        context.sessionExpiredCalls += 1;
        app.markSessionExpired();
      },
    }),
  );
  useNavigationStore().syncFromLocation();
  return context;
}

export function documentRow(overrides: Partial<DocumentRow> = {}): DocumentRow {
  const id = overrides.id ?? 1;
  return {
    id,
    shopId: 1,
    type: 'invoice',
    typeRaw: 'Facture',
    reference: `FA${String(id).padStart(5, '0')}`,
    documentDate: '2024-05-02',
    billingEmail: 'jeanne@example.com',
    ebpCustomerCode: 'C0042',
    orderRef: null,
    order: null,
    customer: { id: 7, name: 'Jeanne Martin', email: 'jeanne@example.com', url: 'https://shop.test/admin-dev/index.php?controller=AdminCustomers&id_customer=7&viewcustomer&token=zzz' },
    status: 'attached',
    reason: null,
    matchMethod: 'email',
    totalTaxExcl: '100.000000',
    totalTaxIncl: '120.000000',
    currency: 'EUR',
    fileSize: 12345,
    version: 1,
    source: 'econnecteur',
    keyLabel: 'EBP office',
    matchAttempts: 1,
    firstDownloadedAt: null,
    receivedAt: '2024-05-02 10:15:00',
    downloadUrl: `https://shop.test/admin-dev/index.php?controller=AdminEbpdocuments&token=abc&download=${id}`,
    ...overrides,
  };
}

export function waitingRow(overrides: Partial<DocumentRow> = {}): DocumentRow {
  return documentRow({
    status: 'pending',
    reason: 'NO_ACCOUNT',
    matchMethod: null,
    customer: null,
    billingEmail: 'unknown@example.com',
    matchAttempts: 2,
    ...overrides,
  });
}

export function page<T>(items: T[], total = items.length, pageNumber = 1, perPage = 20) {
  return { items, total, page: pageNumber, perPage };
}

export function apiKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: 1,
    shopId: 1,
    label: 'EBP office',
    hint: 'ebp_a1',
    active: true,
    createdAt: '2024-04-01 09:00:00',
    lastUsedAt: '2024-05-02 10:15:00',
    revokedAt: null,
    ...overrides,
  };
}

export function webserviceKey(overrides: Partial<WebserviceKey> = {}): WebserviceKey {
  const key = {
    id: 4,
    description: 'E-connecteur',
    hint: 'K7P2QX',
    active: true,
    shopIds: [1],
    canSend: true,
    canWithdraw: false,
    canReadStatus: true,
    grantedByUpgrade: null,
    editUrl: 'https://shop.test/admin/index.php?controller=AdminWebservice&id_webservice_account=4&updatewebservice_account=1&token=t',
    ...overrides,
  };
  // As PHP labels it (ApiKeyService::webserviceKeyLabel), unless the test says otherwise.
  return { ...key, label: overrides.label ?? `Webservice #${key.id} ${key.description}`.trim() };
}

export function webserviceKeys(overrides: Partial<WebserviceKeys> = {}): WebserviceKeys {
  return {
    keys: [webserviceKey()],
    acceptWebserviceKeys: true,
    webservicePageUrl: 'https://shop.test/admin/index.php?controller=AdminWebservice&token=t',
    ...overrides,
  };
}

export function setupData(overrides: Partial<Setup> = {}): Setup {
  return {
    urls: {
      receive: 'https://shop.test/index.php?fc=module&module=ebpdocuments&controller=receive',
      api: 'https://shop.test/index.php?fc=module&module=ebpdocuments&controller=api',
      openApi: 'https://shop.test/modules/ebpdocuments/openapi.yaml',
    },
    storage: { path: '/var/www/shop/var/modules/ebpdocuments', writable: true, usedBytes: 5 * 1024 * 1024 },
    limits: {
      maxPdfBytes: 20 * 1024 * 1024,
      postMaxSize: 64 * 1024 * 1024,
      uploadMaxFilesize: 64 * 1024 * 1024,
      effectiveMaxBytes: 20 * 1024 * 1024,
      phpLimitTooLow: false,
      maxFileUploads: 50,
      batchMaxItems: 50,
    },
    settings: {
      acceptWebserviceKeys: true,
      unmatchedNon200: false,
      maxPdfMb: 20,
      storageDir: '',
      autoAttachOnAccount: false,
      requireEmailProof: true,
      notifyTypes: [],
      mailAttachTypes: [],
      mailAttachMaxMb: 5,
      guestMailTypes: [],
      onCustomerDelete: 'keep_aside',
      visibleTypes: DOCUMENT_TYPES.map(({ code }) => code),
      purgeWaitingDays: 0,
      digestEnabled: false,
      digestDays: 7,
    },
    contactEmail: 'contact@shop.test',
    ...overrides,
  };
}

export function eventRow(overrides: Partial<EventRow> = {}): EventRow {
  return {
    id: 1,
    documentId: 1,
    documentType: 'invoice',
    documentReference: 'FA00001',
    event: 'received',
    detail: null,
    customer: null,
    employee: null,
    createdAt: '2024-05-02 10:15:00',
    ...overrides,
  };
}
