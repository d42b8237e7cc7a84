// Malformed, oversized and hostile bodies on every self-assessment write route: always a 4xx
// with the error shape, never a 5xx, and nothing changes in any table (the platform's
// tables and the self-assessment ones).
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { comps, draft } from './assessments-fixtures.ts';
import { client, expectError, json, ORIGIN, type Session, signIn, snapshot } from './helpers.ts';

let me: Session;
let ids: { a: string; token: string };
type Route = {
  method: string;
  path: () => string;
  valid: Record<string, unknown>;
  session: boolean;
  headers?: () => Record<string, string>;
};
const routes: Route[] = [
  { method: 'POST', path: () => '/api/assessments', valid: { assessment: draft(2) }, session: true },
  { method: 'PUT', path: () => `/api/assessments/${ids.a}`, valid: { rev: 1, assessment: draft(3) }, session: true },
  { method: 'POST', path: () => `/api/assessments/${ids.a}/complete`, valid: { contribute: true }, session: true },
  { method: 'POST', path: () => `/api/assessments/${ids.a}/shares`, valid: { expiresInDays: 5 }, session: true },
  {
    method: 'PUT',
    path: () => '/api/share/view',
    headers: () => ({ 'X-Share-Token': ids.token }),
    valid: { ratings: { [comps[0]!.id]: { level: 1 } } },
    session: false,
  },
];

function hostile(v: Record<string, unknown>): [string, string, BodyInit][] {
  const first = Object.keys(v)[0]!;
  return [
    ['truncated JSON', 'application/json', '{"a":'],
    ['not JSON at all', 'application/json', "'; DROP TABLE assessments; --"],
    ['oversized (1 MB)', 'application/json', JSON.stringify({ pad: 'y'.repeat(1_000_000) })],
    ['wrong content type', 'text/plain', JSON.stringify(v)],
    ['invalid UTF-8', 'application/json', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
    ['JSON null', 'application/json', 'null'],
    ['JSON array', 'application/json', JSON.stringify([v])],
    ['prototype pollution', 'application/json', `{"__proto__":{"userId":"x"},"constructor":{"prototype":{"x":1}}}`],
    ['deep nesting', 'application/json', '['.repeat(3000) + ']'.repeat(3000)],
    ['unknown extra key', 'application/json', JSON.stringify({ ...v, userId: 'someone-else', rev: 'x' })],
    ['wrong type in a field', 'application/json', JSON.stringify({ ...v, [first]: { $gt: '' } })],
    ['SQL in a field', 'application/json', JSON.stringify({ ...v, [first]: "x' OR 1=1; DELETE FROM assessments; --\u0000" })],
  ];
}

const TABLES = ['assessments', 'assessment_shares', 'supervisor_views', 'skills_contributions'];
async function all() {
  const out: Record<string, unknown> = await snapshot();
  for (const t of TABLES) out[t] = (await env.DB.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()).results;
  return out;
}

beforeAll(async () => {
  me = await signIn('ymarferydd-gelyniaethus@example.cymru');
  const a = await json(await client({ session: me }).assessments.$post({ json: { assessment: draft() } }));
  const s = await json(await client({ session: me }).assessments[':id'].shares.$post({ param: { id: a.id }, json: { expiresInDays: 5 } }));
  ids = { a: a.id, token: s.token };
});

describe('hostile bodies on the self-assessment write routes', () => {
  for (const r of routes) {
    it(`${r.method} ${r.path
      .toString()
      .replace(/^\(\) => /, '')
      .replace(/[`']/g, '')}`, async () => {
      for (const [label, type, body] of hostile(r.valid)) {
        const before = await all();
        const headers: Record<string, string> = { 'Content-Type': type, Origin: ORIGIN, 'Accept-Language': 'en' };
        if (r.session) Object.assign(headers, { Cookie: me.cookie, 'X-CSRF-Token': me.csrf });
        if (r.headers) Object.assign(headers, r.headers());
        const res = await exports.default.fetch(new Request(ORIGIN + r.path(), { method: r.method, headers, body }));
        expect(res.status, `${label}: ${res.status}`).toBeGreaterThanOrEqual(400);
        expect(res.status, label).toBeLessThan(500);
        await expectError(res, res.status);
        expect(await all(), label).toEqual(before);
      }
    }, 60_000);
  }
});
