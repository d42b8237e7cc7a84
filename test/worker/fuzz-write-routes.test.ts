// Property-based fuzzing of EVERY write route, as an authorised caller.
// The routes are enumerated from the Hono app itself (app.routes), so a route added
// later is fuzzed without touching this file. For each route, fast-check generates
// malformed and hostile requests: random JSON values, deep nesting, huge strings, wrong
// types, prototype-pollution keys, control characters and lone surrogates, invalid UTF-8
// bytes and wrong content types. Properties:
//   - never a 5xx;
//   - every 4xx has the one error shape, with the request id of the response;
//   - after a refusal, no table the API can change has changed (all tables, found at run time).
import { env, exports } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../worker/src/index.ts';
import { draft } from './assessments-fixtures.ts';
import { addMember, freshIp, makeOrg, ORIGIN, type Session, setRole, signIn } from './helpers.ts';

const RUNS = 50;
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ORG = '00000000-0000-4000-8000-0000000000f1';
const PERIOD = '2025-26-q1';
/** Routes answered by API keys only; everything else is called with an admin session who is also a member of ORG. */
const KEY_ONLY = [/^\/api\/machine\//, /^\/api\/v\d+\//];

/** Write routes of the app, as [method, path pattern], without duplicates. */
export function writeRoutes(): { method: string; path: string }[] {
  const seen = new Set<string>();
  const out: { method: string; path: string }[] = [];
  for (const r of app.routes) {
    if (!WRITE.has(r.method) || !r.path.startsWith('/api/') || r.path.includes('*')) continue;
    const k = `${r.method} ${r.path}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ method: r.method, path: r.path });
  }
  return out;
}

// ------------------------------------------------------------------ database snapshot
/** Tables that change on every request and are not data: rate-limit windows and D1's own. */
const VOLATILE_TABLES = new Set(['rate_limits', 'd1_migrations']);
/** Touch times, not changes. */
const TOUCH_COLUMNS = new Set(['last_seen_at', 'last_used_at']);
let tableNames: string[] | null = null;
async function snapshotAll(): Promise<Record<string, string>> {
  tableNames ??= (
    await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name",
    ).all<{ name: string }>()
  ).results
    .map((r) => r.name)
    .filter((n) => !VOLATILE_TABLES.has(n));
  const all = await env.DB.batch(tableNames.map((t) => env.DB.prepare(`SELECT * FROM "${t}" ORDER BY rowid`)));
  const out: Record<string, string> = {};
  for (const [i, name] of tableNames.entries()) {
    const rows = all[i]!.results.map((r) =>
      Object.fromEntries(Object.entries(r as Record<string, unknown>).filter(([k]) => !TOUCH_COLUMNS.has(k))),
    );
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(rows)));
    out[name] = `${rows.length}:${[...new Uint8Array(digest)]
      .slice(0, 8)
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')}`;
  }
  return out;
}

// ------------------------------------------------------------------ hostile input
type Hostile = { label: string; contentType: string | null; body: string | Uint8Array };
const enc = new TextEncoder();
/** Field names the API uses, so wrong types land on real fields as well as unknown ones. */
const FIELD_NAMES = [
  'email',
  'lang',
  'token',
  'name',
  'nameCy',
  'nameEn',
  'type',
  'healthBoard',
  'localAuthority',
  'clusters',
  'nationalRole',
  'role',
  'orgId',
  'values',
  'explanations',
  'rev',
  'declarationName',
  'declaration',
  'amendmentReason',
  'decision',
  'comment',
  'data',
  'answers',
  'plan',
  'frameworkVersion',
  'datasetVersion',
  'id',
  'expiresInDays',
  'supervisorName',
  'consent',
];
const POLLUTION = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf'];
const field = fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 20 }));
const wrongValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const controlString = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.constantFrom(0x7f, 0x2028, 0x2029, 0xfeff, 0x202e, 0xd800, 0xdfff, 0xfffe)), {
    minLength: 1,
    maxLength: 30,
  })
  .map((cs) => cs.map((c) => String.fromCharCode(c)).join(''));
