/**
 * Shapes of the admin AJAX actions (docs/ARCHITECTURE.md, "Admin AJAX data shapes").
 * Dates are ISO 8601 strings ("2024-05-02" for a date, "2024-05-02T10:15:00+02:00" or "2024-05-02 10:15:00" for a moment).
 */

export type DocumentStatus = 'attached' | 'pending' | 'dismissed';
export type WaitingReasonCode = 'NO_ACCOUNT' | 'GUEST_ONLY' | 'AMBIGUOUS' | 'INVALID_EMAIL' | 'UNPROVEN_EMAIL';
export type OnCustomerDelete = 'keep_aside' | 'delete';
export type SortDirection = 'asc' | 'desc';
export type DocumentSort = 'received' | 'date' | 'reference' | 'amount';

export interface Settings {
  acceptWebserviceKeys: boolean;
  unmatchedNon200: boolean;
  maxPdfMb: number;
  storageDir: string;
  autoAttachOnAccount: boolean;
  requireEmailProof: boolean;
  notifyTypes: string[];
  mailAttachTypes: string[];
  mailAttachMaxMb: number;
  /** Types e-mailed (PDF attached) to the billing e-mail of the guest order their oid names; [] = off. */
  guestMailTypes: string[];
  onCustomerDelete: OnCustomerDelete;
  visibleTypes: string[];
  purgeWaitingDays: number;
  /** Daily summary e-mail to the shop's contact address (off by default). */
  digestEnabled: boolean;
  /** Days after which a waiting document is reported by the summary. */
  digestDays: number;
}

export interface Setup {
  urls: { receive: string; api: string; openApi: string };
  storage: { path: string; writable: boolean; usedBytes: number };
  limits: {
    maxPdfBytes: number;
    postMaxSize: number;
    uploadMaxFilesize: number;
    effectiveMaxBytes: number;
    phpLimitTooLow: boolean;
    /** PHP max_file_uploads (0 when file_uploads is off): file parts PHP keeps per request */
    maxFileUploads: number;
    /** documents one API batch may hold: the smaller of the module's 50 and maxFileUploads */
    batchMaxItems: number;
  };
  settings: Settings;
  /** The shop's contact e-mail (where the daily summary goes); '' when none is set. */
  contactEmail: string;
}

