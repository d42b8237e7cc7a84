// The whole life of a quarterly return through the API against a real local D1: draft,
// submit, return, amend, resubmit, accept, amend after acceptance with a reason; every
// version kept and unchanged; idempotent submission; concurrent drafts; locked periods.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { call, client, copy, expectError, json, latestMail, rawJson } from './helpers.ts';
import {
  admin,
  analyst,
  base,
  detail,
  fullSnapshot,
  insertKey,
  openPeriod,
  orgWithSubmitter,
  putDraft,
  review,
  submit,
  validValues,
} from './returns-helpers.ts';

// Long scenarios (many requests each): generous limits for a loaded machine running every project.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const P = '2025-26-q1';
let adm: Awaited<ReturnType<typeof admin>>;
let ana: Awaited<ReturnType<typeof analyst>>;

beforeAll(async () => {
  adm = await admin();
  ana = await analyst();
  await openPeriod(adm, P);
});

const _versionRows = async () => (await env.DB.prepare('SELECT * FROM return_versions ORDER BY created_at, version').all()).results;

describe('periods', () => {
  it('lists periods publicly with bilingual labels and default dates', async () => {
    const res = await client().periods.$get();
    expect(res.status).toBe(200);
    const { periods } = await json(res);
    const p = periods.find((x: { id: string }) => x.id === P);
    expect(p).toMatchObject({
      id: P,
      opensAt: '2025-07-01',
      locked: false,
      label: { en: 'April to June 2025 (2025-26 Q1)', cy: 'Ebrill i Fehefin 2025 (Ch1 2025-26)' },
    });
    expect(p!.dueAt).toBe('2025-07-28'); // 20th working day after 30 June 2025
  });
  it('refuses a second period with the same id and a bad id', async () => {
    await expectError(await client(adm).periods.$post({ json: { id: P } }), 409, 'period-exists');
    await expectError(await client(adm).periods.$post({ json: { id: '2025-27-q1' } }), 400, 'validation');
  });
});

/** As much of an OpenAPI document as these tests read. */
type OpenApiDoc = {
  openapi: string;
  paths: Record<string, unknown>;
  components: { schemas: Record<string, { properties: { values: { properties: Record<string, unknown> } } }> };
};

