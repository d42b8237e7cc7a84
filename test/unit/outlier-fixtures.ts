// Histories of accepted quarters for the outlier rule (content/dataset/outliers.ts), shared by the
// unit tests and the Worker's tests. Quarters are listed oldest first, ending just before PERIOD.
import { periodId } from '../../content/stats/periods.ts';

/** The return being checked: 2026-27 Q1 (April–June 2026). */
export const PERIOD = '2026-27-q1';

/** The `n` quarters before PERIOD, oldest first. */
export function quartersBefore(n: number): string[] {
  const out: string[] = [];
  let [fy, q] = [2026, 1];
  for (let i = 0; i < n; i++) {
    [fy, q] = q === 1 ? [fy - 1, 4] : [fy, q - 1];
    out.unshift(periodId(fy, q));
  }
  return out;
}

/** Referrals received, steady around 100 with ordinary noise (12 quarters). */
export const STEADY = [96, 104, 99, 101, 108, 93, 100, 97, 103, 110, 95, 102];

/**
 * Seasonal: every Q1 (April–June, the quarter of PERIOD) doubles, 12 quarters. The last 12
 * quarters before 2026-27 Q1 begin with 2023-24 Q1, so every fourth quarter from the first is a Q1.
 */
export const SEASONAL = [205, 100, 98, 103, 198, 99, 101, 97, 201, 102, 100, 96];

/** A history of one field's values → the quarters the rule reads. */
export function historyOf(field: string, values: readonly (number | null)[]) {
  const ids = quartersBefore(values.length);
  return values.map((v, i) => ({ periodId: ids[i]!, values: { [field]: v } }));
}
