// A submission this isolate can decide on what it already holds (the caller's session, the
// return as its last save or submission left it, the history it was checked against) is one
// round trip, and lands exactly as the route's would, mail included; when what it holds is no
// longer true, the batch is refused, nothing changes, and the answer is the route's own from
// fresh reads (routes/returns.ts `submitAhead`, returns/commands.ts `submitFromSnapshot`).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodLabel } from '../../content/stats/periods.ts';
import { app } from '../../worker/src/index.ts';
import { render } from '../../worker/src/lib/email-message.ts';
import { RoundTripCounter } from '../../worker/src/lib/round-trips.ts';
import { type StaleCase, staleCases } from './held-copy-cases.ts';
import { addMember, auditCount, client, ORIGIN, type Session, signIn } from './helpers.ts';
import { fakeEmailBinding, readMime } from './mail-capture.ts';
import {
  acceptedReturn,
  admin,
  analyst,
  base,
  fill,
  fullSnapshot,
  insertKey,
  openPeriod,
  orgWithSubmitter,
  putDraft,
  review,
  uid,
  validValues,
} from './returns-helpers.ts';

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
const P0 = '2043-44-q1';
const P = '2043-44-q2';
const SITE = 'https://hwb.example.cymru';

type Answer = { version?: number; reference?: string; status?: string; error?: { code: string } };

/** One submission through the Worker with its round trips counted (locally, or in production with a mail binding). */
async function submitCounted(
  session: Session,
  orgId: string,
  rev: number,
  opts: { key?: string; csrf?: string; amendmentReason?: string; production?: { EMAIL: unknown } } = {},
) {
  const counter = new RoundTripCounter();
  const origin = opts.production ? SITE : ORIGIN;
  const cookie = opts.production ? session.cookie.replace(/^sphub_session=/, '__Host-sphub_session=') : session.cookie;
  const headers = {
    Cookie: cookie,
    'X-CSRF-Token': opts.csrf ?? session.csrf,
    Origin: origin,
    'Content-Type': 'application/json',
    'Idempotency-Key': opts.key ?? `idem-${uid()}`,
  };
  const body = {
    rev,
    declaration: { name: 'Enw Cyflwynydd', confirmed: true },
    ...(opts.amendmentReason ? { amendmentReason: opts.amendmentReason } : {}),
  };
  const req = new Request(`${origin}${base(orgId, P)}/submit`, { method: 'POST', headers, body: JSON.stringify(body) });
  const bindings = opts.production
    ? { ...env, ENVIRONMENT: 'production', PUBLIC_ORIGIN: SITE, EMAIL_FROM: 'hwb@example.cymru', ...opts.production }
    : env;
  const res = await app.fetch(req, { ...bindings, DB: counter.wrap(env.DB) } as never, ctx);
  return { status: res.status, body: (await res.json()) as Answer, rounds: counter.log.rounds };
}

/** Mail about a submission of P to the organisation's members, oldest first. */
const outboxTo = (orgId: string) =>
  env.DB.prepare(
    'SELECT o.id, o."to", o.subject, o.text FROM outbox o JOIN users u ON u.email = o."to" JOIN memberships m ON m.user_id = u.id WHERE m.org_id = ?1 AND o.text LIKE ?2 ORDER BY o.rowid',
  )
    .bind(orgId, `%SP-${P.slice(0, 7)}-${P.slice(8).toUpperCase()}-%`)
    .all<{ id: string; to: string; subject: string; text: string }>()
    .then((r) => r.results);
const returnRow = (orgId: string, periodId = P) =>
  env.DB.prepare('SELECT id, status, latest_version, draft_rev FROM returns WHERE org_id = ?1 AND period_id = ?2')
    .bind(orgId, periodId)
    .first<{ id: string; status: string; latest_version: number | null; draft_rev: number }>();

/** Submits `rev` and expects the route's refusal, with nothing changed. */
async function refusedAsTheRoute(o: { session: Session; orgId: string }, rev: number, status: number, code: string) {
  const before = await fullSnapshot();
  const r = await submitCounted(o.session, o.orgId, rev);
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.body.error?.code).toBe(code);
  expect(await fullSnapshot()).toEqual(before);
}

/** An organisation whose submitter has just saved a draft of P (so this isolate holds it): rev 1. */
async function heldDraft(values = validValues(30, 12)) {
  const o = await orgWithSubmitter({ lang: 'cy' });
  expect((await putDraft(o.caller, o.orgId, P, 0, values)).status).toBe(200);
  return { ...o, session: o.caller.session! };
}

beforeAll(async () => {
  const adm = await admin();
  for (const id of [P0, P]) await openPeriod(adm, id, { opensAt: '2025-01-01', dueAt: '2099-12-31' });
});

