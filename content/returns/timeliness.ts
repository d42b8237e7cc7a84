// Timeliness of returns: for one organisation and quarter, whether the first submission came on
// time, late, not at all (the due date has passed: missing), or is not due yet; tallies and the
// on-time rate; and which quarters are due within a week (the national team chases who has not
// started). The due day is a calendar day in Wales (content/stats/periods.ts isPastDue): its
// whole day is in time. Both the national view and the public transparency page use these.
import { ukDay } from '../datetime.ts';
import { isPastDue } from '../stats/periods.ts';
import { isoDay } from './status.ts';

export const OUTCOMES = ['on-time', 'late', 'missing', 'not-due'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Days ahead of a due date from which the national team chases organisations that have not started. */
export const CHASE_DAYS = 7;

/** The outcome of one return: `firstSubmittedAt` is when version 1 came in (null: never). */
export function outcomeOf(period: { dueAt: number }, firstSubmittedAt: number | null, now: number): Outcome {
  const due = isoDay(period.dueAt);
  if (firstSubmittedAt !== null) return isPastDue(due, new Date(firstSubmittedAt)) ? 'late' : 'on-time';
  return isPastDue(due, new Date(now)) ? 'missing' : 'not-due';
}

/**
 * SQL counts submissions in three buckets of time after `due_at` (00:00 UTC of the due date):
 * before 23:00 UTC that day (always in time), 23:00 to 24:00 UTC (in time unless Wales is on
 * summer time, when it is already the next day), and later (always late). This says which
 * way the middle bucket falls for one due date, so the database never needs the time zone.
 */
export const LAST_HOUR_MS = 23 * HOUR_MS;
export const lastHourInTime = (dueAt: number): boolean => !isPastDue(isoDay(dueAt), new Date(dueAt + LAST_HOUR_MS));

export interface Tally {
  onTime: number;
  late: number;
  missing: number;
  notDue: number;
  /** Organisations expected to return. */
  total: number;
  /** On time ÷ (on time + late + missing), once anything is due; null before. */
  rate: number | null;
}

export function rateOf(t: Omit<Tally, 'rate' | 'total'>): number | null {
  const due = t.onTime + t.late + t.missing;
  return due === 0 ? null : t.onTime / due;
}

/** Counts of each outcome, with the on-time rate. */
export function tally(outcomes: Iterable<Outcome>): Tally {
  const c = { onTime: 0, late: 0, missing: 0, notDue: 0 };
  for (const o of outcomes) {
    if (o === 'on-time') c.onTime++;
    else if (o === 'late') c.late++;
    else if (o === 'missing') c.missing++;
    else c.notDue++;
  }
  return { ...c, total: c.onTime + c.late + c.missing + c.notDue, rate: rateOf(c) };
}

/**
 * A quarter's tally from the database's buckets: submissions in each time bucket and the
 * number of organisations expected (the rest submitted nothing).
 */
export function tallyFromBuckets(
  period: { dueAt: number },
  b: { early: number; lastHour: number; after: number; expected: number },
  now: number,
): Tally {
  const inTime = lastHourInTime(period.dueAt);
  const onTime = b.early + (inTime ? b.lastHour : 0);
  const late = b.after + (inTime ? 0 : b.lastHour);
  const none = Math.max(0, b.expected - b.early - b.lastHour - b.after);
  const past = isPastDue(isoDay(period.dueAt), new Date(now));
  const c = { onTime, late, missing: past ? none : 0, notDue: past ? 0 : none };
  return { ...c, total: b.expected, rate: rateOf(c) };
}

/** Today in Wales as stored due dates are (ms at 00:00 UTC of the calendar date). */
export const todayMs = (now: number) => Date.parse(`${ukDay(new Date(now))}T00:00:00Z`);

/** The due dates the national team chases: from today to `CHASE_DAYS` days ahead (stored form). */
export const chaseWindow = (now: number) => ({ from: todayMs(now), to: todayMs(now) + CHASE_DAYS * DAY_MS });

/** Whether a period's due date has passed (the whole due day in Wales is in time). */
export const isDue = (period: { dueAt: number }, now: number) => isPastDue(isoDay(period.dueAt), new Date(now));
