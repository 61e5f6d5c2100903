/** One typed function per admin AJAX action; names are the PHP action names (docs/ARCHITECTURE.md). */
import { http } from './http';
import type {
  ApiKey,
  CustomerHit,
  DocumentFilters,
  DocumentPage,
  DocumentRow,
  EventFilters,
  EventRow,
  ImportField,
  ImportState,
  Overview,
  BatchAnswer,
  Page,
  RetryResult,
  Settings,
  Setup,
  WebserviceKeys,
} from '../types/api';

/**
 * Every admin AJAX action, in the order of PHP's BackOffice\ActionDispatcher::ACTIONS (tests/admin-ui/contract/actions.spec.ts
 * compares both). HttpClient.call() takes only these names.
 */
export const ADMIN_ACTIONS = [
  'getSetup',
  'saveSettings',
  'listKeys',
  'createKey',
  'revokeKey',
  'listWebserviceKeys',
  'getOverview',
  'listDocuments',
  'getDocumentEvents',
  'assignDocument',
  'deleteDocuments',
  'searchCustomers',
  'retryMatching',
  'dismissWaiting',
  'listEvents',
  'purgeAll',
  'downloadDocument',
  'exportDocuments',
  'downloadDocumentsZip',
  'getImport',
  'createImport',
  'uploadImportChunk',
  'configureImport',
  'stepImport',
  'startImport',
  'cancelImport',
  'downloadImportResult',
  'getCustomerDocuments',
  'getOrderDocuments',
  'uploadDocument',
  'resendDocumentMail',
  'getHealth',
  'getKeyActivity',
  'sendTestDocument',
] as const;

export type AdminAction = (typeof ADMIN_ACTIONS)[number];

export function getSetup(): Promise<Setup> {
  return http().call<Setup>('getSetup');
}

export function saveSettings(settings: Partial<Settings>): Promise<{ settings: Settings }> {
  return http().call('saveSettings', { settings });
}

export function listKeys(): Promise<{ keys: ApiKey[] }> {
  return http().call('listKeys');
}

/** shopId: required when the back-office context holds several shops (the key belongs to one shop). */
export function createKey(label: string, shopId?: number): Promise<{ key: ApiKey; secret: string }> {
  return http().call('createKey', shopId === undefined ? { label } : { label, shopId });
}

export function listWebserviceKeys(): Promise<WebserviceKeys> {
  return http().call<WebserviceKeys>('listWebserviceKeys');
}

export function revokeKey(id: number): Promise<{ key: ApiKey }> {
  return http().call('revokeKey', { id });
}

export function getOverview(): Promise<Overview> {
  return http().call<Overview>('getOverview');
}

export function listDocuments(filters: DocumentFilters): Promise<DocumentPage> {
  return http().call('listDocuments', { ...filters });
}

export function getDocumentEvents(id: number): Promise<{ items: EventRow[] }> {
  return http().call('getDocumentEvents', { id });
}

/** `expectedVersion`: the version the admin saw; the server answers 409 when the document changed meanwhile. */
export function assignDocument(id: number, customerId: number, rememberCode: boolean, expectedVersion?: number): Promise<{ document: DocumentRow }> {
  return http().call('assignDocument', expectedVersion === undefined ? { id, customerId, rememberCode } : { id, customerId, rememberCode, expectedVersion });
}

export function deleteDocuments(ids: number[]): Promise<{ deleted: number }> {
  return http().call('deleteDocuments', { ids });
}

export function searchCustomers(query: string): Promise<{ items: CustomerHit[] }> {
  return http().call('searchCustomers', { query });
}

/** One bounded batch of the retry (from `after`, the previous answer's cursor); the caller loops until `done`. */
export function retryMatching(target: { ids: number[] } | { all: true }, after?: number): Promise<RetryResult & BatchAnswer> {
  return http().call('retryMatching', after === undefined ? { ...target } : { ...target, after });
}

export function dismissWaiting(ids: number[], dismissed: boolean): Promise<{ updated: number }> {
  return http().call('dismissWaiting', { ids, dismissed });
}

export function listEvents(filters: EventFilters): Promise<Page<EventRow>> {
  return http().call('listEvents', { ...filters });
}

/** The confirmation word the server expects for purgeAll when the language has none of its own (wording purge.word). */
export const PURGE_CONFIRMATION = 'PURGE';

/** One bounded batch of the purge (from `after`, the previous answer's cursor); the caller loops until `done`. */
export function purgeAll(confirmation: string, after?: number): Promise<{ deletedDocuments: number } & BatchAnswer> {
  return http().call('purgeAll', after === undefined ? { confirmation } : { confirmation, after });
}

/**
 * A PHP-built GET link (urls.exportDocuments, urls.downloadZip) with the list's filters, or a selection, added.
 * Sort and paging are not export params.
 */
export function exportLink(base: string, filters: DocumentFilters, options: { ids?: number[]; list?: 'documents' | 'waiting' } = {}): string {
  const query = new URLSearchParams();
  if (options.ids && options.ids.length > 0) {
    for (const id of options.ids) {
      query.append('ids[]', String(id));
    }
  } else {
    for (const key of ['search', 'type', 'status', 'reason', 'dateFrom', 'dateTo'] as const) {
      const value = filters[key];
      if (value) {
        query.set(key, value);
      }
    }
    for (const key of ['shopId', 'customerId'] as const) {
      const value = filters[key];
      if (value) {
        query.set(key, String(value));
      }
    }
  }
  if (options.list === 'waiting') {
    query.set('list', 'waiting');
  }
  const text = query.toString();
  return text === '' ? base : `${base}${base.includes('?') ? '&' : '?'}${text}`;
}

export function getImport(id?: number): Promise<{ import: ImportState | null }> {
  return http().call('getImport', id === undefined ? {} : { id });
}

export function createImport(zip: { name: string; size: number }, csv: { name: string; size: number }, notify: boolean): Promise<{ import: ImportState }> {
  return http().call('createImport', { zipName: zip.name, zipSize: zip.size, csvName: csv.name, csvSize: csv.size, notify });
}

/** One raw chunk to the import's PHP-built upload URL. */
export function uploadImportChunk(state: ImportState, file: 'zip' | 'csv', offset: number, bytes: Blob): Promise<{ received: number; status: string }> {
  return http().send(`${state.uploadUrl}&file=${file}&offset=${offset}`, bytes);
}

export function configureImport(id: number, mapping: Partial<Record<ImportField, string | null>>, pattern: string, notify: boolean): Promise<{ import: ImportState }> {
  return http().call('configureImport', { id, mapping, pattern, notify });
}

export function stepImport(id: number): Promise<{ import: ImportState }> {
  return http().call('stepImport', { id });
}

export function startImport(id: number): Promise<{ import: ImportState }> {
  return http().call('startImport', { id });
}

export function cancelImport(id: number): Promise<{ import: ImportState }> {
  return http().call('cancelImport', { id });
}
