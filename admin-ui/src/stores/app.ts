import { defineStore } from 'pinia';
import { listDocuments } from '../api/endpoints';
import type { BootPayload, Permissions } from '../types/boot';

/** What the boot payload gave, plus the app-wide states (session, waiting badge). */
export const useAppStore = defineStore('app', {
  state: () => ({
    moduleVersion: '',
    locale: 'en-US',
    currencyIsoCode: '',
    urls: { ajax: '', receive: '', api: '', openApi: '', exportDocuments: '', downloadZip: '' } as BootPayload['urls'],
    permissions: { view: false, edit: false, delete: false } as Permissions,
    documentTypes: [] as BootPayload['documentTypes'],
    waitingReasons: [] as BootPayload['waitingReasons'],
    shops: [] as BootPayload['shops'],
    waitingCount: 0,
    sessionExpired: false,
  }),
  getters: {
    canEdit: (state) => state.permissions.edit,
    canDelete: (state) => state.permissions.delete,
  },
  actions: {
    init(payload: BootPayload): void {
      this.moduleVersion = payload.moduleVersion;
      this.locale = payload.locale;
      this.currencyIsoCode = payload.currencyIsoCode;
      this.urls = { ...payload.urls };
      this.permissions = { ...payload.permissions };
      this.documentTypes = payload.documentTypes;
      this.waitingReasons = payload.waitingReasons;
      this.shops = payload.shops;
      this.waitingCount = payload.initial.waitingCount;
    },
    typeLabel(code: string): string {
      return this.documentTypes.find((type) => type.code === code)?.label ?? code;
    },
    reason(code: string | null): { label: string; message: string } | null {
      if (!code) {
        return null;
      }
      const found = this.waitingReasons.find((reason) => reason.code === code);
      return found ? { label: found.label, message: found.message } : { label: code, message: '' };
    },
    markSessionExpired(): void {
      this.sessionExpired = true;
    },
    /** Re-reads the number of waiting documents (after an action that may change it). Failures keep the old count. */
    async refreshWaitingCount(): Promise<void> {
      try {
        const page = await listDocuments({ status: 'pending', page: 1, perPage: 1 });
        this.waitingCount = page.total;
      } catch {
        // The badge is informative; the action's own message already tells about failures.
      }
    },
  },
});
