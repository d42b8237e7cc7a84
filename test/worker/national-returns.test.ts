// National views: returns list, completeness (and the CSV of who has not submitted, with
// contacts), totals by area from accepted returns only, series, exports, review emails; and
// the reminder emails (sent once).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sendReminders } from '../../worker/src/index.ts';
import type { Caller } from './helpers.ts';
import { addMember, call, client, expectError, json, latestMail, signIn } from './helpers.ts';
import {
  acceptedReturn,
  admin,
  analyst,
  fullSnapshot,
  openPeriod,
  orgWithSubmitter,
  putDraft,
  review,
  submit,
  validValues,
} from './returns-helpers.ts';

// Long scenarios (many requests each): generous limits for a loaded machine running every project.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const P = '2025-26-q3';
let adm: Caller;
let ana: Caller;
let acc: Awaited<ReturnType<typeof orgWithSubmitter>>;
let sub: Awaited<ReturnType<typeof orgWithSubmitter>>;
let drf: Awaited<ReturnType<typeof orgWithSubmitter>>;
let none: Awaited<ReturnType<typeof orgWithSubmitter>>;

const csvText = async (res: { arrayBuffer(): Promise<ArrayBuffer> }) =>
  new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(await res.arrayBuffer());

beforeAll(async () => {
  adm = await admin();
  ana = await analyst();
  await openPeriod(adm, P, { opensAt: '2026-01-01', dueAt: '2099-01-28' });
  acc = await orgWithSubmitter({ region: 'west-wales', healthBoard: 'hduhb', name: 'Accepted Org' });
  sub = await orgWithSubmitter({ region: 'west-wales', healthBoard: 'hduhb', name: 'Submitted Org' });
  drf = await orgWithSubmitter({ region: 'powys', healthBoard: 'pthb', name: 'Draft Org', lang: 'en' });
  none = await orgWithSubmitter({ region: 'gwent', healthBoard: 'abuhb', name: 'Silent Org' });
  await acceptedReturn(acc.caller, ana, acc.orgId, P, validValues(25, 9));
  await putDraft(sub.caller, sub.orgId, P, 0, validValues(7, 7));
  expect((await submit(sub.caller, sub.orgId, P, 1)).status).toBe(201);
  await putDraft(drf.caller, drf.orgId, P, 0, { 'referrals-received': 4 });
});

