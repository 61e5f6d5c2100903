import type { BootPayload, Permissions } from './types/boot';

export const BOOT_GLOBAL = 'ebpdocumentsAdminApp';
export const MOUNT_ID = 'ebpdocuments-admin-app';

/** The payload is missing or malformed: the page was not rendered by the module's controller. */
export class BootError extends Error {
  constructor(public readonly problem: string) {
    super(`ebpdocuments: invalid boot payload (${problem})`);
    this.name = 'BootError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireString(obj: Record<string, unknown>, key: string, path: string): string {
  const value = obj[key];
  if (typeof value !== 'string') {
    throw new BootError(`${path}${key} must be a string`);
  }
  return value;
}

function requireRecord(obj: Record<string, unknown>, key: string, path = ''): Record<string, unknown> {
  const value = obj[key];
  if (!isRecord(value)) {
    throw new BootError(`${path}${key} must be an object`);
  }
  return value;
}

function readPermissions(raw: Record<string, unknown>): Permissions {
  const perms = requireRecord(raw, 'permissions');
  const out: Permissions = { view: false, edit: false, delete: false };
  for (const key of ['view', 'edit', 'delete'] as const) {
    if (typeof perms[key] !== 'boolean') {
      throw new BootError(`permissions.${key} must be a boolean`);
    }
    out[key] = perms[key] as boolean;
  }
  return out;
}

function readList<T>(raw: Record<string, unknown>, key: string, read: (item: Record<string, unknown>, path: string) => T, optional = false): T[] {
  const value = raw[key];
  if (value === undefined && optional) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw new BootError(`${key} must be a list`);
  }
  return value.map((item, index) => {
    if (!isRecord(item)) {
      throw new BootError(`${key}[${index}] must be an object`);
    }
    return read(item, `${key}[${index}].`);
  });
}

/** Validates an unknown value against BootPayload; throws BootError naming the first problem. */
export function parseBootPayload(raw: unknown): BootPayload {
  if (raw === undefined || raw === null) {
    throw new BootError(`window.${BOOT_GLOBAL} is missing`);
  }
  if (!isRecord(raw)) {
    throw new BootError(`window.${BOOT_GLOBAL} must be an object`);
  }
  const urlsRaw = requireRecord(raw, 'urls');
  const urls = {
    ajax: requireString(urlsRaw, 'ajax', 'urls.'),
    receive: requireString(urlsRaw, 'receive', 'urls.'),
    api: requireString(urlsRaw, 'api', 'urls.'),
    openApi: requireString(urlsRaw, 'openApi', 'urls.'),
    exportDocuments: typeof urlsRaw.exportDocuments === 'string' ? urlsRaw.exportDocuments : '',
    downloadZip: typeof urlsRaw.downloadZip === 'string' ? urlsRaw.downloadZip : '',
  };
  if (urls.ajax === '') {
    throw new BootError('urls.ajax is empty');
  }
  const i18nRaw = requireRecord(raw, 'i18n');
  const i18n: Record<string, string> = {};
  for (const [key, value] of Object.entries(i18nRaw)) {
    if (typeof value === 'string') {
      i18n[key] = value;
    }
  }
  const initial = requireRecord(raw, 'initial');
  const waitingCount = initial.waitingCount;
  if (typeof waitingCount !== 'number' || !Number.isFinite(waitingCount)) {
    throw new BootError('initial.waitingCount must be a number');
  }
  return {
    moduleVersion: requireString(raw, 'moduleVersion', ''),
    psVersion: requireString(raw, 'psVersion', ''),
    locale: requireString(raw, 'locale', '') || 'en-US',
    currencyIsoCode: requireString(raw, 'currencyIsoCode', ''),
    urls,
    permissions: readPermissions(raw),
    i18n,
    documentTypes: readList(raw, 'documentTypes', (item, path) => ({
      code: requireString(item, 'code', path),
      label: requireString(item, 'label', path),
    })),
    waitingReasons: readList(raw, 'waitingReasons', (item, path) => ({
      code: requireString(item, 'code', path),
      label: requireString(item, 'label', path),
      message: requireString(item, 'message', path),
    })),
    // waitingCapped: the count stopped at the badge's cap ("999+"); absent (an older payload) = exact.
    initial: { waitingCount, waitingCapped: initial.waitingCapped === true },
    shops: readList(raw, 'shops', (item, path) => {
      if (typeof item.id !== 'number') {
        throw new BootError(`${path}id must be a number`);
      }
      return { id: item.id, name: requireString(item, 'name', path) };
    }, true),
  };
}

/** Reads and validates the single global rendered by the back-office controller. */
export function readBootPayload(win: Window = window): BootPayload {
  return parseBootPayload(win[BOOT_GLOBAL]);
}
