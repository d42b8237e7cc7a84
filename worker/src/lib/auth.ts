// Sessions, API keys, CSRF and the authorisation middlewares.
//
//   requireUser            any signed-in person (practitioner)
//   requireRole('analyst') national analyst or admin; requireRole('admin') admin only
//   requireOrgAccess('orgId', 'read'|'write')
//                          member (submitter) of that organisation, or its API key;
//                          national roles may READ any organisation, never write
//                          unless the route passes { nationalWrite: 'admin' }
//   requireApiKey          machine routes: `Authorization: Bearer <key>`

import { and, eq } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { NationalRole } from '../../../content/platform.ts';
import { apiKeys, memberships, sessions, users } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { safeEqual, sha256 } from './crypto.ts';
import { isProduction as isProductionEnv } from './environment.ts';
import { ApiError } from './http.ts';
import { rateLimit } from './ratelimit.ts';

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

/** Loads the caller: an API key (Bearer) or a session cookie. Sets user/session/apiKey/lang. */
export const loadPrincipal: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('user', null);
  c.set('session', null);
  c.set('apiKey', null);
  const db = c.get('db');
  const now = Date.now();
  const authz = c.req.header('Authorization');
  if (authz !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(authz);
    if (!m) throw new ApiError(401, 'api-key-invalid');
    const [key] = await db
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.keyHash, await sha256(m[1]!)))
      .limit(1);
    if (!key || key.revokedAt !== null) throw new ApiError(401, 'api-key-invalid');
    c.set('apiKey', { id: key.id, orgId: key.orgId, prefix: key.prefix });
    if (!key.lastUsedAt || now - key.lastUsedAt > TOUCH_MS) await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, key.id));
    return next();
  }
  const token = getCookie(c, sessionCookieName(c));
  if (token) {
    const [row] = await db
      .select({ s: sessions, u: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, await sha256(token)))
      .limit(1);
    if (row && row.s.expiresAt > now && row.s.lastSeenAt + SESSION_IDLE_MS > now) {
      const orgs = await db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, row.u.id));
      c.set('user', {
        id: row.u.id,
        email: row.u.email,
        name: row.u.name,
        lang: row.u.lang,
        nationalRole: row.u.nationalRole,
        orgIds: orgs.map((o) => o.orgId),
      });
      c.set('session', { id: row.s.id, csrfToken: row.s.csrfToken });
      // The user's preference, unless the request names its language (a page in the other language asks with ?lang=).
      const asked = new URL(c.req.url).searchParams.get('lang');
      if (asked !== 'cy' && asked !== 'en') c.set('lang', row.u.lang);
      if (now - row.s.lastSeenAt > TOUCH_MS) await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.s.id));
    } else if (row) {
      await db.delete(sessions).where(eq(sessions.id, row.s.id)); // expired: forget it
    }
  }
  return next();
};

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF for every write: refuse cross-site requests (Sec-Fetch-Site / Origin), and when a
 * session cookie authenticates the request, require its per-session token in X-CSRF-Token.
 * API-key requests carry no cookie authority and skip the token. Also applies the write rate limit.
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
  const who = c.get('user')?.id ?? c.get('apiKey')?.id;
  if (who) await rateLimit(c, 'write', who);
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

export async function isMember(c: Context<AppEnv>, userId: string, orgId: string) {
  const r = await c
    .get('db')
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)))
    .limit(1);
  return r.length > 0;
}

/** The brief's name for the same middleware: `requireOrgMember('orgId')` reads, `requireOrgMember('orgId', 'write')` writes. */
export const requireOrgMember = requireOrgAccess;
