// Benchmark baseline: a constant JSON answer with no middleware, no database and no
// principal, so `npm run bench` can compare every API scenario with the cost of the
// Worker runtime and HTTP alone. Mounted in index.ts BEFORE any middleware; in
// production it falls through to the normal chain and answers the API's usual 404.
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { isLocal } from '../lib/environment.ts';

const BARE = JSON.stringify({ ok: true, bench: 'bare' });

const bench = new Hono<AppEnv>();
bench.get('/bare', (c, next) => {
  // In production, fall through to the normal chain, which answers the usual 404.
  if (!isLocal(c.env)) return next();
  return new Response(BARE, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
});
export default bench;
