import { watchDebounced } from '@vueuse/core';
import { computed, ref, watch } from 'vue';
import { useNavigationStore } from '../stores/navigation';
import type { DocumentFilters, DocumentSort, DocumentStatus, NoticeReasonCode, SortDirection } from '../types/api';

const SORTS: DocumentSort[] = ['received', 'date', 'reference', 'amount'];
const STATUSES: DocumentStatus[] = ['attached', 'pending', 'dismissed'];
const REASONS: NoticeReasonCode[] = ['NO_ACCOUNT', 'GUEST_ONLY', 'AMBIGUOUS', 'INVALID_EMAIL'];
export const PER_PAGE_CHOICES = [20, 50, 100];

function positiveInt(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

function isoDate(value: string | undefined): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}

/**
 * Document list filters read from the URL (ebpSearch, ebpType, ebpStatus, ebpReason, ebpFrom, ebpTo, ebpShop,
 * ebpSort, ebpDir, ebpPage, ebpPer) and written back to it; `allowedStatuses` limits the status filter (Notices).
 */
export function useDocumentQuery(options: { allowedStatuses?: DocumentStatus[]; defaultStatus?: DocumentStatus | '' } = {}) {
  const nav = useNavigationStore();
  const allowed = options.allowedStatuses ?? STATUSES;

  const filters = computed<DocumentFilters>(() => {
    const q = nav.query;
    const status = allowed.find((candidate) => candidate === q.status) ?? options.defaultStatus ?? '';
    const filters: DocumentFilters = {
      search: q.search ?? '',
      type: q.type ?? '',
      status,
      reason: REASONS.find((candidate) => candidate === q.reason) ?? '',
      dateFrom: isoDate(q.from),
      dateTo: isoDate(q.to),
      sort: SORTS.find((candidate) => candidate === q.sort) ?? 'received',
      direction: (q.dir === 'asc' ? 'asc' : 'desc') as SortDirection,
      page: positiveInt(q.page, 1),
      perPage: PER_PAGE_CHOICES.includes(Number(q.per)) ? Number(q.per) : 20,
    };
    if (q.shop && positiveInt(q.shop, 0) > 0) {
      filters.shopId = positiveInt(q.shop, 0);
    }
    return filters;
  });

  /** Changes filters; any change but the page goes back to page 1. */
  function update(patch: Record<string, string | number | null>, mode: 'push' | 'replace' = 'push'): void {
    const withPage = 'page' in patch ? patch : { ...patch, page: null };
    nav.setQuery(withPage, mode);
  }

  function sortBy(sort: DocumentSort): void {
    const current = filters.value;
    const direction = current.sort === sort && current.direction === 'desc' ? 'asc' : 'desc';
    update({ sort: sort === 'received' ? null : sort, dir: direction === 'desc' ? null : 'asc' });
  }

  function ariaSort(sort: DocumentSort): 'ascending' | 'descending' | 'none' {
    if (filters.value.sort !== sort) {
      return 'none';
    }
    return filters.value.direction === 'asc' ? 'ascending' : 'descending';
  }

  /** The search box: typed text reaches the URL (and the server) after a pause. */
  const searchText = ref(filters.value.search ?? '');
  watch(
    () => filters.value.search,
    (value) => {
      if ((value ?? '') !== searchText.value.trim()) {
        searchText.value = value ?? '';
      }
    },
  );
  watchDebounced(
    searchText,
    (value) => {
      if (value.trim() !== (filters.value.search ?? '')) {
        update({ search: value.trim() || null }, 'replace');
      }
    },
    { debounce: 400 },
  );

  /** A stable key: the list reloads only when a filter really changed. */
  const key = computed(() => JSON.stringify(filters.value));

  return { filters, key, update, sortBy, ariaSort, searchText };
}
