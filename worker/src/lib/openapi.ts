// OpenAPI 3.1 documents generated from the routes the app registered (each from its contract
// definition in content/api/routes), so the documents cannot drift from what the Worker does.
import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';

type Registry = OpenAPIHono<AppEnv>['openAPIRegistry'];

export const SECURITY_SCHEMES = {
  apiKey: { type: 'http', scheme: 'bearer', description: 'Organisation API key, issued by the national team.' },
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'sphub_session',
    description: 'Session cookie from signing in (`__Host-sphub_session` in production); writes also send X-CSRF-Token.',
  },
} as const;

const DOCUMENTS = {
  '/api/v1': {
    title: 'Social Prescribing Framework Hub: core dataset returns API / API ffurflenni’r set ddata graidd',
    description:
      'Quarterly core dataset returns for one organisation, authenticated by the organisation’s API key. Save a draft (optimistic concurrency with `rev`), then submit it with a declaration and an `Idempotency-Key`. Messages come in Welsh or English (`Accept-Language` or `?lang=cy|en`). / Ffurflenni chwarterol y set ddata graidd ar gyfer un sefydliad, gydag allwedd API y sefydliad.',
  },
  '/api': {
    title: 'Social Prescribing Framework Hub: the API of its pages / API tudalennau’r Hwb',
    description:
      'Every route the hub’s pages call: sign-in, account, self-assessments, returns, the national team and open data. Cookie sessions send X-CSRF-Token (from GET /api/auth/me) with every write. Errors have one shape, with messages in Welsh or English.',
  },
} as const;

/** The document of every route under `prefix` (paths relative to the server `origin + prefix`), but not the documents themselves. */
export function openApiDocument(registry: Registry, prefix: keyof typeof DOCUMENTS, origin: string) {
  const definitions: Registry['definitions'] = [];
  for (const d of registry.definitions) {
    if (d.type !== 'route') definitions.push(d);
    else if (d.route.path.startsWith(`${prefix}/`) && !d.route.path.endsWith('/openapi.json'))
      definitions.push({ ...d, route: { ...d.route, path: d.route.path.slice(prefix.length) } });
  }
  const doc = new OpenApiGeneratorV31(definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: DOCUMENTS[prefix].title, version: '1', description: DOCUMENTS[prefix].description },
    servers: [{ url: `${origin}${prefix}` }],
    ...(prefix === '/api/v1' ? { security: [{ apiKey: [] }] } : {}),
  });
  return { ...doc, components: { ...doc.components, securitySchemes: SECURITY_SCHEMES } };
}
