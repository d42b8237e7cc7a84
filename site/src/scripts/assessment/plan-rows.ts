// The development plan's rows as the form holds them: the date as three typed parts. A date
// still being typed is not yet an ISO date, so the draft keeps '' for it and the typed parts
// are kept beside the draft, so that a reload shows exactly what was typed.
import { isRealIsoDate, type PlanItem } from '../../../../content/assessment/model.ts';
import { find, findAll } from '../lib/dom.ts';
import { store, stored } from './draft.ts';

/** The message of each plan problem (engine.ts's PlanRowError codes); `{n}` is the action's number. */
export const ERROR_KEY = {
  'action-missing': 'assess.error.action-missing',
  'action-too-long': 'assess.error.action-too-long',
  'date-missing': 'assess.error.date-missing',
  'date-invalid': 'assess.error.date-invalid',
  'date-past': 'assess.error.date-past',
} as const;

export interface Row {
  id: string;
  action: string;
  day: string;
  month: string;
  year: string;
  competencyIds: string[];
  done: boolean;
}

export function rowOf(p: PlanItem, typed?: readonly string[]): Row {
  const [year = '', month = '', day = ''] = p.targetDate ? p.targetDate.split('-') : [];
  const row = {
    id: p.id,
    action: p.action,
    day: day.replace(/^0/, ''),
    month: month.replace(/^0/, ''),
    year,
    competencyIds: p.competencyIds,
    done: !!p.done,
  };
  if (p.targetDate !== '' || typed?.length !== 3) return row;
  const [d = '', m = '', y = ''] = typed.map((x) => String(x).slice(0, 4));
  return { ...row, day: d, month: m, year: y };
}

/** The date as typed: '' if blank, YYYY-MM-DD if it is made of numbers, otherwise something validatePlan rejects. */
export function typedDate(r: Pick<Row, 'day' | 'month' | 'year'>): string {
  const [d, m, y] = [r.day.trim(), r.month.trim(), r.year.trim()];
  if (!d && !m && !y) return '';
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return 'invalid';
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The plan item of a row; `strict` keeps a bad date for the checks, otherwise it is stored as ''. */
export function itemOf(r: Row, strict: boolean): PlanItem {
  const td = typedDate(r);
  return {
    id: r.id,
    action: r.action.slice(0, 500),
    competencyIds: r.competencyIds,
    targetDate: strict || isRealIsoDate(td) ? td : '',
    ...(r.done ? { done: true } : {}),
  };
}

const fieldValue = (id: string): string => {
  const control = document.getElementById(id);
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control.value : '';
};

/** The rows as the form shows them now. */
export function readRows(items: HTMLElement): Row[] {
  return findAll('[data-plan-item]', items).map((item) => {
    const id = item.dataset.id ?? '';
    const base = `plan-${id}`;
    return {
      id,
      action: fieldValue(`${base}-action`),
      day: fieldValue(`${base}-day`),
      month: fieldValue(`${base}-month`),
      year: fieldValue(`${base}-year`),
      competencyIds: findAll<HTMLInputElement>('input[data-competency]:checked', item).map((c) => c.dataset.competency ?? ''),
      done: find<HTMLInputElement>(`#${base}-done`, item)?.checked ?? false,
    };
  });
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
export function keepTypedDates(key: string, rows: readonly Pick<Row, 'id' | 'day' | 'month' | 'year'>[]): void {
  const unfinished = rows.filter((r) => typedDate(r) !== '' && !isRealIsoDate(typedDate(r)));
  store(`${key}:plan-typed-dates`, JSON.stringify(Object.fromEntries(unfinished.map((r) => [r.id, [r.day, r.month, r.year]]))));
}
