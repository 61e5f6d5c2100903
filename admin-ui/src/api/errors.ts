import { t } from '../i18n';
import { ApiError } from './http';

/** The reason to show for a failure. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.message;
  }
  return t('error.unexpected');
}

/** "Could not <what>: <reason>" — names what failed. */
export function failureText(what: string, error: unknown): string {
  return t('error.actionFailed', { action: what, reason: errorMessage(error) });
}

export function isSessionExpired(error: unknown): boolean {
  return error instanceof ApiError && error.isSessionExpired;
}
