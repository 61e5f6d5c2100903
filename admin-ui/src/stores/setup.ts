import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as api from '../api/endpoints';
import { errorMessage } from '../api/errors';
import { ApiError } from '../api/http';
import type { BatchAnswer, Settings, Setup } from '../types/api';

/** Connector set-up and module settings (getSetup / saveSettings / purgeAll). */
export const useSetupStore = defineStore('setup', () => {
  const setup = ref<Setup | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const saving = ref(false);
  const saveError = ref<string | null>(null);
  const saveErrorField = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      setup.value = await api.getSetup();
    } catch (cause) {
      error.value = errorMessage(cause);
    } finally {
      loading.value = false;
    }
  }

  /** Saves some settings; returns true on success. The form keeps its values on failure. */
  async function save(patch: Partial<Settings>): Promise<boolean> {
    saving.value = true;
    saveError.value = null;
    saveErrorField.value = null;
    try {
      const result = await api.saveSettings(patch);
      if (setup.value) {
        setup.value.settings = result.settings;
      }
      if (patch.maxPdfMb !== undefined || patch.storageDir !== undefined) {
        // Limits and storage are derived on the server: read them again.
        const fresh = await api.getSetup().catch(() => null);
        if (fresh) {
          setup.value = fresh;
        }
      }
      return true;
    } catch (cause) {
      saveError.value = errorMessage(cause);
      saveErrorField.value = cause instanceof ApiError ? cause.field : null;
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** One bounded batch of the purge from `after` (the previous answer's cursor); SettingsView loops. */
  function purgeBatch(confirmation: string, after?: number): Promise<{ deletedDocuments: number } & BatchAnswer> {
    return api.purgeAll(confirmation, after);
  }

  return { setup, loading, error, saving, saveError, saveErrorField, load, save, purgeBatch };
});
