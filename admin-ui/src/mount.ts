import { createPinia } from 'pinia';
import { createApp, type App } from 'vue';
import type { AxiosAdapter } from 'axios';
import AdminApp from './AdminApp.vue';
import { configureHttp, createHttpClient } from './api/http';
import { BootError, parseBootPayload, readBootPayload } from './boot';
import { configureFormat } from './format';
import { installI18n } from './i18n';
import { useAppStore } from './stores/app';
import { useNavigationStore } from './stores/navigation';

export interface MountOptions {
  /** A payload to use instead of the global (dev page, tests). */
  payload?: unknown;
  /** Replaces the XHR transport (dev page without a PHP server, tests). */
  adapter?: AxiosAdapter;
}

/**
 * Shown when the payload is missing or malformed: the wordings may be unavailable, so the text comes from the
 * payload's i18n when it has it, else a fixed bilingual sentence.
 */
function renderBootError(element: HTMLElement, error: unknown, raw: unknown): void {
  const wordings = (raw as { i18n?: Record<string, unknown> } | null | undefined)?.i18n;
  const fromPayload = wordings && typeof wordings['boot.error'] === 'string' ? wordings['boot.error'] : null;
  const panel = document.createElement('div');
  panel.className = 'alert alert-danger ebpdocuments-boot-error';
  panel.setAttribute('role', 'alert');
  const title = document.createElement('strong');
  title.textContent =
    fromPayload ?? 'The EBP documents screen could not start. Reload the page. / L’écran des documents EBP n’a pas pu démarrer. Rechargez la page.';
  const detail = document.createElement('p');
  detail.className = 'mb-0 small';
  detail.textContent = error instanceof BootError ? error.problem : String(error);
  panel.append(title, detail);
  element.replaceChildren(panel);
}

/** Starts the app in `element`; returns null (after showing an error panel) when the boot payload is unusable. */
export function mountAdminApp(element: HTMLElement, options: MountOptions = {}): App | null {
  const raw = options.payload !== undefined ? options.payload : window.ebpdocumentsAdminApp;
  let payload;
  try {
    payload = options.payload !== undefined ? parseBootPayload(options.payload) : readBootPayload();
  } catch (error) {
    renderBootError(element, error, raw);
    return null;
  }
  installI18n(payload.i18n);
  configureFormat(payload.locale, payload.currencyIsoCode);
  const pinia = createPinia();
  const app = createApp(AdminApp);
  app.use(pinia);
  const appStore = useAppStore(pinia);
  appStore.init(payload);
  configureHttp(
    createHttpClient({
      ajaxUrl: payload.urls.ajax,
      onSessionExpired: () => appStore.markSessionExpired(),
      ...(options.adapter ? { adapter: options.adapter } : {}),
    }),
  );
  useNavigationStore(pinia).syncFromLocation();
  app.mount(element);
  return app;
}
