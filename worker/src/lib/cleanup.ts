// Daily cron: forget expired sign-in tokens, sessions and rate-limit windows.
// The audit log is never touched.
import type { Bindings } from '../env.ts';
import { SESSION_IDLE_MS } from './auth.ts';

export async function cleanup(env: Bindings, now = Date.now()): Promise<void> {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM login_tokens WHERE expires_at < ?1').bind(now - 24 * 60 * 60_000),
    env.DB.prepare('DELETE FROM sessions WHERE expires_at < ?1 OR last_seen_at < ?2').bind(now, now - SESSION_IDLE_MS),
    env.DB.prepare('DELETE FROM rate_limits WHERE reset_at < ?1').bind(now),
  ]);
}
