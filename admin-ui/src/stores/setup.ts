import { defineStore } from 'pinia';
import * as api from '../api/endpoints';
import { errorMessage } from '../api/errors';
import { ApiError } from '../api/http';
import type { BatchAnswer, Settings, Setup } from '../types/api';

/** Connector set-up and module settings (getSetup / saveSettings / purgeAll). */
export const useSetupStore = defineStore('setup', {
  state: () => ({
    setup: null as Setup | null,
    loading: false,
    error: null as string | null,
    saving: false,
    saveError: null as string | null,
    saveErrorField: null as string | null,
  }),
  actions: {
    async load(): Promise<void> {
      this.loading = true;
      this.error = null;
      try {
        this.setup = await api.getSetup();
      } catch (error) {
        this.error = errorMessage(error);
      } finally {
        this.loading = false;
      }
    },
    /** Saves some settings; returns true on success. The form keeps its values on failure. */
    async save(patch: Partial<Settings>): Promise<boolean> {
      this.saving = true;
      this.saveError = null;
      this.saveErrorField = null;
      try {
        const result = await api.saveSettings(patch);
        if (this.setup) {
          this.setup.settings = result.settings;
        }
        if (patch.maxPdfMb !== undefined || patch.storageDir !== undefined) {
          // Limits and storage are derived on the server: read them again.
          const fresh = await api.getSetup().catch(() => null);
          if (fresh) {
            this.setup = fresh;
          }
        }
        return true;
      } catch (error) {
        this.saveError = errorMessage(error);
        this.saveErrorField = error instanceof ApiError ? error.field : null;
        return false;
      } finally {
        this.saving = false;
      }
    },
    /** One bounded batch of the purge from `after` (the previous answer's cursor); SettingsView loops. */
    purgeBatch(confirmation: string, after?: number): Promise<{ deletedDocuments: number } & BatchAnswer> {
      return api.purgeAll(confirmation, after);
    },
  },
});
