import { formatBytes, formatNumber } from './format';
import { t } from './i18n';
import { methodLabel, sourceLabel } from './labels';
import type { EventRow } from './types/api';

/**
 * An event's detail in people's words: "Received by E-connecteur (key Bureau), 677 KB" instead of
 * `source: econnecteur · size: 677000`. Fields known to the log are worded; an unknown field stays "name: value".
 */
export function eventDetails(event: EventRow, reasonLabel: (code: string) => string): string[] {
  const detail: Record<string, unknown> = { ...(event.detail ?? {}) };
  const out: string[] = [];
  const text = (value: unknown): string => (typeof value === 'object' ? JSON.stringify(value) : String(value));
  const take = (name: string): unknown => {
    const value = detail[name];
    delete detail[name];
    return value === null || value === undefined || value === '' ? undefined : value;
  };

  const source = take('source');
  const key = take('keyLabel');
  const size = take('size');
  const sizeText = typeof size === 'number' ? formatBytes(size) : undefined;
  if (source !== undefined) {
    out.push(
      key !== undefined
        ? t('event.detail.receivedBy', { source: sourceLabel(text(source)), key: text(key), size: sizeText ?? '' }).replace(/,\s*$/, '')
        : t('event.detail.receivedFrom', { source: sourceLabel(text(source)), size: sizeText ?? '' }).replace(/,\s*$/, ''),
    );
  } else {
    if (key !== undefined) {
      out.push(t('event.detailKey', { key: text(key) }));
    }
    if (sizeText !== undefined) {
      out.push(sizeText);
    }
  }

  const version = take('version');
  const previous = take('previousVersion');
  if (version !== undefined && previous !== undefined) {
    out.push(t('event.detail.versionOf', { version: text(version), previous: text(previous) }));
  } else if (version !== undefined && event.event !== 'received') {
    out.push(t('event.detailVersion', { version: text(version) }));
  }

  const reason = take('reason');
  if (reason !== undefined) {
    out.push(reasonLabel(text(reason)));
  }
  const method = take('method');
  if (method !== undefined) {
    out.push(t('event.detailMethod', { method: methodLabel(text(method)) }));
  }
  if (take('retry') === true) {
    out.push(t('event.detail.retry'));
  }
  const guestOrder = take('guestOrder');
  if (guestOrder !== undefined) {
    out.push(t('event.detail.guestOrder', { reference: text(guestOrder) }));
  }
  take('rematched');
  take('previousCustomerId');

  const cause = take('cause');
  const count = take('count');
  const days = take('days');
  if (cause === 'purge') {
    out.push(t('event.cause.purge', { count: formatNumber(Number(count ?? 0)) }));
  } else if (cause === 'purge_notices') {
    out.push(t('event.cause.purge_notices', { days: formatNumber(Number(days ?? 0)) }));
  } else if (cause === 'customer_deleted') {
    out.push(t('event.cause.customer_deleted'));
  } else if (cause !== undefined) {
    out.push(text(cause));
  }

  const status = take('status');
  const ok = take('ok');
  take('problem');
  if (event.event === 'test' && status !== undefined) {
    out.push(ok === true ? t('event.detail.testOk', { status: text(status) }) : t('event.detail.testFailed', { status: text(status) }));
  }
  take('code');
  const field = take('field');
  const message = take('message');
  if (message !== undefined) {
    out.push(text(message));
  }
  if (field !== undefined) {
    out.push(t('event.detail.field', { field: text(field) }));
  }

  for (const [name, value] of Object.entries(detail)) {
    if (value !== null && value !== undefined && value !== '') {
      out.push(`${name}: ${text(value)}`);
    }
  }
  return out;
}
