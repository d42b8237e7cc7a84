// The one date and time formatter of the hub, for Welsh and English, used by the site at
// build time, the browser scripts and the Worker (emails, CSV). Pure: no I/O, no clock
// unless one is passed in.
//
// Why not Intl alone: Chromium and workerd ship no Welsh date data, so
// Intl.DateTimeFormat('cy-GB', { month: 'long' }) silently gives "2026 M12 1". Month and
// day names are written out here; Intl is only asked for the numeric parts of a moment in
// UK time (en-GB data exists in every runtime).
//
// Conventions (both languages): long dates "1 Rhagfyr 2026" / "1 December 2026"; the
// 24-hour clock "14:05" (no am/pm, which Welsh writes in more than one way); a moment is
// "1 Rhagfyr 2026 am 14:05" / "1 December 2026 at 14:05"; every moment is shown in UK time
// (Europe/London, with summer time), since that is where the hub's users are.
// Deliberately free of the string table (content/ui/strings.ts), which browser pages must
// not download: relative days give a string key that the caller's `t()` formats.
import type { Lang } from './schema.ts';
import type { StringKey } from './ui/strings.ts';

export const MONTHS: Record<Lang, readonly string[]> = {
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
/** Short month names for tight tables ("1 Rhag 2026" / "1 Dec 2026"). */
export const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  cy: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
/** Day names, Sunday first (Date#getDay order). */
export const WEEKDAYS: Record<Lang, readonly string[]> = {
  cy: ['dydd Sul', 'dydd Llun', 'dydd Mawrth', 'dydd Mercher', 'dydd Iau', 'dydd Gwener', 'dydd Sadwrn'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** A calendar date ("YYYY-MM-DD", read as that day), a moment (ms since epoch, Date, or ISO timestamp). */
export type DateInput = string | number | Date;

interface Parts {
  year: number;
  month: number; // 1–12
  day: number;
  weekday: number; // 0 = Sunday
  hour: number;
  minute: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What Intl writes for a Welsh date without Welsh data ("2026 M12 1", "M12 1, 2026"): must never be shown. */
export const INTL_FALLBACK_DATE = /\bM(0?[1-9]|1[0-2])\b[\s,]+\d{1,2}\b|\b\d{4}\s+M(0?[1-9]|1[0-2])\b/;
const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** The parts of a date in UK time; null for anything that is not a real date. */
export function dateParts(value: DateInput): Parts | null {
  if (typeof value === 'string') {
    const m = ISO_DAY.exec(value);
    if (m) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const d = new Date(Date.UTC(year, month - 1, day));
      if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
      return { year, month, day, weekday: d.getUTCDay(), hour: 0, minute: 0 };
    }
  }
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  const p = Object.fromEntries(ukParts.formatToParts(d).map((x) => [x.type, x.value]));
  const [year, month, day] = [Number(p.year), Number(p.month), Number(p.day)];
  return {
    year,
    month,
    day,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "1 Ebrill 2025" / "1 April 2025"; '' for an invalid date. */
export function formatDate(value: DateInput, lang: Lang): string {
  const p = dateParts(value);
  return p ? `${p.day} ${MONTHS[lang][p.month - 1]} ${p.year}` : '';
}

/** "dydd Mawrth 1 Ebrill 2025" / "Tuesday 1 April 2025". */
export function formatDateWithDay(value: DateInput, lang: Lang): string {
  const p = dateParts(value);
  return p ? `${WEEKDAYS[lang][p.weekday]} ${formatDate(value, lang)}` : '';
}

/** "1 Ebr 2025" / "1 Apr 2025", for tables where space is short. */
export function formatShortDate(value: DateInput, lang: Lang): string {
  const p = dateParts(value);
  return p ? `${p.day} ${MONTHS_SHORT[lang][p.month - 1]} ${p.year}` : '';
}

/** "14:05" in UK time (24-hour clock in both languages). */
export function formatTime(value: DateInput, _lang: Lang): string {
  const p = dateParts(value);
  return p ? `${two(p.hour)}:${two(p.minute)}` : '';
}

/** "1 Ebrill 2025 am 14:05" / "1 April 2025 at 14:05": for events that can share a day. */
export function formatDateTime(value: DateInput, lang: Lang): string {
  const p = dateParts(value);
  return p ? `${formatDate(value, lang)} ${lang === 'cy' ? 'am' : 'at'} ${formatTime(value, lang)}` : '';
}

/** "1 Ebr 2025, 14:05" / "1 Apr 2025, 14:05": a moment in a table column. */
export function formatShortDateTime(value: DateInput, lang: Lang): string {
  const p = dateParts(value);
  return p ? `${formatShortDate(value, lang)}, ${formatTime(value, lang)}` : '';
}

/** The UK calendar day of a date as "YYYY-MM-DD". */
export function ukDay(value: DateInput): string {
  const p = dateParts(value);
  return p ? `${p.year}-${two(p.month)}-${two(p.day)}` : '';
}

/**
 * Whole calendar days (UK time) from `now` to `value`: 0 today, 1 tomorrow, -1 yesterday.
 * For countdowns such as "due in 3 days" (the wording lives with the UI strings).
 */
export function daysFrom(value: DateInput, now: DateInput): number {
  const a = ukDay(value);
  const b = ukDay(now);
  if (!a || !b) return Number.NaN;
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** The string key (and count) of a day `n` days away: today, tomorrow, yesterday, in N days, N days ago. */
export function relativeDay(n: number): { key: StringKey; vars: { count: number } } | null {
  if (Number.isNaN(n)) return null;
  if (n === 0) return { key: 'date.today', vars: { count: 0 } };
  if (n === 1) return { key: 'date.tomorrow', vars: { count: 1 } };
  if (n === -1) return { key: 'date.yesterday', vars: { count: 1 } };
  return n > 0 ? { key: 'date.inDays', vars: { count: n } } : { key: 'date.daysAgo', vars: { count: -n } };
}