export interface ApiKey {
  id: number;
  /** The shop the key belongs to: it is refused on every other shop. */
  shopId: number;
  label: string;
  hint: string;
  active: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A shop Webservice key (Advanced Parameters › Webservice) and what it may do with documents. */
export interface WebserviceKey {
  id: number;
  description: string;
  /** How the doors name the key in the event log ("Webservice #3 E-connecteur"): its activity is found by it. */
  label: string;
  /** The first characters of the key, never more. */
  hint: string;
  active: boolean;
  shopIds: number[];
  /** Add (POST) ticked on the ebpdocuments line. */
  canSend: boolean;
  /** Delete (DELETE) ticked. */
  canWithdraw: boolean;
  /** View (GET) ticked. */
  canReadStatus: boolean;
  /** Set when the upgrade to 1.1.0 allowed it because it had already sent documents. */
  grantedByUpgrade: { methods: string[]; at: string } | null;
  /** Back-office edit page of the key, built by PHP with its token. */
  editUrl: string;
}

export interface WebserviceKeys {
  keys: WebserviceKey[];
  acceptWebserviceKeys: boolean;
  /** Advanced Parameters › Webservice, built by PHP with its token. */
  webservicePageUrl: string;
}

export interface LinkedCustomer {
  id: number;
  name: string;
  email: string;
  /** Back-office customer page, built by PHP. */
  url: string;
}

export interface LinkedOrder {
  id: number;
  reference: string;
  /** Back-office order page, built by PHP. */
  url: string;
}

export interface DocumentRow {
  id: number;
  shopId: number;
  type: string;
  typeRaw: string;
  reference: string;
  documentDate: string | null;
  billingEmail: string;
  ebpCustomerCode: string | null;
  orderRef: string | null;
  order: LinkedOrder | null;
  customer: LinkedCustomer | null;
  status: DocumentStatus;
  reason: WaitingReasonCode | null;
  matchMethod: string | null;
  totalTaxExcl: string | null;
  totalTaxIncl: string | null;
  currency: string | null;
  fileSize: number;
  version: number;
  source: string;
  keyLabel: string;
  matchAttempts: number;
  firstDownloadedAt: string | null;
  receivedAt: string;
  /** Admin download of the PDF, built by PHP (token included). */
  downloadUrl: string;
}

export interface DocumentFilters {
  search?: string;
  type?: string;
  status?: DocumentStatus | '';
  reason?: WaitingReasonCode | '';
  dateFrom?: string;
  dateTo?: string;
  shopId?: number;
  /** One customer's documents (Documents view, `ebpCustomer`). */
  customerId?: number;
  sort?: DocumentSort;
  direction?: SortDirection;
  page?: number;
  perPage?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** True when the server stopped counting at `total` (big tables): there are more rows than that. */
  totalCapped?: boolean;
  page: number;
  perPage: number;
}

/** listDocuments' answer: with a customerId filter, the customer it names. */
export interface DocumentPage extends Page<DocumentRow> {
  customer?: { id: number; name: string; email: string };
}

export interface EventRow {
  id: number;
  documentId: number | null;
  documentType: string;
  documentReference: string;
  event: string;
  detail: Record<string, unknown> | null;
  customer: LinkedCustomer | null;
  employee: { id: number; name: string } | null;
  createdAt: string;
}

export interface EventFilters {
  search?: string;
  event?: string;
  shopId?: number;
  page?: number;
  perPage?: number;
}

export interface CustomerHit {
  id: number;
  firstname: string;
  lastname: string;
  email: string;
  company: string | null;
  isGuest: boolean;
  /** Back-office customer page, built by PHP. */
  url: string;
}

export interface ReceivedCounts {
  attached: number;
  waiting: number;
  dismissed: number;
  /** The figures counted up to their cap (2,000): there are more, shown "2,000+". */
  capped?: Array<'attached' | 'waiting' | 'dismissed'>;
}

export interface Overview {
  /** The one status line: ok (flowing), error (refusing, storage), warning (quiet), idle (first). */
  status: { state: 'ok' | 'warning' | 'error' | 'idle'; code: 'flowing' | 'refusing' | 'first' | 'quiet' | 'storage'; params: Record<string, string | number> };
  receivedToday: ReceivedCounts;
  receivedThisMonth: ReceivedCounts;
  attachedToday: number;
  attachedThisMonth: number;
  waitingTotal: number;
  /** waitingTotal is a lower bound: some reason was counted up to its cap (shown "999+"). */
  noticesWaitingCapped?: boolean;
  /** Each reason counted up to a cap (999); capped: there are more. */
  waitingByReason: Array<{ reason: WaitingReasonCode; count: number; capped?: boolean }>;
  lastDocument: {
    id: number;
    type: string;
    reference: string;
    receivedAt: string;
    keyLabel: string;
    source: string;
  } | null;
  /** The last error answers given to connectors ("rejected" events), newest first. */
  recentErrors: Array<{ at: string; code: string; message: string; keyLabel: string | null }>;
  storage: { usedBytes: number; writable: boolean };
}

export interface RetryResult {
  attached: number;
  stillWaiting: number;
}

/** One call of a long operation done in bounded batches (PHP BackOffice\BatchLimits): send `cursor` back as `after`. */
export interface BatchAnswer {
  processed: number;
  remaining: number;
  cursor: number;
  done: boolean;
}

/** An import of older documents (issue 13; PHP BackOffice\Import\ImportPresenter). */
export type ImportStatus = 'uploading' | 'analyzing' | 'ready' | 'running' | 'done' | 'cancelled';
export type ImportOutcome = 'attached' | 'kept_aside' | 'unchanged' | 'replaced' | 'refused';
export type ImportField = 'reference' | 'type' | 'date' | 'email' | 'customer_code' | 'total_tax_excl' | 'total_tax_incl' | 'oid' | 'currency';

export interface ImportFile {
  name: string;
  size: number;
  received: number;
}

export interface ImportState {
  id: number;
  status: ImportStatus;
  /** Another request (a second tab) holds the import: wait and step again. */
  busy: boolean;
  zip: ImportFile;
  csv: ImportFile;
  /** Largest chunk the shop's PHP accepts in one request. */
  chunkBytes: number;
  notify: boolean;
  columns: string[];
  fields: ImportField[];
  mapping: Partial<Record<ImportField, string | null>>;
  pattern: string;
  example: { file: string; number: string | null } | null;
  encoding: string | null;
  total: number;
  processed: number;
  /** Dry run (analyzing, ready) or import (running, done, cancelled). */
  counts: Record<ImportOutcome, number>;
  reasons: Array<{ outcome: ImportOutcome; reason: string; count: number }>;
  refusals: Array<{ line: number | null; file: string | null; number: string; reason: string }>;
  /** POST raw chunks here, adding `&file=zip|csv&offset=N` (built by PHP with the token). */
  uploadUrl: string;
  /** GET: the result (or dry run) as CSV. */
  resultUrl: string;
}
