import { describe, expect, it } from 'vitest';
import {
  bankHolidays,
  defaultDue,
  defaultOpening,
  easterSunday,
  isLate,
  isPastDue,
  isWorkingDay,
  lateFrom,
  latestEndedPeriod,
  MONTHS,
  nextPeriod,
  parsePeriodId,
  pastDueFrom,
  periodId,
  periodLabel,
  periodOf,
  periodShortLabel,
  periodsBetween,
  previousPeriod,
  quarterBounds,
  softMutate,
} from '../../content/stats/periods.ts';

describe('period ids', () => {
  it('names financial-year quarters', () => {
    expect(periodId(2025, 1)).toBe('2025-26-q1');
    expect(periodId(2099, 4)).toBe('2099-00-q4');
    expect(() => periodId(2025, 5)).toThrow();
    expect(parsePeriodId('2025-26-q3')).toEqual({ fyStartYear: 2025, q: 3 });
    for (const bad of ['2025-27-q1', '2025-26-q5', '2025-26-Q1', '2025/26-q1', ' 2025-26-q1', '']) expect(parsePeriodId(bad)).toBeNull();
  });

  it('gives quarter boundaries, with January–March in the financial year that began the April before', () => {
    expect(quarterBounds('2025-26-q1')).toEqual({ start: '2025-04-01', end: '2025-06-30' });
    expect(quarterBounds('2025-26-q2')).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(quarterBounds('2025-26-q3')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(quarterBounds('2025-26-q4')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterBounds('2027-28-q4')).toEqual({ start: '2028-01-01', end: '2028-03-31' });
  });

  it('finds the period of a date, rolling over in January and April', () => {
    expect(periodOf('2025-04-01')).toBe('2025-26-q1');
    expect(periodOf('2025-03-31')).toBe('2024-25-q4');
    expect(periodOf('2026-01-01')).toBe('2025-26-q4');
    expect(periodOf('2025-12-31')).toBe('2025-26-q3');
    expect(periodOf('2025-09-30')).toBe('2025-26-q2');
    // A timestamp counts by its date in Wales: 23:30 UTC on 30 June is already 1 July in BST.
    expect(periodOf('2025-06-30T23:30:00Z')).toBe('2025-26-q2');
    expect(periodOf(new Date('2026-03-31T23:30:00Z'))).toBe('2026-27-q1');
    // In GMT (winter) 23:30 UTC is still the same day.
    expect(periodOf('2025-12-31T23:30:00Z')).toBe('2025-26-q3');
  });

  it('steps and lists periods across financial years', () => {
    expect(previousPeriod('2025-26-q1')).toBe('2024-25-q4');
    expect(previousPeriod('2025-26-q4')).toBe('2025-26-q3');
    expect(nextPeriod('2025-26-q4')).toBe('2026-27-q1');
    expect(latestEndedPeriod('2026-01-15T10:00:00Z')).toBe('2025-26-q3');
    expect(latestEndedPeriod('2026-04-01')).toBe('2025-26-q4');
    expect(periodsBetween('2024-25-q3', '2025-26-q2')).toEqual(['2024-25-q3', '2024-25-q4', '2025-26-q1', '2025-26-q2']);
    expect(periodsBetween('2025-26-q2', '2025-26-q2')).toEqual(['2025-26-q2']);
    expect(periodsBetween('2025-26-q2', '2025-26-q1')).toEqual([]);
    expect(periodsBetween('2025-02-10', '2025-07-01')).toEqual(['2024-25-q4', '2025-26-q1', '2025-26-q2']);
  });
});

describe('bank holidays and due dates', () => {
  it('computes Easter', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2030)).toBe('2030-04-21');
    expect(easterSunday(2035)).toBe('2035-03-25');
  });

  it('matches the published England and Wales bank holidays', () => {
    // gov.uk/bank-holidays, England and Wales.
    expect(bankHolidays(2025)).toEqual([
      '2025-01-01',
      '2025-04-18',
      '2025-04-21',
      '2025-05-05',
      '2025-05-26',
      '2025-08-25',
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(bankHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(bankHolidays(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
    expect(bankHolidays(2024)).toEqual([
      '2024-01-01',
      '2024-03-29',
      '2024-04-01',
      '2024-05-06',
      '2024-05-27',
      '2024-08-26',
      '2024-12-25',
      '2024-12-26',
    ]);
  });

  it('moves weekend holidays to substitute days', () => {
    // New Year's Day 2028 is a Saturday: substitute Monday 3 January.
    expect(bankHolidays(2028)).toContain('2028-01-03');
    expect(bankHolidays(2028)).not.toContain('2028-01-01');
    // New Year's Day 2034 is a Sunday: substitute Monday 2 January.
    expect(bankHolidays(2034)).toContain('2034-01-02');
    // Christmas 2032 is a Saturday: 27 and 28 December.
    expect(bankHolidays(2032).slice(-2)).toEqual(['2032-12-27', '2032-12-28']);
    // Christmas 2033 is a Sunday: Boxing Day Monday 26, Christmas substitute Tuesday 27.
    expect(bankHolidays(2033).slice(-2)).toEqual(['2033-12-26', '2033-12-27']);
    expect(() => bankHolidays(2040)).toThrow(RangeError);
    for (let y = 2024; y <= 2036; y++) expect(bankHolidays(y)).toHaveLength(8);
  });

  it('knows working days', () => {
    expect(isWorkingDay('2025-04-18')).toBe(false); // Good Friday
    expect(isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(isWorkingDay('2027-12-28')).toBe(false); // Boxing Day substitute
    expect(isWorkingDay('2025-04-19')).toBe(false); // Saturday
    expect(isWorkingDay('2025-04-22')).toBe(true);
  });

  it('opens the window the day after the quarter and sets the deadline 20 working days after it', () => {
    expect(defaultOpening('2025-26-q1')).toBe('2025-07-01');
    expect(defaultOpening('2025-26-q3')).toBe('2026-01-01');
    expect(defaultOpening('2025-26-q4')).toBe('2026-04-01');
    // Q1 2025-26: July 2025 has no bank holiday; 1 July is a Tuesday → 20th working day is Monday 28 July.
    expect(defaultDue('2025-26-q1')).toBe('2025-07-28');
    // Q3 2025-26: 1 Jan 2026 is a holiday; working days from Friday 2 January → Thursday 29 January.
    expect(defaultDue('2025-26-q3')).toBe('2026-01-29');
    // Q4 2024-25: April 2025 loses Good Friday 18 and Easter Monday 21 → Wednesday 30 April (28 without them).
    expect(defaultDue('2024-25-q4')).toBe('2025-04-30');
    // Q4 2025-26: April 2026 loses Good Friday 3 and Easter Monday 6 → Thursday 30 April.
    expect(defaultDue('2025-26-q4')).toBe('2026-04-30');
    // Q3 2026-27: Friday 1 January 2027 is a holiday → Friday 29 January.
    expect(defaultDue('2026-27-q3')).toBe('2027-01-29');
  });

  it('counts a return as late only after the whole due day in Wales', () => {
    const due = '2025-07-28';
    expect(isLate('2025-26-q1', due, '2025-07-28T22:59:00Z', '2025-08-10T00:00:00Z')).toBe(false); // 23:59 BST
    expect(isLate('2025-26-q1', due, '2025-07-28T23:00:00Z', '2025-08-10T00:00:00Z')).toBe(true); // 00:00 BST on the 29th
    expect(isLate('2025-26-q1', due, null, '2025-07-28T12:00:00Z')).toBe(false);
    expect(isLate('2025-26-q1', due, undefined, '2025-07-29T08:00:00Z')).toBe(true);
    expect(isLate('2025-26-q1', due, '2025-07-02T09:00:00Z', '2026-01-01T00:00:00Z')).toBe(false);
    expect(() => isLate('nope', due, null, '2025-07-29')).toThrow();
  });

  it('gives the first moment past a due day in Wales, in summer and in winter time', () => {
    expect(new Date(pastDueFrom('2025-07-28')).toISOString()).toBe('2025-07-28T23:00:00.000Z'); // midnight BST
    expect(new Date(pastDueFrom('2025-01-28')).toISOString()).toBe('2025-01-29T00:00:00.000Z'); // midnight GMT
    // The clocks change at 01:00 UTC: the day they go forward starts in GMT, the day they go back in BST.
    expect(new Date(pastDueFrom('2025-03-29')).toISOString()).toBe('2025-03-30T00:00:00.000Z');
    expect(new Date(pastDueFrom('2025-03-30')).toISOString()).toBe('2025-03-30T23:00:00.000Z');
    expect(new Date(pastDueFrom('2025-10-25')).toISOString()).toBe('2025-10-25T23:00:00.000Z');
    expect(new Date(pastDueFrom('2025-10-26')).toISOString()).toBe('2025-10-27T00:00:00.000Z');
    expect(() => pastDueFrom('2025-02-30')).toThrow();
    expect(() => lateFrom('nope', '2025-07-28')).toThrow();
    expect(lateFrom('2025-26-q1', '2025-07-28')).toBe(pastDueFrom('2025-07-28'));
  });

  it('agrees with isPastDue on either side of every due day of two years', () => {
    for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
      const due = new Date(day).toISOString().slice(0, 10);
      const from = pastDueFrom(due);
      expect(isPastDue(due, new Date(from - 1)), due).toBe(false);
      expect(isPastDue(due, new Date(from)), due).toBe(true);
    }
  });
});

describe('period labels', () => {
  it('uses the month names Intl gives for Welsh and English', () => {
    for (const lang of ['cy', 'en'] as const) {
      const fmt = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
      const fromIntl = Array.from({ length: 12 }, (_, m) => fmt.format(new Date(Date.UTC(2025, m, 15))));
      expect(MONTHS[lang]).toEqual(fromIntl);
    }
  });

  it('labels every quarter in English', () => {
    expect(periodLabel('2025-26-q1', 'en')).toBe('April to June 2025 (2025-26 Q1)');
    expect(periodLabel('2025-26-q2', 'en')).toBe('July to September 2025 (2025-26 Q2)');
    expect(periodLabel('2025-26-q3', 'en')).toBe('October to December 2025 (2025-26 Q3)');
    expect(periodLabel('2025-26-q4', 'en')).toBe('January to March 2026 (2025-26 Q4)');
    expect(periodShortLabel('2025-26-q4', 'en')).toBe('2025-26 Q4');
  });

  it('labels every quarter in Welsh, with the soft mutation after "i"', () => {
    expect(periodLabel('2025-26-q1', 'cy')).toBe('Ebrill i Fehefin 2025 (Ch1 2025-26)');
    expect(periodLabel('2025-26-q2', 'cy')).toBe('Gorffennaf i Fedi 2025 (Ch2 2025-26)');
    expect(periodLabel('2025-26-q3', 'cy')).toBe('Hydref i Ragfyr 2025 (Ch3 2025-26)');
    expect(periodLabel('2025-26-q4', 'cy')).toBe('Ionawr i Fawrth 2026 (Ch4 2025-26)');
    expect(periodShortLabel('2025-26-q1', 'cy')).toBe('Ch1 2025-26');
  });

  it('mutates Welsh words softly and leaves the rest alone', () => {
    expect(
      [
        'Mehefin',
        'Medi',
        'Rhagfyr',
        'Mawrth',
        'Tachwedd',
        'Chwefror',
        'Gorffennaf',
        'Ionawr',
        'Awst',
        'Llandudno',
        'Caerdydd',
        'Dinbych',
        'Bangor',
        'Pontypridd',
      ].map(softMutate),
    ).toEqual([
      'Fehefin',
      'Fedi',
      'Ragfyr',
      'Fawrth',
      'Dachwedd',
      'Chwefror',
      'Orffennaf',
      'Ionawr',
      'Awst',
      'Landudno',
      'Gaerdydd',
      'Ddinbych',
      'Fangor',
      'Bontypridd',
    ]);
  });
});
