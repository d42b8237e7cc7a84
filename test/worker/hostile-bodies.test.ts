// Malformed, oversized and hostile bodies on every write route: always a 4xx with the
// error shape, never a 5xx, and nothing in the database changes.
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, call, expectError, makeOrg, ORIGIN, rawJson, type Session, setRole, signIn, snapshot } from './helpers.ts';

const ORG = '00000000-0000-4000-8000-0000000000c1';
let admin: Session;
let ids: { user: string; key: string; inv: string };

type Route = { method: string; path: () => string; valid?: Record<string, unknown> };
const routes: Route[] = [
  { method: 'POST', path: () => '/api/auth/request', valid: { email: 'ok@example.cymru', lang: 'cy' } },
  { method: 'POST', path: () => '/api/auth/verify', valid: { token: 'A'.repeat(43) } },
  { method: 'POST', path: () => '/api/auth/sign-out' },
  { method: 'POST', path: () => '/api/auth/sign-out-everywhere' },
  { method: 'PATCH', path: () => '/api/account', valid: { name: 'Enw', lang: 'en' } },
  {
    method: 'POST',
    path: () => '/api/admin/organisations',
    valid: { nameCy: 'Enw', nameEn: 'Name', type: 'third-sector', healthBoard: 'pthb' },
  },
  { method: 'PATCH', path: () => `/api/admin/organisations/${ORG}`, valid: { nameEn: 'New name' } },
  { method: 'DELETE', path: () => `/api/admin/organisations/${ORG}` },
  { method: 'DELETE', path: () => `/api/admin/organisations/${ORG}/members/${ids.user}` },
  { method: 'PUT', path: () => `/api/admin/users/${ids.user}/role`, valid: { nationalRole: 'analyst' } },
  { method: 'POST', path: () => '/api/admin/invitations', valid: { email: 'inv@example.cymru', role: 'analyst' } },
  { method: 'DELETE', path: () => `/api/admin/invitations/${ids.inv}` },
  { method: 'POST', path: () => `/api/admin/organisations/${ORG}/api-keys`, valid: { name: 'CRM' } },
  { method: 'DELETE', path: () => `/api/admin/organisations/${ORG}/api-keys/${ids.key}` },
];

