import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as api from '../api/endpoints';
import { errorMessage, failureText } from '../api/errors';
import { t } from '../i18n';
import type { ApiKey, WebserviceKeys } from '../types/api';
import { useFlashStore } from './flash';

/** The module's API keys: list, create (secret shown once), revoke (optimistic); and the shop's Webservice keys. */
export const useKeysStore = defineStore('keys', () => {
  const keys = ref<ApiKey[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const creating = ref(false);
  const createError = ref<string | null>(null);
  /** The secret of the key just created; cleared when the admin dismisses it. Never stored elsewhere. */
  const newSecret = ref<{ label: string; secret: string } | null>(null);
  const webservice = ref<WebserviceKeys | null>(null);
  const webserviceLoading = ref(false);
  const webserviceError = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      keys.value = (await api.listKeys()).keys;
      loaded.value = true;
    } catch (cause) {
      error.value = errorMessage(cause);
    } finally {
      loading.value = false;
    }
  }

  async function loadWebservice(): Promise<void> {
    webserviceLoading.value = true;
    webserviceError.value = null;
    try {
      webservice.value = await api.listWebserviceKeys();
    } catch (cause) {
      webserviceError.value = errorMessage(cause);
    } finally {
      webserviceLoading.value = false;
    }
  }

  async function create(label: string, shopId?: number): Promise<boolean> {
    creating.value = true;
    createError.value = null;
    try {
      const result = await api.createKey(label, shopId);
      keys.value = [result.key, ...keys.value.filter((key) => key.id !== result.key.id)];
      newSecret.value = { label: result.key.label, secret: result.secret };
      return true;
    } catch (cause) {
      createError.value = errorMessage(cause);
      return false;
    } finally {
      creating.value = false;
    }
  }

  function dismissSecret(): void {
    newSecret.value = null;
  }

  /** Shows the key as revoked at once; puts it back as it was if the server refuses. */
  async function revoke(id: number): Promise<boolean> {
    const index = keys.value.findIndex((key) => key.id === id);
    const current = keys.value[index];
    if (!current) {
      return false;
    }
    const before: ApiKey = { ...current };
    keys.value[index] = { ...before, active: false, revokedAt: new Date().toISOString() };
    try {
      const result = await api.revokeKey(id);
      const at = keys.value.findIndex((key) => key.id === id);
      if (at >= 0) {
        keys.value[at] = result.key;
      }
      return true;
    } catch (cause) {
      const at = keys.value.findIndex((key) => key.id === id);
      if (at >= 0) {
        keys.value[at] = before;
      }
      useFlashStore().error(failureText(t('keys.revokeWhat', { label: before.label }), cause));
      return false;
    }
  }

  return {
    keys, loaded, loading, error, creating, createError, newSecret, webservice, webserviceLoading, webserviceError,
    load, loadWebservice, create, dismissSecret, revoke,
  };
});
