import { ref } from 'vue';

/** Wordings from the boot payload (produced by PHP's translator, see module/src/BackOffice/Translation/AdminWordings.php). */
const messages = ref<Record<string, string>>({});

export function installI18n(wordings: Record<string, string>): void {
  messages.value = { ...wordings };
}

export type TranslationParams = Record<string, string | number>;

/**
 * Translates a key; `%name%` placeholders are replaced by params. A missing key shows the key itself,
 * so a gap is visible instead of a blank.
 */
export function t(key: string, params?: TranslationParams): string {
  const text = messages.value[key] ?? key;
  if (!params) {
    return text;
  }
  return text.replace(/%([A-Za-z0-9_]+)%/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