describe('national views', () => {
  it('lists returns with status, filterable', async () => {
    const all = await json(await client(ana).national.returns.$get({ query: { period: P } }));
    const status = (id: string) => all.returns.find((r: { org: { id: string } }) => r.org.id === id)?.status;
    expect([status(acc.orgId), status(sub.orgId), status(drf.orgId), status(none.orgId)]).toEqual([
      'accepted',
      'submitted',
      'draft',
      'not-started',
    ]);
    const submitted = await json(await client(ana).national.returns.$get({ query: { period: P, status: 'submitted' } }));
    expect(submitted.returns.map((r: { org: { id: string } }) => r.org.id)).toEqual([sub.orgId]);
    await expectError(await call('GET', '/api/national/returns?status=lost', { caller: ana }), 400, 'validation');
  });

  it('shows completeness with contacts, and a CSV of who has not submitted', async () => {
    const c = await json(await client(ana).national.completeness.$get({ query: { period: P } }));
    expect(c.counts).toMatchObject({ accepted: 1, submitted: 1, draft: 1, 'not-started': 1, total: 4, late: 0 });
    expect(c.orgs.find((o) => o.org.id === none.orgId)!.contacts).toEqual([{ name: null, email: none.email, lang: 'cy' }]);
    // Organisations in name order, each as the returns list shows it; contacts of each in address order.
    const listed = await json(await client(ana).national.returns.$get({ query: { period: P } }));
    expect(c.orgs.map((o) => o.org)).toEqual(listed.returns.map((r) => r.org));
    expect(c.orgs.find((o) => o.org.id === sub.orgId)).toMatchObject({ status: 'submitted', late: false, latestVersion: 1 });
    expect(c.orgs.find((o) => o.org.id === sub.orgId)!.reference).toBe(listed.returns.find((r) => r.org.id === sub.orgId)!.reference);
    const first = await signIn('0-first-contact@example.org', 'en');
    await addMember(first.userId, none.orgId);
    const again = await json(await client(ana).national.completeness.$get({ query: { period: P } }));
    expect(again.orgs.find((o) => o.org.id === none.orgId)!.contacts).toEqual([
      { name: null, email: '0-first-contact@example.org', lang: 'en' },
      { name: null, email: none.email, lang: 'cy' },
    ]);
    const res = await client(ana).national['completeness.csv'].$get({ query: { period: P, only: 'missing', lang: 'en' } });
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const lines = (await csvText(res)).slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Organisation ID,Organisation,Health board,Region,Period,Status,Late,Due date,Contacts');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[1])
        .sort(),
    ).toEqual(['Draft Org', 'Silent Org']);
    expect(lines.find((l) => l.includes('Silent Org'))).toContain(none.email);
    const cy = await csvText(await client(ana).national['completeness.csv'].$get({ query: { period: P, lang: 'cy' } }));
    expect(cy.slice(1).split('\r\n')[0]).toMatch(/^ID sefydliad,Sefydliad,Bwrdd iechyd/);
    expect(cy).toContain("Wedi'i derbyn");
  });

  it('gives completeness a page of organisations at a time, with the counts of the whole quarter', async () => {
    const whole = await json(await client(ana).national.completeness.$get({ query: { period: P } }));
    expect(whole.next).toBeNull();
    const pages: (typeof whole)[] = [];
    let cursor: string | undefined;
    do {
      const page = await json(
        await client(ana).national.completeness.$get({ query: { period: P, limit: '1', ...(cursor ? { cursor } : {}) } }),
      );
      expect(page.orgs.length).toBe(1);
      expect(page.counts).toEqual(whole.counts);
      pages.push(page);
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(pages.flatMap((p) => p.orgs)).toEqual(whole.orgs);
    await expectError(await call('GET', `/api/national/completeness?period=${P}&cursor=nonsense`, { caller: ana }), 400, 'validation');
    await expectError(await call('GET', `/api/national/completeness?period=${P}&limit=501`, { caller: ana }), 400, 'validation');
    await expectError(await call('GET', '/api/national/completeness?period=2024-25-q1', { caller: ana }), 404, 'period-not-found');
  });

  it('counts a return as late from the first moment past the due date, to the millisecond', async () => {
    // P is due 2099-01-28: from midnight (GMT) it is late. One submitted a moment before, one on the moment.
    const from = Date.UTC(2099, 0, 29);
    const firsts = await env.DB.prepare('SELECT org_id AS orgId, first_submitted_at AS at FROM returns WHERE period_id = ?')
      .bind(P)
      .all<{ orgId: string; at: number | null }>();
    const setFirst = (orgId: string, at: number | null) =>
      env.DB.prepare('UPDATE returns SET first_submitted_at = ? WHERE org_id = ? AND period_id = ?').bind(at, orgId, P).run();
    try {
      await setFirst(sub.orgId, from - 1);
      await setFirst(acc.orgId, from);
      const c = await json(await client(ana).national.completeness.$get({ query: { period: P } }));
      expect(c.orgs.filter((o) => o.late).map((o) => o.org.id)).toEqual([acc.orgId]);
      expect(c.counts).toMatchObject({ late: 1, accepted: 1, submitted: 1, total: 4 });
      await setFirst(sub.orgId, from + 3_599_999);
      const again = await json(await client(ana).national.completeness.$get({ query: { period: P } }));
      expect(again.counts.late).toBe(2);
    } finally {
      for (const { orgId, at } of firsts.results) await setFirst(orgId, at);
    }
  });

  it('gives each organisation’s status over several quarters, a page of organisations at a time', async () => {
    const Q = '2025-26-q2'; // the quarter before P, with no returns yet
    await openPeriod(adm, Q, { opensAt: '2025-10-01', dueAt: '2099-01-21' });
    const m = await json(await client(ana).national.completeness.matrix.$get({ query: { period: P, quarters: '2' } }));
    expect(m.periods).toEqual([Q, P]);
    expect(m.orgs.map((o) => o.cells[0])).toEqual(m.orgs.map(() => ({ status: 'not-started', late: false })));
    const one = await json(await client(ana).national.completeness.matrix.$get({ query: { period: P, quarters: '1' } }));
    expect(one.periods).toEqual([P]);
    expect(m.next).toBeNull();
    const c = await json(await client(ana).national.completeness.$get({ query: { period: P } }));
    expect(m.orgs.map((o) => o.org)).toEqual(c.orgs.map((o) => ({ id: o.org.id, name: o.org.name })));
    const inP = m.periods.indexOf(P);
    expect(m.orgs.map((o) => o.cells[inP])).toEqual(c.orgs.map((o) => ({ status: o.status, late: o.late })));
    expect(m.orgs.every((o) => o.cells.length === m.periods.length)).toBe(true);
    const first = await json(await client(ana).national.completeness.matrix.$get({ query: { period: P, quarters: '2', limit: '3' } }));
    expect(first.orgs.length).toBe(3);
    const rest = await json(
      await client(ana).national.completeness.matrix.$get({ query: { period: P, quarters: '2', limit: '3', cursor: first.next! } }),
    );
    expect([...first.orgs, ...rest.orgs]).toEqual(m.orgs);
    expect(rest.next).toBeNull();
    await expectError(await call('GET', `/api/national/completeness/matrix?period=${P}&quarters=13`, { caller: ana }), 400, 'validation');
    // A cursor of the English order does not continue the Welsh one.
    await expectError(
      await call('GET', `/api/national/completeness/matrix?period=${P}&lang=cy&cursor=${first.next}`, { caller: ana }),
      400,
      'validation',
    );
    await expectError(await call('GET', '/api/national/completeness/matrix?period=2024-25-q1', { caller: ana }), 404, 'period-not-found');
  });

  it('pages organisations (completeness, its matrix, the returns list) in the order of their names in the language asked for', async () => {
    const setCy = (orgId: string, name: string) =>
      env.DB.prepare('UPDATE organisations SET name_cy = ? WHERE id = ?').bind(name, orgId).run();
    try {
      await setCy(none.orgId, 'Aelwyd Dawel');
      await setCy(acc.orgId, 'Ysgol Dderbyn');
      const ids = (orgs: { org: { id: string } }[]) => orgs.map((o) => o.org.id);
      const en = [acc.orgId, drf.orgId, none.orgId, sub.orgId];
      const cy = [none.orgId, drf.orgId, sub.orgId, acc.orgId];
      const m = (lang: 'cy' | 'en', cursor?: string) =>
        client(ana)
          .national.completeness.matrix.$get({ query: { period: P, lang, limit: '2', ...(cursor ? { cursor } : {}) } })
          .then(json);
      const c = (lang: 'cy' | 'en', cursor?: string) =>
        client(ana)
          .national.completeness.$get({ query: { period: P, lang, limit: '2', ...(cursor ? { cursor } : {}) } })
          .then(json);
      const r = (lang: 'cy' | 'en', cursor?: string) =>
        client(ana)
          .national.returns.$get({ query: { period: P, lang, limit: '2', ...(cursor ? { cursor } : {}) } })
          .then(json);
      for (const [lang, order] of [
        ['en', en],
        ['cy', cy],
      ] as const) {
        const m1 = await m(lang);
        expect([...ids(m1.orgs), ...ids((await m(lang, m1.next!)).orgs)]).toEqual(order);
        const c1 = await c(lang);
        expect([...ids(c1.orgs), ...ids((await c(lang, c1.next!)).orgs)]).toEqual(order);
        const r1 = await r(lang);
        const r2 = await r(lang, r1.next!);
        expect([...r1.returns, ...r2.returns].map((x) => x.org.id)).toEqual(order);
        expect(r2.next).toBeNull();
        // A cursor of one order does not continue the other.
        const other = lang === 'cy' ? 'en' : 'cy';
        await expectError(
          await call('GET', `/api/national/returns?period=${P}&lang=${other}&cursor=${r1.next}`, { caller: ana }),
          400,
          'validation',
        );
        await expectError(
          await call('GET', `/api/national/completeness?period=${P}&lang=${other}&cursor=${c1.next}`, { caller: ana }),
          400,
          'validation',
        );
      }
      const cyCsv = await csvText(await client(ana).national['completeness.csv'].$get({ query: { period: P, lang: 'cy' } }));
      expect(
        cyCsv
          .split('\r\n')
          .slice(1, -1)
          .map((l) => l.split(',')[0]),
      ).toEqual(cy);
    } finally {
      for (const o of [none, acc]) await setCy(o.orgId, `${o === none ? 'Silent Org' : 'Accepted Org'} (cy)`);
    }
  });

  it('totals count accepted returns only, by health board, region or local authority, and over time', async () => {
    const t = await json(await client(ana).national.totals.$get({ query: { period: P, by: 'health-board' } }));
    expect(t.wales).toMatchObject({ organisations: 1, values: { 'referrals-received': 25, 'people-supported': 9 } });
    expect(t.groups).toEqual([
      expect.objectContaining({
        id: 'hduhb',
        organisations: 1,
        name: expect.objectContaining({ en: expect.stringContaining('Hywel Dda') }),
      }),
    ]);
    const r = await json(await client(ana).national.totals.$get({ query: { period: P, by: 'region' } }));
    expect(r.groups.map((g: { id: string }) => g.id)).toEqual(['west-wales']);
    const series = await json(await client(ana).national.totals.series.$get({ query: { field: 'referrals-received', by: 'region' } }));
    expect(series.periods.find((p) => p.periodId === P)!.wales.value).toBe(25);
    // The series agrees with the quarter's totals, area by area, and lists every period (those with nothing accepted empty).
    expect(series.periods.find((p) => p.periodId === P)!.groups).toEqual(
      r.groups.map((g) => ({ id: g.id, name: g.name, organisations: g.organisations, value: g.values['referrals-received'] ?? null })),
    );
    expect(series.periods.find((p) => p.periodId === P)!.wales.organisations).toBe(r.wales.organisations);
    for (const p of series.periods.filter((x) => x.periodId !== P))
      expect(p).toMatchObject({ groups: [], wales: { organisations: 0, value: null } });
    await expectError(await client(ana).national.totals.series.$get({ query: { field: 'swemwbs-mean-start' } }), 400, 'validation');
    const csv = (await csvText(await client(ana).national['totals.csv'].$get({ query: { period: P, by: 'region', lang: 'en' } }))).slice(1);
    expect(csv).toContain(`${P},west-wales,West Wales,1,referrals-received,`);
    const walesLine = csv.split('\r\n').find((l) => l.startsWith(`${P},wales,Wales,1,referrals-received,`));
    expect(walesLine).toMatch(/,25$/);
  });

  it('exports one row per organisation, period and field (latest version)', async () => {
    const text = (await csvText(await client(ana).national['export.csv'].$get({ query: { period: P, lang: 'en' } }))).slice(1).trim();
    const lines = text.split('\r\n');
    const perOrg = lines.length - 1;
    expect(perOrg % 2).toBe(0); // accepted + submitted orgs, the same number of fields each
    expect(lines.filter((l) => l.includes(',Accepted Org,')).length).toBe(perOrg / 2);
    expect(lines.find((l) => l.includes(',Submitted Org,') && l.includes(',referrals-received,'))).toMatch(/,7$/);
    expect(text).not.toContain('Draft Org');
  });

  it('review emails the submitters in their language; a return needs a comment; bad bodies change nothing', async () => {
    const before = await fullSnapshot();
    await expectError(await review(ana, sub.orgId, P, 1, 'return'), 400, 'validation');
    await expectError(
      await call('POST', `/api/national/returns/${sub.orgId}/${P}/review`, { caller: ana, body: { version: 1, decision: 'maybe' } }),
      400,
      'validation',
    );
    await expectError(await review(ana, sub.orgId, P, 9, 'accept'), 404, 'not-found');
    expect(await fullSnapshot()).toEqual(before);
    expect((await review(ana, sub.orgId, P, 1, 'return', 'Mae’r ffigur yn rhy isel.')).status).toBe(201);
    const mail = await latestMail(sub.email);
    expect(mail!.subject).toMatch(/^Ffurflen y set ddata graidd wedi'i dychwelyd/);
    expect(mail!.text).toContain('rhy isel');
  });
});

describe('reminders', () => {
  it('emails submitters of organisations with no submission, 7 days before, on and 7 days after the due date, once each', async () => {
    const R = '2025-26-q4';
    await openPeriod(adm, R, { opensAt: '2026-04-01', dueAt: '2026-04-28' });
    await putDraft(acc.caller, acc.orgId, R, 0, validValues(25, 9));
    expect((await submit(acc.caller, acc.orgId, R, 1)).status).toBe(201);
    const count = async (to: string) =>
      (await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox WHERE "to" = ?1 AND subject LIKE ?2')
        .bind(to, 'Nodyn atgoffa%')
        .first<{ n: number }>())!.n +
      (await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox WHERE "to" = ?1 AND subject LIKE ?2')
        .bind(to, 'Reminder%')
        .first<{ n: number }>())!.n;

    expect(await sendReminders(env as never, new Date('2026-04-20T07:00:00Z'))).toEqual([]); // 8 days before: nothing
    const first = await sendReminders(env as never, new Date('2026-04-21T07:00:00Z'));
    expect(first.map((s) => s.orgId).sort()).toEqual([sub.orgId, drf.orgId, none.orgId].sort());
    expect(first.every((s) => s.kind === 'before' && s.periodId === R)).toBe(true);
    expect(await count(none.email)).toBe(1);
    expect(await count(acc.email)).toBe(0);
    const en = await latestMail(drf.email);
    expect(en!.subject).toBe('Reminder: core dataset return / Nodyn atgoffa: ffurflen y set ddata graidd');
    expect(en!.text).toContain('28 April 2026');
    expect(en!.text).toContain('28 Ebrill 2026');
    // The same day again (the cron may run twice): nothing more.
    expect(await sendReminders(env as never, new Date('2026-04-21T18:00:00Z'))).toEqual([]);
    expect(await count(none.email)).toBe(1);
    // On the due date and 7 days after.
    expect((await sendReminders(env as never, new Date('2026-04-28T07:00:00Z'))).every((s) => s.kind === 'due')).toBe(true);
    expect((await sendReminders(env as never, new Date('2026-05-05T07:00:00Z'))).every((s) => s.kind === 'after')).toBe(true);
    expect(await count(none.email)).toBe(3);
    const rows = await env.DB.prepare('SELECT kind FROM reminders_sent WHERE org_id = ?1 AND period_id = ?2 ORDER BY sent_at')
      .bind(none.orgId, R)
      .all<{ kind: string }>();
    expect(rows.results.map((r) => r.kind)).toEqual(['before', 'due', 'after']);
  });
});
