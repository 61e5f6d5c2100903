/** One typed function per admin AJAX action; names are the PHP action names (docs/ARCHITECTURE.md). */
import { http } from './http';
import type {
  ApiKey,
  CustomerHit,
  DocumentFilters,
  DocumentRow,
  EventFilters,
  EventRow,
  Overview,
  Page,
  RetryResult,
  Settings,
  Setup,
} from '../types/api';

export function getSetup(): Promise<Setup> {
  return http().call<Setup>('getSetup');
}

export function saveSettings(settings: Partial<Settings>): Promise<{ settings: Settings }> {
  return http().call('saveSettings', { settings });
}

export function listKeys(): Promise<{ keys: ApiKey[] }> {
  return http().call('listKeys');
}

export function createKey(label: string): Promise<{ key: ApiKey; secret: string }> {
  return http().call('createKey', { label });
}

export function revokeKey(id: number): Promise<{ key: ApiKey }> {
  return http().call('revokeKey', { id });
}

export function getOverview(): Promise<Overview> {
  return http().call<Overview>('getOverview');
}

export function listDocuments(filters: DocumentFilters): Promise<Page<DocumentRow>> {
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

export function retryMatching(target: { ids: number[] } | { all: true }): Promise<RetryResult> {
  return http().call('retryMatching', { ...target });
}

export function dismissNotices(ids: number[], dismissed: boolean): Promise<{ updated: number }> {
  return http().call('dismissNotices', { ids, dismissed });
}

export function listEvents(filters: EventFilters): Promise<Page<EventRow>> {
  return http().call('listEvents', { ...filters });
}

/** The confirmation word the server expects for purgeAll. */
export const PURGE_CONFIRMATION = 'PURGE';

export function purgeAll(confirmation: string): Promise<{ deletedDocuments: number }> {
  return http().call('purgeAll', { confirmation });
}
