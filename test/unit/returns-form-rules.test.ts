// Pure rules behind the submitter's pages: running totals of parts of a whole, and deadlines.
import { describe, expect, it } from 'vitest';
import { partsOfWhole, runningTotal } from '../../content/dataset/totals.ts';
import { currentDataset as def } from '../../content/index.ts';
import { amendmentOf } from '../../content/returns/amendment.ts';
import { currentFirst, deadlineOf } from '../../content/returns/deadlines.ts';

describe('running totals', () => {
  const groups = partsOfWhole(def);
  const gender = groups.find((g) => g.id === 'referrals-received.gender')!;
  const outcomes = groups.find((g) => g.id === 'outcome-directions-sum')!;

  it('has a group for every breakdown of every item and every sum-equals rule', () => {
    const breakdowns = def.items.reduce((n, i) => n + i.breakdowns.length, 0);
    const rules = def.rules.filter((r) => r.kind === 'sum-equals').length;
    expect(groups).toHaveLength(breakdowns + rules);
    expect(gender.total).toBe('referrals-received');
    expect(outcomes.parts).toEqual(['outcome-improved', 'outcome-no-change', 'outcome-worse']);
  });

  it('adds up what is typed, as the validator reads numbers', () => {
    const [a, b] = gender.parts as [string, string];
    expect(runningTotal(gender, {})).toEqual({ sum: null, total: null, unreadable: false, state: 'open' });
    expect(runningTotal(gender, { [a]: '1,200', [b]: ' 3 ' })).toMatchObject({ sum: 1203, total: null, state: 'open' });
    expect(runningTotal(gender, { 'referrals-received': '1203', [a]: '1,200', [b]: 3 })).toMatchObject({ sum: 1203, state: 'equal' });
    expect(runningTotal(gender, { 'referrals-received': '1204', [a]: '1200' })).toMatchObject({ sum: 1200, total: 1204, state: 'short' });
    expect(runningTotal(gender, { 'referrals-received': '10', [a]: '12' }).state).toBe('over');
    expect(runningTotal(gender, { 'referrals-received': '10', [a]: '1O' })).toMatchObject({ sum: null, unreadable: true });
  });
});

describe('deadlines', () => {
  const p = (id: string, opensAt: string, dueAt: string, locked = false) => ({ id, opensAt, dueAt, locked });
  const now = new Date('2026-07-10T09:00:00Z');

  it('counts whole days in Wales to the due date, the due day included', () => {
    expect(deadlineOf(p('2026-27-q1', '2026-07-01', '2026-07-28'), now)).toEqual({ state: 'open', days: 18 });
    expect(deadlineOf(p('2026-27-q1', '2026-07-01', '2026-07-10'), now)).toEqual({ state: 'open', days: 0 });
    expect(deadlineOf(p('2026-27-q1', '2026-07-01', '2026-07-09'), now)).toEqual({ state: 'closed' });
    expect(deadlineOf(p('2026-27-q1', '2026-07-01', '2026-07-28', true), now)).toEqual({ state: 'closed' });
    expect(deadlineOf(p('2026-27-q2', '2026-10-01', '2026-10-28'), now)).toEqual({ state: 'not-open' });
    // 23:30 UTC on 10 July is already 11 July in Wales (summer time).
    expect(deadlineOf(p('x', '2026-07-01', '2026-07-10'), new Date('2026-07-10T23:30:00Z'))).toEqual({ state: 'closed' });
  });

  it('puts the periods open now first, soonest due first, then the rest in their order', () => {
    const rows = [
      { period: p('2026-27-q2', '2026-10-01', '2026-10-28') },
      { period: p('2026-27-q1', '2026-07-01', '2026-07-28') },
      { period: p('2025-26-q4', '2026-04-01', '2026-04-28') },
      { period: p('2025-26-q3', '2026-01-01', '2026-07-20') },
    ];
    expect(currentFirst(rows, now).map((r) => r.period.id)).toEqual(['2025-26-q3', '2026-27-q1', '2026-27-q2', '2025-26-q4']);
  });
});

describe('amendment reason', () => {
  it('is asked once the latest version was returned, or any version accepted', () => {
    expect(amendmentOf([])).toBe(null);
    expect(amendmentOf([{}])).toBe(null);
    expect(amendmentOf([{ review: { decision: 'returned' } }])).toBe('returned');
    expect(amendmentOf([{ review: { decision: 'returned' } }, {}])).toBe(null);
    expect(amendmentOf([{ review: { decision: 'accepted' } }, { review: { decision: 'returned' } }])).toBe('accepted');
  });
});
