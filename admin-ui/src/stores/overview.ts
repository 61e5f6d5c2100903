import { defineStore } from 'pinia';
import * as api from '../api/endpoints';
import { errorMessage } from '../api/errors';
import type { Overview } from '../types/api';
import { useAppStore } from './app';

export const useOverviewStore = defineStore('overview', {
  state: () => ({
    data: null as Overview | null,
    loading: false,
    error: null as string | null,
  }),
  actions: {
    async load(): Promise<void> {
      this.loading = true;
      this.error = null;
      try {
        this.data = await api.getOverview();
        useAppStore().waitingCount = this.data.waitingTotal;
      } catch (error) {
        this.error = errorMessage(error);
      } finally {
        this.loading = false;
      }
    },
  },
});
