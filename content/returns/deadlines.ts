// Deadlines of reporting periods as a submitter sees them: how many days are left before a
// period closes, and which period comes first on the list (the one open now). Periods are
// the API's: `opensAt` and `dueAt` are calendar days in Wales ("YYYY-MM-DD"); the whole due
// day is in time, as content/stats/periods.ts isPastDue says (this module stays free of the
// UI string table that periods.ts reads, for the pages).
import { daysFrom, ukDay } from '../datetime.ts';

export interface PeriodDates {
  id: string;
  opensAt: string;
  dueAt: string;
  locked: boolean;
}

/** Where a period stands on `now`: not open yet, open with `days` whole days to its due date (0 = due today), or closed. */
export type Deadline = { state: 'not-open' } | { state: 'open'; days: number } | { state: 'closed' };

export function deadlineOf(p: PeriodDates, now: Date): Deadline {
  const today = ukDay(now);
  if (p.locked || today > p.dueAt) return { state: 'closed' };
  if (today < p.opensAt) return { state: 'not-open' };
  return { state: 'open', days: Math.max(0, daysFrom(`${p.dueAt}T12:00:00Z`, now)) };
}

/**
 * The list order: periods open now first, the soonest due first (the current quarter leads),
 * then the rest as they came (the API lists newest first).
 */
export function currentFirst<P extends { period: PeriodDates }>(rows: readonly P[], now: Date): P[] {
  const open = (r: P) => deadlineOf(r.period, now).state === 'open';
  const current = rows.filter(open).sort((a, b) => a.period.dueAt.localeCompare(b.period.dueAt));
  return [...current, ...rows.filter((r) => !open(r))];
}
