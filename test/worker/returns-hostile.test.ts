// Malformed, oversized and hostile bodies on every write route of the returns API (web, CSV,
// machine, national, periods): always a 4xx in the error shape, never a 5xx, database unchanged.
// And no organisation reads or writes another's returns by any route, API-key routes included.

import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Caller } from './helpers.ts';
import { call, client, expectError, json, ORIGIN } from './helpers.ts';
import {
  admin,
  analyst,
  base,
  detail,
  fullSnapshot,
  insertKey,
  openPeriod,
  orgWithSubmitter,
  putDraft,
  submit,
  validValues,
} from './returns-helpers.ts';

// Long scenarios (many requests each): generous limits for a loaded machine running every project.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const P = '2025-26-q1';
let adm: Caller;
let ana: Caller;
let A: Awaited<ReturnType<typeof orgWithSubmitter>>;
let B: Awaited<ReturnType<typeof orgWithSubmitter>>;
let keyA: string;

beforeAll(async () => {
  adm = await admin();
  ana = await analyst();
  await openPeriod(adm, P);
  A = await orgWithSubmitter();
  B = await orgWithSubmitter();
  keyA = (await insertKey(A.orgId)).key;
  expect((await putDraft(A.caller, A.orgId, P, 0, validValues(15))).status).toBe(200);
  expect((await putDraft(B.caller, B.orgId, P, 0, validValues(99))).status).toBe(200);
  expect((await submit(B.caller, B.orgId, P, 1, 'b-submission-1')).status).toBe(201);
});

type Route = {
  name: string;
  method: string;
  path: () => string;
  who: () => Caller;
  valid: Record<string, unknown>;
  headers?: Record<string, string>;
  max: number;
};
const routes: Route[] = [
  {
    name: 'draft',
    method: 'PUT',
    path: () => `${base(A.orgId, P)}/draft`,
    who: () => A.caller,
    valid: { rev: 1, values: { 'referrals-received': 3 } },
    max: 256 * 1024,
  },
  {
    name: 'validate',
    method: 'POST',
    path: () => `${base(A.orgId, P)}/validate`,
    who: () => A.caller,
    valid: { values: {} },
    max: 256 * 1024,
  },
  {
    name: 'submit',
    method: 'POST',
    path: () => `${base(A.orgId, P)}/submit`,
    who: () => A.caller,
    valid: { rev: 1, declaration: { name: 'Enw', confirmed: true } },
    headers: { 'Idempotency-Key': 'hostile-key-1' },
    max: 16 * 1024,
  },
  {
    name: 'v1 draft',
    method: 'PUT',
    path: () => `/api/v1/returns/${P}/draft`,
    who: () => ({ apiKey: keyA }),
    valid: { rev: 1, values: {} },
    max: 256 * 1024,
  },
  {
    name: 'v1 submit',
    method: 'POST',
    path: () => `/api/v1/returns/${P}/submit`,
    who: () => ({ apiKey: keyA }),
    valid: { rev: 1, declaration: { name: 'CRM', confirmed: true } },
    headers: { 'Idempotency-Key': 'hostile-key-2' },
    max: 16 * 1024,
  },
  {
    name: 'review',
    method: 'POST',
    path: () => `/api/national/returns/${B.orgId}/${P}/review`,
    who: () => ana,
    valid: { version: 1, decision: 'return', comment: 'x' },
    max: 16 * 1024,
  },
  { name: 'period create', method: 'POST', path: () => '/api/periods', who: () => adm, valid: { id: '2026-27-q1' }, max: 16 * 1024 },
];