describe('a submission decided on what the isolate holds', () => {
  it('is one round trip, and writes, audits and mails what the route would', async () => {
    const o = await heldDraft();
    const english = await signIn(`en-${uid()}@example.cymru`, 'en');
    await addMember(english.userId, o.orgId);
    const r = await submitCounted(o.session, o.orgId, 1, { key: 'idem-ahead-1' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.rounds).toBe(1);
    expect(r.body).toMatchObject({ version: 1, status: 'submitted' });
    const ret = (await returnRow(o.orgId))!;
    expect(ret).toMatchObject({ status: 'submitted', latest_version: 1 });
    const v = await env.DB.prepare('SELECT * FROM return_versions WHERE return_id = ?1').bind(ret.id).first<Record<string, unknown>>();
    expect(v).toMatchObject({
      version: 1,
      reference: r.body.reference,
      via: 'web',
      declaration_name: 'Enw Cyflwynydd',
      idempotency_key: 'idem-ahead-1',
      draft_rev: 1,
      submitted_by_user_id: o.session.userId,
    });
    const audit = await env.DB.prepare("SELECT after FROM audit_log WHERE entity_id = ?1 AND action = 'return.submit'")
      .bind(ret.id)
      .first<{ after: string }>();
    expect(JSON.parse(audit!.after)).toEqual({ version: 1, reference: r.body.reference, via: 'web', rev: 1, amendmentReason: null });
    // One message to each submitter, in their language first, as the route renders it.
    const org = (await env.DB.prepare('SELECT name_cy, name_en FROM organisations WHERE id = ?1')
      .bind(o.orgId)
      .first<{ name_cy: string; name_en: string }>())!;
    const vars = (lang: 'cy' | 'en') => ({
      org: lang === 'cy' ? org.name_cy : org.name_en,
      period: periodLabel(P, lang),
      reference: r.body.reference!,
      version: '1',
      name: 'Enw Cyflwynydd',
    });
    const tpl = {
      subject: 'email.returns.submitted.subject',
      body: 'email.returns.submitted.body',
      vars: { cy: vars('cy'), en: vars('en') },
    } as const;
    const mail = await outboxTo(o.orgId);
    expect(mail.map((m) => m.to).sort()).toEqual([o.email, english.email].sort());
    for (const m of mail) {
      const lang = m.to === english.email ? 'en' : 'cy';
      expect({ subject: m.subject, text: m.text }).toEqual(render(lang, tpl));
      expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    // The same key again: the same answer, from the route's replay, and nothing new.
    const [before, audits] = [await fullSnapshot(), await auditCount()];
    const again = await submitCounted(o.session, o.orgId, 1, { key: 'idem-ahead-1' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(r.body);
    expect(await fullSnapshot()).toEqual(before);
    expect(await auditCount()).toBe(audits);
    expect(await outboxTo(o.orgId)).toHaveLength(2);
  });

  it('names the way the draft came in, as the route does: a draft uploaded as CSV is submitted via csv', async () => {
    const o = await orgWithSubmitter();
    const session = o.caller.session!;
    const template = await app.fetch(
      new Request(`${ORIGIN}${base(o.orgId, P)}/template.csv?lang=cy`, { headers: { Cookie: session.cookie } }),
      env,
      ctx,
    );
    const csv = fill(await template.text(), validValues(30, 12));
    const uploaded = await app.fetch(
      new Request(`${ORIGIN}${base(o.orgId, P)}/csv`, {
        method: 'POST',
        headers: { Cookie: session.cookie, 'X-CSRF-Token': session.csrf, Origin: ORIGIN, 'Content-Type': 'text/csv', 'X-Draft-Rev': '0' },
        body: csv,
      }),
      env,
      ctx,
    );
    expect(uploaded.status, await uploaded.clone().text()).toBe(200);
    const r = await submitCounted(session, o.orgId, 1);
    expect(r).toMatchObject({ status: 201, rounds: 1 });
    const via = await env.DB.prepare('SELECT v.via FROM return_versions v JOIN returns r ON r.id = v.return_id WHERE r.org_id = ?1')
      .bind(o.orgId)
      .first<string>('via');
    expect(via).toBe('csv');
  });

  it('mails whoever is a submitter when it lands, not when the draft was saved', async () => {
    const o = await heldDraft();
    const joined = await signIn(`joined-${uid()}@example.cymru`, 'en');
    await addMember(joined.userId, o.orgId);
    const r = await submitCounted(o.session, o.orgId, 1);
    expect(r).toMatchObject({ status: 201, rounds: 1 });
    expect((await outboxTo(o.orgId)).map((m) => m.to)).toContain(joined.email);
  });

  it('in production: one round trip, and the binding mails the submitters after it commits, never the outbox', async () => {
    const o = await heldDraft();
    const mail = fakeEmailBinding();
    const r = await submitCounted(o.session, o.orgId, 1, { production: { EMAIL: mail.binding } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.rounds).toBe(1);
    expect(mail.sent.map((m) => m.to)).toEqual([o.email]);
    expect(
      readMime(mail.sent[0]!.raw)
        .parts.map((p) => p.text)
        .join('\n'),
    ).toContain(r.body.reference);
    expect(await outboxTo(o.orgId)).toEqual([]);
  });

  // Each case: the isolate holds the session and the draft; then the database moves on without
  // it; the submission must answer as the route does and change nothing.
  const cases: StaleCase[] = [
    ...staleCases(P),
    {
      name: 'the same revision was submitted by the API meanwhile',
      change: async ({ orgId }) => {
        const { key } = await insertKey(orgId);
        const res = await app.fetch(
          new Request(`${ORIGIN}/api/v1/returns/${P}/submit`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', 'Idempotency-Key': `idem-${uid()}` },
            body: JSON.stringify({ rev: 1, declaration: { name: 'API', confirmed: true } }),
          }),
          env,
          ctx,
        );
        expect(res.status, await res.clone().text()).toBe(201);
      },
      status: 409,
      code: 'already-submitted',
    },
  ];
  for (const k of cases)
    it(`when ${k.name}: the route's answer (${k.status} ${k.code}), and nothing changes`, async () => {
      const o = await heldDraft();
      await k.change({ orgId: o.orgId, session: o.session, caller: o.caller });
      const [before, audits, mail] = [await fullSnapshot(), await auditCount(), (await outboxTo(o.orgId)).length];
      const r = await submitCounted(o.session, o.orgId, k.rev ?? 1, { csrf: k.csrf });
      expect(r.status, JSON.stringify(r.body)).toBe(k.status);
      expect(r.body.error?.code).toBe(k.code);
      expect(await fullSnapshot()).toEqual(before);
      expect(await auditCount()).toBe(audits);
      expect(await outboxTo(o.orgId)).toHaveLength(mail);
      // A refused attempt costs one round trip more than the route's own, at most.
      expect(r.rounds).toBeLessThanOrEqual(3);
    });

  it('when the draft repeats the version just submitted: 422 no-changes, and nothing changes', async () => {
    const o = await heldDraft(validValues(30, 12));
    expect((await submitCounted(o.session, o.orgId, 1)).rounds).toBe(1);
    expect((await putDraft(o.caller, o.orgId, P, 1, validValues(30, 12))).status).toBe(200);
    await refusedAsTheRoute(o, 2, 422, 'no-changes');
  });

  it('when the version was accepted after the draft was saved: 422 amendment-reason-required, and nothing changes', async () => {
    const o = await heldDraft(validValues(30, 12));
    expect((await submitCounted(o.session, o.orgId, 1)).rounds).toBe(1);
    expect((await putDraft(o.caller, o.orgId, P, 1, validValues(31, 12))).status).toBe(200);
    expect((await review(await analyst(), o.orgId, P, 1, 'accept')).status).toBe(201);
    await refusedAsTheRoute(o, 2, 422, 'amendment-reason-required');
    // With the reason, it lands as version 2.
    const amended = await submitCounted(o.session, o.orgId, 2, { amendmentReason: 'Cywiriad' });
    expect(amended).toMatchObject({ status: 201, body: { version: 2 } });
  });

  it('when an earlier quarter was accepted after the draft was saved: checked against it (422 explanation-required)', async () => {
    const o = await heldDraft(validValues(400, 12));
    // The previous quarter, accepted meanwhile, makes 400 referrals a change that needs explaining.
    await acceptedReturn(o.caller, await analyst(), o.orgId, P0, validValues(20, 12));
    await refusedAsTheRoute(o, 1, 422, 'explanation-required');
  });

  it('when the organisation was renamed: the mail carries the new name', async () => {
    const o = await heldDraft();
    await env.DB.prepare("UPDATE organisations SET name_cy = 'Enw Newydd', name_en = 'New Name' WHERE id = ?1").bind(o.orgId).run();
    const r = await submitCounted(o.session, o.orgId, 1);
    expect(r.status).toBe(201);
    expect(r.rounds).toBeLessThanOrEqual(3);
    const [m] = await outboxTo(o.orgId);
    expect(m!.text).toContain('Enw Newydd');
    expect(m!.text).toContain('New Name');
  });

  it('when the period was locked: 423, and nothing changes', async () => {
    const adm = await admin();
    const L = '2044-45-q1';
    await openPeriod(adm, L, { opensAt: '2025-01-01', dueAt: '2099-12-31' });
    const o = await orgWithSubmitter();
    expect((await putDraft(o.caller, o.orgId, L, 0, validValues())).status).toBe(200);
    expect((await client(adm).periods[':id'].lock.$post({ param: { id: L } })).status).toBe(200);
    const before = await fullSnapshot();
    const res = await client(o.caller).orgs[':orgId'].returns[':periodId'].submit.$post({
      param: { orgId: o.orgId, periodId: L },
      header: { 'Idempotency-Key': `idem-${uid()}` },
      json: { rev: 1, declaration: { name: 'Enw', confirmed: true } },
    });
    expect(res.status).toBe(423);
    expect(await fullSnapshot()).toEqual(before);
  });
});
