// Sessions, API keys, CSRF and the authorisation middlewares.
//
//   requireUser            any signed-in person (practitioner)
//   requireRole('analyst') national analyst or admin; requireRole('admin') admin only
//   requireOrgAccess('orgId', 'read'|'write')
//                          member (submitter) of that organisation, or its API key;
//                          national roles may READ any organisation, never write
//                          unless the route passes { nationalWrite: 'admin' }
//   requireApiKey          machine routes: `Authorization: Bearer <key>`

import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { NationalRole } from '../../../content/platform.ts';
import type { AppEnv } from '../env.ts';
import { BoundedMap } from './bounded-map.ts';
import { safeEqual, sha256 } from './crypto.ts';
import { isProduction as isProductionEnv } from './environment.ts';
import type { HeldCaller } from './held-checks.ts';
import { ApiError } from './http.ts';
import { type Credentials, type Prefetcher, prefetchFor } from './prefetch.ts';
import { assertWithin, countStatementWhere, overLimit } from './ratelimit.ts';

export const SESSION_IDLE_MS = 12 * 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
export const LOGIN_TOKEN_TTL_MS = 15 * 60_000;
/** lastSeenAt / lastUsedAt are refreshed at most this often. */
const TOUCH_MS = 60_000;

/** Production unless ENVIRONMENT says development or test (lib/environment.ts). */
export const isProduction = (c: Context<AppEnv>) => isProductionEnv(c.env);
/** `__Host-` needs Secure, which local http://127.0.0.1 cannot use; so it is production only. */
export const sessionCookieName = (c: Context<AppEnv>) => (isProduction(c) ? '__Host-sphub_session' : 'sphub_session');

export function setSessionCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, sessionCookieName(c), token, {
    httpOnly: true,
    secure: isProduction(c),
    sameSite: 'Lax',
    path: '/',
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}
export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, sessionCookieName(c), { path: '/', secure: isProduction(c) });
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

// The caller in ONE statement (session, user and memberships; or the API key), and on a write
// the write rate limit counted in the same batch, its subject found by SQL from the same token:
// one round trip before the route's own work (lib/round-trips.ts). Touching lastSeenAt and
// forgetting an expired session run beside the route, never before it.
const SESSION_SQL = `SELECT s.id AS sid, s.csrf_token, s.expires_at, s.last_seen_at, u.id, u.email, u.name, u.lang, u.national_role,
  (SELECT json_group_array(m.org_id) FROM memberships m WHERE m.user_id = u.id) AS org_ids
  FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?1`;
const SESSION_SUBJECT = 'SELECT user_id AS subject FROM sessions WHERE token_hash = ?1 AND expires_at > ?2 AND last_seen_at > ?3';
const KEY_SQL = 'SELECT id, org_id, prefix, revoked_at, last_used_at FROM api_keys WHERE key_hash = ?1';
const KEY_SUBJECT = 'SELECT id AS subject FROM api_keys WHERE key_hash = ?1 AND revoked_at IS NULL';

type SessionRow = {
  sid: string;
  csrf_token: string;
  expires_at: number;
  last_seen_at: number;
  id: string;
  email: string;
  name: string | null;
  lang: 'cy' | 'en';
  national_role: NationalRole | null;
  org_ids: string;
};
type KeyRow = { id: string; org_id: string; prefix: string; revoked_at: number | null; last_used_at: number | null };

/**
 * Loads the caller: an API key (Bearer) or a session cookie. Sets user/session/apiKey/lang, and
 * writeCount on a write. A route's prefetch (lib/prefetch.ts) rides in the same batch.
 */
export function principalLoader(prefetchers: readonly Prefetcher[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('session', null);
    c.set('apiKey', null);
    c.set('writeCount', null);
    const d1 = c.get('d1');
    const now = Date.now();
    const write = !SAFE.has(c.req.method);
    let beside: Promise<unknown> | null = null;
    const authz = c.req.header('Authorization');
    if (authz !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(authz);
      if (!m) throw new ApiError(401, 'api-key-invalid');
      const hash = await sha256(m[1]!);
      const lookup = d1.prepare(KEY_SQL).bind(hash);
      const [found, counted] = await lookUp(
        c,
        [lookup, ...(write ? [countStatementWhere(d1, 'write', KEY_SUBJECT, [hash], now)] : [])],
        prefetchers,
        { keyHash: hash },
      );
      const key = found!.results[0] as KeyRow | undefined;
      if (!key || key.revoked_at !== null) {
        seenKeys.delete(hash);
        throw new ApiError(401, 'api-key-invalid');
      }
      c.set('apiKey', { id: key.id, orgId: key.org_id, prefix: key.prefix });
      if (write) c.set('writeCount', (counted?.results[0] as { count: number } | undefined)?.count ?? 0);
      seenKeys.set(hash, key);
      if (!key.last_used_at || now - key.last_used_at > TOUCH_MS) {
        beside = d1.prepare('UPDATE api_keys SET last_used_at = ?1 WHERE id = ?2').bind(now, key.id).run();
        seenKeys.set(hash, { ...key, last_used_at: now });
      }
    } else {
      const token = getCookie(c, sessionCookieName(c));
      if (token) {
        const hash = await sha256(token);
        const lookup = d1.prepare(SESSION_SQL).bind(hash);
        const count = write ? [countStatementWhere(d1, 'write', SESSION_SUBJECT, [hash, now, now - SESSION_IDLE_MS], now)] : [];
        const [found, counted] = await lookUp(c, [lookup, ...count], prefetchers, {});
        const row = found!.results[0] as SessionRow | undefined;
        if (row && live(row, now)) {
          adoptSession(c, row);
          if (write) c.set('writeCount', (counted?.results[0] as { count: number } | undefined)?.count ?? 0);
          seen.set(hash, row);
          if (now - row.last_seen_at > TOUCH_MS) {
            beside = d1.prepare('UPDATE sessions SET last_seen_at = ?1 WHERE id = ?2').bind(now, row.sid).run();
            seen.set(hash, { ...row, last_seen_at: now });
          }
        } else if (row) {
          seen.delete(hash);
          beside = d1.prepare('DELETE FROM sessions WHERE id = ?1').bind(row.sid).run(); // expired: forget it
        }
      }
    }
    try {
      await next();
    } finally {
      await beside;
    }
  };
}
export const loadPrincipal = principalLoader([]);

