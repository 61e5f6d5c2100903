import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as api from '../api/endpoints';
import { errorMessage } from '../api/errors';
import type { EventFilters, EventRow, Page } from '../types/api';

/** The event log (listEvents), filtered and paged on the server. */
export const useActivityStore = defineStore('activity', () => {
  const page = ref<Page<EventRow> | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  let sequence = 0;

  /** Loads a page; an answer that arrives after a newer request is dropped. */
  async function load(filters: EventFilters): Promise<void> {
    const mine = ++sequence;
    loading.value = true;
    error.value = null;
    try {
      const result = await api.listEvents(filters);
      if (mine === sequence) {
        page.value = result;
      }
    } catch (cause) {
      if (mine === sequence) {
        error.value = errorMessage(cause);
      }
    } finally {
      if (mine === sequence) {
        loading.value = false;
      }
    }
  }

  return { page, loading, error, load };
});
