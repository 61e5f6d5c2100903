import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as api from '../api/endpoints';
import { errorMessage } from '../api/errors';
import type { Overview } from '../types/api';
import { useAppStore } from './app';

export const useOverviewStore = defineStore('overview', () => {
  const data = ref<Overview | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      data.value = await api.getOverview();
      useAppStore().setWaitingCount(data.value.waitingTotal, data.value.noticesWaitingCapped === true);
    } catch (cause) {
      error.value = errorMessage(cause);
    } finally {
      loading.value = false;
    }
  }

  return { data, loading, error, load };
});
