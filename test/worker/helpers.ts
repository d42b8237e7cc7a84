// Helpers for worker tests: call the Worker through the typed client (or raw, for hostile
// input the client cannot express), sign in through the outbox, make roles.
import { env, exports } from 'cloudflare:workers';
import type { ClientResponse } from 'hono/client';
import { expect } from 'vitest';
import { apiClient, type ErrorBody, type SuccessBody } from '../../content/api/client.ts';

export const ORIGIN = 'http://127.0.0.1:8787';
let ipCounter = 0;
/** A fresh client IP, so per-IP sign-in limits do not couple unrelated tests. */
export const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

export type Session = { cookie: string; csrf: string; userId: string; email: string };
export type Caller = { session?: Session; apiKey?: string };

/**
 * The pages' typed client (content/api/client.ts), calling the Worker in-process as `caller`
 * (cookie and CSRF token, or API key), from this site's origin.
 */
export function client(caller: Caller = {}, headers: Record<string, string> = {}) {
  return apiClient({
    baseUrl: ORIGIN,
    csrfToken: () => caller.session?.csrf ?? null,
    headers: () => ({
      Origin: ORIGIN,
      ...(caller.session ? { Cookie: caller.session.cookie } : {}),
      ...(caller.apiKey ? { Authorization: `Bearer ${caller.apiKey}` } : {}),
      ...headers,
    }),
    // workerd's Request takes no `credentials`; the pages' fetch does.
    fetch: (input, init) => exports.default.fetch(new Request(input, { method: init?.method, headers: init?.headers, body: init?.body })),
  }).api;
}

/** A raw request, for what the typed client cannot express (hostile bodies, wrong content types, unknown routes). */
export async function call(
  method: string,
  path: string,
  opts: { caller?: Caller; body?: unknown; headers?: Record<string, string>; raw?: BodyInit } = {},
) {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.caller?.session) {
    headers.Cookie = opts.caller.session.cookie;
    if (method !== 'GET') headers['X-CSRF-Token'] ??= opts.caller.session.csrf;
  }
  if (opts.caller?.apiKey) headers.Authorization = `Bearer ${opts.caller.apiKey}`;
  let body: BodyInit | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] ??= 'application/json';
  }
  if (method !== 'GET' && method !== 'HEAD') headers.Origin ??= ORIGIN;
  return exports.default.fetch(new Request(ORIGIN + path, { method, headers, body }));
}

/** What a test reads from a typed answer whose status it has checked: the success body, and any members of the error shape. */
export type Body<R> = SuccessBody<R> & Partial<ErrorBody>;
export type Answer = ClientResponse<unknown, number, string>;

/** The body of a typed answer (check its status first). */
export async function json<R extends Answer>(res: R): Promise<Body<R>> {
  return (await res.json()) as Body<R>;
}
/** A copy of a typed answer, to read its body twice. */
export const copy = <R extends Answer>(res: R): R => res.clone() as unknown as R;

/** The body of a raw answer, in the shape the test expects of it. */
export async function rawJson<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** Asserts the one error shape. */
export async function expectError(res: Response | Answer, status: number, code?: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as ErrorBody;
  expect(body).toMatchObject({
    error: { code: expect.any(String), message: expect.any(String), requestId: res.headers.get('X-Request-Id') },
  });
  expect(body.error.message.length).toBeGreaterThan(5);
  if (code) expect(body.error.code).toBe(code);
  return body.error as { code: string; message: string; fields?: { field: string; message: string }[] };
}

export async function latestMail(to: string) {
  const res = await client().dev.outbox.$get({ query: { to } });
  const { messages } = await json(res);
  return messages[0];
}

export function tokenFrom(text: string): string {
  const m = /#token=([A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error(`no token in mail:\n${text}`);
  return m[1]!;
}

export function cookieFrom(res: { headers: Headers }): string {
  const sc = res.headers.get('Set-Cookie') ?? '';
  const m = /(sphub_session=[^;]*)/.exec(sc);
  if (!m) throw new Error(`no session cookie in ${sc}`);
  return m[1]!;
}

export async function requestLink(email: string, lang: 'cy' | 'en' = 'cy') {
  const res = await client({}, { 'CF-Connecting-IP': freshIp() }).auth.request.$post({ json: { email, lang } });
  expect(res.status).toBe(202);
  return tokenFrom((await latestMail(email))!.text);
}

export async function verify(token: string, headers: Record<string, string> = {}) {
  return client({}, { 'CF-Connecting-IP': freshIp(), ...headers }).auth.verify.$post({ json: { token } });
}

export async function signIn(email: string, lang: 'cy' | 'en' = 'cy'): Promise<Session> {
  const res = await verify(await requestLink(email, lang));
  expect(res.status).toBe(200);
  const body = await json(res);
  return { cookie: cookieFrom(res), csrf: body.csrfToken, userId: body.user.id, email };
}

/** Organisation rows straight into D1 (the admin API is tested separately). */
export async function makeOrg(id: string, nameEn: string, healthBoard = 'cavuhb', region = 'cardiff-and-vale') {
  const now = Date.now();
  await env.DB.prepare(
    `INSERT INTO organisations (id, name_cy, name_en, type, health_board, local_authority, region, clusters, created_at, updated_at)
     VALUES (?1, ?2, ?3, 'third-sector', ?4, NULL, ?5, '[]', ?6, ?6)`,
  )
    .bind(id, `${nameEn} (cy)`, nameEn, healthBoard, region, now)
    .run();
}
export async function addMember(userId: string, orgId: string) {
  await env.DB.prepare(`INSERT INTO memberships (user_id, org_id, role, created_at) VALUES (?1, ?2, 'submitter', ?3)`)
    .bind(userId, orgId, Date.now())
    .run();
}
export async function setRole(userId: string, role: 'analyst' | 'admin' | null) {
  await env.DB.prepare('UPDATE users SET national_role = ?1 WHERE id = ?2').bind(role, userId).run();
}

/** Row counts and a content hash of every table the API can change (not the rate-limit counters). */
export const DOMAIN_TABLES = [
  'users',
  'sessions',
  'login_tokens',
  'organisations',
  'memberships',
  'invitations',
  'api_keys',
  'audit_log',
  'outbox',
  'assets',
  'asset_members',
  'asset_invitations',
  'asset_assessments',
  'asset_peer_invitations',
  'asset_peer_reviews',
  'asset_register',
  'asset_register_entries',
];
export async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of DOMAIN_TABLES) {
    const { results } = await env.DB.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all();
    // last_seen_at / last_used_at are touch times, not changes
    const rows = results.map(({ last_seen_at: _a, last_used_at: _b, ...r }) => r);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(rows)));
    out[t] = `${rows.length}:${[...new Uint8Array(digest)]
      .slice(0, 8)
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')}`;
  }
  return out;
}
export async function auditCount(): Promise<number> {
  return (await env.DB.prepare('SELECT COUNT(*) AS n FROM audit_log').first<{ n: number }>())!.n;
}