const big = 'x'.repeat(20_000);
/** [label, content type, raw body] — every one must be refused. */
function hostile(r: Route): [string, string, BodyInit][] {
  const v = r.valid ?? {};
  const first = Object.keys(v)[0] ?? 'x';
  const cases: [string, string, BodyInit][] = [
    ['truncated JSON', 'application/json', '{"a":'],
    ['not JSON at all', 'application/json', "'; DROP TABLE users; --"],
    ['oversized (20 kB)', 'application/json', JSON.stringify({ ...v, pad: big })],
    ['oversized (1 MB)', 'application/json', JSON.stringify({ pad: 'y'.repeat(1_000_000) })],
    ['wrong content type', 'text/plain', JSON.stringify(v)],
    ['form encoded', 'application/x-www-form-urlencoded', 'email=a%40b.cymru'],
    ['invalid UTF-8', 'application/json', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
    ['JSON null', 'application/json', 'null'],
    ['JSON array', 'application/json', JSON.stringify([v])],
    ['JSON number', 'application/json', '1e999'],
    ['prototype pollution', 'application/json', `{"__proto__":{"nationalRole":"admin"},"constructor":{"prototype":{"x":1}}}`],
    ['deep nesting', 'application/json', '['.repeat(3000) + ']'.repeat(3000)],
    ['unknown extra key', 'application/json', JSON.stringify({ ...v, nationalRole: 'admin', isAdmin: true })],
    ['wrong type in a field', 'application/json', JSON.stringify({ ...v, [first]: { $gt: '' } })],
    ['SQL in a field', 'application/json', JSON.stringify({ ...v, [first]: "x' OR 1=1; DELETE FROM audit_log; --" + '\u0000' })],
    ['over-long field', 'application/json', JSON.stringify({ ...v, [first]: 'z'.repeat(15_000) })],
  ];
  return cases;
}

beforeAll(async () => {
  admin = await signIn('gweinyddwr-prawf@example.cymru');
  await setRole(admin.userId, 'admin');
  await makeOrg(ORG, 'Hostile Org');
  const user = crypto.randomUUID();
  await env.DB.prepare("INSERT INTO users (id, email, lang, created_at) VALUES (?1, 'm@example.cymru', 'cy', 1)").bind(user).run();
  await addMember(user, ORG);
  const key = crypto.randomUUID();
  await env.DB.prepare(
    "INSERT INTO api_keys (id, org_id, name, prefix, key_hash, created_by, created_at) VALUES (?1, ?2, 'k', 'sph_abc', 'h', 's', 1)",
  )
    .bind(key, ORG)
    .run();
  const inv = crypto.randomUUID();
  await env.DB.prepare(
    "INSERT INTO invitations (id, email, org_id, role, invited_by, created_at, expires_at) VALUES (?1, 'i@example.cymru', ?2, 'submitter', 's', 1, 99999999999999)",
  )
    .bind(inv, ORG)
    .run();
  ids = { user, key, inv };
});

describe('hostile bodies on every write route', () => {
  for (const r of routes) {
    it(`${r.method} ${r.path
      .toString()
      .replace(/^\(\) => /, '')
      .replace(/[`']/g, '')}`, async () => {
      for (const [label, type, body] of hostile(r)) {
        const before = await snapshot();
        const res = await exports.default.fetch(
          new Request(ORIGIN + r.path(), {
            method: r.method,
            headers: { 'Content-Type': type, Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf, Origin: ORIGIN, 'Accept-Language': 'en' },
            body,
          }),
        );
        expect(res.status, `${label}: ${res.status}`).toBeGreaterThanOrEqual(400);
        expect(res.status, label).toBeLessThan(500);
        await expectError(res, res.status);
        expect(await snapshot(), label).toEqual(before);
      }
    });
  }

  it('gives precise, bilingual field messages', async () => {
    const e = await expectError(
      await call('POST', '/api/admin/organisations', {
        caller: { session: admin },
        headers: { 'Accept-Language': 'cy' },
        body: { nameCy: '', nameEn: 'x'.repeat(201), type: 'shop', healthBoard: 'hduhb', localAuthority: 'cardiff' },
      }),
      400,
      'validation',
    );
    expect(e.fields).toEqual(
      expect.arrayContaining([
        { field: 'nameCy', message: "Mae angen llenwi'r maes hwn." },
        { field: 'nameEn', message: 'Ni chaiff fod yn hwy na 200 nod.' },
        { field: 'type', message: "Dewiswch un o'r opsiynau sydd ar gael." },
      ]),
    );
    const geo = await expectError(
      await call('POST', '/api/admin/organisations', {
        caller: { session: admin },
        headers: { 'Accept-Language': 'en' },
        body: { nameCy: 'a', nameEn: 'b', type: 'other', healthBoard: 'hduhb', localAuthority: 'cardiff', clusters: ['rhondda'] },
      }),
      400,
    );
    expect(geo.fields).toEqual([
      // the signed-in admin's own language (Welsh) wins over Accept-Language
      { field: 'localAuthority', message: 'Dewiswch awdurdod lleol yn ardal y bwrdd iechyd a ddewiswyd.' },
      { field: 'clusters.0', message: 'Dewiswch glystyrau yn ardal y bwrdd iechyd a ddewiswyd.' },
    ]);
    const email = await expectError(
      await call('POST', '/api/auth/request', { body: { email: 'not-an-email' }, headers: { 'Accept-Language': 'en' } }),
      400,
    );
    expect(email.fields).toEqual([{ field: 'email', message: 'Enter an email address in the correct format, like name@example.com.' }]);
  });

  it('accepts the valid bodies (so the refusals above are about the bodies)', async () => {
    const res = await call('POST', '/api/admin/organisations', { caller: { session: admin }, body: routes[5]!.valid });
    expect(res.status).toBe(201);
    expect((await rawJson<{ organisation: { region: string } }>(res)).organisation.region).toBe('powys');
  });
});
