// The OpenAPI documents are generated from the contract's route definitions as the app
// registered them: every route in the app's own route table has a documented operation with
// its success and error responses, and the app implements exactly the contract's routes.
// (That they validate as OpenAPI 3.1 is checked in Node, test/unit/openapi-documents.test.ts:
// the validator reads its schemas from disk and compiles them, which workerd does not allow.)
import { describe, expect, it } from 'vitest';
import { routes } from '../../content/api/routes/index.ts';
import { app } from '../../worker/src/index.ts';
import { call, rawJson } from './helpers.ts';

type Operation = { responses: Record<string, { content?: Record<string, unknown> }>; parameters?: unknown[] };
type Document = { openapi: string; servers: { url: string }[]; paths: Record<string, Record<string, Operation>> };

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Handlers in the app's route table (not middleware), in the contract's path form. */
function appRoutes(): { method: string; path: string }[] {
  const seen = new Set<string>();
  return app.routes
    .filter((r) => METHODS.has(r.method) && r.path.startsWith('/api/') && !r.path.includes('*'))
    .map((r) => ({ method: r.method.toLowerCase(), path: r.path.replace(/:([^/]+)/g, '{$1}') }))
    .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
}

async function document(path: string): Promise<Document> {
  const res = await call('GET', path);
  expect(res.status).toBe(200);
  return rawJson<Document>(res);
}

/**
 * Each route under `prefix` (the documents themselves aside) has an operation with a success
 * response and error responses with the error body (at least one where `refusals`: every
 * machine route can refuse; a few public reads, like /api/health, cannot).
 */
function expectEveryRoute(doc: Document, prefix: string, refusals: boolean) {
  const listed = appRoutes().filter((r) => r.path.startsWith(`${prefix}/`) && !r.path.endsWith('/openapi.json'));
  expect(listed.length).toBeGreaterThan(0);
  for (const r of listed) {
    const op = doc.paths[r.path.slice(prefix.length)]?.[r.method];
    expect(op, `${r.method} ${r.path}`).toBeDefined();
    const statuses = Object.keys(op!.responses);
    expect(
      statuses.some((s) => s.startsWith('2') || s.startsWith('3')),
      `${r.method} ${r.path} success`,
    ).toBe(true);
    const errors = statuses.filter((s) => s.startsWith('4'));
    if (refusals) expect(errors.length, `${r.method} ${r.path} errors`).toBeGreaterThan(0);
    for (const s of errors) expect(op!.responses[s]!.content?.['application/json'], `${r.method} ${r.path} ${s}`).toBeDefined();
  }
  return listed;
}

describe('OpenAPI documents', () => {
  it('/api/v1/openapi.json documents every /api/v1 route', async () => {
    const doc = await document('/api/v1/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0]!.url).toBe('http://127.0.0.1:8787/api/v1');
    const listed = expectEveryRoute(doc, '/api/v1', true);
    expect(listed.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'get /api/v1/returns/{periodId}',
      'post /api/v1/returns/{periodId}/submit',
      'put /api/v1/returns/{periodId}/draft',
    ]);
    expect(doc.paths['/returns/{periodId}/submit']!.post!.responses['422']).toBeDefined();
  });

  it('/api/openapi.json documents every /api route', async () => {
    const doc = await document('/api/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    expect(expectEveryRoute(doc, '/api', false).length).toBeGreaterThanOrEqual(65);
  });
});

describe('the app implements the contract', () => {
  it('registers every contract route, and no /api route outside it', () => {
    const contract = Object.values(routes)
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    const implemented = appRoutes()
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(implemented).toEqual(contract);
  });
});
