// Timeliness rules (content/returns/timeliness.ts): on time, late, missing and not due, with the
// due day's end in Wales (summer time moves it an hour earlier in UTC), the SQL buckets agreeing
// with the rule, tallies and rates, and the week before a due date.
import { describe, expect, it } from 'vitest';
import {
  CHASE_DAYS,
  chaseWindow,
  DAY_MS,
  LAST_HOUR_MS,
  lastHourInTime,
  outcomeOf,
  tally,
  tallyFromBuckets,
} from '../../content/returns/timeliness.ts';

const HOUR = 3_600_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const summer = { dueAt: day('2025-07-28') };
const winter = { dueAt: day('2026-01-28') };
const later = day('2027-01-01');

describe('outcomeOf', () => {
  it('is on time through the whole due day in Wales, and late after it', () => {
    expect(outcomeOf(winter, winter.dueAt + 23.9 * HOUR, later)).toBe('on-time');
    expect(outcomeOf(winter, winter.dueAt + DAY_MS, later)).toBe('late');
    // 23:30 UTC on 28 July is 00:30 on 29 July in Wales (BST).
    expect(outcomeOf(summer, summer.dueAt + 22.9 * HOUR, later)).toBe('on-time');
    expect(outcomeOf(summer, summer.dueAt + 23.5 * HOUR, later)).toBe('late');
    expect(outcomeOf(summer, summer.dueAt - 30 * DAY_MS, later)).toBe('on-time');
  });
  it('is missing once the due day has passed with nothing submitted, else not due', () => {
    expect(outcomeOf(winter, null, winter.dueAt + 23 * HOUR)).toBe('not-due');
    expect(outcomeOf(winter, null, winter.dueAt + DAY_MS + 1)).toBe('missing');
    expect(outcomeOf(summer, null, summer.dueAt + 23.5 * HOUR)).toBe('missing');
  });
});

describe('the SQL buckets', () => {
  it('put the last hour on the right side of the due day', () => {
    expect(LAST_HOUR_MS).toBe(23 * HOUR);
    expect(lastHourInTime(winter.dueAt)).toBe(true);
    expect(lastHourInTime(summer.dueAt)).toBe(false);
  });
  it('agree with the rule, submission by submission', () => {
    for (const p of [summer, winter])
      for (const offset of [-DAY_MS, 0, 22 * HOUR, 23 * HOUR, 23.5 * HOUR, DAY_MS - 1, DAY_MS, 3 * DAY_MS]) {
        const at = p.dueAt + offset;
        const bucket = {
          early: Number(at < p.dueAt + LAST_HOUR_MS),
          lastHour: Number(at >= p.dueAt + LAST_HOUR_MS && at < p.dueAt + DAY_MS),
          after: Number(at >= p.dueAt + DAY_MS),
          expected: 1,
        };
        const t = tallyFromBuckets(p, bucket, later);
        expect(t.onTime === 1 ? 'on-time' : 'late', `${new Date(at).toISOString()}`).toBe(outcomeOf(p, at, later));
      }
  });
  it('count those who sent nothing as missing once due, else not due', () => {
    const b = { early: 3, lastHour: 1, after: 2, expected: 10 };
    expect(tallyFromBuckets(winter, b, later)).toEqual({ onTime: 4, late: 2, missing: 4, notDue: 0, total: 10, rate: 0.4 });
    expect(tallyFromBuckets(summer, b, later)).toEqual({ onTime: 3, late: 3, missing: 4, notDue: 0, total: 10, rate: 0.3 });
    expect(tallyFromBuckets(winter, { early: 2, lastHour: 0, after: 0, expected: 5 }, winter.dueAt - DAY_MS)).toEqual({
      onTime: 2,
      late: 0,
      missing: 0,
      notDue: 3,
      total: 5,
      rate: 1,
    });
  });
});

describe('tally', () => {
  it('counts outcomes and gives the on-time rate of what is due', () => {
    expect(tally(['on-time', 'late', 'missing', 'not-due', 'on-time'])).toEqual({
      onTime: 2,
      late: 1,
      missing: 1,
      notDue: 1,
      total: 5,
      rate: 0.5,
    });
    expect(tally(['not-due', 'not-due']).rate).toBeNull();
    expect(tally([]).total).toBe(0);
  });
});

describe('chaseWindow', () => {
  it('runs from today in Wales to a week ahead', () => {
    const now = Date.parse('2026-03-29T23:30:00Z'); // 00:30 on 30 March in Wales (BST from 29 March)
    const w = chaseWindow(now);
    expect(w.from).toBe(day('2026-03-30'));
    expect(w.to).toBe(day('2026-03-30') + CHASE_DAYS * DAY_MS);
  });
});