const json =
  (label: string) =>
  (body: string): Hostile => ({ label, contentType: 'application/json', body });

const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  // random JSON values of any shape
  fc.jsonValue({ maxDepth: 4 }).map((v) => json('random JSON')(JSON.stringify(v) ?? 'null')),
  // deep nesting, arrays or objects
  fc
    .tuple(fc.integer({ min: 50, max: 5000 }), fc.boolean())
    .map(([n, arr]) => json(`nesting ${n}`)(arr ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n))),
  // huge strings, in a real field
  fc
    .tuple(fc.constantFrom(...FIELD_NAMES), fc.integer({ min: 1_000, max: 200_000 }))
    .map(([k, n]) => json(`huge ${k} ${n}`)(JSON.stringify({ [k]: 'ŵ'.repeat(n) }))),
  // wrong types in real and unknown fields
  fc.dictionary(field, wrongValue, { minKeys: 1, maxKeys: 6 }).map((o) => json('wrong types')(JSON.stringify(o))),
  // prototype pollution keys (raw text: JSON.stringify would drop a __proto__ literal)
  fc
    .tuple(fc.constantFrom(...POLLUTION), fc.constantFrom('nationalRole', 'isAdmin', 'orgIds', 'role'), fc.jsonValue({ maxDepth: 1 }))
    .map(([p, k, v]) =>
      json(`pollution ${p}`)(`{"${p}":{"${k}":${JSON.stringify(v) ?? 'null'},"prototype":{"${k}":"admin"}},"${k}":"admin"}`),
    ),
  // control characters, bidi overrides and lone surrogates inside strings
  fc
    .tuple(fc.constantFrom(...FIELD_NAMES), controlString)
    .map(([k, s]) => json('control characters')(JSON.stringify({ [k]: s, name: s, email: `${s}@example.cymru` }))),
  // invalid UTF-8 inside a JSON string
  fc
    .tuple(
      fc.uint8Array({ minLength: 1, maxLength: 16 }).map((a) => a.map((b) => 0x80 | b)),
      fc.constantFrom(...FIELD_NAMES),
    )
    .map(([bad, k]) => ({
      label: 'invalid UTF-8',
      contentType: 'application/json',
      body: new Uint8Array([...enc.encode(`{"${k}":"`), ...bad, ...enc.encode('"}')]),
    })),
  // truncated and not-JSON text
  fc.string({ minLength: 1, maxLength: 200 }).map((s) => json('not JSON')(`{"a":${s}`)),
  // hostile CSV (for upload routes; elsewhere a wrong content type): formulas, quotes, control characters, long lines
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 30 }),
        controlString,
        fc.constantFrom('=HYPERLINK("http://x")', '"unclosed', '\uFEFF', '-1', '1e309', 'NaN', ',,,,'),
        fc.integer({ min: 10_000, max: 300_000 }).map((n) => 'x'.repeat(n)),
      ),
      { minLength: 1, maxLength: 12 },
    )
    .map((cells) => ({ label: 'hostile CSV', contentType: 'text/csv', body: cells.join(',') + '\r\n' + cells.reverse().join(';') })),
  // wrong content types (and none) with a plausible body
  fc
    .tuple(
      fc.constantFrom(
        null,
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'application/jsonx',
        'application/json-patch+json',
        'text/json',
        'application/octet-stream',
      ),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([ct, v]) => ({ label: `content type ${ct}`, contentType: ct, body: JSON.stringify({ email: 'a@example.cymru', name: 'x', v }) })),
);

// ------------------------------------------------------------------ fixtures and callers
let ids: { member: string; key: string; inv: string };
let apiKey: string;
let shareToken: string;

async function sha256(v: string) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(v));
  return [...new Uint8Array(d)].map((x) => x.toString(16).padStart(2, '0')).join('');
}

