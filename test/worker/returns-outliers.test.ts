// The outlier rule through the API against a real local D1: an organisation's accepted history
// (seeded straight into the tables; the migrations' triggers derive its status) makes a value far
// outside it a warning that needs an explanation, while a seasonal peak that comes every year is not one.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { historyFields } from '../../content/dataset/outliers.ts';
import { currentDataset } from '../../content/index.ts';
import { app } from '../../worker/src/index.ts';
import { RoundTripCounter } from '../../worker/src/lib/round-trips.ts';
import { historyOf, PERIOD, SEASONAL, STEADY } from '../unit/outlier-fixtures.ts';
import { copy, expectError, json, ORIGIN } from './helpers.ts';
import { admin, analyst, detail, openPeriod, orgWithSubmitter, putDraft, submit, validValues } from './returns-helpers.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const FIELD = 'referrals-received';
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
let reviewerId: string;

beforeAll(async () => {
  const adm = await admin();
  reviewerId = (await analyst()).session!.userId;
  await openPeriod(adm, PERIOD);
});

/** Accepted returns for the quarters before PERIOD, with `referrals` in turn (oldest first). */
async function seedHistory(orgId: string, submitterId: string, referrals: readonly number[]) {
  const stmts = historyOf(FIELD, referrals).flatMap(({ periodId }, i) => {
    const [id, vid, values, t] = [
      crypto.randomUUID(),
      crypto.randomUUID(),
      JSON.stringify(validValues(referrals[i]!)),
      1_700_000_000_000 + i,
    ];
    return [
      env.DB.prepare('INSERT OR IGNORE INTO periods (id, opens_at, due_at, created_at) VALUES (?1, 0, 1, 0)').bind(periodId),
      env.DB.prepare(
        `INSERT INTO returns (id, org_id, period_id, dataset_version, draft_values, draft_explanations, draft_rev, draft_updated_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, '{}', 1, ?6, ?6)`,
      ).bind(id, orgId, periodId, currentDataset.version, values, t),
      env.DB.prepare(
        `INSERT INTO return_versions (id, return_id, version, reference, "values", explanations, dataset_version, submitted_by_user_id, via,
           declaration_name, idempotency_key, created_at, draft_rev)
         VALUES (?1, ?2, 1, ?3, ?4, '{}', ?5, ?6, 'web', 'Enw', ?7, ?8, 1)`,
      ).bind(vid, id, `REF-${vid}`, values, currentDataset.version, submitterId, `k-${vid}`, t),
      env.DB.prepare(
        "INSERT INTO return_reviews (id, version_id, decision, reviewer_id, created_at) VALUES (?1, ?2, 'accepted', ?3, ?4)",
      ).bind(crypto.randomUUID(), vid, reviewerId, t + 1),
    ];
  });
  await env.DB.batch(stmts);
}

const outlierCodes = (warnings: readonly { code: string }[]) => warnings.map((w) => w.code).filter((c) => c.startsWith('outlier-'));

