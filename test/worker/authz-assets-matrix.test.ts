// Authorisation matrix of the community-asset routes (issue 16): every route × every kind of
// caller an asset has — nobody, a practitioner, a member of asset A, a member of asset B, a
// national analyst, a national admin, and the holder of a peer-review link to A's submitted
// assessment (no account) — each cell against an explicit expected status. Every cell gets
// fresh callers and a fresh asset A, so destructive cells cannot disturb others; a refused
// write must leave the database unchanged. (The platform's matrix, authz-matrix.test.ts, has
// organisation roles; an asset's roles are these.)
import { describe, expect, it } from 'vitest';
import { assetAssessment } from './assets-fixtures.ts';
import { insertAssessment, insertAsset, insertConsent, insertInvitation, insertPeerLink, insertUser } from './assets-seed.ts';
import { type Caller, call, expectError, setRole, signIn, snapshot } from './helpers.ts';

const ROLES = ['none', 'practitioner', 'memberA', 'memberB', 'analyst', 'admin', 'peerToken'] as const;
type Role = (typeof ROLES)[number];
let n = 0;

async function userOf(role: Role): Promise<{ caller: Caller; userId: string | null; token?: true }> {
  if (role === 'none') return { caller: {}, userId: null };
  if (role === 'peerToken') return { caller: {}, userId: null, token: true };
  const s = await signIn(`${role}-${++n}@example.cymru`);
  if (role === 'analyst' || role === 'admin') await setRole(s.userId, role);
  return { caller: { session: s }, userId: s.userId };
}

/** Asset A (with its member, another member, a submitted assessment, a draft, consent and a peer link) and asset B. */
async function targets(role: Role, userId: string | null) {
  const [extra, second] = [await insertUser(), await insertUser()];
  // A has two members besides the caller, so removing one is never refused as the last.
  const a = await insertAsset(role === 'memberA' && userId ? [userId, extra, second] : [extra, second]);
  const b = await insertAsset(role === 'memberB' && userId ? [userId] : [extra]);
  const submitted = await insertAssessment(a, 'submitted');
  const draft = await insertAssessment(a, 'draft');
  await insertConsent(a, submitted, extra);
  const { id: inv, token } = await insertPeerLink(a, submitted, extra);
  const invite = await insertInvitation(a, extra);
  return { a, b, extra, submitted, draft, inv, token, invite };
}
type T = Awaited<ReturnType<typeof targets>>;

//                         none practitioner memberA memberB analyst admin peerToken
const anyone = (ok = 200) => [ok, ok, ok, ok, ok, ok, ok];
const signedIn = (ok: number) => [401, ok, ok, ok, ok, ok, 401];
const read = [401, 403, 200, 403, 200, 200, 401];
const write = (ok: number) => [401, 403, ok, 403, 403, 403, 401];
const manage = (ok: number) => [401, 403, ok, 403, 403, ok, 401];
const adminOnly = (ok: number) => [401, 403, 403, 403, 403, ok, 401];
/** Peer routes: the token is the credential; without it the request is incomplete (400). */
const tokenOnly = (ok: number) => [400, 400, 400, 400, 400, 400, ok];

