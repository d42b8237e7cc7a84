// Outliers against an organisation's own history: is a value far outside what this organisation
// usually reports? Pure, so the Worker (on every save and submission) and the form run the same
// check. The band is robust: the median ± k × the median absolute deviation (MAD), scaled by
// 1.4826 so that it estimates a standard deviation for normally spread figures, so one earlier
// odd quarter neither moves the centre nor widens the band much.
//
// Two things would make a plain band cry wolf, and the rule handles both:
// - A flat history (100, 100, 100, …) has a MAD of 0, so every change would be an outlier: the
//   spread is never taken narrower than `minSpread` × the median.
// - A seasonal pattern (say every fourth quarter doubles) puts those quarters outside the
//   band of all quarters. So a value is an outlier only if it is outside BOTH the band of the last
//   quarters AND the band of the same quarter in earlier years (when there are at least two of
//   them): a peak that comes every year sits inside the band of its own quarter.
import type { DatasetDefinition, Rule } from '../schema.ts';
import { parsePeriodId } from '../stats/periods.ts';

export type OutlierRule = Extract<Rule, { kind: 'outlier-vs-history' }>;

/** One accepted quarter of the organisation's history: its period and values. */
export interface HistoryQuarter {
  periodId: string;
  values: Record<string, number | null>;
}

export interface Band {
  median: number;
  low: number;
  high: number;
  /** How many quarters the band rests on. */
  quarters: number;
}

/** The most accepted quarters a rule may read (the schema's maximum for `quarters`): what the Worker loads. */
export const HISTORY_QUARTERS = 12;

/**
 * Every field that a rule of these definitions compares with earlier quarters (a change against
 * the previous quarter, an outlier against the history): all that checking a return reads of them.
 */
export function historyFields(defs: readonly DatasetDefinition[]): string[] {
  const fields = defs.flatMap((d) =>
    d.rules.flatMap((r) => (r.kind === 'change-vs-previous' || r.kind === 'outlier-vs-history' ? [r.field] : [])),
  );
  return [...new Set(fields)].sort();
}

/** Scales the MAD to estimate a standard deviation of normally spread figures. */
const MAD_SCALE = 1.4826;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** median ± k × max(scaled MAD, minSpread × |median|), never below 0 (counts and means here are never negative). */
export function robustBand(xs: readonly number[], k: number, minSpread: number): Band {
  const m = median(xs);
  const spread = Math.max(MAD_SCALE * median(xs.map((x) => Math.abs(x - m))), minSpread * Math.abs(m));
  return { median: m, low: Math.max(0, m - k * spread), high: m + k * spread, quarters: xs.length };
}

/** The field's values in the last `rule.quarters` accepted quarters before `periodId`, newest first. */
function recent(rule: OutlierRule, periodId: string, history: readonly HistoryQuarter[]) {
  return [...history]
    .filter((h) => h.periodId < periodId)
    .sort((a, b) => (a.periodId < b.periodId ? 1 : -1))
    .slice(0, rule.quarters)
    .flatMap((h) => {
      const v = h.values[rule.field];
      return typeof v === 'number' && Number.isFinite(v) ? [{ periodId: h.periodId, value: v }] : [];
    });
}

/**
 * The band `value` fell outside, or null when it is not an outlier (or the rule does not apply:
 * too little history, or a median below the rule's minimum base).
 */
export function outlierBand(rule: OutlierRule, value: number, periodId: string, history: readonly HistoryQuarter[]): Band | null {
  const points = recent(rule, periodId, history);
  if (points.length < rule.minHistory) return null;
  const all = robustBand(
    points.map((p) => p.value),
    rule.k,
    rule.minSpread,
  );
  if (all.median < rule.minBase || (value >= all.low && value <= all.high)) return null;
  const q = parsePeriodId(periodId)?.q;
  const same = points.filter((p) => parsePeriodId(p.periodId)?.q === q).map((p) => p.value);
  if (same.length >= 2) {
    const seasonal = robustBand(same, rule.k, rule.minSpread);
    if (value >= seasonal.low && value <= seasonal.high) return null;
  }
  return all;
}
