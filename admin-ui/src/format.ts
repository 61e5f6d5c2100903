/** Intl formatting in the employee's language (boot payload `locale`). */
let currentLocale = 'en-US';
let defaultCurrency = 'EUR';

export function configureFormat(locale: string, currencyIsoCode: string): void {
  currentLocale = normalizeLocale(locale);
  defaultCurrency = currencyIsoCode || 'EUR';
}

function normalizeLocale(locale: string): string {
  const candidate = locale.replace('_', '-');
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/** Parses "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" (shop time, taken as local) or ISO 8601. */
export function parseDate(value: string): Date | null {
  const plain = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (plain) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = plain;
    return new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const date = parseDate(value);
  return date ? new Intl.DateTimeFormat(currentLocale, { dateStyle: 'medium' }).format(date) : value;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const date = parseDate(value);
  return date ? new Intl.DateTimeFormat(currentLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(date) : value;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLocale).format(value);
}

export function formatAmount(value: string | number | null | undefined, currency?: string | null): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const amount = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(amount)) {
    return String(value);
  }
  try {
    return new Intl.NumberFormat(currentLocale, { style: 'currency', currency: currency || defaultCurrency }).format(amount);
  } catch {
    return new Intl.NumberFormat(currentLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  }
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(currentLocale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
