import { defineStore } from 'pinia';
import { ref } from 'vue';
import { buildHref, readQueryState, type QueryState } from '../urlState';

export const VIEWS = ['overview', 'documents', 'waiting', 'import', 'activity', 'connector', 'settings'] as const;
export type ViewName = (typeof VIEWS)[number];

function isView(value: string | undefined): value is ViewName {
  return value !== undefined && (VIEWS as readonly string[]).includes(value);
}

/** Current view and its filters, mirrored in the URL so the back button and shared links work. */
export const useNavigationStore = defineStore('navigation', () => {
  const view = ref<ViewName>('overview');
  const query = ref<QueryState>({});

  /** Reads the state from the address bar (start-up and back/forward). */
  function syncFromLocation(): void {
    const state = readQueryState(window.location.href);
    const named = state.view;
    delete state.view;
    view.value = isView(named) ? named : 'overview';
    query.value = state;
  }

  /** Opens a view with its filters (a new history entry). */
  function go(next: ViewName, nextQuery: QueryState = {}): void {
    view.value = next;
    query.value = clean(nextQuery);
    write('push');
  }

  /** Changes some filters of the current view; `null` or '' removes one. */
  function setQuery(patch: Record<string, string | number | null | undefined>, mode: 'push' | 'replace' = 'push'): void {
    const next: QueryState = { ...query.value };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === undefined || value === '') {
        delete next[key];
      } else {
        next[key] = String(value);
      }
    }
    query.value = next;
    write(mode);
  }

  function write(mode: 'push' | 'replace'): void {
    const href = buildHref(window.location.href, { ...query.value, view: view.value });
    if (href === window.location.href) {
      return;
    }
    if (mode === 'push') {
      window.history.pushState({ ebpdocuments: true }, '', href);
    } else {
      window.history.replaceState({ ebpdocuments: true }, '', href);
    }
  }

  return { view, query, syncFromLocation, go, setQuery, write };
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
