/** In-memory stand-in for the AJAX controller, for the dev page only. Follows docs/ARCHITECTURE.md loosely. */
import type { AxiosAdapter, AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import type { ApiKey, CustomerHit, DocumentRow, EventRow, Settings } from '../src/types/api';
import { DOCUMENT_TYPES } from './documentTypes';

type Params = Record<string, unknown>;

const customers: CustomerHit[] = [
  { id: 7, firstname: 'Jeanne', lastname: 'Martin', email: 'jeanne.martin@example.com', company: null, isGuest: false, url: '#customer-7' },
  { id: 8, firstname: 'Paul', lastname: 'Durand', email: 'paul@durand-sarl.example', company: 'Durand SARL', isGuest: false, url: '#customer-8' },
  { id: 9, firstname: 'Paul', lastname: 'Durand', email: 'paul@durand-sarl.example', company: null, isGuest: true, url: '#customer-9' },
];
const types = DOCUMENT_TYPES.map((type) => type.code).filter((code) => code !== 'other');
const reasons = ['NO_ACCOUNT', 'GUEST_ONLY', 'AMBIGUOUS', 'INVALID_EMAIL'] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function makeDocuments(): DocumentRow[] {
  const rows: DocumentRow[] = [];
  for (let id = 1; id <= 57; id++) {
    const pending = id % 9 === 0 || id > 53;
    const customer = pending ? null : customers[id % 2] ?? null;
    const day = 1 + (id % 27);
    rows.push({
      id,
      shopId: 1,
      type: types[id % types.length] ?? 'invoice',
      typeRaw: 'Facture',
      reference: `FA2024-${String(1000 + id)}`,
      documentDate: `2024-05-${pad(day)}`,
      billingEmail: pending ? `client${id}@unknown.example` : customer?.email ?? '',
      ebpCustomerCode: `C${String(100 + (id % 13))}`,
      orderRef: id % 4 === 0 ? `XKB${id}` : null,
      order: id % 4 === 0 && !pending ? { id: 100 + id, reference: `XKB${id}`, url: `#order-${100 + id}` } : null,
      customer: customer ? { id: customer.id, name: `${customer.firstname} ${customer.lastname}`, email: customer.email, url: customer.url } : null,
      status: pending ? 'pending' : 'attached',
      reason: pending ? reasons[id % reasons.length] ?? 'NO_ACCOUNT' : null,
      matchMethod: pending ? null : id % 4 === 0 ? 'order' : 'email',
      totalTaxExcl: (id * 37.5).toFixed(6),
      totalTaxIncl: (id * 45).toFixed(6),
      currency: 'EUR',
      fileSize: 40000 + id * 100,
      version: 1,
      source: id % 5 === 0 ? 'api' : 'econnecteur',
      keyLabel: 'EBP office PC',
      matchAttempts: pending ? 1 + (id % 3) : 1,
      firstDownloadedAt: id % 3 === 0 && !pending ? `2024-05-${pad(day)} 18:00:00` : null,
      receivedAt: `2024-05-${pad(day)} ${pad(8 + (id % 10))}:15:00`,
      downloadUrl: '#download',
    });
  }
  return rows.reverse();
}

const state = {
  documents: makeDocuments(),
  keys: [
    { id: 1, shopId: 1, label: 'EBP office PC', hint: 'ebp_Xa', active: true, createdAt: '2024-04-01 09:00:00', lastUsedAt: '2024-05-27 17:15:00', revokedAt: null },
    { id: 2, shopId: 1, label: 'Old laptop', hint: 'ebp_9k', active: false, createdAt: '2023-11-02 10:00:00', lastUsedAt: '2024-01-10 08:00:00', revokedAt: '2024-02-01 12:00:00' },
  ] as ApiKey[],
  settings: {
    acceptWebserviceKeys: true,
    unmatchedNon200: false,
    maxPdfMb: 20,
    storageDir: '',
    autoAttachOnAccount: false,
    requireEmailProof: true,
    notifyTypes: ['invoice'],
    mailAttachTypes: [],
    mailAttachMaxMb: 5,
    guestMailTypes: [],
    onCustomerDelete: 'keep_aside',
    visibleTypes: DOCUMENT_TYPES.filter((type) => type.visibleByDefault).map((type) => type.code),
    purgeWaitingDays: 0,
    digestEnabled: false,
    digestDays: 7,
  } as Settings,
};

function events(row: DocumentRow): EventRow[] {
  const base = { documentId: row.id, documentType: row.type, documentReference: row.reference, employee: null };
  const list: EventRow[] = [{ ...base, id: row.id * 10, event: 'received', detail: { keyLabel: row.keyLabel }, customer: null, createdAt: row.receivedAt }];
  list.unshift(
    row.status === 'pending'
      ? { ...base, id: row.id * 10 + 1, event: 'kept_aside', detail: { reason: row.reason }, customer: null, createdAt: row.receivedAt }
      : { ...base, id: row.id * 10 + 1, event: 'attached', detail: { method: row.matchMethod }, customer: row.customer, createdAt: row.receivedAt },
  );
  return list;
}

function listDocuments(p: Params) {
  const search = String(p.search ?? '').toLowerCase();
  let rows = state.documents.filter(
    (row) =>
      (!p.status || row.status === p.status) &&
      (!p.type || row.type === p.type) &&
      (!p.reason || row.reason === p.reason) &&
      (!p.dateFrom || row.receivedAt.slice(0, 10) >= String(p.dateFrom)) &&
      (!p.dateTo || row.receivedAt.slice(0, 10) <= String(p.dateTo)) &&
      (!search || row.reference.toLowerCase().startsWith(search) || row.billingEmail.startsWith(search) || (row.customer?.name.toLowerCase().startsWith(search) ?? false)),
  );
  const key = { received: 'receivedAt', date: 'documentDate', reference: 'reference', amount: 'totalTaxIncl' }[String(p.sort ?? 'received')] as keyof DocumentRow;
  const dir = p.direction === 'asc' ? 1 : -1;
  rows = [...rows].sort((a, b) => {
    const x = key === 'totalTaxIncl' ? Number(a[key]) : String(a[key]);
    const y = key === 'totalTaxIncl' ? Number(b[key]) : String(b[key]);
    return x < y ? -dir : x > y ? dir : 0;
  });
  const perPage = Math.min(100, Math.max(1, Number(p.perPage ?? 20)));
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const page = Math.min(pages, Math.max(1, Number(p.page ?? 1)));
  return { items: rows.slice((page - 1) * perPage, page * perPage), total: rows.length, totalCapped: false, page, perPage };
}

function pending() {
  return state.documents.filter((row) => row.status === 'pending');
}

const handlers: Record<string, (p: Params) => unknown> = {
  getSetup: () => ({
    urls: { receive: `${location.origin}/index.php?fc=module&module=ebpdocuments&controller=receive`, api: `${location.origin}/index.php?fc=module&module=ebpdocuments&controller=api`, openApi: '#openapi' },
    storage: { path: '/var/www/shop/var/modules/ebpdocuments', writable: true, usedBytes: state.documents.reduce((sum, row) => sum + row.fileSize, 0) },
    limits: { maxPdfBytes: state.settings.maxPdfMb * 1048576, postMaxSize: 8388608, uploadMaxFilesize: 2097152, effectiveMaxBytes: 2097152, phpLimitTooLow: state.settings.maxPdfMb > 2 },
    settings: state.settings,
    contactEmail: 'contact@shop.test',
  }),
  saveSettings: (p) => {
    state.settings = { ...state.settings, ...(p.settings as Partial<Settings>) };
    return { settings: state.settings };
  },
  listKeys: () => ({ keys: state.keys }),
  listWebserviceKeys: () => ({
    acceptWebserviceKeys: true,
    webservicePageUrl: '#webservice',
    keys: [
      { id: 1, description: 'E-connecteur', label: 'Webservice #1 E-connecteur', hint: 'K7P2QX', active: true, shopIds: [1], canSend: true, canWithdraw: false, canReadStatus: true, grantedByUpgrade: { methods: ['POST', 'GET'], at: '2026-01-15 10:00:00' }, editUrl: '#webservice-1' },
      { id: 2, description: 'Stock sync partner', label: 'Webservice #2 Stock sync partner', hint: 'ZX81AB', active: true, shopIds: [1], canSend: false, canWithdraw: false, canReadStatus: false, grantedByUpgrade: null, editUrl: '#webservice-2' },
    ],
  }),
  createKey: (p) => {
    const key: ApiKey = { id: state.keys.length + 1, shopId: typeof p.shopId === 'number' ? p.shopId : 1, label: String(p.label), hint: 'ebp_Qz', active: true, createdAt: new Date().toISOString(), lastUsedAt: null, revokedAt: null };
    state.keys = [key, ...state.keys];
    return { key, secret: 'ebp_Qz81hJd0vQ2m5rTTx9cYbN4sLw7pA3eK6uFgHiZoXy' };
  },
  revokeKey: (p) => {
    const key = state.keys.find((k) => k.id === p.id);
    if (key) {
      key.active = false;
      key.revokedAt = new Date().toISOString();
    }
    return { key };
  },
  getOverview: () => ({
    attachedToday: 3,
    attachedThisMonth: state.documents.filter((row) => row.status === 'attached').length,
    waitingTotal: pending().length,
    waitingByReason: reasons.map((reason) => ({ reason, count: pending().filter((row) => row.reason === reason).length })).filter((entry) => entry.count > 0),
    lastDocument: state.documents[0] ? { ...state.documents[0] } : null,
    recentErrors: [{ at: '2024-05-27 16:02:00', code: 'pdf_invalid', message: 'Le fichier PDF est invalide : il ne commence pas par %PDF-.', keyLabel: 'EBP office PC' }],
    storage: { usedBytes: 2400000, writable: true },
  }),
  listDocuments,
  getDocumentEvents: (p) => ({ items: events(state.documents.find((row) => row.id === p.id) as DocumentRow) }),
  searchCustomers: (p) => {
    const query = String(p.query ?? '').toLowerCase();
    return { items: query.length < 2 ? [] : customers.filter((c) => `${c.email} ${c.firstname} ${c.lastname} ${c.company ?? ''}`.toLowerCase().includes(query)) };
  },
  assignDocument: (p) => {
    const row = state.documents.find((r) => r.id === p.id) as DocumentRow;
    const customer = customers.find((c) => c.id === p.customerId) as CustomerHit;
    Object.assign(row, { status: 'attached', reason: null, matchMethod: 'manual', customer: { id: customer.id, name: `${customer.firstname} ${customer.lastname}`, email: customer.email, url: customer.url } });
    return { document: row };
  },
  deleteDocuments: (p) => {
    const ids = p.ids as number[];
    const before = state.documents.length;
    state.documents = state.documents.filter((row) => !ids.includes(row.id));
    return { deleted: before - state.documents.length };
  },
  retryMatching: (p) => {
    const targets = p.all ? pending() : state.documents.filter((row) => (p.ids as number[]).includes(row.id));
    targets.forEach((row) => (row.matchAttempts += 1));
    return { attached: 0, stillWaiting: targets.length };
  },
  dismissWaiting: (p) => {
    const ids = p.ids as number[];
    const rows = state.documents.filter((row) => ids.includes(row.id));
    rows.forEach((row) => (row.status = p.dismissed ? 'dismissed' : 'pending'));
    return { updated: rows.length };
  },
  listEvents: (p) => {
    const all = state.documents.flatMap(events).filter((e) => !p.event || e.event === p.event);
    const perPage = Number(p.perPage ?? 50);
    const page = Math.max(1, Number(p.page ?? 1));
    return { items: all.slice((page - 1) * perPage, page * perPage), total: all.length, totalCapped: false, page, perPage };
  },
  purgeAll: (p) => {
    if (p.confirmation !== 'PURGE') {
      throw Object.assign(new Error('Type PURGE to confirm.'), { field: 'confirmation' });
    }
    const deleted = state.documents.length;
    state.documents = [];
    return { deletedDocuments: deleted };
  },
};

export function createFakeAdapter(delayMs = 250): AxiosAdapter {
  return async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    const { action, params } = JSON.parse(String(config.data)) as { action: string; params: Params };
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    let status = 200;
    let body: unknown;
    const handler = handlers[action];
    try {
      if (!handler) {
        throw new Error(`Unknown action ${action}`);
      }
      body = { ok: true, data: handler(params ?? {}) };
    } catch (error) {
      status = 422;
      body = { ok: false, error: { code: 'validation', message: (error as Error).message, field: (error as { field?: string }).field } };
    }
    return { data: JSON.stringify(body), status, statusText: String(status), headers: { 'content-type': 'application/json' }, config, request: {} };
  };
}