const rows: { name: string; method: string; path: (t: T) => string; body?: (t: T) => unknown; expect: number[] }[] = [
  { name: 'my assets', method: 'GET', path: () => '/api/assets', expect: signedIn(200) },
  {
    name: 'create asset',
    method: 'POST',
    path: () => '/api/assets',
    body: () => ({
      nameCy: 'Newydd',
      nameEn: 'New',
      type: 'charity',
      localAuthority: 'powys',
      areaServed: { localAuthorities: ['powys'], healthBoards: [] },
      activityTypes: ['volunteering'],
    }),
    expect: signedIn(201),
  },
  { name: 'asset A read', method: 'GET', path: (t) => `/api/assets/${t.a}`, expect: read },
  { name: 'asset B read', method: 'GET', path: (t) => `/api/assets/${t.b}`, expect: [401, 403, 403, 200, 200, 200, 401] },
  {
    name: 'asset A update',
    method: 'PATCH',
    path: (t) => `/api/assets/${t.a}`,
    body: () => ({ rev: 1, nameEn: 'Renamed' }),
    expect: write(200),
  },
  { name: 'asset A archive', method: 'POST', path: (t) => `/api/assets/${t.a}/archive`, expect: adminOnly(200) },
  { name: 'asset A restore', method: 'POST', path: (t) => `/api/assets/${t.a}/restore`, expect: adminOnly(200) },
  { name: 'asset A members', method: 'GET', path: (t) => `/api/assets/${t.a}/members`, expect: read },
  { name: 'asset A remove member', method: 'DELETE', path: (t) => `/api/assets/${t.a}/members/${t.extra}`, expect: manage(204) },
  { name: 'asset A invitations', method: 'GET', path: (t) => `/api/assets/${t.a}/invitations`, expect: read },
  {
    name: 'asset A invite',
    method: 'POST',
    path: (t) => `/api/assets/${t.a}/invitations`,
    body: () => ({ email: `new-${++n}@example.cymru` }),
    expect: manage(201),
  },
  { name: 'asset A revoke invitation', method: 'DELETE', path: (t) => `/api/assets/${t.a}/invitations/${t.invite}`, expect: manage(200) },
  { name: 'asset A assessments', method: 'GET', path: (t) => `/api/assets/${t.a}/assessments`, expect: read },
  {
    name: 'asset A start draft (one exists: 409 past authorisation)',
    method: 'POST',
    path: (t) => `/api/assets/${t.a}/assessments`,
    body: () => ({ assessment: assetAssessment(2) }),
    expect: write(409),
  },
  { name: 'asset A submitted assessment', method: 'GET', path: (t) => `/api/assets/${t.a}/assessments/${t.submitted}`, expect: read },
  {
    name: 'asset A draft save',
    method: 'PUT',
    path: (t) => `/api/assets/${t.a}/assessments/${t.draft}`,
    body: () => ({ rev: 1, assessment: assetAssessment(5) }),
    expect: write(200),
  },
  {
    name: 'asset A submit',
    method: 'POST',
    path: (t) => `/api/assets/${t.a}/assessments/${t.draft}/submit`,
    body: () => ({ rev: 1 }),
    expect: write(200),
  },
  { name: 'asset A draft delete', method: 'DELETE', path: (t) => `/api/assets/${t.a}/assessments/${t.draft}`, expect: write(204) },
  { name: 'asset A CSV', method: 'GET', path: (t) => `/api/assets/${t.a}/assessments/${t.submitted}/export.csv?lang=cy`, expect: read },
  { name: 'asset A JSON', method: 'GET', path: (t) => `/api/assets/${t.a}/assessments/${t.submitted}/export.json`, expect: read },
  { name: 'asset A compare', method: 'GET', path: (t) => `/api/assets/${t.a}/compare?a=${t.submitted}&b=${t.submitted}`, expect: read },
  {
    name: 'asset A peer link',
    method: 'POST',
    path: (t) => `/api/assets/${t.a}/assessments/${t.submitted}/peer-invitations`,
    body: () => ({ reviewerKind: 'national-team', expiresInDays: 7 }),
    expect: write(201),
  },
  {
    name: 'asset A peer link revoke',
    method: 'POST',
    path: (t) => `/api/assets/${t.a}/peer-invitations/${t.inv}/revoke`,
    expect: write(200),
  },
  { name: 'asset A consent status', method: 'GET', path: (t) => `/api/assets/${t.a}/register`, expect: read },
  {
    name: 'asset A consent',
    method: 'PUT',
    path: (t) => `/api/assets/${t.a}/register`,
    body: (t) => ({ assessmentId: t.submitted }),
    expect: write(200),
  },
  { name: 'asset A withdraw', method: 'DELETE', path: (t) => `/api/assets/${t.a}/register`, expect: write(200) },
  {
    name: 'asset B consent',
    method: 'PUT',
    path: (t) => `/api/assets/${t.b}/register`,
    body: (t) => ({ assessmentId: t.submitted }),
    expect: [401, 403, 403, 404, 403, 403, 401],
  },
  { name: 'register', method: 'GET', path: () => '/api/register?q=ased', expect: anyone() },
  { name: 'register CSV', method: 'GET', path: () => '/api/register.csv?lang=cy', expect: anyone() },
  { name: 'HSDS services', method: 'GET', path: () => '/api/register/hsds/services?page=1&per_page=10', expect: anyone() },
  { name: 'HSDS unknown service', method: 'GET', path: () => `/api/register/hsds/services/${crypto.randomUUID()}`, expect: anyone(404) },
  { name: 'HSDS taxonomies', method: 'GET', path: () => '/api/register/hsds/taxonomies', expect: anyone() },
  { name: 'HSDS taxonomy terms', method: 'GET', path: () => '/api/register/hsds/taxonomy_terms', expect: anyone() },
  { name: 'HSDS JSON', method: 'GET', path: () => '/api/register/hsds.json?lang=en', expect: anyone() },
  { name: 'HSDS table', method: 'GET', path: () => '/api/register/hsds/tables/attributes.csv?lang=en', expect: anyone() },
  { name: 'peer review read', method: 'GET', path: () => '/api/peer-review', expect: tokenOnly(200) },
  {
    name: 'peer review save',
    method: 'PUT',
    path: () => '/api/peer-review',
    body: () => ({ rev: 0, ratings: {} }),
    expect: tokenOnly(200),
  },
  {
    name: 'peer review submit (nothing saved: 409)',
    method: 'POST',
    path: () => '/api/peer-review/submit',
    body: () => ({ rev: 1 }),
    expect: tokenOnly(409),
  },
  { name: 'national picture', method: 'GET', path: () => '/api/national/assets/picture', expect: [401, 403, 403, 403, 200, 200, 401] },
  { name: 'open data picture', method: 'GET', path: () => '/api/open-data/assets/picture', expect: anyone() },
];

