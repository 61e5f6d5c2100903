/**
 * The app's state in the back-office URL. The BO URL carries `controller` and `token` (and other PrestaShop
 * parameters): they are kept untouched; the app only owns parameters starting with `ebp` (ebpView, ebpSearch, ebpPage…).
 */
export const PARAM_PREFIX = 'ebp';

export type QueryState = Record<string, string>;

function toParam(key: string): string {
  return PARAM_PREFIX + key.charAt(0).toUpperCase() + key.slice(1);
}

function fromParam(param: string): string | null {
  if (!param.startsWith(PARAM_PREFIX) || param.length <= PARAM_PREFIX.length) {
    return null;
  }
  const rest = param.slice(PARAM_PREFIX.length);
  if (rest.charAt(0) !== rest.charAt(0).toUpperCase()) {
    return null;
  }
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

/** Reads the app's own parameters (without prefix) from a URL. */
export function readQueryState(href: string): QueryState {
  const url = new URL(href);
  const state: QueryState = {};
  url.searchParams.forEach((value, param) => {
    const key = fromParam(param);
    if (key !== null && value !== '') {
      state[key] = value;
    }
  });
  return state;
}

/** A URL equal to `href` with the app's parameters replaced by `state` (empty values dropped). */
export function buildHref(href: string, state: QueryState): string {
  const url = new URL(href);
  const foreign: Array<[string, string]> = [];
  url.searchParams.forEach((value, param) => {
    if (fromParam(param) === null) {
      foreign.push([param, value]);
    }
  });
  const params = new URLSearchParams();
  for (const [param, value] of foreign) {
    params.append(param, value);
  }
  for (const key of Object.keys(state).sort()) {
    const value = state[key];
    if (value !== undefined && value !== '') {
      params.set(toParam(key), value);
    }
  }
  const search = params.toString();
  return `${url.origin}${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
}
