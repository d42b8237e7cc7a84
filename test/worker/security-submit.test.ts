// Issue 13.1: submitting consumes the draft revision. A resubmission identical to the latest
// version is refused; parallel submits of one revision make exactly one version; an amendment
// needs a reason and a change. The database enforces it, not only a read-then-write check.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, expectError, json, rawJson } from './helpers.ts';
import { admin, analyst, detail, openPeriod, orgWithSubmitter, putDraft, review, submit, uid, validValues } from './returns-helpers.ts';

const P = '2025-26-q2';
let boss: Awaited<ReturnType<typeof admin>>;
beforeAll(async () => {
  boss = await admin();
  await openPeriod(boss, P);
});

const versionCount = async (orgId: string) =>
  (await env.DB.prepare('SELECT COUNT(*) n FROM return_versions v JOIN returns r ON r.id = v.return_id WHERE r.org_id = ?1')
    .bind(orgId)
    .first<{ n: number }>())!.n;

describe('submitting consumes the draft revision', () => {
  it('refuses to submit the same draft revision again, with a new idempotency key (bilingual)', async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    const rev = (await json(await putDraft(caller, orgId, P, 0, validValues(20)))).rev;
    expect((await submit(caller, orgId, P, rev, `first-${uid()}`)).status).toBe(201);
    const again = await submit(caller, orgId, P, rev, `second-${uid()}`);
    const e = await expectError(again, 409, 'already-submitted');
    expect(e.message).toMatch(/already been submitted/);
    const welsh = await rawJson<{ error: { code: string; message: string } }>(
      await call('POST', `/api/orgs/${orgId}/returns/${P}/submit?lang=cy`, {
        caller,
        body: { rev, declaration: { name: 'Enw', confirmed: true } },
        headers: { 'Idempotency-Key': `third-${uid()}` },
      }),
    );
    expect(welsh.error.code).toBe('already-submitted');
    expect(welsh.error.message).toMatch(/eisoes/);
    expect(await versionCount(orgId)).toBe(1);
    expect((await detail(caller, orgId, P)).status).toBe('submitted');
  });

  it('refuses a resubmission identical to the latest version even from a new revision', async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    const ana = await analyst();
    const rev1 = (await json(await putDraft(caller, orgId, P, 0, validValues(30)))).rev;
    expect((await submit(caller, orgId, P, rev1)).status).toBe(201);
    expect((await review(ana, orgId, P, 1, 'accept')).status).toBe(201);
    // Saved again with the same values (keys in another order): a new revision, but no change.
    const same = Object.fromEntries(Object.entries(validValues(30)).reverse());
    const rev2 = (await json(await putDraft(caller, orgId, P, rev1, same))).rev;
    expect(rev2).toBe(rev1 + 1);
    const e = await expectError(await submit(caller, orgId, P, rev2, undefined, { amendmentReason: 'Nothing really' }), 422, 'no-changes');
    expect(e.message).toMatch(/no change|not changed|nothing has changed|same as/i);
    expect(await versionCount(orgId)).toBe(1);
    expect((await detail(caller, orgId, P)).status).toBe('accepted');

    // An amendment needs a reason AND a change.
    const rev3 = (await json(await putDraft(caller, orgId, P, rev2, validValues(31)))).rev;
    await expectError(await submit(caller, orgId, P, rev3), 422, 'amendment-reason-required');
    expect((await submit(caller, orgId, P, rev3, undefined, { amendmentReason: 'One more referral found' })).status).toBe(201);
    expect(await versionCount(orgId)).toBe(2);
  });

  it('makes exactly one version from ten parallel submits of one revision with different keys', { timeout: 60_000 }, async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    const rev = (await json(await putDraft(caller, orgId, P, 0, validValues(40)))).rev;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(caller, orgId, P, rev, `parallel-${i}-${uid()}`)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 201)) await expectError(r, 409, 'already-submitted');
    expect(await versionCount(orgId)).toBe(1);
  });

  it('is enforced by the database: a second version from one draft revision, or from a stale one, is refused', async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    const rev = (await json(await putDraft(caller, orgId, P, 0, validValues(50)))).rev;
    expect((await submit(caller, orgId, P, rev)).status).toBe(201);
    const v = await env.DB.prepare(
      'SELECT v.* FROM return_versions v JOIN returns r ON r.id = v.return_id WHERE r.org_id = ?1 AND v.version = 1',
    )
      .bind(orgId)
      .first<Record<string, unknown>>();
    expect(v!.draft_rev).toBe(rev);
    const insert = (version: number, draftRev: number) =>
      env.DB.prepare(
        `INSERT INTO return_versions (id, return_id, version, reference, "values", explanations, dataset_version, via,
           declaration_name, idempotency_key, created_at, draft_rev)
         VALUES (?1, ?2, ?3, ?4, '{"x":1}', '{}', ?5, 'web', 'Enw', ?6, 0, ?7)`,
      )
        .bind(crypto.randomUUID(), v!.return_id, version, `REF-${uid()}`, v!.dataset_version, `k-${uid()}`, draftRev)
        .run();
    await expect(insert(2, rev)).rejects.toThrow(/UNIQUE/);
    await expect(insert(2, rev - 1)).rejects.toThrow(/draft-conflict/);
    expect(await versionCount(orgId)).toBe(1);
  });
});
