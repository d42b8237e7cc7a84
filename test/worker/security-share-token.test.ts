// Issue 13.8: a supervisor's share token never travels in the request path (so it is in no
// access log): the page keeps it in the URL fragment and sends it in the X-Share-Token header.
// An old path-style link is redirected to the page with the token moved into the fragment.
import { exports } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { draft } from './assessments-fixtures.ts';
import { call, client, expectError, json, ORIGIN, type Session, signIn } from './helpers.ts';

let me: Session;
let token: string;
beforeAll(async () => {
  me = await signIn(`share-token-${crypto.randomUUID()}@example.cymru`);
  const a = await json(await client({ session: me }).assessments.$post({ json: { assessment: draft() } }));
  token = (await json(await client({ session: me }).assessments[':id'].shares.$post({ param: { id: a.id }, json: { expiresInDays: 7 } })))
    .token;
});
afterEach(() => vi.restoreAllMocks());

describe('supervisor share tokens', () => {
  it('are read from the X-Share-Token header, for reading and for the supervisor’s view', async () => {
    const seen = await client().share.$get({ header: { 'x-share-token': token } });
    expect(seen.status, await seen.clone().text()).toBe(200);
    expect((await json(seen)).assessment.answers).toBeTruthy();
    const put = await call('PUT', '/api/share/view', { headers: { 'X-Share-Token': token }, body: { ratings: {} } });
    expect(put.status, await put.clone().text()).toBe(200);
    await expectError(await call('GET', '/api/share'), 404, 'not-found');
    await expectError(await call('GET', '/api/share', { headers: { 'X-Share-Token': 'A'.repeat(43) } }), 404, 'not-found');
  });

  it('never appear in a path that is logged', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.map(String).join(' ')));
    await call('GET', '/api/share', { headers: { 'X-Share-Token': token } });
    await call('PUT', '/api/share/view', { headers: { 'X-Share-Token': token }, body: { ratings: {} } });
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.join('\n')).not.toContain(token);
  });

  it('old path-style links: GET redirects to the page with the token in the fragment; the old write path is gone', async () => {
    // (fetch would follow the redirect to the built page; look at the redirect itself)
    const get = (path: string, headers: Record<string, string> = {}) =>
      exports.default.fetch(new Request(`${ORIGIN}${path}`, { headers, redirect: 'manual' }));
    const res = await get(`/api/share/${token}?lang=en`);
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe(`/en/self-assessment/supervisor/#token=${token}`);
    const cy = await get(`/api/share/${token}`, { 'Accept-Language': 'cy' });
    expect(cy.headers.get('Location')).toBe(`/cy/hunanasesiad/goruchwyliwr/#token=${token}`);
    await expectError(await call('PUT', `/api/share/${token}/view`, { body: { ratings: {} } }), 404, 'not-found');
  });
});
