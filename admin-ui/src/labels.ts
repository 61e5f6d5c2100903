import { t } from './i18n';

/** Wordings of codes; each key is written literally so the wording test can find it. */
const EVENT_LABELS: Record<string, () => string> = {
  received: () => t('event.received'),
  attached: () => t('event.attached'),
  kept_aside: () => t('event.kept_aside'),
  unchanged: () => t('event.unchanged'),
  replaced: () => t('event.replaced'),
  assigned: () => t('event.assigned'),
  dismissed: () => t('event.dismissed'),
  restored: () => t('event.restored'),
  downloaded: () => t('event.downloaded'),
  deleted: () => t('event.deleted'),
  withdrawn: () => t('event.withdrawn'),
  claimed: () => t('event.claimed'),
  rejected: () => t('event.rejected'),
  detached: () => t('event.detached'),
  exported: () => t('event.exported'),
  mailed: () => t('event.mailed'),
  test: () => t('event.test'),
};

export const EVENT_TYPES = Object.keys(EVENT_LABELS);

export function eventLabel(code: string): string {
  return EVENT_LABELS[code]?.() ?? code;
}

const METHOD_LABELS: Record<string, () => string> = {
  code_link: () => t('method.code_link'),
  email: () => t('method.email'),
  order: () => t('method.order'),
  manual: () => t('method.manual'),
  claim: () => t('method.claim'),
  account_created: () => t('method.account_created'),
};

export function methodLabel(code: string | null): string {
  return code ? METHOD_LABELS[code]?.() ?? code : '';
}

const STATUS_LABELS: Record<string, () => string> = {
  attached: () => t('status.attached'),
  pending: () => t('status.pending'),
  dismissed: () => t('status.dismissed'),
};

export function statusLabel(code: string): string {
  return STATUS_LABELS[code]?.() ?? code;
}

export function statusBadgeClass(code: string): string {
  return code === 'attached' ? 'badge-success' : code === 'pending' ? 'badge-warning' : 'badge-secondary';
}

const SOURCE_LABELS: Record<string, () => string> = {
  econnecteur: () => t('source.econnecteur'),
  api: () => t('source.api'),
  manual: () => t('source.manual'),
  import: () => t('source.import'),
};

export function sourceLabel(code: string): string {
  return SOURCE_LABELS[code]?.() ?? code;
}