describe('outliers against the organisation’s own history', () => {
  it('a value far outside 12 steady accepted quarters is a warning that needs an explanation', async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'cy' });
    await seedHistory(orgId, caller.session!.userId, STEADY);
    const saved = await json(await putDraft(caller, orgId, PERIOD, 0, validValues(400)));
    expect(outlierCodes(saved.issues!.warnings)).toEqual(['outlier-referrals-received', 'outlier-what-matters-conversations']);
    const w = saved.issues!.warnings.find((x: { code: string }) => x.code === 'outlier-referrals-received')!;
    expect(w.message.en).toContain('(70 to 131, from its last 12 accepted quarters');
    expect(w.message.cy).toContain('(70 i 131, yn ôl ei 12 chwarter diwethaf a dderbyniwyd');
    // The return's detail carries the history the rule read, newest first, and the same warnings.
    const d = await detail(caller, orgId, PERIOD);
    expect(d.history.map((h) => h.periodId)).toEqual(
      historyOf(FIELD, STEADY)
        .map((h) => h.periodId)
        .reverse(),
    );
    expect(d.history[0]!.values[FIELD]).toBe(STEADY.at(-1));
    expect(d.previous?.periodId).toBe(d.history[0]!.periodId);
    expect(outlierCodes(d.issues.warnings)).toEqual(['outlier-referrals-received', 'outlier-what-matters-conversations']);
    // Submission asks for the explanations, one per field (the change rule warns on the same fields).
    const refused = await submit(caller, orgId, PERIOD, 1);
    const body = await json(copy(refused));
    await expectError(refused, 422, 'explanation-required');
    expect(body.missing).toEqual([FIELD, 'what-matters-conversations']);
    const explained = { [FIELD]: 'Clwstwr meddygon teulu newydd.', 'what-matters-conversations': 'Sgwrs gyda phob atgyfeiriad newydd.' };
    await putDraft(caller, orgId, PERIOD, 1, validValues(400), explained);
    const ok = await submit(caller, orgId, PERIOD, 2);
    expect(ok.status, await ok.clone().text()).toBe(201);
  });

  it('an ordinary figure and a seasonal peak are not outliers', async () => {
    const steady = await orgWithSubmitter();
    await seedHistory(steady.orgId, steady.caller.session!.userId, STEADY);
    const ordinary = await json(await putDraft(steady.caller, steady.orgId, PERIOD, 0, validValues(110)));
    expect(ordinary.issues!.warnings).toEqual([]);

    // Every Q1 doubles: 200 in this Q1 is no outlier (the change rule still asks, against last quarter's 96).
    const seasonal = await orgWithSubmitter();
    await seedHistory(seasonal.orgId, seasonal.caller.session!.userId, SEASONAL);
    const peak = await json(await putDraft(seasonal.caller, seasonal.orgId, PERIOD, 0, validValues(200)));
    expect(outlierCodes(peak.issues!.warnings)).toEqual([]);
    expect(peak.issues!.warnings.map((w: { code: string }) => w.code)).toContain('change-referrals-received');
    // while 600 is beyond even the earlier Q1s.
    const beyond = await json(await putDraft(seasonal.caller, seasonal.orgId, PERIOD, 1, validValues(600)));
    expect(outlierCodes(beyond.issues!.warnings)).toContain('outlier-referrals-received');
  });

  it('a save reads only the fields the history rules compare; the return’s page reads every value', async () => {
    const { orgId, caller } = await orgWithSubmitter();
    await seedHistory(orgId, caller.session!.userId, STEADY);
    const fields = historyFields([currentDataset]);
    expect(fields).toContain(FIELD);
    // The save's history, as the Worker read it, is the same rows with only those fields.
    const counter = new RoundTripCounter();
    const { cookie, csrf } = caller.session!;
    const res = await app.fetch(
      new Request(`${ORIGIN}/api/orgs/${orgId}/returns/${PERIOD}/draft`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrf, Origin: ORIGIN },
        body: JSON.stringify({ rev: 0, values: validValues(400) }),
      }),
      { ...env, DB: counter.wrap(env.DB) } as never,
      ctx,
    );
    expect(res.status, await res.clone().text()).toBe(200);
    const historyRead = counter.log.calls.flatMap((c) => c.sql).filter((q) => q.includes('AS x_period_id'));
    expect(historyRead).toHaveLength(1);
    expect(historyRead[0]).toContain('json_object(');
    expect(historyRead[0]).not.toContain('v."values" AS x_values');
    const saved = (await res.json()) as { issues: { warnings: { code: string }[] } };
    // The page shows every value of each quarter, and the same warnings as the save.
    const d = await detail(caller, orgId, PERIOD);
    expect(Object.keys(d.history[0]!.values).length).toBeGreaterThan(fields.length);
    expect(d.history[0]!.values).toEqual(validValues(STEADY.at(-1)));
    expect(d.issues.warnings.map((w) => w.code)).toEqual(saved.issues.warnings.map((w) => w.code));
  });

  it('too little history: no outlier warning', async () => {
    const { orgId, caller } = await orgWithSubmitter();
    await seedHistory(orgId, caller.session!.userId, STEADY.slice(-5));
    const saved = await json(await putDraft(caller, orgId, PERIOD, 0, validValues(400)));
    expect(outlierCodes(saved.issues!.warnings)).toEqual([]);
    expect((await detail(caller, orgId, PERIOD)).history).toHaveLength(5);
  });
});