const live = (row: SessionRow, now: number) => row.expires_at > now && row.last_seen_at + SESSION_IDLE_MS > now;

/** The caller of a session row, as every route sees it. */
function adoptSession(c: Context<AppEnv>, row: SessionRow) {
  c.set('user', {
    id: row.id,
    email: row.email,
    name: row.name,
    lang: row.lang,
    nationalRole: row.national_role,
    orgIds: JSON.parse(row.org_ids) as string[],
  });
  c.set('session', { id: row.sid, csrfToken: row.csrf_token });
  // The user's preference, unless the request names its language (a page in the other language asks with ?lang=).
  const asked = new URL(c.req.url).searchParams.get('lang');
  if (asked !== 'cy' && asked !== 'en') c.set('lang', row.lang);
}

/**
 * The sessions this isolate has looked up, by the hash of their token, as it read them. A write
 * that can decide on them (a draft save or a submission: routes/returns.ts `decidedAhead`) takes the caller from here instead
 * of reading it first, and proves in its own batch that the row still says the same
 * (`principalFromSnapshot`). Used for at most TOUCH_MS after the session was last seen, so the
 * normal lookup still runs, and touches the session, once a minute.
 */
const seen = new BoundedMap<string, SessionRow>(4096);
/** The same for API keys, by the hash of the key. */
const seenKeys = new BoundedMap<string, KeyRow>(4096);

// The lookup above, as a check: the session row is still the one this isolate holds (the
// same session, token, expiry, person, role and memberships; seen at least as recently).
const SESSION_HOLDS = `NOT EXISTS (SELECT 1 FROM (${SESSION_SQL}) x
  WHERE x.sid = ?2 AND x.csrf_token = ?3 AND x.expires_at = ?4 AND x.last_seen_at >= ?5 AND x.id = ?6 AND x.email = ?7
  AND x.name IS ?8 AND x.lang = ?9 AND x.national_role IS ?10 AND x.org_ids = ?11)`;

// The key lookup above, as a check: the key is still the one this isolate holds (the same
// key, organisation, not revoked, used at least as recently).
const KEY_HOLDS = `NOT EXISTS (SELECT 1 FROM api_keys
  WHERE key_hash = ?1 AND id = ?2 AND org_id = ?3 AND revoked_at IS NULL AND last_used_at >= ?4)`;

/**
 * The caller of a write from what this isolate last read of its session, without a round trip:
 * the context is set exactly as `principalLoader` sets it, except the write count, which is not
 * known yet. Returns what the write's batch must add: the count, leading it, and checks that
 * refuse the batch (migration 0016) unless the session row (or the API key's) is unchanged and
 * the count within the limit. Null when this isolate has no fresh copy: then the normal lookup runs.
 */
export async function principalFromSnapshot(c: Context<AppEnv>): Promise<HeldCaller | null> {
  const authz = c.req.header('Authorization');
  if (authz !== undefined) return keyFromSnapshot(c, authz);
  const token = getCookie(c, sessionCookieName(c));
  if (!token) return null;
  const hash = await sha256(token);
  const row = seen.get(hash);
  const now = Date.now();
  if (!row || !live(row, now) || now - row.last_seen_at > TOUCH_MS) return null;
  adoptSession(c, row);
  c.set('apiKey', null);
  c.set('writeCount', null);
  const d1 = c.get('d1');
  const binds = [
    hash,
    row.sid,
    row.csrf_token,
    row.expires_at,
    row.last_seen_at,
    row.id,
    row.email,
    row.name,
    row.lang,
    row.national_role,
    row.org_ids,
  ];
  return {
    statements: [countStatementWhere(d1, 'write', SESSION_SUBJECT, [hash, now, now - SESSION_IDLE_MS], now)],
    checks: [{ failsWhen: SESSION_HOLDS, binds }, overLimit('write', row.id, now)],
  };
}

