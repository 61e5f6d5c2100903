import { ref } from 'vue';
import * as api from '../api/endpoints';
import { errorMessage, failureText } from '../api/errors';
import { t } from '../i18n';
import type { DocumentFilters, DocumentPage, DocumentRow, EventRow } from '../types/api';
import { useAppStore } from '../stores/app';
import { useLatestLoad } from './useLatestLoad';
import { useFlashStore } from '../stores/flash';

export interface EventsState {
  loading: boolean;
  error: string | null;
  items: EventRow[];
}

/** The state and actions shared by the Documents and To attach stores (both are pages of listDocuments). */
export function useDocumentList() {
  const { data: page, loading, error, run } = useLatestLoad<DocumentPage>();
  const lastFilters = ref<DocumentFilters | null>(null);
  const selected = ref<number[]>([]);
  const events = ref<Record<number, EventsState>>({});

  /** Loads a page; an answer that arrives after a newer request is dropped. */
  async function load(filters: DocumentFilters): Promise<void> {
    lastFilters.value = { ...filters };
    await run(() => api.listDocuments(filters), (result) => {
      const ids = new Set(result.items.map((row) => row.id));
      selected.value = selected.value.filter((id) => ids.has(id));
    });
  }

  async function reload(): Promise<void> {
    if (lastFilters.value) {
      await load(lastFilters.value);
    }
  }

  function isSelected(id: number): boolean {
    return selected.value.includes(id);
  }

  function toggle(id: number): void {
    selected.value = isSelected(id) ? selected.value.filter((other) => other !== id) : [...selected.value, id];
  }

  function selectAll(on: boolean): void {
    selected.value = on && page.value ? page.value.items.map((row) => row.id) : [];
  }

  function referenceOf(id: number): string {
    return page.value?.items.find((row) => row.id === id)?.reference ?? `#${id}`;
  }

  function describe(ids: number[]): string {
    return ids.length === 1 && ids[0] !== undefined ? referenceOf(ids[0]) : t('documents.countLabel', { count: ids.length });
  }

  /** Deletes documents (the view asked for confirmation first). */
  async function remove(ids: number[]): Promise<boolean> {
    const flash = useFlashStore();
    const what = describe(ids);
    try {
      const result = await api.deleteDocuments(ids);
      flash.success(t('documents.deleted', { count: result.deleted }));
      selected.value = selected.value.filter((id) => !ids.includes(id));
      await Promise.all([reload(), useAppStore().refreshWaitingCount()]);
      return true;
    } catch (cause) {
      flash.error(failureText(t('documents.deleteWhat', { what }), cause));
      return false;
    }
  }

  /** Assigns a document to a customer; the row is replaced by the server's version. */
  async function assign(id: number, customerId: number, rememberCode: boolean): Promise<boolean> {
    const flash = useFlashStore();
    const what = referenceOf(id);
    const version = page.value?.items.find((row) => row.id === id)?.version;
    try {
      const result = await api.assignDocument(id, customerId, rememberCode, version);
      replaceRow(result.document);
      flash.success(t('assign.done', { reference: result.document.reference, customer: result.document.customer?.name ?? '' }));
      await useAppStore().refreshWaitingCount();
      return true;
    } catch (cause) {
      flash.error(failureText(t('assign.what', { reference: what }), cause));
      return false;
    }
  }

  function replaceRow(row: DocumentRow): void {
    if (!page.value) {
      return;
    }
    const index = page.value.items.findIndex((item) => item.id === row.id);
    if (index >= 0) {
      page.value.items[index] = row;
    }
  }

  async function loadEvents(id: number): Promise<void> {
    events.value[id] = { loading: true, error: null, items: events.value[id]?.items ?? [] };
    try {
      const result = await api.getDocumentEvents(id);
      events.value[id] = { loading: false, error: null, items: result.items };
    } catch (cause) {
      events.value[id] = { loading: false, error: errorMessage(cause), items: [] };
    }
  }

  return { page, loading, error, lastFilters, selected, events, load, reload, isSelected, toggle, selectAll, describe, remove, assign, replaceRow, loadEvents };
}

/** What the shared table and dialogs of the Documents and To attach views use of their list. */
export type DocumentList = ReturnType<typeof useDocumentList>;
