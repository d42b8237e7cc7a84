// Reporting periods of the core dataset: financial-year quarters.
//   Q1 = April–June, Q2 = July–September, Q3 = October–December, Q4 = January–March.
// A period id names the financial year by its two calendar years and the quarter:
// "2025-26-q1" is April–June 2025, "2025-26-q4" is January–March 2026.
// Pure TypeScript (no Worker, DB or network), so the Worker, scripts and tests share it.
// All dates are ISO calendar dates ("YYYY-MM-DD"); arithmetic is done in UTC so that
// clock changes never shift a day. Timestamps are compared by their date in Wales.

import { MONTHS } from '../datetime.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../schema.ts';

export type Quarter = 1 | 2 | 3 | 4;
export interface Period {
  /** Calendar year in which the financial year starts (April). */
  fyStartYear: number;
  q: Quarter;
}

const ID = /^(\d{4})-(\d{2})-q([1-4])$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function periodId(fyStartYear: number, q: number): string {
  if (!Number.isInteger(fyStartYear) || fyStartYear < 1000 || fyStartYear > 9998) throw new RangeError(`bad financial year ${fyStartYear}`);
  if (q !== 1 && q !== 2 && q !== 3 && q !== 4) throw new RangeError(`bad quarter ${q}`);
  return `${fyStartYear}-${String((fyStartYear + 1) % 100).padStart(2, '0')}-q${q}`;
}

/** Parses "2025-26-q1"; returns null for anything else (including "2025-27-q1"). */
export function parsePeriodId(id: string): Period | null {
  const m = ID.exec(id);
  if (!m) return null;
  const fyStartYear = Number(m[1]);
  if ((fyStartYear + 1) % 100 !== Number(m[2])) return null;
  return { fyStartYear, q: Number(m[3]) as Quarter };
}

function mustParse(id: string): Period {
  const p = parsePeriodId(id);
  if (!p) throw new RangeError(`not a period id: ${JSON.stringify(id)}`);
  return p;
}

