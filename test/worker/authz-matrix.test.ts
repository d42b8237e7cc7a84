// Authorisation matrix: every route × every kind of caller, each cell checked against an
// explicit expected status. Organisation A's submitter and A's API key also try B's data.
// Each cell gets fresh callers and fresh targets, so destructive cells cannot disturb others;
// a refused cell must also leave the database unchanged.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { draft } from './assessments-fixtures.ts';
import { addMember, type Caller, call, expectError, makeOrg, setRole, signIn, snapshot } from './helpers.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const ROLES = ['none', 'practitioner', 'submitterA', 'analyst', 'admin', 'apiKeyA'] as const;
type Role = (typeof ROLES)[number];

async function sha256(v: string) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(v));
  return [...new Uint8Array(d)].map((x) => x.toString(16).padStart(2, '0')).join('');
}
let n = 0;
async function insertKey(orgId: string) {
  const key = `sph_test_${++n}_${crypto.randomUUID()}`;
  const id = crypto.randomUUID();
  await env.DB.prepare(
    'INSERT INTO api_keys (id, org_id, name, prefix, key_hash, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)',
  )
    .bind(id, orgId, 'test', key.slice(0, 12), await sha256(key), 'seed', Date.now())
    .run();
  return { id, key };
}
async function insertUser(email: string) {
  const id = crypto.randomUUID();
  await env.DB.prepare("INSERT INTO users (id, email, lang, created_at) VALUES (?1, ?2, 'cy', ?3)").bind(id, email, Date.now()).run();
  return id;
}

async function callerFor(role: Role): Promise<Caller> {
  const email = `${role}-${++n}@example.cymru`;
  switch (role) {
    case 'none':
      return {};
    case 'apiKeyA':
      return { apiKey: (await insertKey(A)).key };
    default: {
      const session = await signIn(email);
      if (role === 'submitterA') await addMember(session.userId, A);
      if (role === 'analyst' || role === 'admin') await setRole(session.userId, role);
      return { session };
    }
  }
}

