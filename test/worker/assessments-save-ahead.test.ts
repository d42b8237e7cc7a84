// A self-assessment's save reads nothing first: its audit row and update are one batch, each
// written only if the assessment is the caller's at the revision and framework version the save
// expects (assessments/save.ts). Decided on a session this isolate holds, that batch is the
// request's one round trip; when anything it expects is no longer true, the batch is refused,
// nothing changes, and the answer is the route's own from fresh reads.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../worker/src/index.ts';
import { LIMITS } from '../../worker/src/lib/ratelimit.ts';
import { RoundTripCounter } from '../../worker/src/lib/round-trips.ts';
import { draft } from './assessments-fixtures.ts';
import { auditCount, type Caller, client, ORIGIN, type Session, signIn } from './helpers.ts';

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
let n = 0;
const person = async (): Promise<Caller & { session: Session }> => ({
  session: await signIn(`save-ahead-${++n}-${crypto.randomUUID()}@example.cymru`),
});

type Answer = { rev?: number; answered?: number; total?: number; status?: string; assessment?: { id: string }; error?: { code: string } };

/** One save through the Worker, its round trips counted. */
async function save(caller: { session: Session }, id: string, body: unknown, csrf = caller.session.csrf) {
  const counter = new RoundTripCounter();
  const headers = { Cookie: caller.session.cookie, 'X-CSRF-Token': csrf, Origin: ORIGIN, 'Content-Type': 'application/json' };
  const req = new Request(`${ORIGIN}/api/assessments/${id}`, { method: 'PUT', headers, body: JSON.stringify(body) });
  const res = await app.fetch(req, { ...env, DB: counter.wrap(env.DB) }, ctx);
  return { status: res.status, body: (await res.json()) as Answer, rounds: counter.log.rounds };
}

