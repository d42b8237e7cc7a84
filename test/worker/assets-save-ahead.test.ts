// An asset's self-assessment saved on a session this isolate holds is one round trip, and lands
// as the route's save would; when anything the save expects is no longer true (the draft, the
// asset, the caller's membership, the session), the batch is refused, nothing changes, and the
// answer is the route's own from its guard's fresh reads (assets/save-ahead.ts).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../worker/src/index.ts';
import { RoundTripCounter } from '../../worker/src/lib/round-trips.ts';
import { assetAssessment, createAsset } from './assets-fixtures.ts';
import { auditCount, call, client, ORIGIN, type Session, signIn } from './helpers.ts';

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
let n = 0;
const person = async () => ({ session: await signIn(`asset-save-ahead-${++n}-${crypto.randomUUID()}@example.cymru`) });
type Person = Awaited<ReturnType<typeof person>>;
type Answer = { rev?: number; answered?: number; status?: string; lang?: string; assessment?: { id: string }; error?: { code: string } };

/** One save through the Worker, its round trips counted. */
async function save(caller: { session: Session }, path: string, body: unknown, csrf = caller.session.csrf) {
  const counter = new RoundTripCounter();
  const headers = { Cookie: caller.session.cookie, 'X-CSRF-Token': csrf, Origin: ORIGIN, 'Content-Type': 'application/json' };
  const req = new Request(`${ORIGIN}${path}`, { method: 'PUT', headers, body: JSON.stringify(body) });
  const res = await app.fetch(req, { ...env, DB: counter.wrap(env.DB) }, ctx);
  return { status: res.status, body: (await res.json()) as Answer, rounds: counter.log.rounds };
}

/** An asset of a new member with a draft assessment of every standard (rev 1), held after one save (rev 2). */
async function heldDraft() {
  const caller = await person();
  const assetId = await createAsset(caller);
  const res = await call('POST', `/api/assets/${assetId}/assessments`, { caller, body: { assessment: assetAssessment() } });
  expect(res.status).toBe(201);
  const id = ((await res.json()) as { id: string }).id;
  const path = `/api/assets/${assetId}/assessments/${id}`;
  const first = await save(caller, path, { rev: 1, assessment: assetAssessment(undefined, () => 2) });
  expect(first.status, JSON.stringify(first.body)).toBe(200);
  return { caller, assetId, id, path, first };
}

const state = async () => {
  const all = async (sql: string) => JSON.stringify((await env.DB.prepare(sql).all()).results);
  return { assessments: await all('SELECT * FROM asset_assessments ORDER BY rowid'), audit: await auditCount() };
};

