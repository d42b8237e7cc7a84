// Round-trip budget (issue 12): every route in the app's route table, called as an authorised
// caller with a valid request, makes at most 2 sequential D1 round trips to read and 3 to
// write. The test wraps the D1 binding it hands the Worker (worker/src/lib/round-trips.ts:
// every statement's first/all/run/raw and every batch is one round trip; calls in flight
// together count once) and fails over budget: a count, not a timing. In production each
// round trip is a network hop between the Worker and the database.
// The same requests send no statement that SQLite compiles again at every run: one that binds a
// value SQLite plans with (a LIMIT or OFFSET, a LIKE pattern, a value compared with a partial
// index's constant), since each new binding expires the compiled plan.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { hsdsId } from '../../content/hsds/ids.ts';
import { app } from '../../worker/src/index.ts';
import { RoundTripCounter } from '../../worker/src/lib/round-trips.ts';
import { draft } from './assessments-fixtures.ts';
import { assetAssessment, assetBody, publish } from './assets-fixtures.ts';
import { insertAssessment, insertAsset, insertConsent, insertInvitation, insertPeerLink, insertUser } from './assets-seed.ts';
import { type Caller, call, client, json, ORIGIN, requestLink } from './helpers.ts';
import {
  acceptedReturn,
  admin,
  analyst,
  base,
  detail,
  insertKey,
  openPeriod,
  orgWithSubmitter,
  putDraft,
  submit,
  uid,
  validValues,
} from './returns-helpers.ts';

const READ = 2;
const WRITE = 3;

