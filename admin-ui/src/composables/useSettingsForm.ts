import { computed, reactive, watch } from 'vue';
import { t } from '../i18n';
import { useFlashStore } from '../stores/flash';
import { useSetupStore } from '../stores/setup';
import type { Settings } from '../types/api';

function copy<T>(value: T): T {
  return Array.isArray(value) ? ([...value] as T) : value;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  return a === b;
}

/** A draft of some settings, filled from the server, saved with only those keys. */
export function useSettingsForm<K extends keyof Settings>(keys: readonly K[]) {
  const store = useSetupStore();
  const draft = reactive({}) as Pick<Settings, K>;

  function reset(): void {
    const settings = store.setup?.settings;
    if (!settings) {
      return;
    }
    for (const key of keys) {
      draft[key] = copy(settings[key]);
    }
  }

  watch(() => store.setup?.settings, reset, { immediate: true, deep: true });

  const dirty = computed(() => {
    const settings = store.setup?.settings;
    return !!settings && keys.some((key) => !same(draft[key], settings[key]));
  });

  async function save(): Promise<boolean> {
    const patch = {} as Partial<Settings>;
    for (const key of keys) {
      (patch as Record<string, unknown>)[key] = copy(draft[key]);
    }
    const ok = await store.save(patch);
    if (ok) {
      useFlashStore().success(t('settings.saved'));
    }
    return ok;
  }

  /** The server's refusal of one field of the last save, shown next to it. */
  function fieldError(field: K): string | null {
    return store.saveErrorField === field ? store.saveError : null;
  }

  return { draft, dirty, save, reset, fieldError };
}
