// Fixed-window rate limits kept in D1. A limit is one statement that counts the request and
// returns the window's count (`countStatement`), so it can share a batch (one round trip) with
// the reads of the same request; `assertWithin` then throws a 429 ApiError (with Retry-After)
// once the window's limit is passed. `rateLimit(c, bucket, subject)` does both in one call.
import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { rateLimits } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import type { HeldCheck } from './held-checks.ts';
import { ApiError } from './http.ts';

export const LIMITS = {
  /** Sign-in link requests per email address. */
  signInEmail: { max: 5, windowMs: 15 * 60_000 },
  /** Sign-in link requests per IP address. */
  signInIp: { max: 30, windowMs: 15 * 60_000 },
  /** Token confirmations (right or wrong) per IP address. */
  verifyIp: { max: 30, windowMs: 15 * 60_000 },
  /** Authenticated writes per user or API key. */
  write: { max: 300, windowMs: 60_000 },
  /** A supervisor's writes through one read-only link. */
  shareWrite: { max: 30, windowMs: 60_000 },
} as const;
export type Bucket = keyof typeof LIMITS;

export function clientIp(c: Context<AppEnv>): string {
  return c.req.header('CF-Connecting-IP') ?? 'unknown';
}

const windowOf = (bucket: Bucket, now: number) => {
  const { windowMs } = LIMITS[bucket];
  const start = now - (now % windowMs);
  return { start, resetAt: start + windowMs };
};

const UPSERT = 'ON CONFLICT(key) DO UPDATE SET count = count + 1 RETURNING count';

/** Counts one request of `subject` (keys look like `write:<subject>:<window start>`); the row it returns holds the count. */
export function countStatement(d1: D1DatabaseSession, bucket: Bucket, subject: string, now: number): D1PreparedStatement {
  const w = windowOf(bucket, now);
  return d1
    .prepare(`INSERT INTO rate_limits (key, count, reset_at) VALUES (?1, 1, ?2) ${UPSERT}`)
    .bind(`${bucket}:${subject}:${w.start}`, w.resetAt);
}

/**
 * The same, where the subject is found by SQL in the same statement: `subjectSql` selects one
 * column `subject`, its parameters ?1, ?2… bound to `binds` (e.g. the user of a session token),
 * so the count can share a batch with the lookup that finds the subject. No row counts nothing.
 */
export function countStatementWhere(
  d1: D1DatabaseSession,
  bucket: Bucket,
  subjectSql: string,
  binds: unknown[],
  now: number,
): D1PreparedStatement {
  const w = windowOf(bucket, now);
  const [b, start, reset] = [binds.length + 1, binds.length + 2, binds.length + 3];
  return d1
    .prepare(
      `INSERT INTO rate_limits (key, count, reset_at) SELECT ?${b} || ':' || subject || ':' || ?${start}, 1, ?${reset} FROM (${subjectSql}) WHERE true ${UPSERT}`,
    )
    .bind(...binds, bucket, String(w.start), w.resetAt);
}

/**
 * For a write decided before its count is known (lib/auth.ts `principalFromSnapshot`): a check,
 * after the count in the same batch, that refuses the batch (lib/held-checks.ts) once `subject`'s
 * count is past the bucket's limit, as `assertWithin` would.
 */
export function overLimit(bucket: Bucket, subject: string, now: number): HeldCheck {
  return {
    failsWhen: 'EXISTS (SELECT 1 FROM rate_limits WHERE key = ?1 AND count > ?2)',
    binds: [`${bucket}:${subject}:${windowOf(bucket, now).start}`, LIMITS[bucket].max],
  };
}

/** 429 with Retry-After once `count` is past the bucket's limit. */
export function assertWithin(bucket: Bucket, count: number | null | undefined, now: number, max: number = LIMITS[bucket].max): void {
  if ((count ?? 0) <= max) return;
  const seconds = Math.max(1, Math.ceil((windowOf(bucket, now).resetAt - now) / 1000));
  throw new ApiError(429, 'rate-limited', { seconds }, undefined, { 'Retry-After': String(seconds) });
}

/**
 * Local development (`npm start`, the browser tests) signs the same few demo people in from
 * one address all day, so its sign-in limits are 20 times wider. Only exactly 'development'
 * does this (anything else is production), and that setting already serves the outbox.
 */
const DEVELOPMENT_SIGN_IN_FACTOR = 20;
const widened = (c: Context<AppEnv>, bucket: Bucket) =>
  c.env.ENVIRONMENT === 'development' && bucket !== 'write' && bucket !== 'shareWrite'
    ? LIMITS[bucket].max * DEVELOPMENT_SIGN_IN_FACTOR
    : LIMITS[bucket].max;

/** The limit that applies to `bucket` here (wider in local development, see above). */
export const limitOf = widened;

/** `countStatement` as a drizzle query, for a drizzle batch: returns `[{ count }]`. */
export function countQuery(c: Context<AppEnv>, bucket: Bucket, subject: string, now: number) {
  const w = windowOf(bucket, now);
  return c
    .get('db')
    .insert(rateLimits)
    .values({ key: `${bucket}:${subject}:${w.start}`, count: 1, resetAt: w.resetAt })
    .onConflictDoUpdate({ target: rateLimits.key, set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
}

/** True in SQL while the window `countQuery` counted in is within its limit (for a write guarded in the same batch). */
export function withinSql(c: Context<AppEnv>, bucket: Bucket, subject: string, now: number) {
  const key = `${bucket}:${subject}:${windowOf(bucket, now).start}`;
  return sql`COALESCE((SELECT ${rateLimits.count} FROM ${rateLimits} WHERE ${rateLimits.key} = ${key}), 0) <= ${widened(c, bucket)}`;
}

export async function rateLimit(c: Context<AppEnv>, bucket: Bucket, subject: string): Promise<void> {
  const now = Date.now();
  const row = await countStatement(c.get('d1'), bucket, subject, now).first<{ count: number }>();
  assertWithin(bucket, row?.count, now, widened(c, bucket));
}
