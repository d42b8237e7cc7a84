// Which configuration the Worker runs in. Production is the default (issue 13): only an
// ENVIRONMENT of exactly "development" or "test", set explicitly by `npm start`, the test
// runners and the bench, turns on the local outbox, plain (non-Secure) cookies and the bench
// baseline. A missing or misspelt value is production.
import type { Bindings } from '../env.ts';

export const isLocal = (env: Pick<Bindings, 'ENVIRONMENT'>) => env.ENVIRONMENT === 'development' || env.ENVIRONMENT === 'test';
export const isProduction = (env: Pick<Bindings, 'ENVIRONMENT'>) => !isLocal(env);

/**
 * The configured public origin (PUBLIC_ORIGIN), the only base of links in emails; never the
 * request's Host. Null when missing or not a bare origin; production also needs https.
 */
export function configuredOrigin(env: Pick<Bindings, 'ENVIRONMENT' | 'PUBLIC_ORIGIN'>): string | null {
  const value = env.PUBLIC_ORIGIN?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.origin !== value.replace(/\/$/, '')) return null; // a path, query or credentials: not an origin
  if (url.protocol !== 'https:' && !(isLocal(env) && url.protocol === 'http:')) return null;
  return url.origin;
}