describe('lifecycle', () => {
  it('draft → submit → return → amend → resubmit → accept → amend with a reason, keeping every version', async () => {
    const { orgId, caller: sub, email } = await orgWithSubmitter({ lang: 'en' });
    let d = await detail(sub, orgId, P);
    expect(d).toMatchObject({ status: 'not-started', late: true, draft: { rev: 0, values: {} }, versions: [], previous: null }); // due 28 July 2025

    // A draft may hold errors (reported) but not junk.
    const draftRes = await putDraft(sub, orgId, P, 0, { 'referrals-received': 5, 'referrals-received.age-band.age-0-17': 9 });
    expect(draftRes.status, await draftRes.clone().text()).toBe(200);
    const body = await json(draftRes);
    expect(body.rev).toBe(1);
    expect(body.issues.errors.map((e: { code: string }) => e.code)).toContain('breakdown-sum');
    d = await detail(sub, orgId, P);
    expect(d.status).toBe('draft');
    expect(d.draft.values['referrals-received']).toBe(5);

    // Submitting a draft with errors: 422 return-invalid with the issues, no version.
    const submitRes = await submit(sub, orgId, P, 1);
    const e = await expectError(submitRes.clone(), 422, 'return-invalid');
    expect(e.message).toMatch(/errors/i);
    expect((await json(submitRes)).issues!.errors.length).toBeGreaterThan(0);
    expect((await detail(sub, orgId, P)).versions).toHaveLength(0);

    // Fix, submit: version 1 with a reference, email to the submitter.
    const draftRes2 = await putDraft(sub, orgId, P, 1, validValues(20));
    expect(draftRes2.status).toBe(200);
    const submitRes2 = await submit(sub, orgId, P, 2, 'key-one-aaaa');
    expect(submitRes2.status, await submitRes2.clone().text()).toBe(201);
    const v1 = await json(submitRes2);
    expect(v1).toMatchObject({ version: 1, reference: expect.stringMatching(/^SP-2025-26-Q1-[0-9A-F]{6}-v1$/) });
    const mail = await latestMail(email);
    expect(mail!.text).toContain(v1.reference);
    expect(mail!.text.indexOf('has been received')).toBeLessThan(mail!.text.indexOf('wedi dod i law'));
    expect((await detail(sub, orgId, P)).status).toBe('submitted');

    // The analyst returns it with a comment (required).
    await expectError(await review(ana, orgId, P, 1, 'return'), 400, 'validation');
    const reviewRes = await review(ana, orgId, P, 1, 'return', 'Referrals look too low: please check the age bands.');
    expect(reviewRes.status, await reviewRes.clone().text()).toBe(201);
    expect((await latestMail(email))!.text).toContain('Referrals look too low');
    await expectError(await review(ana, orgId, P, 1, 'accept'), 409, 'already-reviewed');
    d = await detail(sub, orgId, P);
    expect(d.status).toBe('returned');
    expect(d.unsubmittedChanges).toBe(false);
    expect(d.versions[0]!.review).toMatchObject({ decision: 'returned', comment: expect.stringContaining('too low') });

    // Amend and resubmit: version 2; then accept.
    const draftRes3 = await putDraft(sub, orgId, P, 2, validValues(25));
    expect(draftRes3.status).toBe(200);
    expect((await detail(sub, orgId, P)).unsubmittedChanges).toBe(true);
    const submitRes3 = await submit(sub, orgId, P, 3, 'key-two-bbbb');
    expect(submitRes3.status).toBe(201);
    expect((await json(submitRes3)).version).toBe(2);
    const reviewRes2 = await review(ana, orgId, P, 1, 'accept'); // an old version cannot be reviewed now
    await expectError(reviewRes2, 409, 'already-reviewed');
    const reviewRes3 = await review(ana, orgId, P, 2, 'accept');
    expect(reviewRes3.status).toBe(201);
    expect((await detail(sub, orgId, P)).status).toBe('accepted');

    // After acceptance, a resubmission needs a reason.
    const draftRes4 = await putDraft(sub, orgId, P, 3, validValues(26));
    expect(draftRes4.status).toBe(200);
    await expectError(await submit(sub, orgId, P, 4, 'key-three-cccc'), 422, 'amendment-reason-required');
    const submitRes4 = await submit(sub, orgId, P, 4, 'key-three-cccc', { amendmentReason: 'A late referral was found.' });
    expect(submitRes4.status).toBe(201);
    d = await detail(sub, orgId, P);
    expect(d.status).toBe('submitted');
    expect(d.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
    expect(d.versions[2]).toMatchObject({ amendmentReason: 'A late referral was found.', via: 'web' });

    // Every version is kept with the values it was submitted with.
    const one = await json(
      await client(sub).orgs[':orgId'].returns[':periodId'].versions[':version'].$get({ param: { orgId, periodId: P, version: '1' } }),
    );
    expect(one.values['referrals-received']).toBe(20);
    const diff = await json(
      await client(ana).orgs[':orgId'].returns[':periodId'].diff.$get({ param: { orgId, periodId: P }, query: { from: '1', to: '3' } }),
    );
    expect(diff.changes.find((c: { field: string }) => c.field === 'referrals-received')).toMatchObject({
      from: 20,
      to: 26,
      label: { en: expect.any(String), cy: expect.any(String) },
    });
    expect(diff.changes.every((c: { from: unknown; to: unknown }) => c.from !== c.to)).toBe(true);

    // Immutability: the database refuses to change or delete a version or a review.
    await expect(env.DB.prepare('UPDATE return_versions SET "values" = \'{}\'').run()).rejects.toThrow(/immutable/);
    await expect(env.DB.prepare('DELETE FROM return_versions').run()).rejects.toThrow(/immutable/);
    await expect(env.DB.prepare("UPDATE return_reviews SET decision = 'accepted'").run()).rejects.toThrow(/immutable/);

    // Audit rows for each write.
    const { results } = await env.DB.prepare("SELECT action FROM audit_log WHERE entity_type = 'return' ORDER BY seq").all<{
      action: string;
    }>();
    expect(results.map((r) => r.action)).toEqual(
      expect.arrayContaining(['return.draft.create', 'return.draft.update', 'return.submit', 'return.return', 'return.accept']),
    );

    // The org list shows the period with the latest version.
    const list = await json(await client(sub).orgs[':orgId'].returns.$get({ param: { orgId: orgId } }));
    expect(list.periods.find((p: { period: { id: string } }) => p.period.id === P)).toMatchObject({
      status: 'submitted',
      latestVersion: 3,
    });
  });

  it('a retried submission with the same Idempotency-Key gives the same answer and one version', async () => {
    const { orgId, caller: sub } = await orgWithSubmitter();
    await putDraft(sub, orgId, P, 0, validValues(12));
    const [a, b] = await Promise.all([submit(sub, orgId, P, 1, 'retry-key-1234'), submit(sub, orgId, P, 1, 'retry-key-1234')]);
    const c = await submit(sub, orgId, P, 1, 'retry-key-1234');
    for (const r of [a, b, c]) expect(r.status, await r.clone().text()).toBe(201);
    const bodies = await Promise.all([a, b, c].map((r) => json(r)));
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect((await detail(sub, orgId, P)).versions).toHaveLength(1);
    await expectError(await submit(sub, orgId, P, 1, 'short'), 400, 'idempotency-key-required');
    const noKey = await call('POST', `${base(orgId, P)}/submit`, {
      caller: sub,
      body: { rev: 1, declaration: { name: 'X', confirmed: true } },
    });
    await expectError(noKey, 400, 'idempotency-key-required');
  });

  it('two concurrent saves from the same rev: one 200, one 409 with the current draft and the loser’s values', async () => {
    const { orgId, caller: sub } = await orgWithSubmitter();
    await putDraft(sub, orgId, P, 0, { 'referrals-received': 1 });
    const [a, b] = await Promise.all([
      putDraft(sub, orgId, P, 1, { 'referrals-received': 111 }),
      putDraft(sub, orgId, P, 1, { 'referrals-received': 222 }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [win, lose] = a.status === 200 ? [a, b] : [b, a];
    const winner = await json(win);
    const loser = await json(lose);
    expect(loser.error!.code).toBe('draft-conflict');
    expect(loser.draft!.rev).toBe(2);
    expect(loser.draft!.values['referrals-received']).toBe(winner.rev === 2 ? (a === win ? 111 : 222) : NaN);
    expect(loser.yours!.values['referrals-received']).toBe(a === win ? 222 : 111);
    const d = await detail(sub, orgId, P);
    expect(d.draft.rev).toBe(2);
    // The database itself refuses a save that does not move the revision up by exactly one.
    await expect(env.DB.prepare('UPDATE returns SET draft_rev = 2 WHERE org_id = ?1').bind(orgId).run()).rejects.toThrow(/draft-conflict/);
    await expect(env.DB.prepare('UPDATE returns SET draft_rev = 4 WHERE org_id = ?1').bind(orgId).run()).rejects.toThrow(/draft-conflict/);
    // a stale rev is a conflict too, and the first save of a draft must start from 0
    await expectError(await putDraft(sub, orgId, P, 1, { 'referrals-received': 3 }), 409, 'draft-conflict');
    const other = await orgWithSubmitter();
    await expectError(await putDraft(other.caller, other.orgId, P, 5, {}), 409, 'draft-conflict');
  });

  it('warnings need an explanation before submission', async () => {
    const { orgId, caller: sub } = await orgWithSubmitter();
    const Q2 = '2025-26-q2';
    await openPeriod(adm, Q2);
    // Q1 accepted with 20 referrals; Q2 with 100 is a change of more than half.
    await putDraft(sub, orgId, P, 0, validValues(20));
    const s1 = await json(await submit(sub, orgId, P, 1));
    expect((await review(ana, orgId, P, s1.version, 'accept')).status).toBe(201);
    const draftRes = await putDraft(sub, orgId, Q2, 0, validValues(100));
    const saved = await json(draftRes);
    expect(saved.issues.warnings.map((w: { field: string }) => w.field)).toContain('referrals-received');
    const d = await detail(sub, orgId, Q2);
    expect(d.previous).toMatchObject({ periodId: P, values: { 'referrals-received': 20 } });
    const submitRes = await submit(sub, orgId, Q2, 1);
    const body = await json(copy(submitRes));
    await expectError(submitRes, 422, 'explanation-required');
    expect(body.missing).toEqual(['referrals-received', 'what-matters-conversations']);
    // one explanation is not enough
    await putDraft(sub, orgId, Q2, 1, validValues(100), { 'referrals-received': 'A new GP cluster started referring.' });
    expect((await json(await submit(sub, orgId, Q2, 2))).missing).toEqual(['what-matters-conversations']);
    await putDraft(sub, orgId, Q2, 2, validValues(100), {
      'referrals-received': 'A new GP cluster started referring.',
      'what-matters-conversations': 'Every new referral had a conversation.',
    });
    const ok = await submit(sub, orgId, Q2, 3);
    expect(ok.status, await ok.clone().text()).toBe(201);
  });

  it('the validate route reports errors and warnings without writing', async () => {
    const { orgId, caller: sub } = await orgWithSubmitter({ lang: 'en' });
    const before = await fullSnapshot();
    const res = await client(sub).orgs[':orgId'].returns[':periodId'].validate.$post({
      param: { orgId, periodId: P },
      json: { values: { 'referrals-received': -1 } },
    });
    expect(res.status).toBe(200);
    const r = await json(res);
    expect(r.errors.find((e) => e.field === 'referrals-received')!.message.en).toMatch(/0 or more/);
    expect(await fullSnapshot()).toEqual(before);
  });

  it('a locked period refuses every write (web, CSV and API key) and unlocking allows them again', async () => {
    const { orgId, caller: sub } = await orgWithSubmitter();
    const L = '2024-25-q4';
    await openPeriod(adm, L);
    await putDraft(sub, orgId, L, 0, validValues(10));
    const { key } = await insertKey(orgId);
    const res = await client(adm).periods[':id'].lock.$post({ param: { id: L } });
    expect(res.status).toBe(200);
    expect((await json(res)).locked).toBe(true);
    const before = await fullSnapshot();
    await expectError(await putDraft(sub, orgId, L, 1, validValues(11)), 423, 'period-locked');
    await expectError(await submit(sub, orgId, L, 1), 423, 'period-locked');
    await expectError(
      await call('POST', `${base(orgId, L)}/csv`, {
        caller: sub,
        raw: 'field,value\r\nreferrals-received,3\r\n',
        headers: { 'Content-Type': 'text/csv', 'X-Draft-Rev': '1' },
      }),
      423,
      'period-locked',
    );
    await expectError(
      await client({ apiKey: key }).v1.returns[':periodId'].draft.$put({ param: { periodId: L }, json: { rev: 1, values: {} } }),
      423,
      'period-locked',
    );
    await expectError(
      await client({ apiKey: key }).v1.returns[':periodId'].submit.$post({
        param: { periodId: L },
        header: { 'Idempotency-Key': 'locked-key-123' },
        json: { rev: 1, declaration: { name: 'CRM', confirmed: true } },
      }),
      423,
      'period-locked',
    );
    // the national team cannot review in a locked period either
    const other = await orgWithSubmitter();
    await expectError(await review(ana, other.orgId, L, 1, 'accept'), 423, 'period-locked');
    expect(await fullSnapshot()).toEqual({
      ...before,
      ...Object.fromEntries(
        ['users', 'sessions', 'login_tokens', 'memberships', 'organisations', 'audit_log', 'outbox'].map((t) => [t, expect.any(String)]),
      ),
    });
    // even a direct write is refused by the database
    await expect(env.DB.prepare('UPDATE returns SET draft_rev = draft_rev + 1 WHERE org_id = ?1').bind(orgId).run()).rejects.toThrow(
      /period-locked/,
    );
    const res2 = await client(adm).periods[':id'].unlock.$post({ param: { id: L } });
    expect((await json(res2)).locked).toBe(false);
    expect((await putDraft(sub, orgId, L, 1, validValues(11))).status).toBe(200);
  });
});

describe('machine API', () => {
  it('reads, saves and submits with the organisation key; via is "api"', async () => {
    const { orgId, caller: sub } = await orgWithSubmitter();
    const { key } = await insertKey(orgId);
    const api = { apiKey: key };
    const res = await client(api).v1.returns[':periodId'].$get({ param: { periodId: P } });
    expect(res.status).toBe(200);
    expect((await json(res)).status).toBe('not-started');
    const res2 = await client(api).v1.returns[':periodId'].draft.$put({
      param: { periodId: P },
      json: { rev: 0, values: { ...validValues(30), 'referrals-received': '30' } },
    });
    expect(res2.status, await res2.clone().text()).toBe(200);
    const res3 = await client(api).v1.returns[':periodId'].submit.$post({
      param: { periodId: P },
      header: { 'Idempotency-Key': 'crm-run-000001' },
      json: { rev: 1, declaration: { name: 'CRM export', confirmed: true } },
    });
    expect(res3.status, await res3.clone().text()).toBe(201);
    const d = await detail(sub, orgId, P);
    expect(d.versions[0]).toMatchObject({ via: 'api', submittedBy: expect.stringMatching(/^API \(/) });
    expect(d.draft.values['referrals-received']).toBe(30); // stored as a number
  });
  it('publishes an OpenAPI 3.1 document', async () => {
    const res = await call('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = await rawJson<OpenApiDoc>(res);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/returns/{periodId}', '/returns/{periodId}/draft', '/returns/{periodId}/submit']);
    expect(doc.components.schemas.Draft!.properties.values.properties['referrals-received']).toBeDefined();
  });
  it('refuses without a key', async () => {
    await expectError(await client().v1.returns[':periodId'].$get({ param: { periodId: P } }), 401, 'api-key-invalid');
  });
});
