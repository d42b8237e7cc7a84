// Timeliness (issue 15): the national team's view (on time, late, missing and not yet due by
// organisation and region, the on-time rate over time, who has not started a week before a
// due date) and the public transparency data (status only, never values, with an ETag).
// Returns are stored rows with the first submission time migration 0007 keeps, planted at
// chosen moments (the API can only submit now): the summer and winter due dates check the
// last hour of the due day in Wales, which is the next day in summer time.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { currentDataset } from '../../content/index.ts';
import { app } from '../../worker/src/index.ts';
import { RoundTripCounter } from '../../worker/src/lib/round-trips.ts';
import { type Caller, call, client, expectError, json, makeOrg } from './helpers.ts';
import { admin, analyst, openPeriod, uid } from './returns-helpers.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SUMMER = '2024-25-q1'; // due 2024-07-28, Wales on summer time (UTC+1)
const WINTER = '2024-25-q3'; // due 2025-01-28, Wales on UTC
const FUTURE = '2098-99-q1'; // due 2099-07-28
const SOON = '2097-98-q2'; // due in three days
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const SECRET = 987_654; // a figure planted in drafts: it must never reach the public

let ana: Caller;
const org = { w1: '', w2: '', p1: '', g1: '' };

/** A stored return: a draft, submitted first at `first` (ms) or never. */
async function storedReturn(orgId: string, periodId: string, first: number | null) {
  const now = Date.now();
  await env.DB.prepare(
    `INSERT INTO returns (id, org_id, period_id, dataset_version, draft_values, draft_explanations, draft_rev, draft_updated_at, created_at, status, first_submitted_at)
     VALUES (?1, ?2, ?3, ?4, ?5, '{}', 1, ?6, ?6, ?7, ?8)`,
  )
    .bind(
      crypto.randomUUID(),
      orgId,
      periodId,
      currentDataset.version,
      JSON.stringify({ 'referrals-received': SECRET }),
      now,
      first === null ? 'draft' : 'accepted',
      first,
    )
    .run();
}

beforeAll(async () => {
  const adm = await admin();
  ana = await analyst();
  await openPeriod(adm, SUMMER, { opensAt: '2024-07-01', dueAt: '2024-07-28' });
  await openPeriod(adm, WINTER, { opensAt: '2025-01-01', dueAt: '2025-01-28' });
  await openPeriod(adm, FUTURE, { opensAt: '2099-07-01', dueAt: '2099-07-28' });
  await openPeriod(adm, SOON, { opensAt: isoIn(-20), dueAt: isoIn(3) });
  for (const [k, region, hb] of [
    ['w1', 'west-wales', 'hduhb'],
    ['w2', 'west-wales', 'hduhb'],
    ['p1', 'powys', 'pthb'],
    ['g1', 'gwent', 'abuhb'],
  ] as const) {
    org[k] = crypto.randomUUID();
    await makeOrg(org[k], `${k.toUpperCase()} Org ${uid()}`, hb, region);
  }
  const summer = dayMs('2024-07-28');
  const winter = dayMs('2025-01-28');
  await storedReturn(org.w1, SUMMER, summer - 5 * DAY); // on time
  await storedReturn(org.w2, SUMMER, summer + 23.5 * HOUR); // 00:30 on 29 July in Wales: late
  await storedReturn(org.p1, SUMMER, null); // a draft, never submitted: missing
  await storedReturn(org.g1, SUMMER, summer + 10 * HOUR); // on time
  await storedReturn(org.w1, WINTER, winter + 23.5 * HOUR); // 23:30 on the due day in Wales: on time
  // w2: nothing for WINTER: missing
  await storedReturn(org.p1, WINTER, winter + 3 * DAY); // late
  await storedReturn(org.g1, WINTER, winter - DAY); // on time
  await storedReturn(org.g1, SOON, null); // started: not chased
});

const timeliness = async (period: string) => {
  const res = await client(ana).national.timeliness.$get({ query: { period } });
  expect(res.status, await res.clone().text()).toBe(200);
  return json(res);
};

