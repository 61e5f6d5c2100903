import { watchDebounced } from '@vueuse/core';
import { computed, ref, watch } from 'vue';
import { useNavigationStore } from '../stores/navigation';
import type { QueryState } from '../urlState';

/** A whole number above 0 read from the URL, or the fallback. */
export function positiveInt(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/**
 * The filters of a server-paged list, kept in the URL (`ebp*` parameters) by the navigation store:
 * `read` turns the URL's parameters into the filters the server gets.
 */
export function useListQuery<F extends { search?: string }>(read: (query: QueryState) => F) {
  const nav = useNavigationStore();
  const filters = computed<F>(() => read(nav.query));

  /** Changes filters; any change but the page goes back to page 1. */
  function update(patch: Record<string, string | number | null>, mode: 'push' | 'replace' = 'push'): void {
    const withPage = 'page' in patch ? patch : { ...patch, page: null };
    nav.setQuery(withPage, mode);
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

  return { filters, key, update, searchText };
}
