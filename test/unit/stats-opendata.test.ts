import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { currentDataset, geography } from '../../content/index.ts';
import { type AcceptedValue, buildOpenData, completenessStatus, describeRevisions, toCsv } from '../../content/stats/opendata.ts';
import { auditDisclosure } from '../../content/stats/suppress.ts';

const regions = geography.regions.map((r) => r.id);
const acc = (periodId: string, region: string, field: string, value: number, extra: Partial<AcceptedValue> = {}): AcceptedValue => ({
  periodId,
  region,
  field,
  value,
  status: 'accepted',
  ...extra,
});

/** Q1: every region has referrals; Powys has 3 (small). Q2: Gwent sends no return. */
const input: AcceptedValue[] = [
  ...regions.map((r, i) => acc('2025-26-q1', r, 'referrals-received', r === 'powys' ? 3 : 40 + i * 10)),
  ...regions.filter((r) => r !== 'gwent').map((r, i) => acc('2025-26-q2', r, 'referrals-received', 50 + i)),
];

describe('open data table', () => {
  it('suppresses small regional figures so the Wales total cannot reveal them', () => {
    const { rows } = buildOpenData(input);
    const q1 = rows.filter((r) => r.periodId === '2025-26-q1');
    expect(q1.map((r) => r.areaCode)).toEqual(['wales', ...regions]);
    const powys = q1.find((r) => r.areaCode === 'powys')!;
    expect(powys).toMatchObject({ value: null, codes: ['c'] });
    // One more region (the smallest, Cardiff and Vale with 40) is withheld; Wales is published.
    const withheld = q1.filter((r) => r.value === null).map((r) => r.areaCode);
    expect(withheld).toEqual(['cardiff-and-vale', 'powys']);
    const wales = q1.find((r) => r.areaCode === 'wales')!;
    expect(wales.value).toBe(3 + [40, 50, 60, 70, 90, 100].reduce((a, b) => a + b, 0));
    const shown = q1.filter((r) => r.areaCode !== 'wales' && r.value !== null).reduce((s, r) => s + r.value!, 0);
    expect(wales.value! - shown).toBeGreaterThan(4); // the gap covers two withheld regions, not one
    for (const r of rows) if (r.value !== null) expect(r.value === 0 || r.value >= 5).toBe(true);
  });

  it('marks a region with no accepted return as not available (x) and totals the rest', () => {
    const { rows } = buildOpenData(input);
    const q2 = rows.filter((r) => r.periodId === '2025-26-q2');
    expect(q2.find((r) => r.areaCode === 'gwent')).toMatchObject({ value: null, codes: ['x'] });
    expect(q2.find((r) => r.areaCode === 'wales')!.value).toBe([50, 51, 52, 53, 54, 55].reduce((a, b) => a + b, 0));
  });

  it('marks the open quarter provisional and revised figures r, and lists revisions', () => {
    const data = [
      ...input,
      acc('2025-26-q1', 'west-wales', 'referrals-received', 5, {
        revisedAt: '2025-09-10T10:00:00Z',
        revisionNote: 'Late referrals added.',
      }),
      acc('2025-26-q2', 'north-wales', 'referrals-received', 1, { revisedAt: '2025-08-01T10:00:00Z' }), // before first publication
    ];
    const { rows, revisions } = buildOpenData(data, {
      openPeriods: ['2025-26-q2'],
      firstPublished: { '2025-26-q1': '2025-08-15T09:30:00Z', '2025-26-q2': '2025-11-15T09:30:00Z' },
    });
    const ww = rows.find((r) => r.periodId === '2025-26-q1' && r.areaCode === 'west-wales')!;
    expect(ww.codes).toEqual(['r']);
    expect(ww.value).toBe(100 + 5);
    expect(rows.find((r) => r.periodId === '2025-26-q1' && r.areaCode === 'wales')!.codes).toEqual(['r']);
    expect(rows.find((r) => r.periodId === '2025-26-q1' && r.areaCode === 'powys')!.codes).toEqual(['c']);
    for (const r of rows.filter((x) => x.periodId === '2025-26-q2' && x.areaCode !== 'gwent')) expect(r.codes).toContain('p');
    expect(rows.find((r) => r.periodId === '2025-26-q2' && r.areaCode === 'north-wales')!.codes).toEqual(['p']);
    expect(revisions).toEqual([
      {
        periodId: '2025-26-q1',
        areaCode: 'west-wales',
        field: 'referrals-received',
        revisedAt: '2025-09-10T10:00:00Z',
        note: 'Late referrals added.',
      },
    ]);
    expect(describeRevisions(revisions, 'en')).toEqual([
      'Referrals received for West Wales, April to June 2025 (2025-26 Q1), was revised on 10 September 2025. Late referrals added.',
    ]);
    expect(describeRevisions(revisions, 'cy')[0]).toBe(
      'Diwygiwyd Atgyfeiriadau a gafwyd ar gyfer Gorllewin Cymru, Ebrill i Fehefin 2025 (Ch1 2025-26), ar 10 Medi 2025. Late referrals added.',
    );
  });

  it('protects breakdowns too: a small category cannot be found from its item', () => {
    const f = 'referrals-received';
    const data: AcceptedValue[] = regions.flatMap((r, i) => {
      const young = r === 'gwent' ? 2 : 10 + i;
      const adult = 60 + 3 * i;
      // Every category of the definition's age band, so the item = sum of categories constraint applies.
      const ages = currentDataset.breakdowns.find((b) => b.id === 'age-band')!.categories.map((c) => c.id);
      return [
        acc('2025-26-q1', r, f, young + adult),
        ...ages.map((a) => acc('2025-26-q1', r, `${f}.age-band.${a}`, a === 'age-0-17' ? young : a === 'age-18-24' ? adult : 0)),
      ];
    });
    const { rows } = buildOpenData(data);
    const get = (area: string, field: string) => rows.find((r) => r.areaCode === area && r.field === field)!;
    expect(get('gwent', `${f}.age-band.age-0-17`).value).toBeNull();
    // Gwent's adult count or its total must go too, and the Wales 0–17 total cannot expose Gwent alone.
    const gwentOthers = [get('gwent', f).value, get('gwent', `${f}.age-band.age-18-24`).value];
    expect(gwentOthers).toContain(null);
    const youngWithheld = regions.filter((r) => get(r, `${f}.age-band.age-0-17`).value === null);
    expect(youngWithheld.length).toBeGreaterThanOrEqual(2);
    // Rebuild the table and audit it independently.
    const cells = new Map<string, number>();
    const result = new Map<string, { value: number | null }>();
    for (const r of rows) {
      const v = data.filter((d) => d.region === r.areaCode && d.field === r.field).reduce((s, d) => s + d.value, 0);
      const truth = r.areaCode === 'wales' ? data.filter((d) => d.field === r.field).reduce((s, d) => s + d.value, 0) : v;
      cells.set(`${r.areaCode}|${r.field}`, truth);
      result.set(`${r.areaCode}|${r.field}`, { value: r.value });
    }
    const ageFields = currentDataset.breakdowns.find((b) => b.id === 'age-band')!.categories.map((c) => `${f}.age-band.${c.id}`);
    const constraints = [
      ...[f, ...ageFields].map((x) => ({ total: `wales|${x}`, parts: regions.map((r) => `${r}|${x}`) })),
      ...['wales', ...regions].map((a) => ({ total: `${a}|${f}`, parts: ageFields.map((x) => `${a}|${x}`) })),
    ];
    const audit = auditDisclosure({ cells, constraints }, { cells: result });
    expect(audit.problems).toEqual([]);
  });

  it('rejects rows that are not accepted counts for known regions', () => {
    expect(() => buildOpenData([{ ...acc('2025-26-q1', 'powys', 'x', 1), status: 'submitted' as 'accepted' }])).toThrow();
    expect(() => buildOpenData([acc('2025-26-q1', 'atlantis', 'x', 1)])).toThrow(/region/);
    expect(() => buildOpenData([acc('2025-26-q1', 'powys', 'x', 1.5)])).toThrow(/count/);
    expect(() => buildOpenData([acc('2025-q1', 'powys', 'x', 1)])).toThrow(/period/);
  });
});