beforeAll(async () => {
  await makeOrg(ORG, 'Fuzz Org');
  const member = crypto.randomUUID();
  await env.DB.prepare("INSERT INTO users (id, email, lang, created_at) VALUES (?1, 'fuzz-member@example.cymru', 'cy', 1)")
    .bind(member)
    .run();
  await addMember(member, ORG);
  apiKey = `sph_fuzz_${crypto.randomUUID()}`;
  const key = crypto.randomUUID();
  await env.DB.prepare(
    "INSERT INTO api_keys (id, org_id, name, prefix, key_hash, created_by, created_at) VALUES (?1, ?2, 'fuzz', ?3, ?4, 'seed', 1)",
  )
    .bind(key, ORG, apiKey.slice(0, 12), await sha256(apiKey))
    .run();
  const inv = crypto.randomUUID();
  await env.DB.prepare(
    "INSERT INTO invitations (id, email, org_id, role, invited_by, created_at, expires_at) VALUES (?1, 'fuzz-inv@example.cymru', ?2, 'submitter', 'seed', 1, 99999999999999)",
  )
    .bind(inv, ORG)
    .run();
  ids = { member, key, inv };
  // A supervisor's share link to the member's assessment: share routes read its token from a header.
  const assessment = crypto.randomUUID();
  await env.DB.prepare(
    "INSERT INTO assessments (id, user_id, framework_version, data, rev, status, answered, total, created_at, updated_at) VALUES (?1, ?2, '1.0', ?3, 1, 'draft', 30, 30, 1, 1)",
  )
    .bind(assessment, member, JSON.stringify({ ...draft(), id: assessment }))
    .run();
  shareToken = `fuzzshare_${crypto.randomUUID().replace(/-/g, '')}`;
  await env.DB.prepare(
    'INSERT INTO assessment_shares (id, assessment_id, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, 1, 99999999999999)',
  )
    .bind(crypto.randomUUID(), assessment, await sha256(shareToken))
    .run();
  // An open reporting period, where the app has them, so period routes reach their input handling.
  if (await hasTable('periods')) await insertRow('periods', { id: PERIOD, opens_at: 0, due_at: 4_102_444_800_000, created_at: 1 });
});

