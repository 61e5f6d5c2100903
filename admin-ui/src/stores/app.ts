import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { listDocuments } from '../api/endpoints';
import type { BootPayload, Permissions } from '../types/boot';

/** What the boot payload gave, plus the app-wide states (session, waiting badge). */
export const useAppStore = defineStore('app', () => {
  const moduleVersion = ref('');
  const locale = ref('en-US');
  const currencyIsoCode = ref('');
  const urls = ref<BootPayload['urls']>({ ajax: '', receive: '', api: '', openApi: '', exportDocuments: '', downloadZip: '' });
  const permissions = ref<Permissions>({ view: false, edit: false, delete: false });
  const documentTypes = ref<BootPayload['documentTypes']>([]);
  const waitingReasons = ref<BootPayload['waitingReasons']>([]);
  const shops = ref<BootPayload['shops']>([]);
  const waitingCount = ref(0);
  /** The count stopped at a cap (the list's or the badge's): there are more, the badge shows "999+". */
  const waitingCapped = ref(false);
  const sessionExpired = ref(false);

  const canEdit = computed(() => permissions.value.edit);
  const canDelete = computed(() => permissions.value.delete);

  function init(payload: BootPayload): void {
    moduleVersion.value = payload.moduleVersion;
    locale.value = payload.locale;
    currencyIsoCode.value = payload.currencyIsoCode;
    urls.value = { ...payload.urls };
    permissions.value = { ...payload.permissions };
    documentTypes.value = payload.documentTypes;
    waitingReasons.value = payload.waitingReasons;
    shops.value = payload.shops;
    setWaitingCount(payload.initial.waitingCount, payload.initial.waitingCapped);
  }

  function setWaitingCount(count: number, capped = false): void {
    waitingCount.value = count;
    waitingCapped.value = capped;
  }

  function typeLabel(code: string): string {
    return documentTypes.value.find((type) => type.code === code)?.label ?? code;
  }

  function reason(code: string | null): { label: string; message: string } | null {
    if (!code) {
      return null;
    }
    const found = waitingReasons.value.find((candidate) => candidate.code === code);
    return found ? { label: found.label, message: found.message } : { label: code, message: '' };
  }

  function markSessionExpired(): void {
    sessionExpired.value = true;
  }

  /** Re-reads the number of waiting documents (after an action that may change it). Failures keep the old count. */
  async function refreshWaitingCount(): Promise<void> {
    try {
      const page = await listDocuments({ status: 'pending', page: 1, perPage: 1 });
      setWaitingCount(page.total, page.totalCapped === true);
    } catch {
      // The badge is informative; the action's own message already tells about failures.
    }
  }

  return {
    moduleVersion, locale, currencyIsoCode, urls, permissions, documentTypes, waitingReasons, shops, waitingCount, waitingCapped, sessionExpired,
    canEdit, canDelete, init, setWaitingCount, typeLabel, reason, markSessionExpired, refreshWaitingCount,
  };
});