describe('open data CSV', () => {
  const { rows } = buildOpenData(input, { openPeriods: ['2025-26-q2'] });

  it('starts with a BOM, uses CRLF and English headers', () => {
    const csv = toCsv(rows, 'en');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Period,Period name,Area code,Area name,Measure,Measure name,Value,NoteCodes');
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines).toContain('2025-26-q1,April to June 2025 (2025-26 Q1),powys,Powys,referrals-received,Referrals received,,c');
    expect(lines).toContain('2025-26-q2,July to September 2025 (2025-26 Q2),gwent,Gwent,referrals-received,Referrals received,,x');
    expect(lines.some((l) => /^2025-26-q2,.*,wales,Wales,.*,\d+,p$/.test(l))).toBe(true);
  });

  it('has Welsh headers and names in the Welsh file, and parses back', () => {
    const csv = toCsv(rows, 'cy');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'Cyfnod',
      "Enw'r cyfnod",
      'Cod yr ardal',
      "Enw'r ardal",
      'Mesur',
      "Enw'r mesur",
      'Gwerth',
      'CodauNodiadau',
    ]);
    const cav = parsed.data.find((d) => d['Cod yr ardal'] === 'cardiff-and-vale' && d['Cyfnod'] === '2025-26-q1')!;
    expect(cav["Enw'r ardal"]).toBe("Caerdydd a'r Fro");
    expect(cav["Enw'r cyfnod"]).toBe('Ebrill i Fehefin 2025 (Ch1 2025-26)');
    expect(cav['Gwerth']).toBe('');
    expect(cav['CodauNodiadau']).toBe('c');
    const wales = parsed.data.find((d) => d['Cod yr ardal'] === 'wales' && d['Cyfnod'] === '2025-26-q1')!;
    expect(wales["Enw'r ardal"]).toBe('Cymru');
    expect(wales["Enw'r mesur"]).toBe('Atgyfeiriadau a gafwyd');
    expect(Number(wales['Gwerth'])).toBe(413);
  });

  it('quotes values that need it', () => {
    const csv = toCsv(
      [{ periodId: '2025-26-q1', areaCode: 'x', areaName: { cy: 'A, "B"', en: '=cmd' }, field: 'f', value: 5, codes: [] }],
      'cy',
      () => 'm',
    );
    expect(csv).toContain(',"A, ""B""",');
    expect(
      toCsv(
        [{ periodId: '2025-26-q1', areaCode: 'x', areaName: { cy: 'a', en: '=cmd' }, field: 'f', value: 5, codes: [] }],
        'en',
        () => 'm',
      ),
    ).toContain(',"=cmd",');
  });
});

