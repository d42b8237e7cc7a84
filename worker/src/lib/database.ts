// The database of one request: a D1 session (read replication, the Sessions API), so reads can
// go to the replica nearest the Worker while each person still sees their own writes.
//
//   writes (POST, PUT, PATCH, DELETE)  'first-primary': the first query goes to the primary
//   reads with a bookmark               that bookmark: a replica at least as fresh as it
//   reads without one                   'first-unconstrained': any replica
//
// The bookmark travels per person: the `X-D1-Bookmark` request header (machine clients), else
// the `sphub_d1` cookie (browsers). Every /api answer carries the session's latest bookmark in
// `X-D1-Bookmark`; browsers that are signed in, or that just wrote, also get it as the cookie,
// so the page they load next reads at least what they wrote. Public, cacheable answers (open
// data) never set the cookie. What each route needs is written down in ARCHITECTURE.md.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { serialize } from 'hono/utils/cookie';
import type { AppEnv } from '../env.ts';
import { isLocal, isProduction } from './environment.ts';
import { RoundTripCounter } from './round-trips.ts';

export const BOOKMARK_HEADER = 'X-D1-Bookmark';
export const BOOKMARK_COOKIE = 'sphub_d1';
/** D1 bookmarks are opaque strings; anything else is ignored (and the request reads unconstrained). */
const BOOKMARK = /^[A-Za-z0-9_.:-]{1,200}$/;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requestBookmark(c: Context<AppEnv>): string | null {
  const sent = c.req.header(BOOKMARK_HEADER) ?? getCookie(c, BOOKMARK_COOKIE);
  return sent && BOOKMARK.test(sent) ? sent : null;
}

/**
 * The session for this request (and, locally, a counter of its round trips). Nothing is sent
 * to the database until the first query.
 */
export function openSession(c: Context<AppEnv>): { d1: D1DatabaseSession; counter: RoundTripCounter | null } {
  const write = !SAFE.has(c.req.method);
  const constraint = write ? 'first-primary' : (requestBookmark(c) ?? 'first-unconstrained');
  const session = c.env.DB.withSession(constraint);
  if (!isLocal(c.env)) return { d1: session, counter: null };
  const counter = new RoundTripCounter();
  return { d1: counter.wrap(session), counter };
}

/** After the request: hand the session's bookmark back to the caller (see the top of this file). */
export function returnBookmark(c: Context<AppEnv>, res: Response, d1: D1DatabaseSession): void {
  const bookmark = d1.getBookmark();
  // A public answer is the same for everyone and may be cached: nothing personal in it.
  if (!bookmark || /\bpublic\b/.test(res.headers.get('Cache-Control') ?? '')) return;
  res.headers.set(BOOKMARK_HEADER, bookmark);
  const browser = !c.get('apiKey') && (c.get('session') !== null || !SAFE.has(c.req.method));
  if (!browser) return;
  const cookie = serialize(BOOKMARK_COOKIE, bookmark, {
    httpOnly: true,
    secure: isProduction(c.env),
    sameSite: 'Lax',
    path: '/',
    maxAge: 86_400,
  });
  res.headers.append('Set-Cookie', cookie);
}