/** The same for an API key (`Authorization: Bearer …`), as the key's lookup sets the context. */
async function keyFromSnapshot(c: Context<AppEnv>, authz: string): Promise<HeldCaller | null> {
  const m = /^Bearer\s+(\S+)$/i.exec(authz);
  if (!m) return null;
  const hash = await sha256(m[1]!);
  const key = seenKeys.get(hash);
  const now = Date.now();
  if (!key || key.revoked_at !== null || key.last_used_at === null || now - key.last_used_at > TOUCH_MS) return null;
  c.set('user', null);
  c.set('session', null);
  c.set('apiKey', { id: key.id, orgId: key.org_id, prefix: key.prefix });
  c.set('writeCount', null);
  const d1 = c.get('d1');
  return {
    statements: [countStatementWhere(d1, 'write', KEY_SUBJECT, [hash], now)],
    checks: [{ failsWhen: KEY_HOLDS, binds: [hash, key.id, key.org_id, key.last_used_at] }, overLimit('write', key.id, now)],
  };
}

/** The lookup (and the write count), with the route's prefetch in the same batch: one round trip. */
async function lookUp(
  c: Context<AppEnv>,
  own: D1PreparedStatement[],
  prefetchers: readonly Prefetcher[],
  caller: Credentials,
): Promise<D1Result[]> {
  const d1 = c.get('d1');
  const prefetch = prefetchFor(c, prefetchers, caller);
  if (!prefetch && own.length === 1) return [await own[0]!.all()];
  const results = await d1.batch([...own, ...(prefetch?.statements ?? [])]);
  prefetch?.take(results.slice(own.length));
  return results.slice(0, own.length);
}

/**
 * CSRF for every write: refuse cross-site requests (Sec-Fetch-Site / Origin), and when a
 * session cookie authenticates the request, require its per-session token in X-CSRF-Token.
 * API-key requests carry no cookie authority and skip the token. Then the write rate limit,
 * counted by loadPrincipal.
 */
export const csrfAndWriteLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE.has(c.req.method)) return next();
  if (!c.get('apiKey')) {
    const site = c.req.header('Sec-Fetch-Site');
    if (site && site !== 'same-origin' && site !== 'none') throw new ApiError(403, 'csrf');
    const origin = c.req.header('Origin');
    if (origin) {
      const allowed = new Set([new URL(c.req.url).origin, c.env.PUBLIC_ORIGIN]);
      if (!allowed.has(origin)) throw new ApiError(403, 'csrf');
    }
    const session = c.get('session');
    // Sign-in requests act for no existing session (and rotate it), so they need only the origin checks.
    const signingIn = c.req.path === '/api/auth/request' || c.req.path === '/api/auth/verify';
    if (session && !signingIn) {
      const sent = c.req.header('X-CSRF-Token') ?? '';
      if (!safeEqual(sent, session.csrfToken)) throw new ApiError(403, 'csrf');
    }
  }
  const count = c.get('writeCount');
  if (count !== null) assertWithin('write', count, Date.now());
  return next();
};

export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('user')) throw new ApiError(c.get('apiKey') ? 403 : 401, c.get('apiKey') ? 'forbidden' : 'unauthenticated');
  return next();
};

export function hasRole(role: NationalRole | null | undefined, needed: NationalRole): boolean {
  return role === 'admin' || (needed === 'analyst' && role === 'analyst');
}

export function requireRole(needed: NationalRole): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) throw new ApiError(c.get('apiKey') ? 403 : 401, c.get('apiKey') ? 'forbidden' : 'unauthenticated');
    if (!hasRole(user.nationalRole, needed)) throw new ApiError(403, 'forbidden');
    return next();
  };
}

/** May the caller read/write this organisation's data? (See the table at the top of this file.) */
export function canAccessOrg(
  c: Context<AppEnv>,
  orgId: string,
  mode: 'read' | 'write',
  opts: { nationalWrite?: NationalRole } = {},
): boolean {
  const key = c.get('apiKey');
  if (key) return key.orgId === orgId;
  const user = c.get('user');
  if (!user) return false;
  if (user.orgIds.includes(orgId)) return true;
  if (mode === 'read') return hasRole(user.nationalRole, 'analyst');
  return opts.nationalWrite ? hasRole(user.nationalRole, opts.nationalWrite) : false;
}

export function requireOrgAccess(
  param = 'orgId',
  mode: 'read' | 'write' = 'read',
  opts: { nationalWrite?: NationalRole } = {},
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('user') && !c.get('apiKey')) throw new ApiError(401, 'unauthenticated');
    if (!canAccessOrg(c, c.req.param(param) ?? '', mode, opts)) throw new ApiError(403, 'forbidden');
    return next();
  };
}

export const requireApiKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('apiKey')) throw new ApiError(401, 'api-key-invalid');
  return next();
};

/** The brief's name for the same middleware: `requireOrgMember('orgId')` reads, `requireOrgMember('orgId', 'write')` writes. */
export const requireOrgMember = requireOrgAccess;
