import { defineStore } from 'pinia';
import { buildHref, readQueryState, type QueryState } from '../urlState';

export const VIEWS = ['overview', 'documents', 'notices', 'import', 'activity', 'connector', 'settings'] as const;
export type ViewName = (typeof VIEWS)[number];

function isView(value: string | undefined): value is ViewName {
  return value !== undefined && (VIEWS as readonly string[]).includes(value);
}

/** Current view and its filters, mirrored in the URL so the back button and shared links work. */
export const useNavigationStore = defineStore('navigation', {
  state: () => ({
    view: 'overview' as ViewName,
    query: {} as QueryState,
  }),
  actions: {
    /** Reads the state from the address bar (start-up and back/forward). */
    syncFromLocation(): void {
      const state = readQueryState(window.location.href);
      const view = state.view;
      delete state.view;
      this.view = isView(view) ? view : 'overview';
      this.query = state;
    },
    /** Opens a view with its filters (a new history entry). */
    go(view: ViewName, query: QueryState = {}): void {
      this.view = view;
      this.query = clean(query);
      this.write('push');
    },
    /** Changes some filters of the current view; `null` or '' removes one. */
    setQuery(patch: Record<string, string | number | null | undefined>, mode: 'push' | 'replace' = 'push'): void {
      const next: QueryState = { ...this.query };
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === undefined || value === '') {
          delete next[key];
        } else {
          next[key] = String(value);
        }
      }
      this.query = next;
      this.write(mode);
    },
    write(mode: 'push' | 'replace'): void {
      const href = buildHref(window.location.href, { ...this.query, view: this.view });
      if (href === window.location.href) {
        return;
      }
      if (mode === 'push') {
        window.history.pushState({ ebpdocuments: true }, '', href);
      } else {
        window.history.replaceState({ ebpdocuments: true }, '', href);
      }
    },
  },
});

function clean(query: QueryState): QueryState {
  const out: QueryState = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== '') {
      out[key] = value;
    }
  }
  return out;
}
