// Sending mail needs settings that a deploy must give (README, "Deploy"): PUBLIC_ORIGIN for
// links, and in production the `send_email` binding EMAIL and the sender EMAIL_FROM. A
// missing one never makes the Worker guess (a link to the request's Host, a made-up sender):
// the request is refused with 503 email-unavailable and a log line names what is missing.
import type { Context } from 'hono';
import type { AppEnv, Bindings } from '../env.ts';
import { configuredOrigin, isLocal } from './environment.ts';
import { ApiError } from './http.ts';

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Names of the settings that are missing or invalid; empty when mail can be sent. */
export function missingMailSettings(env: Bindings): string[] {
  const missing: string[] = [];
  if (!configuredOrigin(env)) missing.push(isLocal(env) ? 'PUBLIC_ORIGIN' : 'PUBLIC_ORIGIN (an https:// origin)');
  if (!isLocal(env)) {
    if (!env.EMAIL) missing.push('EMAIL (the send_email binding)');
    if (!ADDRESS.test(env.EMAIL_FROM?.trim() ?? '')) missing.push('EMAIL_FROM');
  }
  return missing;
}

export const mailNotConfigured = (missing: string[]) => `email is not configured: missing or invalid ${missing.join(', ')}`;

/**
 * For routes that send a link: the configured origin, or 503 email-unavailable (and a log line
 * naming the missing settings) before anything is written.
 */
export function requireMail(c: Context<AppEnv>): string {
  const missing = missingMailSettings(c.env);
  const origin = configuredOrigin(c.env);
  if (missing.length || !origin) {
    console.error(JSON.stringify({ requestId: c.get('requestId'), error: mailNotConfigured(missing) }));
    throw new ApiError(503, 'email-unavailable');
  }
  return origin;
}
