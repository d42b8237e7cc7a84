// Benchmark baseline: a constant JSON answer with no middleware, no database and no
// principal, so `npm run bench` can compare every API scenario with the cost of the
// Worker runtime and HTTP alone; and the floor of a write, the same answer after two
// trivial D1 calls one after the other (a save reads, then writes), so the bench shows
// what the calls alone cost on the machine. Mounted in index.ts BEFORE any middleware; in
// production both fall through to the normal chain and answer the API's usual 404.
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { isLocal } from '../lib/environment.ts';
import { RoundTripCounter } from '../lib/round-trips.ts';

const BARE = JSON.stringify({ ok: true, bench: 'bare' });
const D1_FLOOR = JSON.stringify({ ok: true, bench: 'd1' });
const constant = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });

const bench = new Hono<AppEnv>();
bench.get('/bare', (c, next) => {
  // In production, fall through to the normal chain, which answers the usual 404.
  if (!isLocal(c.env)) return next();
  return constant(BARE);
});
bench.get('/d1', async (c, next) => {
  if (!isLocal(c.env)) return next();
  // Counted as every local request's calls are, so the bench reads the same header.
  const counter = new RoundTripCounter();
  const db = counter.wrap(c.env.DB);
  for (let call = 0; call < 2; call++) await db.batch([db.prepare('SELECT 1')]);
  const res = constant(D1_FLOOR);
  res.headers.set('X-D1-Round-Trips', String(counter.log.rounds));
  return res;
});
export default bench;
