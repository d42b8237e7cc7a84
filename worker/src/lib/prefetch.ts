// Reads a route is known to need, sent in the same batch as the caller's session or API-key
// lookup (lib/auth.ts), so the route's first read costs no round trip of its own. They depend
// only on the address (for the machine API, whose addresses are relative to an API key, on the
// key too), never on who asks: a prefetch runs before authorisation, and what it read is used
// only by the route, after the route's own checks have passed.
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

export interface Prefetch {
  statements: D1PreparedStatement[];
  /** Receives the statements' results, in order. */
  take(results: D1Result[]): void;
}
/** The caller's credentials as the lookup has them: the API key's hash, when a key is sent. */
export interface Credentials {
  keyHash?: string;
}
/** The reads for this request, or null when it is not one of the prefetcher's routes. */
export type Prefetcher = (c: Context<AppEnv>, caller: Credentials) => Prefetch | null;

export function prefetchFor(c: Context<AppEnv>, prefetchers: readonly Prefetcher[], caller: Credentials): Prefetch | null {
  for (const p of prefetchers) {
    const found = p(c, caller);
    if (found) return found;
  }
  return null;
}
