import { defineStore } from 'pinia';
import * as api from '../api/endpoints';
import { errorMessage, failureText } from '../api/errors';
import { t } from '../i18n';
import type { ApiKey, WebserviceKeys } from '../types/api';
import { useFlashStore } from './flash';

/** The module's API keys: list, create (secret shown once), revoke (optimistic); and the shop's Webservice keys. */
export const useKeysStore = defineStore('keys', {
  state: () => ({
    keys: [] as ApiKey[],
    loaded: false,
    loading: false,
    error: null as string | null,
    creating: false,
    createError: null as string | null,
    /** The secret of the key just created; cleared when the admin dismisses it. Never stored elsewhere. */
    newSecret: null as { label: string; secret: string } | null,
    webservice: null as WebserviceKeys | null,
    webserviceLoading: false,
    webserviceError: null as string | null,
  }),
  actions: {
    async load(): Promise<void> {
      this.loading = true;
      this.error = null;
      try {
        this.keys = (await api.listKeys()).keys;
        this.loaded = true;
      } catch (error) {
        this.error = errorMessage(error);
      } finally {
        this.loading = false;
      }
    },
    async loadWebservice(): Promise<void> {
      this.webserviceLoading = true;
      this.webserviceError = null;
      try {
        this.webservice = await api.listWebserviceKeys();
      } catch (error) {
        this.webserviceError = errorMessage(error);
      } finally {
        this.webserviceLoading = false;
      }
    },
    async create(label: string, shopId?: number): Promise<boolean> {
      this.creating = true;
      this.createError = null;
      try {
        const result = await api.createKey(label, shopId);
        this.keys = [result.key, ...this.keys.filter((key) => key.id !== result.key.id)];
        this.newSecret = { label: result.key.label, secret: result.secret };
        return true;
      } catch (error) {
        this.createError = errorMessage(error);
        return false;
      } finally {
        this.creating = false;
      }
    },
    dismissSecret(): void {
      this.newSecret = null;
    },
    /** Shows the key as revoked at once; puts it back as it was if the server refuses. */
    async revoke(id: number): Promise<boolean> {
      const index = this.keys.findIndex((key) => key.id === id);
      const current = this.keys[index];
      if (!current) {
        return false;
      }
      const before: ApiKey = { ...current };
      this.keys[index] = { ...before, active: false, revokedAt: new Date().toISOString() };
      try {
        const result = await api.revokeKey(id);
        const at = this.keys.findIndex((key) => key.id === id);
        if (at >= 0) {
          this.keys[at] = result.key;
        }
        return true;
      } catch (error) {
        const at = this.keys.findIndex((key) => key.id === id);
        if (at >= 0) {
          this.keys[at] = before;
        }
        useFlashStore().error(failureText(t('keys.revokeWhat', { label: before.label }), error));
        return false;
      }
    },
  },
});
