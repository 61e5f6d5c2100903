import axios, { type AxiosAdapter, type AxiosInstance, type AxiosResponse } from 'axios';
import { t } from '../i18n';
import type { AdminAction } from './endpoints';

/**
 * `session_expired`: the back-office login or token is gone (401, or a login page instead of JSON);
 * `forbidden`: the employee lacks the tab permission (403);
 * `network`: no answer at all; `invalid_response`: an answer that is not our JSON envelope;
 * anything else is the server's own `error.code` (validation, not_found, conflict…).
 */
export type ApiErrorCode = string;

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: ApiErrorCode,
    message: string,
    public readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isSessionExpired(): boolean {
    return this.code === 'session_expired';
  }
}

interface Envelope {
  ok: boolean;
  data?: unknown;
  error?: { code?: unknown; message?: unknown; field?: unknown };
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).ok === 'boolean';
}

function looksLikeLoginPage(response: AxiosResponse): boolean {
  const url: unknown = (response.request as { responseURL?: unknown } | undefined)?.responseURL;
  if (typeof url === 'string' && /controller=AdminLogin|\/login\b/i.test(url)) {
    return true;
  }
  const type = String(response.headers?.['content-type'] ?? '');
  return type.includes('text/html') || (typeof response.data === 'string' && /<html|<!doctype/i.test(response.data));
}

export interface HttpClientOptions {
  ajaxUrl: string;
  /** Called once per expired-session answer (the app switches to its "log in again" state). */
  onSessionExpired?: () => void;
  /** For tests: replaces axios' XHR adapter. */
  adapter?: AxiosAdapter;
  timeoutMs?: number;
}

export interface HttpClient {
  call<T>(action: AdminAction, params?: Record<string, unknown>): Promise<T>;
  /** POSTs raw bytes to a PHP-built action URL (a chunk of an upload); same envelope and errors as call(). */
  send<T>(url: string, body: Blob): Promise<T>;
  readonly axios: AxiosInstance;
}

/** One axios instance that POSTs `{action, params}` as JSON to the back-office AJAX URL given by PHP. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const instance = axios.create({
    timeout: options.timeoutMs ?? 60000,
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-Requested-With': 'XMLHttpRequest',
    },
    // Every status reaches us: the envelope is read below.
    validateStatus: () => true,
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });

  function sessionExpired(status: number): ApiError {
    options.onSessionExpired?.();
    return new ApiError(status, 'session_expired', t('error.sessionExpired'));
  }

  function toError(response: AxiosResponse): ApiError {
    const { status } = response;
    const body: unknown = response.data;
    if (status === 401) {
      return sessionExpired(status);
    }
    if (!isEnvelope(body)) {
      if (status === 403) {
        return new ApiError(status, 'forbidden', t('error.forbidden'));
      }
      if (status < 500 && looksLikeLoginPage(response)) {
        // The login page (after a redirect) or the "invalid token" page answered instead of our JSON.
        return sessionExpired(status);
      }
      if (status >= 200 && status < 300) {
        return new ApiError(status, 'invalid_response', t('error.invalidResponse'));
      }
      return new ApiError(status, 'invalid_response', t('error.server', { status }));
    }
    const error = body.error ?? {};
    const code = typeof error.code === 'string' && error.code !== '' ? error.code : 'error';
    const field = typeof error.field === 'string' && error.field !== '' ? error.field : null;
    const serverMessage = typeof error.message === 'string' && error.message !== '' ? error.message : null;
    if (status === 403) {
      return new ApiError(status, 'forbidden', t('error.forbidden'), field);
    }
    if (code === 'unauthenticated' || code === 'session_expired') {
      return sessionExpired(status);
    }
    if (status === 422 || code === 'validation') {
      return new ApiError(status, code, serverMessage ?? t('error.validation'), field);
    }
    return new ApiError(status, code, serverMessage ?? t('error.server', { status }), field);
  }

  async function call<T>(action: AdminAction, params: Record<string, unknown> = {}): Promise<T> {
    return post<T>(options.ajaxUrl, { action, params });
  }

  async function send<T>(url: string, body: Blob): Promise<T> {
    return post<T>(url, body, { 'Content-Type': 'application/octet-stream' });
  }

  async function post<T>(url: string, body: unknown, headers?: Record<string, string>): Promise<T> {
    let response: AxiosResponse;
    try {
      response = await instance.post(url, body, headers ? { headers } : undefined);
    } catch (cause) {
      if (axios.isAxiosError(cause) && cause.response) {
        throw toError(cause.response);
      }
      throw new ApiError(0, 'network', t('error.network'));
    }
    const answer: unknown = response.data;
    if (response.status >= 200 && response.status < 300 && isEnvelope(answer) && answer.ok) {
      return answer.data as T;
    }
    throw toError(response);
  }

  return { call, send, axios: instance };
}

let client: HttpClient | null = null;

export function configureHttp(next: HttpClient): void {
  client = next;
}

export function http(): HttpClient {
  if (!client) {
    throw new Error('ebpdocuments: the HTTP client is not configured');
  }
  return client;
}
