import { defineStore } from 'pinia';
import * as api from '../api/endpoints';
import { useLatestLoad } from '../composables/useLatestLoad';
import type { EventFilters, EventRow, Page } from '../types/api';

/** The event log (listEvents), filtered and paged on the server. */
export const useActivityStore = defineStore('activity', () => {
  const { data: page, loading, error, run } = useLatestLoad<Page<EventRow>>();

  /** Loads a page; an answer that arrives after a newer request is dropped. */
  async function load(filters: EventFilters): Promise<void> {
    await run(() => api.listEvents(filters));
  }

  return { page, loading, error, load };
});
