// The one bilingual date formatter: Welsh names written out (no Intl Welsh data needed),
// UK time with summer time, the 24-hour clock in both languages, relative days.
import { describe, expect, it } from 'vitest';
import {
  daysFrom,
  formatDate,
  formatDateTime,
  formatDateWithDay,
  formatShortDate,
  formatShortDateTime,
  formatTime,
  INTL_FALLBACK_DATE,
  MONTHS,
  ukDay,
} from '../../content/datetime.ts';
import { formatRelativeDay } from '../../content/i18n.ts';

describe('long dates', () => {
  it('writes every Welsh and English month out', () => {
    for (let m = 1; m <= 12; m++) {
      const iso = `2026-${String(m).padStart(2, '0')}-01`;
      expect(formatDate(iso, 'cy')).toBe(`1 ${MONTHS.cy[m - 1]} 2026`);
      expect(formatDate(iso, 'en')).toBe(`1 ${MONTHS.en[m - 1]} 2026`);
    }
    expect(formatDate('2026-12-01', 'cy')).toBe('1 Rhagfyr 2026');
    expect(formatDate('2026-02-14', 'cy')).toBe('14 Chwefror 2026');
  });
  it('never falls back to the numeric form Intl gives without Welsh data', () => {
    for (const v of ['2026-12-01', Date.UTC(2026, 11, 1, 10), new Date('2026-06-30T12:00:00Z'), '2026-06-30T12:00:00Z']) {
      for (const f of [formatDate, formatDateTime, formatShortDate, formatShortDateTime, formatDateWithDay]) {
        expect(f(v, 'cy')).not.toMatch(/\bM\d{1,2}\b/);
        expect(f(v, 'cy')).toMatch(/[A-Za-z]/);
      }
    }
  });
  it('reads "YYYY-MM-DD" as that calendar day, and moments in UK time', () => {
    expect(formatDate('2025-07-30', 'en')).toBe('30 July 2025');
    // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in British Summer Time
    expect(formatDate('2026-03-31T23:30:00Z', 'cy')).toBe('1 Ebrill 2026');
    // in winter UK time is UTC
    expect(formatDate('2026-01-31T23:30:00Z', 'en')).toBe('31 January 2026');
  });
  it('gives the day of the week in both languages', () => {
    expect(formatDateWithDay('2026-12-01', 'cy')).toBe('dydd Mawrth 1 Rhagfyr 2026');
    expect(formatDateWithDay('2026-12-01', 'en')).toBe('Tuesday 1 December 2026');
    expect(formatDateWithDay('2026-11-29', 'cy')).toBe('dydd Sul 29 Tachwedd 2026');
  });
  it('short dates abbreviate the month', () => {
    expect(formatShortDate('2026-12-01', 'cy')).toBe('1 Rhag 2026');
    expect(formatShortDate('2026-02-09', 'cy')).toBe('9 Chwef 2026');
    expect(formatShortDate('2026-12-01', 'en')).toBe('1 Dec 2026');
  });
  it('gives an empty string for what is not a date', () => {
    expect(formatDate('2026-02-30', 'cy')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('');
    expect(formatDateTime(Number.NaN, 'en')).toBe('');
    expect(formatTime('', 'cy')).toBe('');
  });
});

describe('times', () => {
  it('uses the 24-hour clock with two-digit minutes in both languages', () => {
    const afternoon = Date.UTC(2026, 11, 1, 14, 5); // winter: UK time = UTC
    expect(formatTime(afternoon, 'cy')).toBe('14:05');
    expect(formatTime(afternoon, 'en')).toBe('14:05');
    expect(formatTime(Date.UTC(2026, 11, 1, 0, 0), 'en')).toBe('00:00');
    expect(formatTime(Date.UTC(2026, 11, 1, 9, 7), 'cy')).toBe('09:07');
  });
  it('shifts by an hour in summer time', () => {
    expect(formatTime('2026-07-01T11:17:00Z', 'cy')).toBe('12:17');
    expect(formatDateTime('2026-07-01T23:15:00Z', 'en')).toBe('2 July 2026 at 00:15');
  });
  it('joins date and time with "am" / "at", so two events on one day can be told apart', () => {
    const morning = Date.UTC(2026, 11, 1, 11, 17);
    const evening = Date.UTC(2026, 11, 1, 18, 2);
    expect(formatDateTime(morning, 'cy')).toBe('1 Rhagfyr 2026 am 11:17');
    expect(formatDateTime(morning, 'en')).toBe('1 December 2026 at 11:17');
    expect(formatDateTime(morning, 'cy')).not.toBe(formatDateTime(evening, 'cy'));
    expect(formatShortDateTime(evening, 'cy')).toBe('1 Rhag 2026, 18:02');
  });
});

describe('relative days', () => {
  const now = Date.UTC(2026, 11, 1, 23, 30); // 23:30 on 1 December in the UK
  it('counts calendar days in UK time', () => {
    expect(daysFrom('2026-12-01', now)).toBe(0);
    expect(daysFrom('2026-12-02', now)).toBe(1);
    expect(daysFrom(Date.UTC(2026, 11, 2, 0, 10), now)).toBe(1);
    expect(daysFrom('2026-11-28', now)).toBe(-3);
    expect(ukDay('2026-06-30T23:30:00Z')).toBe('2026-07-01');
  });
  it('words it in Welsh, with the soft mutation after two, and in English', () => {
    expect(formatRelativeDay('2026-12-01', now, 'cy')).toBe('heddiw');
    expect(formatRelativeDay('2026-12-02', now, 'cy')).toBe('yfory');
    expect(formatRelativeDay('2026-11-30', now, 'cy')).toBe('ddoe');
    expect(formatRelativeDay('2026-12-03', now, 'cy')).toBe('mewn 2 ddiwrnod');
    expect(formatRelativeDay('2026-12-04', now, 'cy')).toBe('mewn 3 diwrnod');
    expect(formatRelativeDay('2026-11-29', now, 'cy')).toBe('2 ddiwrnod yn ôl');
    expect(formatRelativeDay('2026-12-04', now, 'en')).toBe('in 3 days');
    expect(formatRelativeDay('2026-12-02', now, 'en')).toBe('tomorrow');
    expect(formatRelativeDay('2026-11-21', now, 'en')).toBe('10 days ago');
  });
});

describe('the form that must never be shown', () => {
  it('recognises what Intl writes for Welsh without Welsh data, and nothing the formatter writes', () => {
    for (const bad of ['2026 M12 1', 'M12 1, 2026', 'Sent: 2026 M4 30, 11:17']) expect(INTL_FALLBACK_DATE.test(bad)).toBe(true);
    for (let m = 0; m < 12; m++) {
      const v = Date.UTC(2026, m, 9, 13, 5);
      for (const lang of ['cy', 'en'] as const) {
        for (const f of [formatDate, formatDateTime, formatShortDate, formatShortDateTime, formatDateWithDay]) {
          expect(INTL_FALLBACK_DATE.test(f(v, lang))).toBe(false);
        }
      }
    }
  });
});
