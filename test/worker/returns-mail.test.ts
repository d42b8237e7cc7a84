// Mail about a return: locally its rows are written in the submission's own batch (nothing
// without the change); in production the send_email binding sends it after the change commits,
// to every submitter, and a failing send never fails or undoes the submission.
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { app } from '../../worker/src/index.ts';
import { RoundTripCounter } from '../../worker/src/lib/round-trips.ts';
import { expectError, latestMail, ORIGIN } from './helpers.ts';
import { fakeEmailBinding, readMime } from './mail-capture.ts';
import { admin, base, insertKey, openPeriod, orgWithSubmitter, putDraft, submit, uid, validValues } from './returns-helpers.ts';

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
const SITE = 'https://hwb.example.cymru';
const outboxCount = async (to: string) =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox WHERE "to" = ?1').bind(to).first<number>('n'))!;

afterEach(() => vi.restoreAllMocks());

async function draftReady(period: string) {
  const o = await orgWithSubmitter({ lang: 'en' });
  await openPeriod(await admin(), period);
  expect((await putDraft(o.caller, o.orgId, period, 0, validValues(30, 12))).status).toBe(200);
  return { ...o, key: (await insertKey(o.orgId)).key };
}

/** The submission through the API in production, with the given email binding. */
const submitInProduction = (o: { orgId: string; key: string }, period: string, binding: unknown) =>
  app.fetch(
    new Request(`${SITE}${base(o.orgId, period)}/submit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${o.key}`, 'Idempotency-Key': `idem-${uid()}` },
      body: JSON.stringify({ rev: 1, declaration: { name: 'Enw Cyflwynydd', confirmed: true } }),
    }),
    { ...env, ENVIRONMENT: 'production', PUBLIC_ORIGIN: SITE, EMAIL: binding, EMAIL_FROM: 'hwb@example.cymru' } as never,
    ctx,
  );

describe('mail about a submission', () => {
  it('locally: one outbox row per submitter, written with the version, and none for a refused submission', async () => {
    const P = '2030-31-q1';
    const o = await draftReady(P);
    const before = await outboxCount(o.email); // the sign-in link
    await expectError(await submit(o.caller, o.orgId, P, 7), 409, 'draft-conflict');
    expect(await outboxCount(o.email)).toBe(before);
    // Counted with nothing ignored: the mail is a statement of the submission's batch, not a call of its own.
    const counter = new RoundTripCounter();
    const { cookie, csrf } = o.caller.session!;
    const res = await app.fetch(
      new Request(`${ORIGIN}${base(o.orgId, P)}/submit`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Cookie: cookie,
          'X-CSRF-Token': csrf,
          Origin: ORIGIN,
          'Idempotency-Key': `idem-${uid()}`,
        },
        body: JSON.stringify({ rev: 1, declaration: { name: 'Enw Cyflwynydd', confirmed: true } }),
      }),
      { ...env, DB: counter.wrap(env.DB) } as never,
      ctx,
    );
    expect(res.status, await res.clone().text()).toBe(201);
    // Decided on the draft this isolate just saved: one batch (returns-submit-ahead.test.ts).
    expect(counter.log.rounds).toBe(1);
    const mailCalls = counter.log.calls.filter((c) => c.sql.some((q) => /^insert into "outbox"/.test(q)));
    expect(mailCalls).toHaveLength(1);
    expect(mailCalls[0]!.sql.some((q) => q.startsWith('INSERT INTO return_versions'))).toBe(true);
    expect(await outboxCount(o.email)).toBe(before + 1);
    expect((await latestMail(o.email))!.text).toContain(((await res.json()) as { reference: string }).reference);
  });

  it('in production: sent by the binding after the submission commits, never to the outbox', async () => {
    const P = '2030-31-q2';
    const o = await draftReady(P);
    const before = await outboxCount(o.email);
    const mail = fakeEmailBinding();
    const res = await submitInProduction(o, P, mail.binding);
    expect(res.status, await res.clone().text()).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    expect(mail.sent.map((m) => m.to)).toEqual([o.email]);
    expect(
      readMime(mail.sent[0]!.raw)
        .parts.map((p) => p.text)
        .join('\n'),
    ).toContain(reference);
    expect(await outboxCount(o.email)).toBe(before);
  });

  it('in production: a failing send is logged and the submission stands', async () => {
    const P = '2030-31-q3';
    const o = await draftReady(P);
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')));
    const res = await submitInProduction(o, P, {
      send: async () => {
        throw new Error('mail service down');
      },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(logged.some((l) => l.includes('mail to a submitter failed') && l.includes('mail service down'))).toBe(true);
    const stored = await env.DB.prepare('SELECT status FROM returns WHERE org_id = ?1 AND period_id = ?2')
      .bind(o.orgId, P)
      .first<string>('status');
    expect(stored).toBe('submitted');
  });
});