describe('national timeliness', () => {
  it('gives each organisation its outcome for a quarter, with the last hour of a summer due day late', async () => {
    const t = await timeliness(SUMMER);
    const outcome = Object.fromEntries(t.orgs.map((o) => [o.org.id, o.outcome]));
    expect(outcome).toEqual({ [org.w1]: 'on-time', [org.w2]: 'late', [org.p1]: 'missing', [org.g1]: 'on-time' });
    expect(t.period).toMatchObject({ id: SUMMER, dueAt: '2024-07-28', due: true, locked: false });
    expect(t.orgs.find((o) => o.org.id === org.p1)!.firstSubmittedAt).toBeUndefined();
    const winter = await timeliness(WINTER);
    expect(Object.fromEntries(winter.orgs.map((o) => [o.org.id, o.outcome]))).toEqual({
      [org.w1]: 'on-time',
      [org.w2]: 'missing',
      [org.p1]: 'late',
      [org.g1]: 'on-time',
    });
  });

  it('counts by region and for Wales, and a quarter not yet due has no rate', async () => {
    const t = await timeliness(SUMMER);
    const region = (id: string) => t.regions.find((r) => r.id === id)!.tally;
    expect(region('west-wales')).toEqual({ onTime: 1, late: 1, missing: 0, notDue: 0, total: 2, rate: 0.5 });
    expect(region('powys')).toEqual({ onTime: 0, late: 0, missing: 1, notDue: 0, total: 1, rate: 0 });
    expect(region('gwent')).toEqual({ onTime: 1, late: 0, missing: 0, notDue: 0, total: 1, rate: 1 });
    expect(region('north-wales')).toEqual({ onTime: 0, late: 0, missing: 0, notDue: 0, total: 0, rate: null });
    expect(t.regions.at(-1)).toMatchObject({ id: 'wales', tally: { onTime: 2, late: 1, missing: 1, total: 4, rate: 0.5 } });
    const future = await timeliness(FUTURE);
    expect(future.regions.at(-1)!.tally).toEqual({ onTime: 0, late: 0, missing: 0, notDue: 4, total: 4, rate: null });
    expect(future.orgs.every((o) => o.outcome === 'not-due')).toBe(true);
  });

  it('gives the on-time rate over every quarter that is due, per region and for Wales (SQL agrees with the rule)', async () => {
    const t = await timeliness(SUMMER);
    expect(t.series.map((s) => s.periodId)).toEqual([SUMMER, WINTER]);
    const [summer, winter] = t.series;
    expect(summer!.wales).toEqual({ onTime: 2, late: 1, missing: 1, notDue: 0, total: 4, rate: 0.5 });
    expect(winter!.wales).toEqual({ onTime: 2, late: 1, missing: 1, notDue: 0, total: 4, rate: 0.5 });
    const of = (s: typeof summer, id: string) => s!.regions.find((r) => r.id === id)!.tally;
    // The buckets of the SQL count match the per-organisation rule, region by region.
    for (const [s, period] of [
      [summer, SUMMER],
      [winter, WINTER],
    ] as const) {
      const grid = await timeliness(period);
      for (const r of grid.regions.slice(0, -1)) expect(of(s, r.id), `${period} ${r.id}`).toEqual(r.tally);
    }
    expect(of(winter, 'west-wales')).toMatchObject({ onTime: 1, missing: 1, rate: 0.5 });
    expect(of(winter, 'powys')).toMatchObject({ late: 1, rate: 0 });
  });

  it('lists who has not started a quarter due within a week, with a count', async () => {
    const t = await timeliness(SUMMER);
    expect(t.notStarted.days).toBe(7);
    expect(t.notStarted.periods.map((p) => p.periodId)).toEqual([SOON]);
    expect(t.notStarted.periods[0]!.dueAt).toBe(isoIn(3));
    expect(t.notStarted.periods[0]!.orgs.map((o) => o.id).sort()).toEqual([org.w1, org.w2, org.p1].sort());
    expect(t.notStarted.count).toBe(3);
  });

  it('refuses an unknown or malformed quarter', async () => {
    await expectError(await call('GET', '/api/national/timeliness?period=2031-32-q4', { caller: ana }), 404, 'period-not-found');
    await expectError(await call('GET', '/api/national/timeliness?period=nonsense', { caller: ana }), 400, 'validation');
  });
});

