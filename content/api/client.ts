// The typed client of the hub's API, for the pages (and the Worker's tests): Hono's `hc`,
// typed from the contract (./contract.ts), never from the Worker. It sends cookies only to
// the same origin and the session's CSRF token with every request, and `send` turns any
// answer into a typed success body or the one typed error shape.
//
//   import { api, send, setCsrfToken } from '…/content/api/client.ts';
//   const me = await send(api.auth.me.$get());
//   if (me.ok && me.body.user) setCsrfToken(me.body.csrfToken);
//   const saved = await send(api.orgs[':orgId'].returns[':periodId'].draft.$put({ param: { orgId, periodId }, json: { rev, values } }));
//   if (!saved.ok) showErrors(saved.error); // saved.error.error.code, .message, .fields
import type { ClientResponse } from 'hono/client';
import { hc } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { ContractApp } from './contract.ts';
import type { ErrorBody } from './schemas/errors.ts';

export type { ErrorBody };

export interface ClientOptions {
  /** Origin of the API; the page's own by default. */
  baseUrl?: string;
  /** The X-CSRF-Token to send (the session's, from GET /api/auth/me or sign-in). */
  csrfToken?: () => string | null;
  /** Extra headers for every request. */
  headers?: () => Record<string, string>;
  fetch?: typeof fetch;
}

/** Cookies go to this origin only (the Fetch default, said out loud; typed for Workers' RequestInit too). */
const SAME_ORIGIN: RequestInit & { credentials?: 'same-origin' } = { credentials: 'same-origin' };

/** A client of the whole contract: `client.api.periods.$get()`, `client.api.orgs[':orgId'].$get({ param: { orgId } })`. */
export function apiClient(options: ClientOptions = {}) {
  return hc<ContractApp>(options.baseUrl ?? '/', {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    init: SAME_ORIGIN,
    headers: () => {
      const token = options.csrfToken?.();
      return { ...(token ? { 'X-CSRF-Token': token } : {}), ...options.headers?.() };
    },
  });
}

let sessionCsrf: string | null = null;
/** Remember the session's CSRF token (from GET /api/auth/me or POST /api/auth/verify); null after signing out. */
export function setCsrfToken(token: string | null): void {
  sessionCsrf = token;
}
/** The page's client (from /api down): same origin, the remembered CSRF token. */
export const api = apiClient({ csrfToken: () => sessionCsrf }).api;

/** The body of the success answers among a route's responses. */
export type SuccessBody<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;
export type ApiResult<T> = { ok: true; status: number; body: T } | { ok: false; status: number; error: ErrorBody };

const isErrorBody = (v: unknown): v is ErrorBody =>
  typeof v === 'object' && v !== null && 'error' in v && typeof (v as { error: { code?: unknown } }).error?.code === 'string';

/**
 * Waits for a request and reads its answer: the typed success body, or the error shape. An
 * answer that is not the API's (a network failure, a proxy's page) becomes `internal` with an
 * empty message, so the page shows its own words.
 */
export async function send<R extends ClientResponse<unknown, number, string>>(request: Promise<R>): Promise<ApiResult<SuccessBody<R>>> {
  let res: R;
  try {
    res = await request;
  } catch {
    return { ok: false, status: 0, error: { error: { code: 'internal', message: '', requestId: '' } } };
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, body: body as SuccessBody<R> };
  if (isErrorBody(body)) return { ok: false, status: res.status, error: body };
  return {
    ok: false,
    status: res.status,
    error: { error: { code: 'internal', message: '', requestId: res.headers.get('X-Request-Id') ?? '' } },
  };
}