describe("an asset self-assessment's save", () => {
  it('is one round trip on a session this isolate holds, and writes and audits what the route did', async () => {
    const { caller, id, path, first } = await heldDraft();
    expect(first.rounds).toBe(1);
    expect(first.body).toMatchObject({ rev: 2, status: 'draft', lang: 'cy', assessment: { id } });
    const r = await save(caller, path, { rev: 2, assessment: assetAssessment(3, () => 1, 'en') });
    expect(r).toMatchObject({ status: 200, rounds: 1, body: { rev: 3, answered: 3, lang: 'en' } });
    const row = (await env.DB.prepare('SELECT rev, answered, lang, data, updated_by FROM asset_assessments WHERE id = ?1')
      .bind(id)
      .first<{ rev: number; answered: number; lang: string; data: string; updated_by: string }>())!;
    expect(row).toMatchObject({ rev: 3, answered: 3, lang: 'en', updated_by: caller.session.userId });
    expect(JSON.parse(row.data)).toEqual({ ...assetAssessment(3, () => 1, 'en'), id });
    const audits = await env.DB.prepare(
      "SELECT actor_user_id, before, after FROM audit_log WHERE entity_id = ?1 AND action = 'asset_assessment.update' ORDER BY seq",
    )
      .bind(id)
      .all<{ actor_user_id: string; before: string; after: string }>();
    expect(audits.results.map((a) => [a.actor_user_id, JSON.parse(a.before), JSON.parse(a.after)])).toEqual([
      [caller.session.userId, { rev: 1, answered: first.body.answered }, { rev: 2, answered: first.body.answered }],
      [caller.session.userId, { rev: 2, answered: first.body.answered }, { rev: 3, answered: 3 }],
    ]);
    const read = await client(caller).assets[':assetId'].assessments[':id'].$get({
      param: { assetId: path.split('/')[3]!, id },
    });
    expect(await read.json()).toMatchObject({ rev: 3, answered: 3 });
  });

  // Each change goes through the table's triggers, as a save would: a step of the revision.
  type Case = {
    name: string;
    change?: (x: { caller: Person; assetId: string; id: string }) => Promise<unknown>;
    body?: unknown;
    path?: (x: { caller: Person; path: string }) => Promise<string>;
    csrf?: string;
    status: number;
    code: string;
  };
  const cases: Case[] = [
    { name: 'the save sends an old revision', body: { rev: 1, assessment: assetAssessment(2) }, status: 409, code: 'draft-conflict' },
    {
      name: 'another member saved it meanwhile',
      change: ({ id }) => env.DB.prepare('UPDATE asset_assessments SET rev = rev + 1 WHERE id = ?1').bind(id).run(),
      status: 409,
      code: 'draft-conflict',
    },
    {
      name: 'it was submitted meanwhile',
      change: ({ id, caller }) =>
        env.DB.prepare(
          "UPDATE asset_assessments SET status = 'submitted', rev = rev + 1, submitted_at = ?1, submitted_by = ?2 WHERE id = ?3",
        )
          .bind(Date.now(), caller.session.userId, id)
          .run(),
      status: 409,
      code: 'already-submitted',
    },
    {
      name: 'the asset was archived',
      change: ({ assetId }) => env.DB.prepare('UPDATE assets SET archived_at = ?1 WHERE id = ?2').bind(Date.now(), assetId).run(),
      status: 409,
      code: 'asset-archived',
    },
    {
      name: 'the caller is no longer a member',
      change: ({ assetId, caller }) =>
        env.DB.prepare('DELETE FROM asset_members WHERE asset_id = ?1 AND user_id = ?2').bind(assetId, caller.session.userId).run(),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'it was made on another version of the standards',
      change: ({ id }) =>
        env.DB.prepare("UPDATE asset_assessments SET standards_version = '0.9.0', rev = rev + 1 WHERE id = ?1").bind(id).run(),
      status: 400,
      code: 'validation',
    },
    {
      name: 'the path names it under another asset of the caller',
      path: async ({ caller, path }) => path.replace(/assets\/[^/]+/, `assets/${await createAsset(caller)}`),
      status: 404,
      code: 'not-found',
    },
    {
      name: 'the body is not a valid assessment',
      body: { rev: 2, assessment: { standardsVersion: 'nope' } },
      status: 400,
      code: 'validation',
    },
    { name: 'the request carries a wrong CSRF token', csrf: 'wrong', status: 403, code: 'csrf' },
    {
      name: 'the session was signed out',
      change: ({ caller }) => client(caller).auth['sign-out'].$post(),
      status: 401,
      code: 'unauthenticated',
    },
  ];
  for (const k of cases)
    it(`when ${k.name}: the route's answer (${k.status} ${k.code}), and nothing changes`, async () => {
      const { caller, assetId, id, path } = await heldDraft();
      await k.change?.({ caller, assetId, id });
      const to = (await k.path?.({ caller, path })) ?? path;
      const before = await state();
      const r = await save(caller, to, k.body ?? { rev: 2, assessment: assetAssessment(4) }, k.csrf);
      expect(r.status, JSON.stringify(r.body)).toBe(k.status);
      expect(r.body.error?.code).toBe(k.code);
      expect(await state()).toEqual(before);
    });
});
