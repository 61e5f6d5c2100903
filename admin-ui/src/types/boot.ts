/** The single global the back-office controller renders with Media::addJsDef (docs/ARCHITECTURE.md). */
export interface BootPayload {
  moduleVersion: string;
  psVersion: string;
  locale: string;
  currencyIsoCode: string;
  /** `exportDocuments` / `downloadZip`: GET links (with the admin token) the app only adds filters to; '' when absent. */
  urls: { ajax: string; receive: string; api: string; openApi: string; exportDocuments: string; downloadZip: string };
  permissions: Permissions;
  i18n: Record<string, string>;
  documentTypes: Array<{ code: string; label: string }>;
  waitingReasons: Array<{ code: string; label: string; message: string }>;
  /** waitingCount stops at the badge's cap; waitingCapped: there are more. */
  initial: { waitingCount: number; waitingCapped: boolean };
  /** Shops the employee can see; the shop filter only shows when there are two or more. Optional: [] when absent. */
  shops: Array<{ id: number; name: string }>;
}

export interface Permissions {
  view: boolean;
  edit: boolean;
  delete: boolean;
}

declare global {
  interface Window {
    ebpdocumentsAdminApp?: unknown;
  }
}
