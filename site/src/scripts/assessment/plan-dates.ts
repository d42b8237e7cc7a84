// A plan row as the form holds it: the date as three typed parts. A date still being typed is
// not yet an ISO date, so the draft keeps '' for it and the typed parts are kept beside the
// draft, so that a reload shows exactly what was typed. Both kinds of plan share this.
import { isRealIsoDate, type PlanRow } from '../../../../content/assessment/engine.ts';
import { store, stored } from './draft.ts';

/** What every plan row holds in the form, whatever else its kind adds. */
export interface FormRow {
  id: string;
  action: string;
  day: string;
  month: string;
  year: string;
  done: boolean;
}

/** The form row of a saved item; `typed` is the date as typed while it is not yet a date. */
export function formRow(p: PlanRow, typed?: readonly string[]): FormRow {
  const [year = '', month = '', day = ''] = p.targetDate ? p.targetDate.split('-') : [];
  const row = { id: p.id, action: p.action, day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year, done: !!p.done };
  if (p.targetDate !== '' || typed?.length !== 3) return row;
  const [d = '', m = '', y = ''] = typed.map((x) => String(x).slice(0, 4));
  return { ...row, day: d, month: m, year: y };
}

/** The date as typed: '' if blank, YYYY-MM-DD if it is made of numbers, otherwise something the checks reject. */
export function typedDate(r: Pick<FormRow, 'day' | 'month' | 'year'>): string {
  const [d, m, y] = [r.day.trim(), r.month.trim(), r.year.trim()];
  if (!d && !m && !y) return '';
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return 'invalid';
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The typed parts of dates that are not yet dates, by row id. */
export function typedDates(key: string): Record<string, string[]> {
  try {
    const v: unknown = JSON.parse(stored(`${key}:plan-typed-dates`) ?? '{}');
    return typeof v === 'object' && v !== null ? (v as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}
export function keepTypedDates(key: string, rows: readonly Pick<FormRow, 'id' | 'day' | 'month' | 'year'>[]): void {
  const unfinished = rows.filter((r) => typedDate(r) !== '' && !isRealIsoDate(typedDate(r)));
  store(`${key}:plan-typed-dates`, JSON.stringify(Object.fromEntries(unfinished.map((r) => [r.id, [r.day, r.month, r.year]]))));
}
