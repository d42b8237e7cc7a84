// Fixed-window rate limits kept in D1. `rateLimit(c, bucket, subject)` throws a 429
// ApiError (with Retry-After) once the window's limit is passed.
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
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

export async function rateLimit(c: Context<AppEnv>, bucket: Bucket, subject: string): Promise<void> {
  const { max, windowMs } = LIMITS[bucket];
  const now = Date.now();
  const windowStart = now - (now % windowMs);
  const key = `${bucket}:${subject}:${windowStart}`;
  const resetAt = windowStart + windowMs;
  const row = await c.env.DB.prepare(
    'INSERT INTO rate_limits (key, count, reset_at) VALUES (?1, 1, ?2) ON CONFLICT(key) DO UPDATE SET count = count + 1 RETURNING count',
  )
    .bind(key, resetAt)
    .first<{ count: number }>();
  if ((row?.count ?? 0) > max) {
    const seconds = Math.max(1, Math.ceil((resetAt - now) / 1000));
    throw new ApiError(429, 'rate-limited', { seconds }, undefined, { 'Retry-After': String(seconds) });
  }
}
