// Open data built from returns that went through the API: only accepted figures, counts of 1–4
// never published (primary), a further figure withheld so the small one cannot be worked out
// from the Wales total (secondary), provisional (p) until the period is locked, and a revision
// (r) listed when an accepted figure is amended after first publication.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Caller } from './helpers.ts';
import { client, json } from './helpers.ts';
import { acceptedReturn, admin, analyst, openPeriod, orgWithSubmitter, putDraft, submit, validValues } from './returns-helpers.ts';

// Long scenarios (many requests each): generous limits for a loaded machine running every project.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const P = '2025-26-q2';
let adm: Caller;
let ana: Caller;
const orgs = {} as Record<'cv' | 'nw' | 'gw' | 'po', { orgId: string; caller: Caller }>;

type Row = { periodId: string; areaCode: string; field: string; value: number | null; codes: string[] };
const openData = async (lang: 'cy' | 'en' = 'en') => json(await client()['open-data']['totals.json'].$get({ query: { lang } }));
const cell = (rows: Row[], area: string, field = 'referrals-received') =>
  rows.find((r) => r.periodId === P && r.areaCode === area && r.field === field)!;

beforeAll(async () => {
  adm = await admin();
  ana = await analyst();
  await openPeriod(adm, P);
  // Cardiff and Vale: 3 referrals (small); North Wales 20; Gwent 30; Powys: submitted but not accepted.
  orgs.cv = await orgWithSubmitter({ region: 'cardiff-and-vale', healthBoard: 'cavuhb' });
  orgs.nw = await orgWithSubmitter({ region: 'north-wales', healthBoard: 'bcuhb' });
  orgs.gw = await orgWithSubmitter({ region: 'gwent', healthBoard: 'abuhb' });
  orgs.po = await orgWithSubmitter({ region: 'powys', healthBoard: 'pthb' });
  await acceptedReturn(orgs.cv.caller, ana, orgs.cv.orgId, P, validValues(3, 3));
  await acceptedReturn(orgs.nw.caller, ana, orgs.nw.orgId, P, validValues(20, 10));
  await acceptedReturn(orgs.gw.caller, ana, orgs.gw.orgId, P, validValues(30, 12));
  await putDraft(orgs.po.caller, orgs.po.orgId, P, 0, validValues(2, 2));
  expect((await submit(orgs.po.caller, orgs.po.orgId, P, 1)).status).toBe(201);
});

describe('open data from accepted returns', () => {
  it('never publishes a count of 1–4, and withholds a second figure so the small one cannot be derived', async () => {
    const { rows } = await openData();
    const published = rows.filter((r) => r.value !== null);
    expect(published.length).toBeGreaterThan(0);
    expect(published.filter((r) => r.value! >= 1 && r.value! <= 4)).toEqual([]);
    // primary: Cardiff and Vale's 3
    expect(cell(rows, 'cardiff-and-vale')).toMatchObject({ value: null, codes: expect.arrayContaining(['c']) });
    // secondary: North Wales (20, the smallest other figure) is withheld too; Wales total (53) is published
    expect(cell(rows, 'north-wales')).toMatchObject({ value: null, codes: expect.arrayContaining(['c']) });
    expect(cell(rows, 'gwent')).toMatchObject({ value: 30 });
    expect(cell(rows, 'wales')).toMatchObject({ value: 53 });
    // Powys's submitted-but-not-accepted return is not counted: x (no accepted return)
    expect(cell(rows, 'powys')).toMatchObject({ value: null, codes: ['x'] });
    // provisional while the period is open
    expect(cell(rows, 'gwent').codes).toContain('p');
  });

  it('serves the same table as a bilingual CSV', async () => {
    const res = await client()['open-data']['totals.csv'].$get({ query: { lang: 'cy' } });
    expect(res.status).toBe(200);
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe("Cyfnod,Enw'r cyfnod,Cod yr ardal,Enw'r ardal,Mesur,Enw'r mesur,Gwerth,CodauNodiadau");
    const cv = lines.find((l) => l.startsWith(`${P},`) && l.includes(',cardiff-and-vale,') && l.includes(',referrals-received,'))!;
    expect(cv.endsWith(',,"c,p"')).toBe(true);
    for (const l of lines.slice(1).filter(Boolean)) {
      const m = /,(\d*),("?[a-z,]*"?)$/.exec(l);
      expect(m, l).not.toBeNull();
      if (m![1] !== '') expect(Number(m![1]) === 0 || Number(m![1]) >= 5, l).toBe(true);
    }
  });

  it('drops p when the period is locked, and marks an amendment accepted after publication as a revision (r)', async () => {
    expect((await client(adm).periods[':id'].lock.$post({ param: { id: P } })).status).toBe(200);
    let { rows } = await openData();
    expect(cell(rows, 'gwent').codes).toEqual([]);
    expect((await client(adm).periods[':id'].unlock.$post({ param: { id: P } })).status).toBe(200);
    await acceptedReturn(orgs.gw.caller, ana, orgs.gw.orgId, P, validValues(40, 12));
    const od = await openData('cy');
    rows = od.rows;
    expect(cell(rows, 'gwent')).toMatchObject({ value: 40, codes: ['p', 'r'] });
    expect(cell(rows, 'wales').value).toBe(63);
    expect(od.revisions.find((r) => r.areaCode === 'gwent' && r.field === 'referrals-received')?.text).toMatch(/Gwent/);
  });
});
