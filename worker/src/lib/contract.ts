// How the Worker implements the HTTP contract (content/api/routes): each route module is an
// OpenAPIHono whose routes come from the contract, so Hono's validator checks every request
// against the route's schemas and the compiler checks every answer against its responses.
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { DEFAULT_MAX_BODY, jsonTransport, noBody, validationHook } from './http.ts';

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/** A route module: validation failures become the bilingual 400 'validation' error. */
export const routeModule = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

/** The body checks a route needs before its validator: JSON transport (with its size limit), or no body at all on a write. */
function bodyChecks(route: RouteConfig): MiddlewareHandler<AppEnv>[] {
  const content = route.request?.body?.content;
  if (content && 'application/json' in content) {
    const max = route['x-max-body-bytes'];
    return [jsonTransport(typeof max === 'number' ? max : DEFAULT_MAX_BODY)];
  }
  if (!content && WRITES.has(route.method)) return [noBody];
  return [];
}

/**
 * A contract route with the Worker's middleware: authorisation first (so nobody learns
 * anything from a refused body), then the body checks. Use for every route:
 *   app.openapi(guard(routes.draftSave, requireOrgAccess('orgId', 'write')), async (c) => …)
 */
export function guard<R extends RouteConfig>(
  route: R,
  ...auth: MiddlewareHandler<AppEnv>[]
): R & { middleware: MiddlewareHandler<AppEnv>[] } {
  return { ...route, middleware: [...auth, ...bodyChecks(route)] };
}