/** Fresh things for destructive routes to act on. */
async function targets() {
  const fresh = crypto.randomUUID();
  await makeOrg(fresh, `Fresh ${++n}`);
  const user = await insertUser(`target-${n}@example.cymru`);
  await addMember(user, fresh);
  const key = await insertKey(fresh);
  const inv = crypto.randomUUID();
  await env.DB.prepare(
    "INSERT INTO invitations (id, email, org_id, role, invited_by, created_at, expires_at) VALUES (?1, ?2, ?3, 'submitter', 'seed', ?4, ?5)",
  )
    .bind(inv, `inv-${n}@example.cymru`, fresh, Date.now(), Date.now() + 86400_000)
    .run();
  // someone else's self-assessment, with a share link to it
  const assessment = crypto.randomUUID();
  const share = crypto.randomUUID();
  const token = `tok${n}_${crypto.randomUUID().replace(/-/g, '')}`;
  await env.DB.prepare(
    "INSERT INTO assessments (id, user_id, framework_version, data, rev, status, answered, total, created_at, updated_at) VALUES (?1, ?2, '1.0', ?3, 1, 'draft', 30, 30, ?4, ?4)",
  )
    .bind(assessment, user, JSON.stringify({ ...draft(), id: assessment }), Date.now())
    .run();
  await env.DB.prepare('INSERT INTO assessment_shares (id, assessment_id, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(share, assessment, await sha256(token), Date.now(), Date.now() + 86400_000)
    .run();
  return { fresh, user, keyId: key.id, inv, assessment, share, token };
}
type T = Awaited<ReturnType<typeof targets>>;

const org = {
  nameCy: 'Sefydliad Prawf',
  nameEn: 'Test Organisation',
  type: 'third-sector',
  healthBoard: 'hduhb',
  localAuthority: 'ceredigion',
};
//                                       none practitioner submitterA analyst admin apiKeyA
const user200 = [401, 200, 200, 200, 200, 403];
const adminRead = [401, 403, 403, 200, 200, 403];
const adminOnlyRead = [401, 403, 403, 403, 200, 403];
const adminWrite = (ok: number) => [401, 403, 403, 403, ok, 403];

// Returns (issue 6): each cell that may write gets its own reporting period from a pool opened in beforeAll.
const RP = '2025-26-q1';
const periodPool = new WeakMap<T, string>();
let poolNext = 0;
const freshPeriod = (t: T) => {
  let p = periodPool.get(t);
  if (!p)
    periodPool.set(
      t,
      (p = `${2040 + Math.floor(poolNext / 4)}-${String((41 + Math.floor(poolNext / 4)) % 100).padStart(2, '0')}-q${(poolNext++ % 4) + 1}`),
    );
  return p;
};
let newPeriodYear = 3000;
const newPeriodId = () => `${++newPeriodYear}-${String((newPeriodYear + 1) % 100).padStart(2, '0')}-q1`;
const memberWrite = (ok: number) => [401, 403, ok, 403, 403, ok];
const memberRead = (ok: number) => [401, 403, ok, ok, ok, ok];
const otherRead = [401, 403, 403, 200, 200, 403];
const noneOfB = [401, 403, 403, 403, 403, 403];
const analystWrite = (ok: number) => [401, 403, 403, ok, ok, 403];
const keyOnly = (ok: number) => [401, 401, 401, 401, 401, ok];
const CSV = { 'Content-Type': 'text/csv', 'X-Draft-Rev': '0' };
const csvBody = 'field,value\r\nreferrals-received,7\r\n';
const submitBody = { rev: 0, declaration: { name: 'Enw', confirmed: true } };

const routes: {
  name: string;
  method: string;
  path: (t: T) => string;
  body?: (t: T) => unknown;
  raw?: string;
  headers?: Record<string, string> | ((t: Awaited<ReturnType<typeof targets>>) => Record<string, string>);
  expect: number[];
}[] = [
  { name: 'auth me', method: 'GET', path: () => '/api/auth/me', expect: [200, 200, 200, 200, 200, 200] },
  {
    name: 'auth request',
    method: 'POST',
    path: () => '/api/auth/request',
    body: () => ({ email: `req-${++n}@example.cymru` }),
    expect: [202, 202, 202, 202, 202, 202],
  },
  {
    name: 'auth verify (bad token)',
    method: 'POST',
    path: () => '/api/auth/verify',
    body: () => ({ token: 'x'.repeat(43) }),
    expect: [400, 400, 400, 400, 400, 400],
  },
  { name: 'sign out', method: 'POST', path: () => '/api/auth/sign-out', expect: user200 },
  { name: 'sign out everywhere', method: 'POST', path: () => '/api/auth/sign-out-everywhere', expect: user200 },
  { name: 'account read', method: 'GET', path: () => '/api/account', expect: user200 },
  { name: 'account update', method: 'PATCH', path: () => '/api/account', body: () => ({ name: 'Enw' }), expect: user200 },
  { name: 'org A read', method: 'GET', path: () => `/api/orgs/${A}`, expect: [401, 403, 200, 200, 200, 200] },
  { name: 'org B read', method: 'GET', path: () => `/api/orgs/${B}`, expect: [401, 403, 403, 200, 200, 403] },
  { name: 'org A members', method: 'GET', path: () => `/api/orgs/${A}/members`, expect: [401, 403, 200, 200, 200, 403] },
  { name: 'org B members', method: 'GET', path: () => `/api/orgs/${B}/members`, expect: [401, 403, 403, 200, 200, 403] },
  { name: 'admin list orgs', method: 'GET', path: () => '/api/admin/organisations', expect: adminRead },
  { name: 'admin read org B', method: 'GET', path: () => `/api/admin/organisations/${B}`, expect: adminRead },
  { name: 'admin create org', method: 'POST', path: () => '/api/admin/organisations', body: () => org, expect: adminWrite(201) },
  {
    name: 'admin update org A',
    method: 'PATCH',
    path: () => `/api/admin/organisations/${A}`,
    body: () => ({ nameEn: 'Organisation A' }),
    expect: adminWrite(200),
  },
  {
    name: 'admin update org B',
    method: 'PATCH',
    path: () => `/api/admin/organisations/${B}`,
    body: () => ({ nameEn: 'Organisation B' }),
    expect: adminWrite(200),
  },
  { name: 'admin archive org', method: 'DELETE', path: (t) => `/api/admin/organisations/${t.fresh}`, expect: adminWrite(200) },
  { name: 'admin org B members', method: 'GET', path: () => `/api/admin/organisations/${B}/members`, expect: adminRead },
  {
    name: 'admin remove member',
    method: 'DELETE',
    path: (t) => `/api/admin/organisations/${t.fresh}/members/${t.user}`,
    expect: adminWrite(204),
  },
  { name: 'admin list users', method: 'GET', path: () => '/api/admin/users', expect: adminOnlyRead },
  {
    name: 'admin change role',
    method: 'PUT',
    path: (t) => `/api/admin/users/${t.user}/role`,
    body: () => ({ nationalRole: 'analyst' }),
    expect: adminWrite(200),
  },
  { name: 'admin list invitations', method: 'GET', path: () => '/api/admin/invitations', expect: adminOnlyRead },
  {
    name: 'admin invite to B',
    method: 'POST',
    path: () => '/api/admin/invitations',
    body: () => ({ email: `new-${++n}@example.cymru`, role: 'submitter', orgId: B }),
    expect: adminWrite(201),
  },
  {
    name: 'admin invite analyst',
    method: 'POST',
    path: () => '/api/admin/invitations',
    body: () => ({ email: `an-${++n}@example.cymru`, role: 'analyst' }),
    expect: adminWrite(201),
  },
  { name: 'admin revoke invitation', method: 'DELETE', path: (t) => `/api/admin/invitations/${t.inv}`, expect: adminWrite(200) },
  { name: 'admin list keys of A', method: 'GET', path: () => `/api/admin/organisations/${A}/api-keys`, expect: adminOnlyRead },
  {
    name: 'admin create key for A',
    method: 'POST',
    path: () => `/api/admin/organisations/${A}/api-keys`,
    body: () => ({ name: 'CRM' }),
    expect: adminWrite(201),
  },
  {
    name: 'admin revoke key',
    method: 'DELETE',
    path: (t) => `/api/admin/organisations/${t.fresh}/api-keys/${t.keyId}`,
    expect: adminWrite(200),
  },
  { name: 'admin audit log', method: 'GET', path: () => '/api/admin/audit', expect: adminRead },
  {
    name: 'admin audit log of org B',
    method: 'GET',
    path: () => `/api/admin/audit?entityType=organisation&entityId=${B}&limit=5`,
    expect: adminRead,
  },
  { name: 'machine whoami', method: 'GET', path: () => '/api/machine/whoami', expect: [401, 401, 401, 401, 401, 200] },
  // self-assessments: only their owner may reach them (404 for anyone else, never 403, so ids are not confirmed)
  { name: 'assessments list (own)', method: 'GET', path: () => '/api/assessments', expect: user200 },
  {
    name: 'assessment create (own)',
    method: 'POST',
    path: () => '/api/assessments',
    body: () => ({ assessment: draft(3) }),
    expect: [401, 201, 201, 201, 201, 403],
  },
  {
    name: "another's assessment read",
    method: 'GET',
    path: (t) => `/api/assessments/${t.assessment}`,
    expect: [401, 404, 404, 404, 404, 403],
  },
  {
    name: "another's assessment update",
    method: 'PUT',
    path: (t) => `/api/assessments/${t.assessment}`,
    body: () => ({ rev: 1, assessment: draft(2) }),
    expect: [401, 404, 404, 404, 404, 403],
  },
  {
    name: "another's assessment complete",
    method: 'POST',
    path: (t) => `/api/assessments/${t.assessment}/complete`,
    body: () => ({ contribute: true }),
    expect: [401, 404, 404, 404, 404, 403],
  },
  {
    name: "another's assessment delete",
    method: 'DELETE',
    path: (t) => `/api/assessments/${t.assessment}`,
    expect: [401, 404, 404, 404, 404, 403],
  },
  {
    name: "another's assessment share",
    method: 'POST',
    path: (t) => `/api/assessments/${t.assessment}/shares`,
    body: () => ({ expiresInDays: 5 }),
    expect: [401, 404, 404, 404, 404, 403],
  },
  {
    name: "another's share revoke",
    method: 'DELETE',
    path: (t) => `/api/assessments/${t.assessment}/shares/${t.share}`,
    expect: [401, 404, 404, 404, 404, 403],
  },
  {
    name: 'share link read (token holder)',
    method: 'GET',
    path: () => '/api/share',
    headers: (t) => ({ 'X-Share-Token': t.token }),
    expect: [200, 200, 200, 200, 200, 200],
  },
  {
    name: 'share link supervisor view (token holder)',
    method: 'PUT',
    path: () => '/api/share/view',
    headers: (t) => ({ 'X-Share-Token': t.token }),
    body: () => ({ ratings: {} }),
    expect: [200, 200, 200, 200, 200, 200],
  },
  {
    name: 'share link with a made-up token',
    method: 'GET',
    path: () => '/api/share',
    headers: { 'X-Share-Token': 'A'.repeat(43) },
    expect: [404, 404, 404, 404, 404, 404],
  },
  { name: 'skills needs (national analysts)', method: 'GET', path: () => '/api/skills/needs', expect: adminRead },
  { name: 'account export', method: 'GET', path: () => '/api/account/export', expect: user200 },
  { name: 'account delete', method: 'DELETE', path: () => '/api/account', expect: [401, 204, 204, 204, 204, 403] },
  { name: 'dev outbox (test env)', method: 'GET', path: () => '/api/dev/outbox', expect: [200, 200, 200, 200, 200, 200] },
  // ---- returns (issue 6)
  { name: 'periods list', method: 'GET', path: () => '/api/periods', expect: [200, 200, 200, 200, 200, 200] },
  {
    name: 'period create',
    method: 'POST',
    path: () => '/api/periods',
    body: () => ({ id: newPeriodId(), opensAt: '2030-01-01', dueAt: '2030-02-01' }),
    expect: adminWrite(201),
  },
  { name: 'period lock', method: 'POST', path: (t) => `/api/periods/${freshPeriod(t)}/lock`, expect: adminWrite(200) },
  { name: 'period unlock', method: 'POST', path: (t) => `/api/periods/${freshPeriod(t)}/unlock`, expect: adminWrite(200) },
  { name: 'returns of A', method: 'GET', path: () => `/api/orgs/${A}/returns`, expect: memberRead(200) },
  { name: 'returns of B', method: 'GET', path: () => `/api/orgs/${B}/returns`, expect: otherRead },
  { name: 'return of A', method: 'GET', path: () => `/api/orgs/${A}/returns/${RP}`, expect: memberRead(200) },
  { name: 'return of B', method: 'GET', path: () => `/api/orgs/${B}/returns/${RP}`, expect: otherRead },
  {
    name: 'draft save A',
    method: 'PUT',
    path: (t) => `/api/orgs/${A}/returns/${freshPeriod(t)}/draft`,
    body: () => ({ rev: 0, values: { 'referrals-received': 7 } }),
    expect: memberWrite(200),
  },
  {
    name: 'draft save B',
    method: 'PUT',
    path: (t) => `/api/orgs/${B}/returns/${freshPeriod(t)}/draft`,
    body: () => ({ rev: 0, values: { 'referrals-received': 7 } }),
    expect: noneOfB,
  },
  {
    name: 'validate A',
    method: 'POST',
    path: () => `/api/orgs/${A}/returns/${RP}/validate`,
    body: () => ({ values: { 'referrals-received': 7 } }),
    expect: memberWrite(200),
  },
  {
    name: 'validate B',
    method: 'POST',
    path: () => `/api/orgs/${B}/returns/${RP}/validate`,
    body: () => ({ values: {} }),
    expect: noneOfB,
  },
  // Notes on values (issue 15): members and the national team write; an API key cannot (a note needs a person).
  {
    name: 'note on A (no return yet: 404 past authorisation)',
    method: 'POST',
    path: (t) => `/api/orgs/${A}/returns/${freshPeriod(t)}/notes`,
    body: () => ({ field: 'referrals-received', body: 'Gwiriwch y ffigur hwn.' }),
    expect: [401, 403, 404, 404, 404, 403],
  },
  {
    name: 'note on B',
    method: 'POST',
    path: (t) => `/api/orgs/${B}/returns/${freshPeriod(t)}/notes`,
    body: () => ({ field: 'referrals-received', body: 'Gwiriwch y ffigur hwn.' }),
    expect: [401, 403, 403, 404, 404, 403],
  },
  { name: 'template A', method: 'GET', path: () => `/api/orgs/${A}/returns/${RP}/template.csv?lang=en`, expect: memberRead(200) },
  { name: 'template B', method: 'GET', path: () => `/api/orgs/${B}/returns/${RP}/template.csv?lang=en`, expect: otherRead },
  {
    name: 'CSV upload A',
    method: 'POST',
    path: (t) => `/api/orgs/${A}/returns/${freshPeriod(t)}/csv`,
    raw: csvBody,
    headers: CSV,
    expect: memberWrite(200),
  },
  {
    name: 'CSV upload B',
    method: 'POST',
    path: (t) => `/api/orgs/${B}/returns/${freshPeriod(t)}/csv`,
    raw: csvBody,
    headers: CSV,
    expect: noneOfB,
  },
  {
    name: 'submit A (no draft: 422 past authorisation)',
    method: 'POST',
    path: (t) => `/api/orgs/${A}/returns/${freshPeriod(t)}/submit`,
    body: () => submitBody,
    headers: { 'Idempotency-Key': 'matrix-key-0001' },
    expect: memberWrite(422),
  },
  {
    name: 'submit B',
    method: 'POST',
    path: (t) => `/api/orgs/${B}/returns/${freshPeriod(t)}/submit`,
    body: () => submitBody,
    headers: { 'Idempotency-Key': 'matrix-key-0001' },
    expect: noneOfB,
  },
  { name: 'version of A (none yet)', method: 'GET', path: () => `/api/orgs/${A}/returns/${RP}/versions/1`, expect: memberRead(404) },
  { name: 'version of B', method: 'GET', path: () => `/api/orgs/${B}/returns/${RP}/versions/1`, expect: [401, 403, 403, 404, 404, 403] },
  { name: 'diff of B', method: 'GET', path: () => `/api/orgs/${B}/returns/${RP}/diff?from=1&to=2`, expect: [401, 403, 403, 404, 404, 403] },
  { name: 'national returns', method: 'GET', path: () => `/api/national/returns?period=${RP}`, expect: adminRead },
  {
    name: 'national review (no version: 404 past authorisation)',
    method: 'POST',
    path: (t) => `/api/national/returns/${A}/${freshPeriod(t)}/review`,
    body: () => ({ version: 1, decision: 'accept' }),
    expect: analystWrite(404),
  },
  { name: 'national completeness', method: 'GET', path: () => `/api/national/completeness?period=${RP}`, expect: adminRead },
  {
    name: 'national completeness matrix',
    method: 'GET',
    path: () => `/api/national/completeness/matrix?period=${RP}`,
    expect: adminRead,
  },
  {
    name: 'national completeness CSV',
    method: 'GET',
    path: () => `/api/national/completeness.csv?period=${RP}&only=missing`,
    expect: adminRead,
  },
  { name: 'national totals', method: 'GET', path: () => `/api/national/totals?period=${RP}&by=region`, expect: adminRead },
  {
    name: 'national totals series',
    method: 'GET',
    path: () => '/api/national/totals/series?field=referrals-received&by=region',
    expect: adminRead,
  },
  { name: 'national totals CSV', method: 'GET', path: () => `/api/national/totals.csv?period=${RP}`, expect: adminRead },
  { name: 'national export CSV', method: 'GET', path: () => `/api/national/export.csv?period=${RP}`, expect: adminRead },
  { name: 'national timeliness', method: 'GET', path: () => `/api/national/timeliness?period=${RP}`, expect: adminRead },
  { name: 'v1 return', method: 'GET', path: () => `/api/v1/returns/${RP}`, expect: keyOnly(200) },
  {
    name: 'v1 draft save',
    method: 'PUT',
    path: (t) => `/api/v1/returns/${freshPeriod(t)}/draft`,
    body: () => ({ rev: 0, values: { 'referrals-received': 7 } }),
    expect: keyOnly(200),
  },
  {
    name: 'v1 submit (no draft: 422 past authorisation)',
    method: 'POST',
    path: (t) => `/api/v1/returns/${freshPeriod(t)}/submit`,
    body: () => submitBody,
    headers: { 'Idempotency-Key': 'matrix-key-0002' },
    expect: keyOnly(422),
  },
  { name: 'v1 OpenAPI', method: 'GET', path: () => '/api/v1/openapi.json', expect: [200, 200, 200, 200, 200, 200] },
  { name: 'open data JSON', method: 'GET', path: () => '/api/open-data/totals.json?lang=cy', expect: [200, 200, 200, 200, 200, 200] },
  { name: 'open data CSV', method: 'GET', path: () => '/api/open-data/totals.csv?lang=en', expect: [200, 200, 200, 200, 200, 200] },
  {
    name: 'open data transparency JSON',
    method: 'GET',
    path: () => '/api/open-data/transparency.json?lang=cy',
    expect: [200, 200, 200, 200, 200, 200],
  },
  {
    name: 'open data transparency CSV',
    method: 'GET',
    path: () => '/api/open-data/transparency.csv?lang=en',
    expect: [200, 200, 200, 200, 200, 200],
  },
];

beforeAll(async () => {
  await makeOrg(A, 'Organisation A');
  await makeOrg(B, 'Organisation B', 'bcuhb', 'north-wales');
  const other = await insertUser('member-of-b@example.cymru');
  await addMember(other, B);
  // Reporting periods for the returns rows: the shared one and a pool of fresh ones.
  const ids = [RP];
  for (let i = 0; i < 400; i++)
    ids.push(`${2040 + Math.floor(i / 4)}-${String((41 + Math.floor(i / 4)) % 100).padStart(2, '0')}-q${(i % 4) + 1}`);
  await env.DB.batch(
    ids.map((id, i) =>
      env.DB.prepare('INSERT INTO periods (id, opens_at, due_at, created_at) VALUES (?1, 0, ?2, 0)').bind(id, Date.UTC(2040, 0, 1) + i),
    ),
  );
});

describe('authorisation matrix', () => {
  for (const r of routes) {
    for (const [i, role] of ROLES.entries()) {
      const expected = r.expect[i]!;
      it(`${r.method} ${r.name} as ${role} → ${expected}`, async () => {
        const t = await targets();
        const caller = await callerFor(role);
        const before = expected >= 400 && r.method !== 'GET' ? await snapshot() : null;
        const res = await call(r.method, r.path(t), {
          caller,
          body: r.body?.(t),
          ...(r.raw !== undefined ? { raw: r.raw } : {}),
          ...(r.headers ? { headers: typeof r.headers === 'function' ? r.headers(t) : { ...r.headers } } : {}),
        });
        if (expected >= 400) {
          await expectError(res, expected);
          if (before && !r.path(t).startsWith('/api/auth/verify')) expect(await snapshot()).toEqual(before);
        } else {
          expect(res.status, await res.clone().text()).toBe(expected);
        }
      });
    }
  }

  it('covers every route × every role', () => {
    expect(routes.every((r) => r.expect.length === ROLES.length)).toBe(true);
    expect(routes.length * ROLES.length).toBeGreaterThanOrEqual(180);
  });

  it('gives the API key of A its own organisation only', async () => {
    const { key } = await insertKey(A);
    const who = await (await call('GET', '/api/machine/whoami', { caller: { apiKey: key } })).json();
    expect(who).toMatchObject({ orgId: A });
    await expectError(await call('GET', `/api/orgs/${B}`, { caller: { apiKey: key } }), 403, 'forbidden');
    await expectError(await call('GET', '/api/machine/whoami', { caller: { apiKey: key + 'x' } }), 401, 'api-key-invalid');
  });
});