async function hasTable(name: string) {
  return (
    (await env.DB.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?1").bind(name).first<{ n: number }>())!
      .n > 0
  );
}
/** Inserts a row, filling any other NOT NULL column without a default (so schema additions do not break the fixture). */
async function insertRow(table: string, row: Record<string, unknown>) {
  const cols = (
    await env.DB.prepare(`PRAGMA table_info("${table}")`).all<{
      name: string;
      type: string;
      notnull: number;
      dflt_value: unknown;
      pk: number;
    }>()
  ).results;
  const full: Record<string, unknown> = {};
  for (const c of cols) {
    if (c.name in row) full[c.name] = row[c.name];
    else if (c.notnull && c.dflt_value === null && !c.pk) full[c.name] = /INT|REAL|NUM/i.test(c.type) ? 0 : '';
  }
  const names = Object.keys(full);
  await env.DB.prepare(
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(',')}) VALUES (${names.map((_, i) => `?${i + 1}`).join(',')})`,
  )
    .bind(...Object.values(full))
    .run();
}

/** Real ids for the path parameters we know; a fresh UUID for any other (then `allKnown` is false). */
function fillPath(pattern: string): { path: string; allKnown: boolean } {
  const known: Record<string, string> = { orgId: ORG, userId: ids.member, keyId: ids.key, periodId: PERIOD, version: '1' };
  let allKnown = true;
  const path = pattern.replace(/:([A-Za-z_]\w*)(\{[^}]*\})?/g, (_, name: string) => {
    if (name in known) return known[name]!;
    if (name === 'id' && pattern.includes('/invitations/')) return ids.inv;
    if (name === 'id' && pattern.includes('/periods/')) return PERIOD;
    allKnown = false;
    return crypto.randomUUID();
  });
  return { path, allKnown };
}

/** An admin session (fresh per route, so write rate limits of one route never reach another) who is also a member of ORG. */
async function authorisedAdmin(tag: string): Promise<Session> {
  const s = await signIn(`fuzz-${tag}-${crypto.randomUUID().slice(0, 8)}@example.cymru`);
  await setRole(s.userId, 'admin');
  await addMember(s.userId, ORG);
  return s;
}

const routes = writeRoutes();

describe('fuzzing every write route', () => {
  it('finds the write routes from the app itself', () => {
    const names = routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/auth/request',
        'PATCH /api/account',
        'POST /api/admin/organisations',
        'DELETE /api/admin/organisations/:orgId/api-keys/:keyId',
      ]),
    );
    expect(routes.length).toBeGreaterThanOrEqual(14);
  });

  for (const r of routes) {
    it(`${r.method} ${r.path}: no 5xx, error shape on 4xx, database unchanged after refusal`, { timeout: 120_000 }, async () => {
      const { path, allKnown } = fillPath(r.path);
      const keyOnly = KEY_ONLY.some((re) => re.test(r.path));
      const session = keyOnly ? null : await authorisedAdmin(r.method.toLowerCase());
      const seen: Record<number, number> = {};
      let before = await snapshotAll();
      await fc.assert(
        fc.asyncProperty(hostile, fc.constantFrom('cy', 'en'), async (h, lang) => {
          const headers: Record<string, string> = { Origin: ORIGIN, 'Accept-Language': lang, 'CF-Connecting-IP': freshIp() };
          if (h.contentType !== null) headers['Content-Type'] = h.contentType;
          if (session) Object.assign(headers, { Cookie: session.cookie, 'X-CSRF-Token': session.csrf });
          else headers.Authorization = `Bearer ${apiKey}`;
          if (r.path.startsWith('/api/share/')) headers['X-Share-Token'] = shareToken;
          const res = await exports.default.fetch(new Request(ORIGIN + path, { method: r.method, headers, body: h.body }));
          seen[res.status] = (seen[res.status] ?? 0) + 1;
          const text = await res.text();
          expect(res.status, `${h.label}: ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
          if (res.status >= 400) {
            const body = JSON.parse(text);
            expect(body, h.label).toMatchObject({
              error: { code: expect.any(String), message: expect.any(String), requestId: res.headers.get('X-Request-Id') },
            });
            expect(body.error.message.length, h.label).toBeGreaterThan(5);
            expect(Object.keys(body), h.label).toEqual(['error']);
            expect(await snapshotAll(), `${h.label}: database changed after ${res.status}`).toEqual(before);
          } else {
            before = await snapshotAll(); // accepted: the next refusal is compared with the new state
          }
        }),
        { numRuns: RUNS },
      );
      // The runs really reached the route: almost all answers are refusals of the input,
      // not authorisation failures of the caller.
      const authFailures = (seen[401] ?? 0) + (seen[403] ?? 0);
      expect(authFailures, JSON.stringify(seen)).toBeLessThan(RUNS / 2);
      // ... nor a missing resource, where the fixtures above give every path parameter a real id.
      if (allKnown) expect(seen[404] ?? 0, JSON.stringify(seen)).toBeLessThan(RUNS / 2);
    });
  }
});

describe('benchmark baseline route', () => {
  const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
  it('answers a constant JSON outside production, without the API middleware', async () => {
    const res = await exports.default.fetch(new Request(`${ORIGIN}/api/bench/bare`));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, bench: 'bare' });
    expect(res.headers.get('X-Request-Id')).toBeNull(); // no middleware ran
  });
  it('answers the write floor after two D1 calls, without the API middleware', async () => {
    const res = await exports.default.fetch(new Request(`${ORIGIN}/api/bench/d1`));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, bench: 'd1' });
    expect(res.headers.get('X-D1-Round-Trips')).toBe('2');
    expect(res.headers.get('X-Request-Id')).toBeNull();
  });
  it('is the usual API 404 in production', async () => {
    for (const path of ['/api/bench/bare', '/api/bench/d1']) {
      const res = await app.fetch(new Request(`${ORIGIN}${path}`), { ...env, ENVIRONMENT: 'production' }, ctx);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { code: string; requestId: string } };
      expect(body.error.code).toBe('not-found');
      expect(body.error.requestId).toBe(res.headers.get('X-Request-Id'));
    }
  });
});