// ------------------------------------------------------------------ date helpers (UTC days)
const DAY = 86_400_000;
function toDay(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${JSON.stringify(iso)}`);
  const d = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(d).toISOString().slice(0, 10) !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return d;
}
const fromDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const ymd = (y: number, m: number, d: number): string => fromDay(Date.UTC(y, m - 1, d));
export const addDays = (iso: string, n: number): string => fromDay(toDay(iso) + n * DAY);
/** 0 = Sunday … 6 = Saturday. */
const weekday = (iso: string): number => new Date(toDay(iso)).getUTCDay();

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
/** The calendar date in Wales of a timestamp (ISO string or Date), or the date itself if given "YYYY-MM-DD". */
export function dateInWales(value: string | Date): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) return value;
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return londonDate.format(d);
}

// ------------------------------------------------------------------ periods
/** First month (1–12) and calendar year of a quarter. */
function startOf(p: Period): { year: number; month: number } {
  return p.q === 4 ? { year: p.fyStartYear + 1, month: 1 } : { year: p.fyStartYear, month: 1 + 3 * p.q };
}

/** First and last day of the quarter, inclusive, as ISO dates. */
export function quarterBounds(id: string): { start: string; end: string } {
  const { year, month } = startOf(mustParse(id));
  return { start: ymd(year, month, 1), end: ymd(year, month + 3, 0) };
}

/** The period a date (or timestamp, taken as its date in Wales) falls in. */
export function periodOf(date: string | Date): string {
  const iso = dateInWales(date);
  toDay(iso);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month >= 4 ? periodId(year, Math.floor((month - 4) / 3) + 1) : periodId(year - 1, 4);
}

const ordinal = (p: Period): number => p.fyStartYear * 4 + (p.q - 1);
const fromOrdinal = (n: number): string => periodId(Math.floor(n / 4), (n % 4) + 1);

/** The latest quarter that has ended by a moment (the one whose returns are being collected). */
export function latestEndedPeriod(now: string | Date): string {
  return previousPeriod(periodOf(now));
}

export function previousPeriod(id: string): string {
  return fromOrdinal(ordinal(mustParse(id)) - 1);
}
export function nextPeriod(id: string): string {
  return fromOrdinal(ordinal(mustParse(id)) + 1);
}
/** Negative if a is before b, 0 if equal, positive if after (period ids also sort as strings). */
export function comparePeriods(a: string, b: string): number {
  return ordinal(mustParse(a)) - ordinal(mustParse(b));
}

/**
 * Every period from a to b inclusive, oldest first. a and b may be period ids or dates;
 * empty when a is after b.
 */
export function periodsBetween(a: string | Date, b: string | Date): string[] {
  const asId = (x: string | Date) => (typeof x === 'string' && ID.test(x) ? x : periodOf(x));
  const from = ordinal(mustParse(asId(a)));
  const to = ordinal(mustParse(asId(b)));
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(fromOrdinal(n));
  return out;
}

// ------------------------------------------------------------------ bank holidays (England and Wales)
/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** nth (1-based) Monday of a month, or the last Monday when n = -1. */
function monday(year: number, month: number, n: number): string {
  if (n === -1) {
    const last = ymd(year, month + 1, 0);
    return addDays(last, -((weekday(last) + 6) % 7));
  }
  const first = ymd(year, month, 1);
  return addDays(first, ((8 - weekday(first)) % 7) + 7 * (n - 1));
}

export const BANK_HOLIDAY_YEARS = { from: 2024, to: 2036 } as const;

/**
 * Bank holidays in England and Wales for a year, computed by the standing rules
 * (Banking and Financial Dealings Act 1971 and the usual royal proclamations):
 * New Year's Day (Monday substitute at a weekend), Good Friday, Easter Monday, early May
 * (first Monday), spring (last Monday in May), summer (last Monday in August), Christmas Day
 * and Boxing Day (weekend substitutes on the next free weekdays). One-off holidays (jubilees,
 * coronations, moved early-May holidays as in 2020) cannot be computed; none is announced for
 * 2024–2036, the years this function answers for.
 */
export function bankHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < BANK_HOLIDAY_YEARS.from || year > BANK_HOLIDAY_YEARS.to) {
    throw new RangeError(`bank holidays are only computed for ${BANK_HOLIDAY_YEARS.from}–${BANK_HOLIDAY_YEARS.to}, not ${year}`);
  }
  const days: string[] = [];
  const newYear = ymd(year, 1, 1);
  const nyDow = weekday(newYear);
  days.push(nyDow === 6 ? addDays(newYear, 2) : nyDow === 0 ? addDays(newYear, 1) : newYear);
  const easter = easterSunday(year);
  days.push(addDays(easter, -2), addDays(easter, 1));
  days.push(monday(year, 5, 1), monday(year, 5, -1), monday(year, 8, -1));
  // Christmas and Boxing Day: a day falling at a weekend moves to the next weekday not already a holiday.
  const taken = new Set<string>();
  for (const day of [ymd(year, 12, 25), ymd(year, 12, 26)]) {
    let d = day;
    while (weekday(d) === 0 || weekday(d) === 6 || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    days.push(d);
  }
  return days.sort();
}

const holidayCache = new Map<number, Set<string>>();
export function isBankHoliday(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  let set = holidayCache.get(year);
  if (!set) holidayCache.set(year, (set = new Set(bankHolidays(year))));
  return set.has(iso);
}
export function isWorkingDay(iso: string): boolean {
  const dow = weekday(iso);
  return dow !== 0 && dow !== 6 && !isBankHoliday(iso);
}
/** The nth working day after a date (the date itself not counted). */
export function addWorkingDays(iso: string, n: number): string {
  let d = iso;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

// ------------------------------------------------------------------ window and deadline
/** The day a return window opens by default: the first day after the quarter ends. */
export function defaultOpening(id: string): string {
  return addDays(quarterBounds(id).end, 1);
}
export const DUE_WORKING_DAYS = 20;
/** The default deadline: the 20th working day after the quarter ends (weekends and bank holidays skipped). */
export function defaultDue(id: string): string {
  return addWorkingDays(quarterBounds(id).end, DUE_WORKING_DAYS);
}

/**
 * Whether a return is late. The deadline is the whole of the due date in Wales: a return
 * submitted at 23:59 on the due date is on time. A return not yet submitted is late once
 * `now` is past the due date. (The id is checked but the due date given wins: the national
 * team may set a deadline other than the default.)
 */
export function isLate(id: string, due: string, submittedAt: string | Date | null | undefined, now: string | Date): boolean {
  mustParse(id);
  return isPastDue(due, submittedAt ?? now);
}

/**
 * The first moment past a return's due date, for a period: late is then one comparison of
 * timestamps, with no date formatting per return (a national view judges hundreds at once).
 * The same answer as `isLate`.
 */
export function lateFrom(id: string, due: string): number {
  mustParse(id);
  return pastDueFrom(due);
}

/**
 * The first moment that falls after the whole of a date in Wales (`isPastDue` is true from
 * then on). Wales keeps UTC or UTC+1, so the next day starts at that UTC midnight or an hour
 * before it.
 */
export function pastDueFrom(due: string): number {
  const midnight = toDay(due) + DAY;
  const hourBefore = midnight - 3_600_000;
  return dateInWales(new Date(hourBefore)) > due ? hourBefore : midnight;
}

/** Whether a moment (or date) falls after the whole of the due date in Wales. */
export function isPastDue(due: string, at: string | Date): boolean {
  toDay(due);
  return dateInWales(at) > due;
}

// ------------------------------------------------------------------ labels
/** Month names: one home, in content/i18n.ts. */
export { MONTHS };

/**
 * Welsh soft mutation (treiglad meddal) of a word's first letters, as after the preposition
 * "i": Mehefin → Fehefin, Medi → Fedi, Rhagfyr → Ragfyr, Mawrth → Fawrth. Words that do not
 * mutate (Ionawr, Awst, Hydref…) are returned unchanged. ("ll" and "rh" lose their second letter.)
 */
export function softMutate(word: string): string {
  const rules: [RegExp, string][] = [
    [/^[Pp]/, 'b'],
    [/^[Tt](?!h)/, 'd'],
    [/^[Cc](?!h)/, 'g'],
    [/^[Bb]/, 'f'],
    [/^[Dd](?!d)/, 'dd'],
    [/^[Gg]/, ''],
    [/^[Mm]/, 'f'],
    [/^[Ll]l/, 'l'],
    [/^[Rr]h/, 'r'],
  ];
  for (const [re, sub] of rules) {
    if (re.test(word)) {
      const rest = word.replace(re, '');
      const out = sub + rest;
      return word[0] === word[0]!.toUpperCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
    }
  }
  return word;
}

/** "2025-26" for the financial year of a period. */
export function financialYearLabel(id: string): string {
  return id.slice(0, 7);
}

/** Short form: en "2025-26 Q1", cy "Ch1 2025-26". */
export function periodShortLabel(id: string, lang: Lang): string {
  const p = mustParse(id);
  return t(lang, 'period.short', { q: p.q, fy: financialYearLabel(id) });
}

/** en "April to June 2025 (2025-26 Q1)", cy "Ebrill i Fehefin 2025 (Ch1 2025-26)". */
export function periodLabel(id: string, lang: Lang): string {
  const p = mustParse(id);
  const { year, month } = startOf(p);
  const start = MONTHS[lang][month - 1]!;
  const endName = MONTHS[lang][month + 1]!;
  const end = lang === 'cy' ? softMutate(endName) : endName;
  return t(lang, 'period.label', { start, end, year, q: p.q, fy: financialYearLabel(id) });
}