describe('completeness status', () => {
  const due = '2025-07-28';
  const base = { hasDraft: false, latestSubmission: null, latestReview: null, due };
  it('follows a return from not started to accepted, with a separate late flag', () => {
    expect(completenessStatus({ ...base, now: '2025-07-10T09:00:00Z' })).toEqual({ status: 'not-started', late: false });
    expect(completenessStatus({ ...base, now: '2025-07-29T09:00:00Z' })).toEqual({ status: 'not-started', late: true });
    expect(completenessStatus({ ...base, hasDraft: true, now: '2025-07-29T09:00:00Z' })).toEqual({ status: 'draft', late: true });
    const sub = { submittedAt: '2025-07-20T09:00:00Z' };
    expect(completenessStatus({ ...base, latestSubmission: sub, now: '2025-08-20T09:00:00Z' })).toEqual({
      status: 'submitted',
      late: false,
    });
    expect(
      completenessStatus({
        ...base,
        latestSubmission: sub,
        latestReview: { decision: 'returned', reviewedAt: '2025-07-25T09:00:00Z' },
        hasDraft: true,
        now: '2025-08-20T09:00:00Z',
      }),
    ).toEqual({ status: 'returned', late: false });
    // Resubmitted after the due date: submitted again, not late, because the first came in on time.
    const resub = { submittedAt: '2025-08-02T09:00:00Z', firstSubmittedAt: sub.submittedAt };
    expect(
      completenessStatus({
        ...base,
        latestSubmission: resub,
        latestReview: { decision: 'returned', reviewedAt: '2025-07-25T09:00:00Z' },
        now: '2025-08-20T09:00:00Z',
      }),
    ).toEqual({ status: 'submitted', late: false });
    expect(
      completenessStatus({
        ...base,
        latestSubmission: resub,
        latestReview: { decision: 'accepted', reviewedAt: '2025-08-03T09:00:00Z' },
        now: '2025-08-20T09:00:00Z',
      }),
    ).toEqual({ status: 'accepted', late: false });
    expect(completenessStatus({ ...base, latestSubmission: { submittedAt: '2025-07-28T23:30:00Z' }, now: '2025-08-20T09:00:00Z' })).toEqual(
      { status: 'submitted', late: true },
    );
  });
});

describe('property: random regional returns with a breakdown', () => {
  it("never publishes 1–4, and the builder's own disclosure audit always passes", async () => {
    const fc = (await import('fast-check')).default;
    const f = 'referrals-received';
    const arb = fc.array(
      fc.record({
        present: fc.boolean(),
        young: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 40 })),
        adult: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 80 })),
      }),
      { minLength: regions.length, maxLength: regions.length },
    );
    fc.assert(
      fc.property(arb, (byRegion) => {
        const data = byRegion.flatMap((x, i) =>
          x.present
            ? [
                acc('2026-27-q1', regions[i]!, f, x.young + x.adult),
                acc('2026-27-q1', regions[i]!, `${f}.age-band.age-0-17`, x.young),
                acc('2026-27-q1', regions[i]!, `${f}.age-band.age-18-plus`, x.adult),
              ]
            : [],
        );
        const { rows } = buildOpenData(data); // throws if its audit finds a leak
        for (const r of rows) {
          if (r.value !== null) expect(r.value === 0 || r.value >= 5).toBe(true);
          else expect(r.codes.length).toBe(1);
        }
        const missing = byRegion.filter((x) => !x.present).length;
        expect(rows.filter((r) => r.codes.includes('x')).length).toBe(data.length ? missing * 3 : 0);
      }),
      { numRuns: 300 },
    );
  });
});
