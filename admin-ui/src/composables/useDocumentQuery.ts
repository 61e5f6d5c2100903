import type { DocumentFilters, DocumentSort, DocumentStatus, WaitingReasonCode, SortDirection } from '../types/api';
import { positiveInt, useListQuery } from './useListQuery';

const SORTS: DocumentSort[] = ['received', 'date', 'reference', 'amount'];
const STATUSES: DocumentStatus[] = ['attached', 'pending', 'dismissed'];
const REASONS: WaitingReasonCode[] = ['NO_ACCOUNT', 'GUEST_ONLY', 'AMBIGUOUS', 'INVALID_EMAIL', 'UNPROVEN_EMAIL'];
export const PER_PAGE_CHOICES = [20, 50, 100];

function isoDate(value: string | undefined): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}

/**
 * Document list filters read from the URL (ebpSearch, ebpType, ebpStatus, ebpReason, ebpFrom, ebpTo, ebpShop,
 * ebpSort, ebpDir, ebpPage, ebpPer, and ebpCustomer where `customer` is set) and written back to it;
 * `allowedStatuses` limits the status filter (To attach).
 */
export function useDocumentQuery(options: { allowedStatuses?: DocumentStatus[]; defaultStatus?: DocumentStatus | ''; customer?: boolean } = {}) {
  const allowed = options.allowedStatuses ?? STATUSES;

  const { filters, key, update, searchText } = useListQuery<DocumentFilters>((q) => {
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
    if (options.customer && positiveInt(q.customer, 0) > 0) {
      filters.customerId = positiveInt(q.customer, 0);
    }
    return filters;
  });

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

  return { filters, key, update, sortBy, ariaSort, searchText };
}