describe('public transparency', () => {
  it('shows the latest due quarter by organisation, status only, and the on-time rate of every due quarter', async () => {
    const res = await call('GET', '/api/open-data/transparency.json?lang=en');
    expect(res.status).toBe(200);
    const text = await res.clone().text();
    const body = (await res.json()) as {
      period: { id: string };
      orgs: { id: string; outcome: string }[];
      quarters: { periodId: string; tally: { rate: number } }[];
    };
    expect(body.period.id).toBe(WINTER);
    expect(Object.fromEntries(body.orgs.map((o) => [o.id, o.outcome]))).toEqual({
      [org.w1]: 'on-time',
      [org.w2]: 'missing',
      [org.p1]: 'late',
      [org.g1]: 'on-time',
    });
    expect(body.quarters.map((q) => [q.periodId, q.tally.rate])).toEqual([
      [SUMMER, 0.5],
      [WINTER, 0.5],
    ]);
    // Status only: no figure, no submission time, no draft of any return.
    expect(text).not.toContain(String(SECRET));
    expect(text).not.toMatch(/"(values|value|firstSubmittedAt|draft|explanations|status|reference)"/);
    for (const o of body.orgs) expect(Object.keys(o).sort()).toEqual(['id', 'name', 'outcome', 'region']);
    expect(res.headers.get('Cache-Control')).toMatch(/^public/);
    expect(res.headers.get('Set-Cookie')).toBeNull();
    const again = await call('GET', '/api/open-data/transparency.json?lang=en', { headers: { 'If-None-Match': res.headers.get('ETag')! } });
    expect(again.status).toBe(304);
    const summer = (await (await call('GET', `/api/open-data/transparency.json?period=${SUMMER}`)).json()) as typeof body;
    expect(summer.orgs.find((o) => o.id === org.w2)!.outcome).toBe('late');
    await expectError(await call('GET', '/api/open-data/transparency.json?period=2031-32-q4'), 404, 'period-not-found');
  });

  it('downloads as CSV in Welsh and in English, status only', async () => {
    const read = async (lang: 'cy' | 'en') => {
      const res = await call('GET', `/api/open-data/transparency.csv?lang=${lang}&period=${SUMMER}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
      expect(res.headers.get('ETag')).toBeTruthy();
      return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(await res.arrayBuffer());
    };
    const cy = await read('cy');
    const en = await read('en');
    expect(cy.startsWith('\uFEFF')).toBe(true);
    expect(en.split('\r\n')[0]).toBe('\uFEFFPeriod,Period name,Organisation ID,Organisation,Region code,Region,Outcome');
    expect(cy.split('\r\n')[0]).toBe("\uFEFFCyfnod,Enw'r cyfnod,ID sefydliad,Sefydliad,Cod y rhanbarth,Rhanbarth,Canlyniad");
    expect(en.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(en.split('\r\n').find((l) => l.includes(org.w2))).toMatch(/,Late$/);
    expect(cy.split('\r\n').find((l) => l.includes(org.p1))).toMatch(/,Heb ei chyflwyno$/);
    expect(cy.split('\r\n').find((l) => l.includes(org.w1))).toMatch(/,Mewn pryd$/);
    expect(en).not.toContain(String(SECRET));
  });

  // Outside the tests (which reset D1 inside one isolate) an isolate keeps what it built.
  it('keeps what it built, reading one small row, until what it shows changes (migration 0014)', async () => {
    const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
    /** Each call's statements, as the Worker sends them. */
    const get = async (path: string) => {
      const counter = new RoundTripCounter();
      const dev = { ...env, ENVIRONMENT: 'development', DB: counter.wrap(env.DB) };
      const res = await app.fetch(new Request(`http://hub.test${path}`), dev, ctx);
      return { status: res.status, etag: res.headers.get('ETag'), text: await res.text(), sent: counter.log.calls.map((x) => x.sql) };
    };
    const COUNTER_ONLY = [[expect.stringMatching(/from "transparency_state"/), expect.stringMatching(/from "periods"/)]];
    const state = async () => (await env.DB.prepare('SELECT version FROM transparency_state').first<{ version: number }>())!.version;
    const path = `/api/open-data/transparency.json?lang=cy&period=${WINTER}`;
    const outcome = (text: string, id: string) =>
      (JSON.parse(text) as { orgs: { id: string; outcome: string }[] }).orgs.find((o) => o.id === id)!.outcome;

    const first = await get(path);
    expect(first.status).toBe(200);
    expect(outcome(first.text, org.w2)).toBe('missing');
    expect(first.sent).toHaveLength(2); // nothing built yet: the counter, then the reads
    expect(first.sent[1]!.join()).toMatch(/from "organisations"/);
    const second = await get(path);
    expect([second.status, second.etag, second.text]).toEqual([200, first.etag, first.text]);
    expect(second.sent).toEqual(COUNTER_ONLY); // one row by its key and the periods, whatever the history

    // A change that does not show (a draft saved) leaves it; a first submission moves it.
    const before = await state();
    await env.DB.prepare("UPDATE returns SET draft_rev = draft_rev + 1, draft_values = '{}' WHERE org_id = ?1 AND period_id = ?2")
      .bind(org.g1, SOON)
      .run();
    expect(await state()).toBe(before);
    expect((await get(path)).sent).toEqual(COUNTER_ONLY);
    await storedReturn(org.w2, WINTER, dayMs('2025-01-28') + 2 * DAY);
    expect(await state()).toBe(before + 1);
    const third = await get(path);
    expect(outcome(third.text, org.w2)).toBe('late');
    expect(third.etag).not.toBe(first.etag);
    expect(third.sent).toHaveLength(2); // the counter, then the reads

    // So do organisations and periods: an archived organisation leaves the list.
    await env.DB.prepare('UPDATE organisations SET archived_at = ?1 WHERE id = ?2').bind(Date.now(), org.g1).run();
    expect(await state()).toBe(before + 2);
    expect(JSON.parse((await get(path)).text).orgs.map((o: { id: string }) => o.id)).not.toContain(org.g1);
    await env.DB.prepare('UPDATE periods SET due_at = due_at + ?1 WHERE id = ?2').bind(DAY, SUMMER).run();
    expect(await state()).toBe(before + 3);

    // A quarter that does not exist costs the counter and the periods, never a build.
    const missing = await get('/api/open-data/transparency.json?period=2031-32-q4');
    expect(missing.status).toBe(404);
    expect(missing.sent).toEqual(COUNTER_ONLY);
  });
});
