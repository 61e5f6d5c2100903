import { defineStore } from 'pinia';
import * as api from '../api/endpoints';
import { errorMessage } from '../api/errors';
import type { EventFilters, EventRow, Page } from '../types/api';

let sequence = 0;

/** The event log (listEvents), filtered and paged on the server. */
export const useActivityStore = defineStore('activity', {
  state: () => ({
    page: null as Page<EventRow> | null,
    loading: false,
    error: null as string | null,
  }),
  actions: {
    async load(filters: EventFilters): Promise<void> {
      const mine = ++sequence;
      this.loading = true;
      this.error = null;
      try {
        const page = await api.listEvents(filters);
        if (mine === sequence) {
          this.page = page;
        }
      } catch (error) {
        if (mine === sequence) {
          this.error = errorMessage(error);
        }
      } finally {
        if (mine === sequence) {
          this.loading = false;
        }
      }
    },
  },
});
