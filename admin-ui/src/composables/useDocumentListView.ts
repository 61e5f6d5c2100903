import { ref, watch } from 'vue';
import type { DocumentFilters, DocumentRow } from '../types/api';
import { useDocumentQuery } from './useDocumentQuery';

/**
 * The page logic the Documents and To attach views share: the URL filters (useDocumentQuery, `options` as there),
 * the list loaded again whenever they really change, and the rows the assign and delete dialogs are open for
 * (bound to DocumentListPanel with v-model:to-assign / v-model:to-delete).
 */
export function useDocumentListView(list: { load(filters: DocumentFilters): Promise<void> }, options?: Parameters<typeof useDocumentQuery>[0]) {
  const query = useDocumentQuery(options);
  watch(query.key, () => void list.load(query.filters.value), { immediate: true });

  const toAssign = ref<DocumentRow | null>(null);
  const toDelete = ref<number[] | null>(null);

  return { ...query, toAssign, toDelete };
}