function hostile(r: Route): [string, string, BodyInit][] {
  const v = r.valid;
  const first = Object.keys(v)[0]!;
  return [
    ['truncated JSON', 'application/json', '{"rev":'],
    ['not JSON', 'application/json', "'; DROP TABLE returns; --"],
    ['oversized', 'application/json', JSON.stringify({ ...v, pad: 'x'.repeat(r.max + 10) })],
    ['wrong content type', 'text/plain', JSON.stringify(v)],
    ['invalid UTF-8', 'application/json', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
    ['JSON null', 'application/json', 'null'],
    ['JSON array', 'application/json', JSON.stringify([v])],
    ['prototype pollution', 'application/json', JSON.stringify({ ...v, __proto__: { admin: true } }).replace('}', ',"__proto__":{"x":1}}')],
    ['deep nesting', 'application/json', '['.repeat(3000) + ']'.repeat(3000)],
    ['unknown key', 'application/json', JSON.stringify({ ...v, status: 'accepted' })],
    ['wrong type', 'application/json', JSON.stringify({ ...v, [first]: { $gt: '' } })],
    ['unknown field in values', 'application/json', JSON.stringify({ ...v, values: { 'no-such-field': 1 } })],
    ['junk value', 'application/json', JSON.stringify({ ...v, values: { 'referrals-received': '12abc' } })],
    ['exponent value', 'application/json', JSON.stringify({ ...v, values: { 'referrals-received': '1e3' } })],
    ['infinite number', 'application/json', JSON.stringify({ ...v, [first]: 0 }).replace(`"${first}":0`, `"${first}":1e400`)],
    ['object value', 'application/json', JSON.stringify({ ...v, values: { 'referrals-received': { valueOf: 1 } } })],
    ['long string value', 'application/json', JSON.stringify({ ...v, values: { 'referrals-received': '1'.repeat(65) } })],
    [
      'control characters',
      'application/json',
      JSON.stringify({
        ...v,
        explanations: { 'referrals-received': 'a\u0000b' },
        declaration: { name: 'a\u0007', confirmed: true },
        comment: 'a\u0000',
      }),
    ],
    ['declaration not confirmed', 'application/json', JSON.stringify({ ...v, declaration: { name: 'Enw', confirmed: false } })],
  ];
}

describe('hostile bodies on returns write routes', () => {
  for (const r of routes) {
    it(`${r.method} ${r.name}: every hostile body → 4xx, nothing changes`, async () => {
      const before = await fullSnapshot();
      for (const [label, type, body] of hostile(r)) {
        const headers: Record<string, string> = { 'Content-Type': type, Origin: ORIGIN, ...r.headers };
        const who = r.who();
        if (who.session) {
          headers.Cookie = who.session.cookie;
          headers['X-CSRF-Token'] = who.session.csrf;
        }
        if (who.apiKey) headers.Authorization = `Bearer ${who.apiKey}`;
        const res = await exports.default.fetch(new Request(ORIGIN + r.path(), { method: r.method, headers, body }));
        expect(res.status, `${label}: ${await res.clone().text()}`).toBeGreaterThanOrEqual(400);
        expect(res.status, label).toBeLessThan(500);
        await expectError(res, res.status);
      }
      expect(await fullSnapshot()).toEqual(before);
    });
  }

  it('POST csv: hostile files → 4xx, nothing changes', async () => {
    const before = await fullSnapshot();
    const cases: [string, BodyInit, number][] = [
      ['binary', new Uint8Array([0, 1, 2, 255, 254, 0, 10]), 422],
      ['unclosed quote', 'field,value\r\n"referrals-received,3\r\n', 422],
      ['formula in a value', 'field,value\r\nreferrals-received,=HYPERLINK("http://evil")\r\n', 422],
      ['JSON sent as CSV', JSON.stringify({ values: { 'referrals-received': 3 } }), 422],
      ['NUL bytes', 'field,value\r\nreferrals-received,\u00003\r\n', 422],
      ['oversized', 'field,value\r\n' + 'referrals-received,3\r\n'.repeat(15_000), 413],
    ];
    for (const [label, raw, status] of cases) {
      const res = await call('POST', `${base(A.orgId, P)}/csv`, {
        caller: A.caller,
        raw,
        headers: { 'Content-Type': 'text/csv', 'X-Draft-Rev': '1' },
      });
      expect(res.status, `${label}: ${await res.clone().text()}`).toBe(status);
      await expectError(res, status);
    }
    expect(await fullSnapshot()).toEqual(before);
  });

  it('lock and unlock take no body', async () => {
    const before = await fullSnapshot();
    await expectError(await call('POST', `/api/periods/${P}/lock`, { caller: adm, body: { locked: true } }), 400);
    expect(await fullSnapshot()).toEqual(before);
  });
});

describe('one organisation never reaches another’s returns', () => {
  it('A’s submitter gets 403 on every route of B, and B’s data is unchanged', async () => {
    const before = await fullSnapshot();
    const b = base(B.orgId, P);
    const tries: [string, string, Record<string, unknown>?, BodyInit?][] = [
      ['GET', `/api/orgs/${B.orgId}/returns`],
      ['GET', b],
      ['GET', `${b}/template.csv`],
      ['GET', `${b}/versions/1`],
      ['GET', `${b}/diff?from=1&to=1`],
      ['PUT', `${b}/draft`, { rev: 1, values: {} }],
      ['POST', `${b}/validate`, { values: {} }],
      ['POST', `${b}/submit`, { rev: 1, declaration: { name: 'x', confirmed: true } }],
      ['POST', `${b}/csv`, undefined, 'field,value\r\nreferrals-received,1\r\n'],
      ['POST', `/api/national/returns/${B.orgId}/${P}/review`, { version: 1, decision: 'accept' }],
    ];
    for (const caller of [A.caller, { apiKey: keyA }]) {
      for (const [method, path, body, raw] of tries) {
        const res = await call(method, path, {
          caller,
          ...(body ? { body } : {}),
          ...(raw ? { raw, headers: { 'Content-Type': 'text/csv', 'X-Draft-Rev': '1' } } : {}),
          ...(path.endsWith('/submit') ? { headers: { 'Idempotency-Key': 'cross-org-key' } } : {}),
        });
        expect(res.status, `${method} ${path}`).toBe(403);
      }
    }
    expect(await fullSnapshot()).toEqual(before);
  });

  it('A’s API key reads and writes only A’s return through /api/v1', async () => {
    const res = await client({ apiKey: keyA }).v1.returns[':periodId'].$get({ param: { periodId: P } });
    const body = await json(res);
    expect(body.draft.values['referrals-received']).toBe(15); // A's, not B's 99
    expect(body.versions).toEqual([]);
    const saved = await call('PUT', `/api/v1/returns/${P}/draft`, { caller: { apiKey: keyA }, body: { rev: 1, values: validValues(16) } });
    expect(saved.status).toBe(200);
    expect((await detail(B.caller, B.orgId, P)).draft.values['referrals-received']).toBe(99);
    expect((await detail(A.caller, A.orgId, P)).draft.values['referrals-received']).toBe(16);
  });
});