async function created(caller: Caller) {
  const res = await client(caller).assessments.$post({ json: { assessment: draft(3) } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const row = (id: string) =>
  env.DB.prepare('SELECT * FROM assessments WHERE id = ?1')
    .bind(id)
    .first<{ rev: number; answered: number; data: string; updated_at: number }>();
const writes = async (userId: string) =>
  (await env.DB.prepare("SELECT COALESCE(SUM(count), 0) AS n FROM rate_limits WHERE key LIKE 'write:' || ?1 || ':%'")
    .bind(userId)
    .first<{ n: number }>())!.n;
/** Everything a save could change: the assessments, the audit log and the write counts. */
const state = async () => {
  const all = async (sql: string) => JSON.stringify((await env.DB.prepare(sql).all()).results);
  return {
    assessments: await all('SELECT * FROM assessments ORDER BY rowid'),
    audit: await auditCount(),
    limits: await all('SELECT * FROM rate_limits ORDER BY rowid'),
  };
};

let owner: Caller & { session: Session };
beforeAll(async () => {
  owner = await person();
});

describe("a self-assessment's save", () => {
  it('is one round trip on a session this isolate holds, and writes and audits what the route did', async () => {
    const id = await created(owner);
    const before = (await row(id))!;
    const r = await save(owner, id, { rev: 1, assessment: draft(7) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.rounds).toBe(1);
    expect(r.body).toMatchObject({ rev: 2, answered: 7, status: 'draft', assessment: { id } });
    expect(r.body.total).toBeGreaterThan(7);
    const after = (await row(id))!;
    expect(after).toMatchObject({ rev: 2, answered: 7 });
    expect(JSON.parse(after.data)).toEqual({ ...draft(7), id });
    const audit = await env.DB.prepare(
      "SELECT actor_user_id, actor_api_key_id, before, after FROM audit_log WHERE entity_id = ?1 AND action = 'assessment.update'",
    )
      .bind(id)
      .all<{ actor_user_id: string; actor_api_key_id: string | null; before: string; after: string }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]).toMatchObject({ actor_user_id: owner.session.userId, actor_api_key_id: null });
    expect(JSON.parse(audit.results[0]!.before)).toEqual({ rev: 1, answered: before.answered });
    expect(JSON.parse(audit.results[0]!.after)).toEqual({ rev: 2, answered: 7 });
    // The page reads back what was saved.
    const read = await client(owner).assessments[':id'].$get({ param: { id } });
    expect(await read.json()).toMatchObject({ rev: 2, answered: 7, assessment: { id } });
  });

  // Each case: the owner's session is held (a save was just decided ahead); then something the
  // next save expects is no longer true. The answer is the route's; nothing changes but, where
  // the route counts the attempt, one write against the limit.
  type Case = {
    name: string;
    change?: (x: { id: string; caller: typeof owner }) => Promise<unknown>;
    body?: (id: string) => unknown;
    as?: () => Promise<typeof owner>;
    id?: (id: string) => string;
    csrf?: string;
    status: number;
    code: string;
  };
  const cases: Case[] = [
    { name: 'the save sends an old revision', body: () => ({ rev: 1, assessment: draft(5) }), status: 409, code: 'conflict' },
    {
      name: 'it was saved elsewhere meanwhile',
      change: ({ id }) => env.DB.prepare('UPDATE assessments SET rev = rev + 1 WHERE id = ?1').bind(id).run(),
      status: 409,
      code: 'conflict',
    },
    {
      name: 'it was made on another version of the framework',
      change: ({ id }) => env.DB.prepare("UPDATE assessments SET framework_version = '0.9.0' WHERE id = ?1").bind(id).run(),
      status: 400,
      code: 'validation',
    },
    {
      name: 'the body is not a valid assessment',
      body: () => ({ rev: 2, assessment: { frameworkVersion: 'nope' } }),
      status: 400,
      code: 'validation',
    },
    { name: 'it is someone else’s', as: person, status: 404, code: 'not-found' },
    {
      name: 'it is someone else’s, and the body is not valid either',
      as: person,
      body: () => ({ rev: 2, assessment: { frameworkVersion: 'nope' } }),
      status: 404,
      code: 'not-found',
    },
    { name: 'there is no such assessment', id: () => crypto.randomUUID(), status: 404, code: 'not-found' },
    { name: 'the request carries a wrong CSRF token', csrf: 'wrong', status: 403, code: 'csrf' },
    {
      name: 'the session was signed out',
      change: ({ caller }) => client(caller).auth['sign-out'].$post(),
      status: 401,
      code: 'unauthenticated',
    },
    {
      name: 'the person is over the write limit',
      change: ({ caller }) =>
        env.DB.prepare('UPDATE rate_limits SET count = ?1 WHERE key LIKE ?2')
          .bind(LIMITS.write.max, `write:${caller.session.userId}:%`)
          .run(),
      status: 429,
      code: 'rate-limited',
    },
  ];
  for (const k of cases)
    it(`when ${k.name}: the route's answer (${k.status} ${k.code}), and nothing changes`, async () => {
      const caller = await person();
      const id = await created(caller);
      const saver = k.as ? await k.as() : caller;
      if (saver !== caller) await created(saver); // the other person's session is held too
      expect((await save(caller, id, { rev: 1, assessment: draft(4) })).rounds).toBe(1); // held, and used
      await k.change?.({ id, caller });
      const [before, counted] = [await state(), await writes(saver.session.userId)];
      const r = await save(saver, k.id?.(id) ?? id, k.body?.(id) ?? { rev: 2, assessment: draft(5) }, k.csrf);
      expect(r.status, JSON.stringify(r.body)).toBe(k.status);
      expect(r.body.error?.code).toBe(k.code);
      const after = await state();
      expect(after.assessments).toBe(before.assessments);
      expect(after.audit).toBe(before.audit);
      // The route counts a refused write once, as it always has; never twice.
      expect(await writes(saver.session.userId)).toBeLessThanOrEqual(counted + 1);
      expect(r.rounds).toBeLessThanOrEqual(3);
    });

  it('two saves from the same revision: one lands, the other is a conflict with no audit row', async () => {
    const id = await created(owner);
    const audits = await auditCount();
    const [a, b] = await Promise.all([
      save(owner, id, { rev: 1, assessment: draft(5) }),
      save(owner, id, { rev: 1, assessment: draft(6) }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await row(id))!.rev).toBe(2);
    expect(await auditCount()).toBe(audits + 1);
  });
});
