import { describe, expect, it } from 'vitest';
import { median, type OutlierRule, outlierBand, robustBand } from '../../content/dataset/outliers.ts';
import { validateReturn } from '../../content/dataset/validate.ts';
import { currentDataset as def } from '../../content/index.ts';
import { validReturn } from './dataset-fixtures.ts';
import { historyOf, PERIOD, quartersBefore, SEASONAL, STEADY } from './outlier-fixtures.ts';

const rule = def.rules.find((r): r is OutlierRule => r.id === 'outlier-referrals-received')!;
const FIELD = 'referrals-received';
const band = (value: number, history: readonly (number | null)[], r: OutlierRule = rule) =>
  outlierBand(r, value, PERIOD, historyOf(FIELD, history));

describe('robust band', () => {
  it('median and MAD are not moved by one wild value', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const b = robustBand([100, 100, 102, 98, 10000], 3, 0);
    expect(b.median).toBe(100);
    // MAD = 2, scaled 2.9652, × 3 = 8.8956
    expect(b.high).toBeCloseTo(108.8956, 3);
    expect(b.low).toBeCloseTo(91.1044, 3);
  });

  it('a flat history is widened to minSpread × the median, never below 0', () => {
    const b = robustBand([100, 100, 100, 100], 3, 0.1);
    expect([b.low, b.high]).toEqual([70, 130]);
    expect(robustBand([2, 2, 2], 20, 0.1).low).toBe(0);
  });
});

describe('outlier-vs-history (the rule in the definition)', () => {
  it('is in the definition for the figures with change rules, with 8–12 quarters', () => {
    expect(rule).toMatchObject({ quarters: 12, minHistory: 6, k: 3, minSpread: 0.1 });
    const change = def.rules.filter((r) => r.kind === 'change-vs-previous').map((r) => r.field);
    const outliers = def.rules.filter((r) => r.kind === 'outlier-vs-history').map((r) => r.field);
    expect(outliers).toEqual(change);
  });

  it('flags a planted outlier in a steady history, up and down', () => {
    expect(band(400, STEADY)).toMatchObject({ quarters: 12, median: 100.5 });
    expect(band(20, STEADY)).not.toBeNull();
    expect(band(112, STEADY)).toBeNull(); // ordinary noise
    expect(band(88, STEADY)).toBeNull();
  });

  it('an outlier planted IN the history does not widen the band enough to hide the next one', () => {
    const withSpike = [...STEADY.slice(0, 11), 900];
    expect(band(400, withSpike)).not.toBeNull();
  });

  it('does not flag a seasonal peak that comes every year in the same quarter', () => {
    // Every Q1 doubles: 200 this Q1 is inside the band of earlier Q1s (205, 198, 201), though far
    // outside the band of all 12 quarters (median 100.5).
    expect(band(200, SEASONAL)).toBeNull();
    // But the same 200 in Q2 (no peak there in earlier years) is an outlier,
    const inQ2 = outlierBand(rule, 200, '2026-27-q2', historyOf(FIELD, [...SEASONAL.slice(1), 203]));
    expect(inQ2).not.toBeNull();
    // and a Q1 far beyond even its own quarter is one too.
    expect(band(600, SEASONAL)).not.toBeNull();
  });

  it('a flat history does not flag every small change', () => {
    const flat = Array(12).fill(100);
    expect(band(101, flat)).toBeNull();
    expect(band(125, flat)).toBeNull();
    expect(band(131, flat)).not.toBeNull();
  });

  it('applies only with enough history, above the minimum base, and reads only earlier, last N quarters', () => {
    expect(band(400, STEADY.slice(0, 5))).toBeNull(); // 5 < minHistory 6
    expect(band(400, STEADY.slice(0, 6))).not.toBeNull();
    expect(band(400, [...STEADY.slice(0, 5), null, null])).toBeNull(); // blanks do not count
    expect(band(40, [5, 6, 4, 5, 6, 5, 4, 6])).toBeNull(); // median 5 < minBase 10
    // Quarters older than the last 12 are ignored: 12 steady quarters after 8 of ~400.
    const old = [...Array(8).fill(400), ...STEADY];
    expect(band(400, old)).not.toBeNull();
    // A later quarter (a return accepted after this period) is not history of this one.
    const later = [...historyOf(FIELD, STEADY), { periodId: '2026-27-q2', values: { [FIELD]: 400 } }];
    expect(outlierBand(rule, 400, PERIOD, later)?.quarters).toBe(12);
  });

  it('a rule with 8 quarters reads only the last 8', () => {
    const eight = { ...rule, quarters: 8 };
    expect(band(400, STEADY, eight)?.quarters).toBe(8);
  });
});

describe('validateReturn with history', () => {
  const steady = historyOf(FIELD, STEADY).map((h, i) => ({ ...h, values: { ...validReturn(def), [FIELD]: STEADY[i]! } }));

  it('gives a warning that names the usual range in both languages', () => {
    const r = validateReturn(def, { ...validReturn(def), [FIELD]: 400 }, { history: { periodId: PERIOD, quarters: steady } });
    const w = r.warnings.filter((x) => x.code === 'outlier-referrals-received');
    expect(w).toHaveLength(1);
    expect(w[0]!.field).toBe(FIELD);
    expect(w[0]!.message.en).toBe(
      '“Referrals received” is 400, outside the range this organisation usually reports (70 to 131, from its last 12 accepted quarters, also compared with the same quarter in earlier years). Please give a short explanation of the figure.',
    );
    expect(w[0]!.message.cy).toContain('yw 400, y tu allan i’r ystod y mae’r sefydliad hwn yn ei hadrodd fel arfer');
    expect(w[0]!.message.cy).toContain('(70 i 131, yn ôl ei 12 chwarter diwethaf a dderbyniwyd');
    expect(r.errors.some((e) => e.code.startsWith('outlier-'))).toBe(false); // a warning, never an error
  });

  it('stays quiet for the seasonal history and without history', () => {
    const seasonal = historyOf(FIELD, SEASONAL).map((h, i) => ({ ...h, values: { ...validReturn(def), [FIELD]: SEASONAL[i]! } }));
    const input = { ...validReturn(def), [FIELD]: 200 };
    const codes = (o: Parameters<typeof validateReturn>[2]) => validateReturn(def, input, o).warnings.map((x) => x.code);
    expect(codes({ history: { periodId: PERIOD, quarters: seasonal } })).not.toContain('outlier-referrals-received');
    expect(codes({})).toEqual([]);
    expect(quartersBefore(2)).toEqual(['2025-26-q3', '2025-26-q4']);
  });
});
