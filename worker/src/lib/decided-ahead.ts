// Writes decided ahead of the caller's lookup, on what this isolate already holds of the
// caller (lib/auth.ts `principalFromSnapshot`): each proves in its own batch that what it held
// still holds (lib/held-checks.ts), so it is one round trip.
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { csrfAndWriteLimit, principalFromSnapshot } from './auth.ts';
import type { HeldCaller } from './held-checks.ts';
import { ApiError, parseWith } from './http.ts';

type C = Context<AppEnv>;

/**
 * A write decided on what this isolate already holds (the caller's session, the return), in one
 * round trip: through the same middleware, schemas and command logic as its route, with a batch
 * that proves what it decided on (returns/commands.ts `saveDraftFromSnapshot`,
 * `submitFromSnapshot`; assessments/save.ts). Mounted before the caller's lookup (index.ts). Anything else, every
 * refusal included, goes on to the route, which answers it from fresh reads exactly as it would have.
 */
export function decidedAhead(
  method: string,
  decide: (c: C, verify: HeldCaller) => Promise<object | null>,
  status: 200 | 201,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== method) return next();
    const lang = c.get('lang');
    const verify = await principalFromSnapshot(c);
    const answer = verify
      ? await decide(c, verify).catch((err) => {
          if (err instanceof ApiError) return null;
          throw err;
        })
      : null;
    if (answer) return c.json(answer, status);
    c.set('lang', lang);
    return next();
  };
}

/** The route's own middleware in turn, after CSRF and the write limit as the app runs them; each refusal throws. */
export async function passes(c: C, middleware: readonly MiddlewareHandler<AppEnv>[]) {
  for (const mw of [csrfAndWriteLimit, ...middleware]) await mw(c, async () => {});
}

type JsonRoute = { request: { params: z.ZodType; body: { content: { 'application/json': { schema: z.ZodType } } } } };
/** The request as its route's own validators read it (each refusal throws as theirs does): for a write decided before the route. */
export async function readAsRoute<R extends JsonRoute>(c: C, route: R) {
  return {
    param: parseWith(route.request.params, c.req.param()) as z.output<R['request']['params']>,
    json: parseWith(route.request.body.content['application/json'].schema, await c.req.json()) as z.output<
      R['request']['body']['content']['application/json']['schema']
    >,
  };
}
