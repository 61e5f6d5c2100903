import type { AxiosAdapter, AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import type { AdminAction } from '@/api/endpoints';

/** A raw answer (status, body, headers) instead of the usual `{ok: true, data}`. */
export class Raw {
  constructor(
    public readonly status: number,
    public readonly body: unknown,
    public readonly headers: Record<string, string> = { 'content-type': 'application/json' },
    public readonly responseURL = 'https://shop.test/admin-dev/index.php?controller=AdminEbpdocuments&token=abc&ajax=1',
  ) {}
}

export class NetworkFailure {}

export function fail(status: number, code: string, message: string, field?: string): Raw {
  return new Raw(status, { ok: false, error: field ? { code, message, field } : { code, message } });
}

export type Handler = (params: Record<string, unknown>) => unknown;

/** Stands in for the PHP AJAX controller: one handler per action, every call recorded. */
export class FakeServer {
  readonly calls: Array<{ url: string; action: string; params: Record<string, unknown> }> = [];
  private readonly handlers = new Map<string, Handler>();

  on(action: AdminAction, handler: Handler | unknown): this {
    this.handlers.set(action, typeof handler === 'function' ? (handler as Handler) : () => handler);
    return this;
  }

  callsOf(action: AdminAction): Array<Record<string, unknown>> {
    return this.calls.filter((call) => call.action === action).map((call) => call.params);
  }

  readonly adapter: AxiosAdapter = async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    // A raw chunk (Blob) names its action and params in the URL, like the PHP-built upload URL.
    const body = typeof config.data === 'string' || config.data === undefined
      ? (JSON.parse(typeof config.data === 'string' ? config.data : '{}') as { action: string; params: Record<string, unknown> })
      : rawAction(String(config.url), config.data as Blob);
    this.calls.push({ url: String(config.url), action: body.action, params: body.params });
    const handler = this.handlers.get(body.action);
    let result: unknown;
    if (!handler) {
      result = fail(400, 'unknown_action', `no handler for ${body.action}`);
    } else {
      try {
        result = await handler(body.params);
      } catch (error) {
        result = error;
      }
    }
    if (result instanceof NetworkFailure) {
      const error = new Error('Network Error') as Error & { isAxiosError: boolean; config: unknown; code: string };
      error.isAxiosError = true;
      error.config = config;
      error.code = 'ERR_NETWORK';
      throw error;
    }
    const raw = result instanceof Raw ? result : new Raw(200, { ok: true, data: result });
    return {
      data: typeof raw.body === 'string' ? raw.body : JSON.stringify(raw.body),
      status: raw.status,
      statusText: String(raw.status),
      headers: raw.headers,
      config,
      request: { responseURL: raw.responseURL },
    };
  };
}

/** A promise you resolve later, to observe loading states. */
export function deferred<T = unknown>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function rawAction(url: string, data: Blob): { action: string; params: Record<string, unknown> } {
  const query = new URL(url).searchParams;
  const params: Record<string, unknown> = { bytes: data.size };
  query.forEach((value, key) => {
    if (!['action', 'token', 'controller', 'ajax'].includes(key)) {
      params[key] = value;
    }
  });
  return { action: query.get('action') ?? '', params };
}
