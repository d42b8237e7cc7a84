// A draft save this isolate can decide on what it already holds (the caller's session, the
// draft's revision) is one round trip, and lands exactly as the route's would; when what it
// holds is no longer true, the write's batch is refused, nothing changes, and the answer is the
// route's own from fresh reads (routes/returns.ts `draftSaveAhead`, returns/commands.ts
// `saveDraftFromSnapshot`, lib/auth.ts `principalFromSnapshot`, migration 0016).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../worker/src/index.ts';
import { RoundTripCounter } from '../../worker/src/lib/round-trips.ts';
import { type StaleCase, staleCases } from './held-copy-cases.ts';
import { auditCount, client, ORIGIN, type Session } from './helpers.ts';
import {
  acceptedReturn,
  admin,
  analyst,
  base,
  fullSnapshot,
  openPeriod,
  orgWithSubmitter,
  putDraft,
  validValues,
} from './returns-helpers.ts';

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
const P = '2041-42-q1';

/** One save through the Worker with its round trips counted. */
async function save(session: Session, orgId: string, rev: number, values: Record<string, number | null>, csrf = session.csrf) {
  const counter = new RoundTripCounter();
  const headers = { Cookie: session.cookie, 'X-CSRF-Token': csrf, Origin: ORIGIN, 'Content-Type': 'application/json' };
  const req = new Request(`${ORIGIN}${base(orgId, P)}/draft`, { method: 'PUT', headers, body: JSON.stringify({ rev, values }) });
  const res = await app.fetch(req, { ...env, DB: counter.wrap(env.DB) }, ctx);
  const body = (await res.json()) as { rev?: number; error?: { code: string }; draft?: { rev: number } };
  return { status: res.status, body, rounds: counter.log.rounds };
}
const draftRow = (orgId: string) =>
  env.DB.prepare('SELECT id, draft_rev, draft_values FROM returns WHERE org_id = ?1 AND period_id = ?2')
    .bind(orgId, P)
    .first<{ id: string; draft_rev: number; draft_values: string }>();

beforeAll(async () => {
  await openPeriod(await admin(), P, { opensAt: '2025-01-01', dueAt: '2099-12-31' });
});