describe('authorisation matrix of community assets', () => {
  for (const r of rows) {
    for (const [i, role] of ROLES.entries()) {
      const expected = r.expect[i]!;
      it(`${r.method} ${r.name} as ${role} → ${expected}`, async () => {
        const who = await userOf(role);
        const t = await targets(role, who.userId);
        const before = expected >= 400 && r.method !== 'GET' ? await snapshot() : null;
        const res = await call(r.method, r.path(t), {
          caller: who.caller,
          body: r.body?.(t),
          ...(who.token ? { headers: { 'X-Peer-Token': t.token } } : {}),
        });
        if (expected >= 400) {
          await expectError(res, expected);
          if (before) expect(await snapshot()).toEqual(before);
        } else expect(res.status, await res.clone().text()).toBe(expected);
      });
    }
  }

  it('covers every asset route of the contract × every role', async () => {
    const { routes } = await import('../../content/api/routes/index.ts');
    const { assetsPicture, assetsPictureOpenData, ...assetRoutes } = await import('../../content/api/routes/assets.ts');
    const paths = new Set(
      rows.map(
        (r) =>
          `${r.method} ${r.path({ a: ':a', b: ':b', extra: ':u', submitted: ':s', draft: ':d', inv: ':i', token: '', invite: ':v' }).split('?')[0]}`,
      ),
    );
    const norm = (p: string) => p.replace(/\{[^}]+\}/g, ':x');
    const covered = new Set(
      [...paths].map((p) =>
        p
          .replace(/\/[0-9a-f-]{36}/g, '/:x')
          .replace(/\/:[a-z]+/g, '/:x')
          .replace(/\/tables\/[^/]+$/, '/tables/:x'),
      ),
    );
    for (const route of [...Object.values(assetRoutes), assetsPicture, assetsPictureOpenData]) {
      expect(Object.values(routes)).toContain(route);
      expect(covered, `${route.method} ${route.path}`).toContain(`${route.method.toUpperCase()} ${norm(route.path)}`);
    }
    expect(rows.every((r) => r.expect.length === ROLES.length)).toBe(true);
  });
});
