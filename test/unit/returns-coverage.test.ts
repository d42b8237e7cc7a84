import { describe, expect, it } from 'vitest';
import { pageOf, pageWindow } from '../../content/pagination.ts';
import { completenessSummary, coverage, expectedByGroup, groupOf } from '../../content/returns/coverage.ts';
import { noteInLanguage } from '../../content/stats/revision-note.ts';

describe('completeness summary', () => {
  it('counts every organisation that has submitted, whatever the review said', () => {
    const s = completenessSummary({ 'not-started': 3, draft: 2, submitted: 4, returned: 1, accepted: 4, late: 2, total: 14 });
    expect(s).toEqual({ submitted: 9, total: 14, accepted: 4, waiting: 4, returned: 1, draft: 2, notStarted: 3, late: 2 });
  });
});

describe('coverage of totals', () => {
  it('flags a quarter with fewer accepted returns than expected', () => {
    expect(coverage(2, 14)).toEqual({ accepted: 2, expected: 14, incomplete: true });
    expect(coverage(14, 14).incomplete).toBe(false);
  });
  it('counts the organisations expected in each area', () => {
    const orgs = [
      { healthBoard: 'hb1', region: 'north', localAuthority: 'la1' },
      { healthBoard: 'hb1', region: 'north', localAuthority: null },
      { healthBoard: 'hb2', region: 'south', localAuthority: 'la2' },
    ];
    expect([...expectedByGroup(orgs, 'health-board')]).toEqual([
      ['hb1', 2],
      ['hb2', 1],
    ]);
    expect([...expectedByGroup(orgs, 'local-authority')]).toEqual([
      ['la1', 1],
      ['la2', 1],
    ]);
    expect(groupOf(orgs[2]!, 'region')).toBe('south');
  });
});

describe('revision reasons in the reader’s language', () => {
  const both = 'Cywiro nifer yr atgyfeiriadau. / Corrected the number of referrals.';
  it('shows one half of a "Cymraeg / English" reason', () => {
    expect(noteInLanguage(both, 'cy')).toBe('Cywiro nifer yr atgyfeiriadau.');
    expect(noteInLanguage(both, 'en')).toBe('Corrected the number of referrals.');
  });
  it('leaves a reason in one language as written', () => {
    expect(noteInLanguage('Corrected a typing error.', 'cy')).toBe('Corrected a typing error.');
    expect(noteInLanguage('a / b / c', 'en')).toBe('a / b / c');
  });
});

describe('pagination', () => {
  it('shows the first, last, current and neighbouring pages with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 16)).toEqual([1, 2, 'gap', 16]);
    expect(pageWindow(8, 16)).toEqual([1, 'gap', 7, 8, 9, 'gap', 16]);
    expect(pageWindow(16, 16)).toEqual([1, 'gap', 15, 16]);
    expect(pageWindow(3, 4)).toEqual([1, 2, 3, 4]);
  });
  it('slices a page and clamps a page that does not exist', () => {
    const items = Array.from({ length: 23 }, (_, i) => i + 1);
    expect(pageOf(items, 3, 10)).toEqual({ items: [21, 22, 23], page: 3, pages: 3, from: 21, to: 23 });
    expect(pageOf(items, 99, 10).page).toBe(3);
    expect(pageOf(items, Number.NaN, 10).page).toBe(1);
    expect(pageOf([], 1, 10)).toEqual({ items: [], page: 1, pages: 1, from: 0, to: 0 });
  });
});