describe('a draft save decided on what the isolate holds', () => {
  it('is one round trip, and writes and audits what the route would', async () => {
    const { orgId, caller } = await orgWithSubmitter();
    const first = await save(caller.session!, orgId, 0, validValues(20));
    expect(first).toMatchObject({ status: 200, body: { rev: 1 }, rounds: 2 });
    const second = await save(caller.session!, orgId, 1, validValues(21));
    expect(second).toMatchObject({ status: 200, body: { rev: 2 }, rounds: 1 });
    const row = (await draftRow(orgId))!;
    expect(row.draft_rev).toBe(2);
    expect(JSON.parse(row.draft_values)['referrals-received']).toBe(21);
    const audit = await env.DB.prepare('SELECT action, before, after FROM audit_log WHERE entity_id = ?1 ORDER BY rowid DESC LIMIT 1')
      .bind(row.id)
      .first<{ action: string; before: string; after: string }>();
    expect(audit!.action).toBe('return.draft.update');
    expect(JSON.parse(audit!.before)).toEqual({ rev: 1 });
    const after = JSON.parse(audit!.after);
    expect(after).toMatchObject({ rev: 2, source: 'web' });
    // Only what changed: the referral counts and the conversations that follow them.
    expect(after.values['referrals-received']).toEqual([20, 21]);
    expect(after.values['people-supported']).toBeUndefined();
    // The page reads the same draft back.
    const read = await client(caller).orgs[':orgId'].returns[':periodId'].$get({ param: { orgId, periodId: P } });
    expect(((await read.json()) as { draft: { rev: number } }).draft.rev).toBe(2);
  });

  // Each case: a save leaves the isolate holding the session and the draft; then the database
  // moves on without it; the next save must answer as the route does and change nothing.
  const cases: StaleCase[] = [
    ...staleCases(P),
    {
      name: "the session's CSRF token is no longer the one sent",
      change: ({ session }) => env.DB.prepare("UPDATE sessions SET csrf_token = 'rotated' WHERE user_id = ?1").bind(session.userId).run(),
      status: 403,
      code: 'csrf',
    },
  ];
  for (const k of cases)
    it(`when ${k.name}: the route's answer (${k.status} ${k.code}), and nothing changes`, async () => {
      const { orgId, caller } = await orgWithSubmitter();
      const session = caller.session!;
      expect((await save(session, orgId, 0, validValues(20))).status).toBe(200);
      expect((await save(session, orgId, 1, validValues(22))).rounds).toBe(1); // held, and used
      await k.change({ orgId, session, caller });
      const [before, audits] = [await fullSnapshot(), await auditCount()];
      const r = await save(session, orgId, k.rev ?? 2, validValues(23), k.csrf);
      expect(r.status, JSON.stringify(r.body)).toBe(k.status);
      expect(r.body.error?.code).toBe(k.code);
      if (k.code === 'draft-conflict') expect(r.body.draft?.rev).toBe((await draftRow(orgId))!.draft_rev);
      expect(await fullSnapshot()).toEqual(before);
      expect(await auditCount()).toBe(audits);
      // A refused attempt costs one round trip more than the route's own, at most.
      expect(r.rounds).toBeLessThanOrEqual(3);
    });

  it('when the held draft is no longer that return (it cannot be deleted; here the guard is lifted): nothing is written', async () => {
    const { orgId, caller } = await orgWithSubmitter();
    const session = caller.session!;
    expect((await save(session, orgId, 0, validValues(20))).status).toBe(200);
    expect((await save(session, orgId, 1, validValues(21))).rounds).toBe(1);
    const trigger = (await env.DB.prepare("SELECT sql FROM sqlite_master WHERE name = 'returns_no_delete'").first<{ sql: string }>())!;
    await env.DB.prepare('DROP TRIGGER returns_no_delete').run();
    await env.DB.prepare('DELETE FROM returns WHERE org_id = ?1 AND period_id = ?2').bind(orgId, P).run();
    await env.DB.prepare(trigger.sql).run();
    const audits = await auditCount();
    // The route's answer: there is no draft (revision 0), so revision 2 is stale.
    const r = await save(session, orgId, 2, validValues(23));
    expect(r.status).toBe(409);
    expect(r.body.draft?.rev).toBe(0);
    expect(await draftRow(orgId)).toBeNull();
    expect(await auditCount()).toBe(audits);
  });

  it('when an earlier quarter was accepted after the last save: the answer is checked against it', async () => {
    const { orgId, caller } = await orgWithSubmitter();
    const session = caller.session!;
    const E = '2040-41-q4';
    await openPeriod(await admin(), E, { opensAt: '2025-01-01', dueAt: '2099-12-31' });
    expect((await save(session, orgId, 0, validValues(400))).status).toBe(200);
    const held = await save(session, orgId, 1, validValues(400));
    expect(held.rounds).toBe(1);
    const changeWarnings = (r: typeof held) =>
      ((r.body as { issues?: { warnings: { code: string }[] } }).issues?.warnings ?? [])
        .map((w) => w.code)
        .filter((c) => !c.startsWith('outlier-'));
    expect(changeWarnings(held)).toEqual([]);
    // The previous quarter, accepted meanwhile: 400 referrals against its 20 is a change to explain.
    await acceptedReturn(caller, await analyst(), orgId, E, validValues(20));
    const r = await save(session, orgId, 2, validValues(400));
    expect(r.status).toBe(200);
    expect(r.rounds).toBeLessThanOrEqual(3);
    expect(changeWarnings(r).length).toBeGreaterThan(0);
  });

  it('when the period was locked: 423, and nothing changes', async () => {
    const adm = await admin();
    const { orgId, caller } = await orgWithSubmitter();
    const L = '2042-43-q2';
    await openPeriod(adm, L, { opensAt: '2025-01-01', dueAt: '2099-12-31' });
    const put = (rev: number, r: number) => putDraft(caller, orgId, L, rev, validValues(r));
    expect((await put(0, 20)).status).toBe(200);
    expect((await put(1, 21)).status).toBe(200);
    expect((await client(adm).periods[':id'].lock.$post({ param: { id: L } })).status).toBe(200);
    const before = await fullSnapshot();
    const res = await put(2, 22);
    expect(res.status).toBe(423);
    expect(await fullSnapshot()).toEqual(before);
  });
});
