// The machine API's draft save and submission, by an API key this isolate already holds, are one
// round trip too, and land as the routes' would; when the key or the return is no longer as
// held, nothing changes and the answer is the route's own (routes/machine.ts `v1DraftAhead`,
// `v1SubmitAhead`; lib/auth.ts `principalFromSnapshot` for keys).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../worker/src/index.ts';
import { LIMITS } from '../../worker/src/lib/ratelimit.ts';
import { RoundTripCounter } from '../../worker/src/lib/round-trips.ts';
import { auditCount, ORIGIN } from './helpers.ts';
import { admin, fullSnapshot, insertKey, openPeriod, orgWithSubmitter, uid, validValues } from './returns-helpers.ts';

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
const P = '2045-46-q1';

type Answer = { rev?: number; version?: number; reference?: string; error?: { code: string } };

/** One machine API call with its round trips counted. */
async function machine(key: string, method: 'PUT' | 'POST', what: 'draft' | 'submit', body: unknown, headers: Record<string, string> = {}) {
  const counter = new RoundTripCounter();
  const req = new Request(`${ORIGIN}/api/v1/returns/${P}/${what}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const res = await app.fetch(req, { ...env, DB: counter.wrap(env.DB) }, ctx);
  return { status: res.status, body: (await res.json()) as Answer, rounds: counter.log.rounds };
}
const save = (key: string, rev: number, r = 30) => machine(key, 'PUT', 'draft', { rev, values: validValues(r, 12) });
const submit = (key: string, rev: number) =>
  machine(key, 'POST', 'submit', { rev, declaration: { name: 'System', confirmed: true } }, { 'Idempotency-Key': `idem-${uid()}` });

/** An organisation whose key has saved a draft twice (so this isolate holds the key and the return): rev 2. */
async function heldByKey() {
  const o = await orgWithSubmitter();
  const k = await insertKey(o.orgId);
  expect(await save(k.key, 0)).toMatchObject({ status: 200, rounds: 2 });
  return { ...o, ...k };
}

beforeAll(async () => {
  await openPeriod(await admin(), P, { opensAt: '2025-01-01', dueAt: '2099-12-31' });
});

describe('the machine API decided on what the isolate holds', () => {
  it('saves and submits in one round trip each, as the routes would', async () => {
    const o = await heldByKey();
    const saved = await save(o.key, 1, 31);
    expect(saved).toMatchObject({ status: 200, body: { rev: 2 }, rounds: 1 });
    const draft = await env.DB.prepare('SELECT id, draft_source, draft_updated_by FROM returns WHERE org_id = ?1 AND period_id = ?2')
      .bind(o.orgId, P)
      .first<{ id: string; draft_source: string; draft_updated_by: string }>();
    expect(draft).toMatchObject({ draft_source: 'api', draft_updated_by: `api-key:${o.id}` });
    const sent = await submit(o.key, 2);
    expect(sent).toMatchObject({ status: 201, body: { version: 1 }, rounds: 1 });
    const v = await env.DB.prepare('SELECT via, api_key_id, submitted_by_user_id FROM return_versions WHERE return_id = ?1')
      .bind(draft!.id)
      .first();
    expect(v).toEqual({ via: 'api', api_key_id: o.id, submitted_by_user_id: null });
    const mail = await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox WHERE "to" = ?1 AND text LIKE ?2')
      .bind(o.email, `%${sent.body.reference}%`)
      .first<number>('n');
    expect(mail).toBe(1);
  });

  const cases: {
    name: string;
    change: (o: Awaited<ReturnType<typeof heldByKey>>) => Promise<unknown>;
    rev?: number;
    status: number;
    code: string;
  }[] = [
    {
      name: 'the key was revoked',
      change: (o) => env.DB.prepare('UPDATE api_keys SET revoked_at = ?1 WHERE id = ?2').bind(Date.now(), o.id).run(),
      status: 401,
      code: 'api-key-invalid',
    },
    {
      name: 'the key is over the write limit',
      change: (o) => env.DB.prepare('UPDATE rate_limits SET count = ?1 WHERE key LIKE ?2').bind(LIMITS.write.max, `write:${o.id}:%`).run(),
      status: 429,
      code: 'rate-limited',
    },
    {
      name: 'someone else saved the draft meanwhile',
      change: (o) =>
        env.DB.prepare("UPDATE returns SET draft_rev = draft_rev + 1, draft_values = '{}' WHERE org_id = ?1 AND period_id = ?2")
          .bind(o.orgId, P)
          .run(),
      status: 409,
      code: 'draft-conflict',
    },
  ];
  for (const what of ['draft', 'submit'] as const)
    for (const k of cases)
      it(`${what === 'draft' ? 'a save' : 'a submission'}, when ${k.name}: the route's answer (${k.status} ${k.code}), and nothing changes`, async () => {
        const o = await heldByKey();
        await k.change(o);
        const [before, audits] = [await fullSnapshot(), await auditCount()];
        const r = what === 'draft' ? await save(o.key, 1, 32) : await submit(o.key, 1);
        expect(r.status, JSON.stringify(r.body)).toBe(k.status);
        expect(r.body.error?.code).toBe(k.code);
        expect(await fullSnapshot()).toEqual(before);
        expect(await auditCount()).toBe(audits);
        expect(r.rounds).toBeLessThanOrEqual(3);
      });

  it('a key on the organisation’s own address saves as the route does: by the key, via the API', async () => {
    const o = await heldByKey();
    const put = async (rev: number) => {
      const counter = new RoundTripCounter();
      const res = await app.fetch(
        new Request(`${ORIGIN}/api/orgs/${o.orgId}/returns/${P}/draft`, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${o.key}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ rev, values: validValues(34, 12) }),
        }),
        { ...env, DB: counter.wrap(env.DB) },
        ctx,
      );
      return { status: res.status, rounds: counter.log.rounds };
    };
    // The key and the return are held from the machine address; the web form's address decides ahead too.
    expect(await put(1)).toEqual({ status: 200, rounds: 1 });
    const row = await env.DB.prepare('SELECT draft_source, draft_updated_by FROM returns WHERE org_id = ?1 AND period_id = ?2')
      .bind(o.orgId, P)
      .first();
    expect(row).toEqual({ draft_source: 'api', draft_updated_by: `api-key:${o.id}` });
  });

  it('a person’s session on a machine address is refused as the route refuses it', async () => {
    const o = await heldByKey();
    const session = o.caller.session!;
    const before = await fullSnapshot();
    const res = await app.fetch(
      new Request(`${ORIGIN}/api/v1/returns/${P}/draft`, {
        method: 'PUT',
        headers: { Cookie: session.cookie, 'X-CSRF-Token': session.csrf, Origin: ORIGIN, 'Content-Type': 'application/json' },
        body: JSON.stringify({ rev: 1, values: validValues(33, 12) }),
      }),
      env,
      ctx,
    );
    expect(res.status).toBe(401);
    expect(await fullSnapshot()).toEqual(before);
  });
});