/** `column = ?` in a condition (not a SET) on a table with a partial index on `column = 'constant'`, from the schema itself. */
let partialConstants: RegExp[] = [];
async function readPartialConstants() {
  const { results } = await env.DB.prepare(
    "SELECT tbl_name AS t, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'",
  ).all<{ t: string; sql: string }>();
  partialConstants = results.flatMap(({ t, sql }) =>
    [...sql.slice(sql.search(/ WHERE /i)).matchAll(/(\w+)`?\s*(?:=|IN\b)\s*'/gi)].map(
      ([, column]) => new RegExp(`^(?=[^]*\\b${t}\\b)[^]*\\bwhere\\b[^]*\\b${column}\\W{0,2}\\s*(?:=|IN\\b)\\s*\\(?\\?`, 'i'),
    ),
  );
  expect(partialConstants.length, 'asset_assessments_one_draft_uq is such an index').toBeGreaterThan(0);
}
/** The statements SQLite would compile again at every run. */
const replannedOnBind = (sql: string[]) =>
  sql.filter((s) => /\b(?:limit|offset|like|glob)\s+\?/i.test(s) || partialConstants.some((re) => re.test(s)));
/**
 * Tighter budgets: a route of one return reads the return's facts in the batch that looks up
 * its caller (lib/prefetch.ts), so its reads cost no round trip of their own.
 */
const TIGHTER: Record<string, number> = {
  'GET /api/orgs/:orgId/returns/:periodId': 1,
  'GET /api/orgs/:orgId/returns/:periodId/versions/:version': 1,
  'GET /api/orgs/:orgId/returns/:periodId/diff': 1,
  'PUT /api/orgs/:orgId/returns/:periodId/draft': 2,
  'POST /api/orgs/:orgId/returns/:periodId/validate': 1,
  'POST /api/orgs/:orgId/returns/:periodId/notes': 2,
  'POST /api/orgs/:orgId/returns/:periodId/csv': 2,
  'POST /api/orgs/:orgId/returns/:periodId/submit': 2,
  'GET /api/v1/returns/:periodId': 1,
  'PUT /api/v1/returns/:periodId/draft': 2,
  'POST /api/v1/returns/:periodId/submit': 2,
  // A self-assessment autosaves: the write decides itself (assessments/save.ts), so it reads nothing first.
  'PUT /api/assessments/:id': 2,
};

/**
 * Routes over budget on purpose, each with its reason. Streams page through the data as the
 * client reads (a round trip per page, each the same small query); the rest are rare.
 */
const EXEMPT: Record<string, string> = {
  'GET /api/national/export.csv': 'streams every submitted return page by page (one round trip per page of 500)',
  'GET /api/open-data/totals.csv': 'streams the whole published table page by page (one round trip per page of 2,000 cells)',
  'POST /api/dev/publish': 'development only: publishes every pending period, two round trips each (the daily cron’s work)',
};

type Spec = {
  caller: () => Caller;
  /** Builds what the request acts on, then gives its path (and body, headers). */
  request: () => Promise<{ path: string; body?: unknown; raw?: string; headers?: Record<string, string> }>;
  status: number;
};

let adm: Caller;
let ana: Caller;
let sub: Caller;
let orgId: string;
let apiKey: string;
let practitioner: Caller;
/** An asset on the register, for the reads. */
let published: Awaited<ReturnType<typeof asset>>;
const P0 = '2031-32-q1'; // accepted, so later quarters have a previous accepted return
const P = '2031-32-q2'; // submitted, awaiting review
let nextPeriod = 0;
/** A new period id, far from any other test's. */
const newPeriodId = () => {
  const y = 2050 + Math.floor(nextPeriod / 4);
  return `${y}-${String((y + 1) % 100).padStart(2, '0')}-q${(nextPeriod++ % 4) + 1}`;
};
/** A fresh open period (writes that must start from nothing). */
const freshPeriod = async () => openPeriod(adm, newPeriodId(), { opensAt: '2025-01-01', dueAt: '2099-12-31' });

async function ownAssessment(caller: Caller) {
  const res = await client(caller).assessments.$post({ json: { assessment: draft(3) } });
  expect(res.status).toBe(201);
  return (await json(res)).id as string;
}
async function share(caller: Caller, id: string) {
  const res = await client(caller).assessments[':id'].shares.$post({ param: { id }, json: { expiresInDays: 5 } });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { share: { id: string }; token: string };
  return { id: body.share.id, token: body.token };
}
/** A fresh asset with `sub` as a member (and another), a submitted assessment, a draft, consent and a peer link. */
async function asset() {
  const other = await insertUser();
  const id = await insertAsset([sub.session!.userId, other]);
  const submitted = await insertAssessment(id, 'submitted');
  const draft = await insertAssessment(id, 'draft');
  await insertConsent(id, submitted, other);
  const peer = await insertPeerLink(id, submitted, other);
  return { id, other, submitted, draft, peer, path: `/api/assets/${id}` };
}
/** Calls the Worker outside the count to set something up, expecting `status`. */
async function setUp(
  method: string,
  path: string,
  caller: Caller,
  opts: { body?: unknown; headers?: Record<string, string> },
  status = 200,
) {
  const res = await call(method, path, { caller, ...opts });
  expect(res.status, await res.clone().text()).toBe(status);
}
async function submitted(periodId: string) {
  const saved = await putDraft(sub, orgId, periodId, 0, validValues());
  expect(saved.status, await saved.clone().text()).toBe(200);
  const s = await submit(sub, orgId, periodId, (await json(saved)).rev);
  expect(s.status, await s.clone().text()).toBe(201);
}

const SPECS: Record<string, Spec> = {
  'GET /api/health': { caller: () => ({}), request: async () => ({ path: '/api/health' }), status: 200 },
  'GET /api/bench/bare': { caller: () => ({}), request: async () => ({ path: '/api/bench/bare' }), status: 200 },
  'GET /api/bench/d1': { caller: () => ({}), request: async () => ({ path: '/api/bench/d1' }), status: 200 },
  'GET /api/openapi.json': { caller: () => ({}), request: async () => ({ path: '/api/openapi.json' }), status: 200 },
  'GET /api/v1/openapi.json': { caller: () => ({}), request: async () => ({ path: '/api/v1/openapi.json' }), status: 200 },
  'GET /api/lang/:lang': { caller: () => sub, request: async () => ({ path: '/api/lang/en' }), status: 302 },
  // sign-in
  'POST /api/auth/request': {
    caller: () => ({}),
    request: async () => ({ path: '/api/auth/request', body: { email: `rt-${uid()}@example.cymru` } }),
    status: 202,
  },
  'POST /api/auth/verify': {
    caller: () => ({}),
    request: async () => {
      const token = await requestLink(`rt-${uid()}@example.cymru`);
      return { path: '/api/auth/verify', body: { token } };
    },
    status: 200,
  },
  'GET /api/auth/me': { caller: () => sub, request: async () => ({ path: '/api/auth/me' }), status: 200 },
  'POST /api/auth/sign-out': { caller: () => practitioner, request: async () => ({ path: '/api/auth/sign-out' }), status: 200 },
  'POST /api/auth/sign-out-everywhere': {
    caller: () => practitioner,
    request: async () => ({ path: '/api/auth/sign-out-everywhere' }),
    status: 200,
  },
  // account
  'GET /api/account': { caller: () => sub, request: async () => ({ path: '/api/account' }), status: 200 },
  'PATCH /api/account': { caller: () => sub, request: async () => ({ path: '/api/account', body: { name: 'Enw' } }), status: 200 },
  'GET /api/account/export': { caller: () => sub, request: async () => ({ path: '/api/account/export' }), status: 200 },
  'DELETE /api/account': { caller: () => practitioner, request: async () => ({ path: '/api/account' }), status: 204 },
  // organisations
  'GET /api/orgs/:orgId': { caller: () => sub, request: async () => ({ path: `/api/orgs/${orgId}` }), status: 200 },
  'GET /api/orgs/:orgId/members': { caller: () => sub, request: async () => ({ path: `/api/orgs/${orgId}/members` }), status: 200 },
  'GET /api/machine/whoami': { caller: () => ({ apiKey }), request: async () => ({ path: '/api/machine/whoami' }), status: 200 },
  // administration
  'GET /api/admin/organisations': { caller: () => adm, request: async () => ({ path: '/api/admin/organisations' }), status: 200 },
  'POST /api/admin/organisations': {
    caller: () => adm,
    request: async () => ({
      path: '/api/admin/organisations',
      body: { nameCy: 'Sefydliad', nameEn: `Org ${uid()}`, type: 'third-sector', healthBoard: 'hduhb', localAuthority: 'ceredigion' },
    }),
    status: 201,
  },
  'GET /api/admin/organisations/:orgId': {
    caller: () => adm,
    request: async () => ({ path: `/api/admin/organisations/${orgId}` }),
    status: 200,
  },
  'PATCH /api/admin/organisations/:orgId': {
    caller: () => adm,
    request: async () => ({ path: `/api/admin/organisations/${(await orgWithSubmitter()).orgId}`, body: { nameEn: 'Renamed' } }),
    status: 200,
  },
  'DELETE /api/admin/organisations/:orgId': {
    caller: () => adm,
    request: async () => ({ path: `/api/admin/organisations/${(await orgWithSubmitter()).orgId}` }),
    status: 200,
  },
  'GET /api/admin/organisations/:orgId/members': {
    caller: () => adm,
    request: async () => ({ path: `/api/admin/organisations/${orgId}/members` }),
    status: 200,
  },
  'DELETE /api/admin/organisations/:orgId/members/:userId': {
    caller: () => adm,
    request: async () => {
      const o = await orgWithSubmitter();
      return { path: `/api/admin/organisations/${o.orgId}/members/${o.caller.session!.userId}` };
    },
    status: 204,
  },
  'GET /api/admin/organisations/:orgId/api-keys': {
    caller: () => adm,
    request: async () => ({ path: `/api/admin/organisations/${orgId}/api-keys` }),
    status: 200,
  },
  'POST /api/admin/organisations/:orgId/api-keys': {
    caller: () => adm,
    request: async () => ({ path: `/api/admin/organisations/${orgId}/api-keys`, body: { name: 'CRM' } }),
    status: 201,
  },
  'DELETE /api/admin/organisations/:orgId/api-keys/:keyId': {
    caller: () => adm,
    request: async () => ({ path: `/api/admin/organisations/${orgId}/api-keys/${(await insertKey(orgId)).id}` }),
    status: 200,
  },
  'GET /api/admin/users': { caller: () => adm, request: async () => ({ path: '/api/admin/users' }), status: 200 },
  'PUT /api/admin/users/:userId/role': {
    caller: () => adm,
    request: async () => {
      const o = await orgWithSubmitter();
      return { path: `/api/admin/users/${o.caller.session!.userId}/role`, body: { nationalRole: 'analyst' } };
    },
    status: 200,
  },
  'GET /api/admin/invitations': { caller: () => adm, request: async () => ({ path: '/api/admin/invitations' }), status: 200 },
  'POST /api/admin/invitations': {
    caller: () => adm,
    request: async () => ({ path: '/api/admin/invitations', body: { email: `inv-${uid()}@example.cymru`, role: 'submitter', orgId } }),
    status: 201,
  },
  'DELETE /api/admin/invitations/:id': {
    caller: () => adm,
    request: async () => {
      const res = await client(adm).admin.invitations.$post({ json: { email: `inv-${uid()}@example.cymru`, role: 'submitter', orgId } });
      return { path: `/api/admin/invitations/${((await res.json()) as { invitation: { id: string } }).invitation.id}` };
    },
    status: 200,
  },
  'GET /api/admin/audit': { caller: () => adm, request: async () => ({ path: '/api/admin/audit?limit=50' }), status: 200 },
  // self-assessments and share links
  'GET /api/assessments': { caller: () => sub, request: async () => ({ path: '/api/assessments' }), status: 200 },
  'POST /api/assessments': {
    caller: () => sub,
    request: async () => ({ path: '/api/assessments', body: { assessment: draft(3) } }),
    status: 201,
  },
  'GET /api/assessments/:id': {
    caller: () => sub,
    request: async () => ({ path: `/api/assessments/${await ownAssessment(sub)}` }),
    status: 200,
  },
  'PUT /api/assessments/:id': {
    caller: () => sub,
    request: async () => ({ path: `/api/assessments/${await ownAssessment(sub)}`, body: { rev: 1, assessment: draft(4) } }),
    status: 200,
  },
  'DELETE /api/assessments/:id': {
    caller: () => sub,
    request: async () => ({ path: `/api/assessments/${await ownAssessment(sub)}` }),
    status: 204,
  },
  'POST /api/assessments/:id/complete': {
    caller: () => sub,
    request: async () => ({ path: `/api/assessments/${await ownAssessment(sub)}/complete`, body: { contribute: true } }),
    status: 200,
  },
  'POST /api/assessments/:id/shares': {
    caller: () => sub,
    request: async () => ({ path: `/api/assessments/${await ownAssessment(sub)}/shares`, body: { expiresInDays: 5 } }),
    status: 201,
  },
  'DELETE /api/assessments/:id/shares/:shareId': {
    caller: () => sub,
    request: async () => {
      const id = await ownAssessment(sub);
      return { path: `/api/assessments/${id}/shares/${(await share(sub, id)).id}` };
    },
    status: 200,
  },
  'GET /api/share': {
    caller: () => ({}),
    request: async () => ({ path: '/api/share', headers: { 'X-Share-Token': (await share(sub, await ownAssessment(sub))).token } }),
    status: 200,
  },
  'GET /api/share/:token': {
    caller: () => ({}),
    request: async () => ({ path: `/api/share/${(await share(sub, await ownAssessment(sub))).token}` }),
    status: 302,
  },
  'PUT /api/share/view': {
    caller: () => ({}),
    request: async () => ({
      path: '/api/share/view',
      headers: { 'X-Share-Token': (await share(sub, await ownAssessment(sub))).token },
      body: { ratings: {} },
    }),
    status: 200,
  },
  'GET /api/skills/needs': { caller: () => ana, request: async () => ({ path: '/api/skills/needs' }), status: 200 },
  'GET /api/dev/outbox': { caller: () => ({}), request: async () => ({ path: '/api/dev/outbox' }), status: 200 },
  'POST /api/dev/publish': { caller: () => ({}), request: async () => ({ path: '/api/dev/publish' }), status: 200 },
  // returns
  'GET /api/periods': { caller: () => sub, request: async () => ({ path: '/api/periods' }), status: 200 },
  'POST /api/periods': {
    caller: () => adm,
    request: async () => ({ path: '/api/periods', body: { id: newPeriodId(), opensAt: '2025-01-01', dueAt: '2099-12-31' } }),
    status: 201,
  },
  'POST /api/periods/:id/lock': {
    caller: () => adm,
    request: async () => ({ path: `/api/periods/${await freshPeriod()}/lock` }),
    status: 200,
  },
  'POST /api/periods/:id/unlock': {
    caller: () => adm,
    request: async () => {
      const p = await freshPeriod();
      expect((await client(adm).periods[':id'].lock.$post({ param: { id: p } })).status).toBe(200);
      return { path: `/api/periods/${p}/unlock` };
    },
    status: 200,
  },
  'GET /api/orgs/:orgId/returns': { caller: () => sub, request: async () => ({ path: `/api/orgs/${orgId}/returns` }), status: 200 },
  'GET /api/orgs/:orgId/returns/:periodId': { caller: () => sub, request: async () => ({ path: base(orgId, P) }), status: 200 },
  'PUT /api/orgs/:orgId/returns/:periodId/draft': {
    caller: () => sub,
    request: async () => {
      const p = await freshPeriod();
      const first = await putDraft(sub, orgId, p, 0, { 'referrals-received': 5 });
      return { path: `${base(orgId, p)}/draft`, body: { rev: (await json(first)).rev, values: validValues(), explanations: {} } };
    },
    status: 200,
  },
  'POST /api/orgs/:orgId/returns/:periodId/validate': {
    caller: () => sub,
    request: async () => ({ path: `${base(orgId, P)}/validate`, body: { values: validValues() } }),
    status: 200,
  },
  'POST /api/orgs/:orgId/returns/:periodId/notes': {
    caller: () => sub,
    request: async () => ({ path: `${base(orgId, P)}/notes`, body: { field: 'referrals-received', body: 'Sylw ar y ffigur.' } }),
    status: 201,
  },
  'GET /api/orgs/:orgId/returns/:periodId/template.csv': {
    caller: () => sub,
    request: async () => ({ path: `${base(orgId, P)}/template.csv?lang=en` }),
    status: 200,
  },
  'POST /api/orgs/:orgId/returns/:periodId/csv': {
    caller: () => sub,
    request: async () => ({
      path: `${base(orgId, await freshPeriod())}/csv`,
      raw: 'field,value\r\nreferrals-received,7\r\n',
      headers: { 'Content-Type': 'text/csv', 'X-Draft-Rev': '0' },
    }),
    status: 200,
  },
  'POST /api/orgs/:orgId/returns/:periodId/submit': {
    caller: () => sub,
    request: async () => {
      const p = await freshPeriod();
      const saved = await putDraft(sub, orgId, p, 0, validValues());
      return {
        path: `${base(orgId, p)}/submit`,
        body: { rev: (await json(saved)).rev, declaration: { name: 'Enw', confirmed: true } },
        headers: { 'Idempotency-Key': `idem-${uid()}` },
      };
    },
    status: 201,
  },
  'GET /api/orgs/:orgId/returns/:periodId/versions/:version': {
    caller: () => sub,
    request: async () => ({ path: `${base(orgId, P)}/versions/1` }),
    status: 200,
  },
  'GET /api/orgs/:orgId/returns/:periodId/diff': {
    caller: () => sub,
    request: async () => ({ path: `${base(orgId, P0)}/diff?from=1&to=1` }),
    status: 200,
  },
  'GET /api/v1/returns/:periodId': { caller: () => ({ apiKey }), request: async () => ({ path: `/api/v1/returns/${P}` }), status: 200 },
  'PUT /api/v1/returns/:periodId/draft': {
    caller: () => ({ apiKey }),
    request: async () => ({ path: `/api/v1/returns/${await freshPeriod()}/draft`, body: { rev: 0, values: validValues() } }),
    status: 200,
  },
  'POST /api/v1/returns/:periodId/submit': {
    caller: () => ({ apiKey }),
    request: async () => {
      const p = await freshPeriod();
      const saved = await putDraft(sub, orgId, p, 0, validValues());
      return {
        path: `/api/v1/returns/${p}/submit`,
        body: { rev: (await json(saved)).rev, declaration: { name: 'Enw', confirmed: true } },
        headers: { 'Idempotency-Key': `idem-${uid()}` },
      };
    },
    status: 201,
  },
  // national
  'GET /api/national/returns': { caller: () => ana, request: async () => ({ path: `/api/national/returns?period=${P}` }), status: 200 },
  'POST /api/national/returns/:orgId/:periodId/review': {
    caller: () => ana,
    request: async () => {
      const p = await freshPeriod();
      await submitted(p);
      return { path: `/api/national/returns/${orgId}/${p}/review`, body: { version: 1, decision: 'accept' } };
    },
    status: 201,
  },
  'GET /api/national/completeness': {
    caller: () => ana,
    request: async () => ({ path: `/api/national/completeness?period=${P}` }),
    status: 200,
  },
  'GET /api/national/completeness/matrix': {
    caller: () => ana,
    request: async () => ({ path: `/api/national/completeness/matrix?period=${P}&quarters=4` }),
    status: 200,
  },
  'GET /api/national/completeness.csv': {
    caller: () => ana,
    request: async () => ({ path: `/api/national/completeness.csv?period=${P}` }),
    status: 200,
  },
  'GET /api/national/totals': {
    caller: () => ana,
    request: async () => ({ path: `/api/national/totals?period=${P0}&by=region` }),
    status: 200,
  },
  'GET /api/national/totals/series': {
    caller: () => ana,
    request: async () => ({ path: '/api/national/totals/series?field=referrals-received&by=region' }),
    status: 200,
  },
  'GET /api/national/totals.csv': {
    caller: () => ana,
    request: async () => ({ path: `/api/national/totals.csv?period=${P0}` }),
    status: 200,
  },
  'GET /api/national/export.csv': { caller: () => ana, request: async () => ({ path: '/api/national/export.csv' }), status: 200 },
  'GET /api/national/timeliness': {
    caller: () => ana,
    request: async () => ({ path: `/api/national/timeliness?period=${P}` }),
    status: 200,
  },
  // open data (public)
  'GET /api/open-data/totals.json': { caller: () => ({}), request: async () => ({ path: '/api/open-data/totals.json' }), status: 200 },
  'GET /api/open-data/totals.csv': {
    caller: () => ({}),
    request: async () => ({ path: '/api/open-data/totals.csv?lang=en' }),
    status: 200,
  },
  'GET /api/open-data/transparency.json': {
    caller: () => ({}),
    request: async () => ({ path: '/api/open-data/transparency.json?lang=cy' }),
    status: 200,
  },
  'GET /api/open-data/transparency.csv': {
    caller: () => ({}),
    request: async () => ({ path: `/api/open-data/transparency.csv?lang=en&period=${P}` }),
    status: 200,
  },
  // community assets
  'GET /api/assets': { caller: () => sub, request: async () => ({ path: '/api/assets' }), status: 200 },
  'POST /api/assets': { caller: () => sub, request: async () => ({ path: '/api/assets', body: assetBody() }), status: 201 },
  'GET /api/assets/:assetId': { caller: () => sub, request: async () => ({ path: published.path }), status: 200 },
  'PATCH /api/assets/:assetId': {
    caller: () => sub,
    request: async () => ({ path: (await asset()).path, body: { rev: 1, nameEn: 'Renamed' } }),
    status: 200,
  },
  'POST /api/assets/:assetId/archive': {
    caller: () => adm,
    request: async () => ({ path: `${(await asset()).path}/archive` }),
    status: 200,
  },
  'POST /api/assets/:assetId/restore': {
    caller: () => adm,
    request: async () => {
      const a = await asset();
      await setUp('POST', `${a.path}/archive`, adm, {});
      return { path: `${a.path}/restore` };
    },
    status: 200,
  },
  'GET /api/assets/:assetId/members': { caller: () => sub, request: async () => ({ path: `${published.path}/members` }), status: 200 },
  'DELETE /api/assets/:assetId/members/:userId': {
    caller: () => sub,
    request: async () => {
      const a = await asset();
      return { path: `${a.path}/members/${a.other}` };
    },
    status: 204,
  },
  'GET /api/assets/:assetId/invitations': {
    caller: () => sub,
    request: async () => ({ path: `${published.path}/invitations` }),
    status: 200,
  },
  'POST /api/assets/:assetId/invitations': {
    caller: () => sub,
    request: async () => ({ path: `${(await asset()).path}/invitations`, body: { email: `asset-inv-${uid()}@example.cymru` } }),
    status: 201,
  },
  'DELETE /api/assets/:assetId/invitations/:invitationId': {
    caller: () => sub,
    request: async () => {
      const a = await asset();
      return { path: `${a.path}/invitations/${await insertInvitation(a.id, a.other)}` };
    },
    status: 200,
  },
  'GET /api/assets/:assetId/assessments': {
    caller: () => sub,
    request: async () => ({ path: `${published.path}/assessments` }),
    status: 200,
  },
  'POST /api/assets/:assetId/assessments': {
    caller: () => sub,
    request: async () => ({
      path: `/api/assets/${await insertAsset([sub.session!.userId])}/assessments`,
      body: { assessment: assetAssessment(2) },
    }),
    status: 201,
  },
  'GET /api/assets/:assetId/assessments/:id': {
    caller: () => sub,
    request: async () => ({ path: `${published.path}/assessments/${published.submitted}` }),
    status: 200,
  },
  'PUT /api/assets/:assetId/assessments/:id': {
    caller: () => sub,
    request: async () => {
      const a = await asset();
      return { path: `${a.path}/assessments/${a.draft}`, body: { rev: 1, assessment: assetAssessment(5) } };
    },
    status: 200,
  },
  'DELETE /api/assets/:assetId/assessments/:id': {
    caller: () => sub,
    request: async () => {
      const a = await asset();
      return { path: `${a.path}/assessments/${a.draft}` };
    },
    status: 204,
  },
  'POST /api/assets/:assetId/assessments/:id/submit': {
    caller: () => sub,
    request: async () => {
      const a = await asset();
      return { path: `${a.path}/assessments/${a.draft}/submit`, body: { rev: 1 } };
    },
    status: 200,
  },
  'GET /api/assets/:assetId/assessments/:id/export.csv': {
    caller: () => sub,
    request: async () => ({ path: `${published.path}/assessments/${published.submitted}/export.csv?lang=cy` }),
    status: 200,
  },
  'GET /api/assets/:assetId/assessments/:id/export.json': {
    caller: () => sub,
    request: async () => ({ path: `${published.path}/assessments/${published.submitted}/export.json` }),
    status: 200,
  },
  'GET /api/assets/:assetId/compare': {
    caller: () => sub,
    request: async () => ({ path: `${published.path}/compare?a=${published.submitted}&b=${published.submitted}` }),
    status: 200,
  },
  'POST /api/assets/:assetId/assessments/:id/peer-invitations': {
    caller: () => sub,
    request: async () => {
      const a = await asset();
      return { path: `${a.path}/assessments/${a.submitted}/peer-invitations`, body: { reviewerKind: 'national-team', expiresInDays: 7 } };
    },
    status: 201,
  },
  'POST /api/assets/:assetId/peer-invitations/:invitationId/revoke': {
    caller: () => sub,
    request: async () => {
      const a = await asset();
      return { path: `${a.path}/peer-invitations/${a.peer.id}/revoke` };
    },
    status: 200,
  },
  'GET /api/assets/:assetId/register': { caller: () => sub, request: async () => ({ path: `${published.path}/register` }), status: 200 },
  'PUT /api/assets/:assetId/register': {
    caller: () => sub,
    request: async () => {
      const a = await asset();
      return { path: `${a.path}/register`, body: { assessmentId: a.submitted } };
    },
    status: 200,
  },
  'DELETE /api/assets/:assetId/register': {
    caller: () => sub,
    request: async () => ({ path: `${(await asset()).path}/register` }),
    status: 200,
  },
  // peer review (the link's token is the credential)
  'GET /api/peer-review': {
    caller: () => ({}),
    request: async () => ({ path: '/api/peer-review', headers: { 'X-Peer-Token': (await asset()).peer.token } }),
    status: 200,
  },
  'PUT /api/peer-review': {
    caller: () => ({}),
    request: async () => ({
      path: '/api/peer-review',
      headers: { 'X-Peer-Token': (await asset()).peer.token },
      body: { rev: 0, ratings: {} },
    }),
    status: 200,
  },
  'POST /api/peer-review/submit': {
    caller: () => ({}),
    request: async () => {
      const headers = { 'X-Peer-Token': (await asset()).peer.token, Origin: ORIGIN };
      await setUp('PUT', '/api/peer-review', {}, { headers, body: { rev: 0, ratings: {} } });
      return { path: '/api/peer-review/submit', headers, body: { rev: 1 } };
    },
    status: 200,
  },
  // the register (public)
  'GET /api/register': { caller: () => ({}), request: async () => ({ path: '/api/register?q=ased' }), status: 200 },
  'GET /api/register.csv': { caller: () => ({}), request: async () => ({ path: '/api/register.csv?lang=cy' }), status: 200 },
  'GET /api/register/hsds/services': {
    caller: () => ({}),
    request: async () => ({ path: '/api/register/hsds/services?page=1&per_page=10' }),
    status: 200,
  },
  'GET /api/register/hsds/services/:id': {
    caller: () => ({}),
    request: async () => ({ path: `/api/register/hsds/services/${hsdsId('service', published.id)}` }),
    status: 200,
  },
  'GET /api/register/hsds/taxonomies': {
    caller: () => ({}),
    request: async () => ({ path: '/api/register/hsds/taxonomies' }),
    status: 200,
  },
  'GET /api/register/hsds/taxonomy_terms': {
    caller: () => ({}),
    request: async () => ({ path: '/api/register/hsds/taxonomy_terms' }),
    status: 200,
  },
  'GET /api/register/hsds.json': { caller: () => ({}), request: async () => ({ path: '/api/register/hsds.json?lang=en' }), status: 200 },
  'GET /api/register/hsds/tables/:table': {
    caller: () => ({}),
    request: async () => ({ path: '/api/register/hsds/tables/attributes.csv?lang=en' }),
    status: 200,
  },
  'GET /api/national/assets/picture': { caller: () => ana, request: async () => ({ path: '/api/national/assets/picture' }), status: 200 },
  'GET /api/open-data/assets/picture': {
    caller: () => ({}),
    request: async () => ({ path: '/api/open-data/assets/picture' }),
    status: 200,
  },
};

/** Every route the app answers: its route table, without middleware and the static-page fallbacks. */
function routeTable(): string[] {
  const seen = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api/') || r.path.includes('*')) continue;
    seen.add(`${r.method} ${r.path}`);
  }
  return [...seen].sort();
}

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;

/** Calls the Worker with a D1 binding that counts round trips; reads the whole body (streams count too). */
async function measured(
  method: string,
  path: string,
  caller: Caller,
  opts: { body?: unknown; raw?: string; headers?: Record<string, string> },
) {
  // Mail goes to the local outbox table here; in production it is the send_email binding, not D1.
  const counter = new RoundTripCounter((sql) => /^insert into "outbox"/i.test(sql));
  const headers: Record<string, string> = { ...opts.headers };
  if (caller.session) {
    headers.Cookie = caller.session.cookie;
    if (method !== 'GET') headers['X-CSRF-Token'] = caller.session.csrf;
  }
  if (caller.apiKey) headers.Authorization = `Bearer ${caller.apiKey}`;
  if (method !== 'GET') headers.Origin = ORIGIN;
  let body: BodyInit | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await app.fetch(new Request(ORIGIN + path, { method, headers, body }), { ...env, DB: counter.wrap(env.DB) }, ctx);
  const text = await res.text();
  return { status: res.status, text, rounds: counter.log.rounds, calls: counter.log.calls };
}

beforeAll(async () => {
  await readPartialConstants();
  adm = await admin();
  ana = await analyst();
  const o = await orgWithSubmitter();
  orgId = o.orgId;
  sub = o.caller;
  apiKey = (await insertKey(orgId)).key;
  await openPeriod(adm, P0, { opensAt: '2025-01-01', dueAt: '2099-12-31' });
  await openPeriod(adm, P, { opensAt: '2025-01-01', dueAt: '2099-12-31' });
  await acceptedReturn(sub, ana, orgId, P0, validValues());
  await submitted(P);
  expect((await detail(sub, orgId, P)).versions).toHaveLength(1);
  published = await asset();
  await publish(sub, published.id, published.submitted);
});

describe('round trips per request', () => {
  const table = routeTable();

  it('has a valid request for every route in the route table, and no stale ones', () => {
    expect(table.length).toBeGreaterThan(60);
    expect(table.filter((r) => !(r in SPECS))).toEqual([]);
    expect(Object.keys(SPECS).filter((r) => !table.includes(r))).toEqual([]);
    expect(Object.keys(EXEMPT).filter((r) => !table.includes(r))).toEqual([]);
    expect(Object.keys(TIGHTER).filter((r) => !table.includes(r))).toEqual([]);
  });

  for (const route of table) {
    const [method, pattern] = route.split(' ') as [string, string];
    const budget = TIGHTER[route] ?? (method === 'GET' ? READ : WRITE);
    const note = EXEMPT[route] ? ` (exempt: ${EXEMPT[route]})` : '';
    it(`${route}: at most ${budget}${note}`, async () => {
      const spec = SPECS[route];
      if (!spec) throw new Error(`no request for ${route} (${pattern})`);
      if (route === 'POST /api/auth/sign-out' || route === 'POST /api/auth/sign-out-everywhere' || route === 'DELETE /api/account')
        practitioner = { session: (await orgWithSubmitter()).caller.session! };
      const req = await spec.request();
      const r = await measured(method, req.path, spec.caller(), req);
      expect(r.status, r.text.slice(0, 500)).toBe(spec.status);
      expect(replannedOnBind(r.calls.flatMap((c) => c.sql)), 'statements SQLite compiles again at every run').toEqual([]);
      if (EXEMPT[route]) return;
      expect(r.rounds, `${r.rounds} round trips: ${JSON.stringify(r.calls, null, 1)}`).toBeLessThanOrEqual(budget);
    });
  }
});

// A write reads only what it decides with: the statements of its first call (the caller's
// lookup with the return's facts, returns/queries.ts READS), named by the tables they read.
describe('what the first call of a return route reads', () => {
  const reads = (sql: string[]) => ({
    versions: sql.some((s) => /JOIN return_versions v ON v\.return_id/.test(s)),
    submitters: sql.some((s) => /FROM memberships m JOIN users u/.test(s)),
    notes: sql.some((s) => /JOIN return_notes n/.test(s)),
    history: sql.some((s) => /latest_accepted_version_id IS NOT NULL/.test(s)),
  });
  const first = async (route: string) => {
    const spec = SPECS[route]!;
    const req = await spec.request();
    const r = await measured(route.split(' ')[0]!, req.path, spec.caller(), req);
    expect(r.status, r.text.slice(0, 500)).toBe(spec.status);
    return reads(r.calls[0]!.sql);
  };
  const all = { versions: true, submitters: true, notes: true, history: true };

  it('a draft save, by person or API key, a CSV upload and a check read the draft and its history, nothing else', async () => {
    const draft = { versions: false, submitters: false, notes: false, history: true };
    for (const route of [
      'PUT /api/orgs/:orgId/returns/:periodId/draft',
      'PUT /api/v1/returns/:periodId/draft',
      'POST /api/orgs/:orgId/returns/:periodId/csv',
      'POST /api/orgs/:orgId/returns/:periodId/validate',
    ])
      expect(await first(route), route).toEqual(draft);
  });
  it('a submission also reads the versions and whom to tell, not the notes', async () => {
    const submit = { versions: true, submitters: true, notes: false, history: true };
    // On a draft this isolate no longer holds as it is (saved elsewhere since), so the submission
    // is not decided ahead (returns-submit-ahead.test.ts) but on fresh reads: by a person, by a key.
    for (const [caller, path] of [
      [sub, (p: string) => `${base(orgId, p)}/submit`],
      [{ apiKey }, (p: string) => `/api/v1/returns/${p}/submit`],
    ] as const) {
      const p = await freshPeriod();
      expect((await putDraft(sub, orgId, p, 0, validValues())).status).toBe(200);
      await env.DB.prepare('UPDATE returns SET draft_rev = 2 WHERE org_id = ?1 AND period_id = ?2').bind(orgId, p).run();
      const r = await measured('POST', path(p), caller, {
        body: { rev: 2, declaration: { name: 'Enw', confirmed: true } },
        headers: { 'Idempotency-Key': `idem-${uid()}` },
      });
      expect(r.status, r.text).toBe(201);
      expect(r.rounds).toBe(2);
      expect(reads(r.calls[0]!.sql), path(p)).toEqual(submit);
    }
  });
  it('the views, a note and a review read everything', async () => {
    for (const route of [
      'GET /api/orgs/:orgId/returns/:periodId',
      'POST /api/orgs/:orgId/returns/:periodId/notes',
      'POST /api/national/returns/:orgId/:periodId/review',
    ])
      expect(await first(route), route).toEqual(all);
  });
});
