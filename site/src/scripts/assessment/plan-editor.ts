// The plan editor on a results page, one for both kinds of plan (the practitioner's development
// plan, development-plan.ts; an asset's improvement plan, assets/plan.ts). Each kind says only
// what differs: what a row holds besides its action, date and done (`extra`), how its fieldset
// looks (`fieldset`), how a row becomes a saved item (`item`) and the check (`validate`). Every
// keystroke is kept in the draft; "Save the plan" checks it (GOV.UK error summary) and says so.

import { isRealIsoDate, newId, type PlanRowError } from '../../../../content/assessment/engine.ts';
import { find, findAll, must, replace, show } from '../lib/dom.ts';
import { clearErrors, showErrors } from '../lib/errors.ts';
import type { PageT } from '../lib/strings.ts';
import { type Draft, store, stored } from './draft.ts';
import { localToday } from './format.ts';
import type { PLAN_EDITOR_KEYS } from './keys.ts';
import { type FormRow, keepTypedDates, typedDate, typedDates } from './plan-dates.ts';

export type EditorT = PageT<(typeof PLAN_EDITOR_KEYS)[number]>;

/** The message of each plan problem (engine.ts's PlanRowError codes); `{n}` is the action's number. */
const ERROR_KEY = {
  'action-missing': 'assess.error.action-missing',
  'action-too-long': 'assess.error.action-too-long',
  'date-missing': 'assess.error.date-missing',
  'date-invalid': 'assess.error.date-invalid',
  'date-past': 'assess.error.date-past',
} as const;

/** What one kind of plan adds to the editor. `R` is its row as the form holds it, `I` its saved item. */
export interface PlanKind<R extends FormRow, I extends { id: string }> {
  /** A row's own fields (links, priority) read from its fieldset, or a new row's. */
  extra(fieldset: HTMLElement | null): Omit<R, keyof FormRow>;
  /** The saved item of a row, with the date already checked (`''` while still being typed). */
  item(r: R, targetDate: string): I;
  /** The plan's problems; `field` names the control (`plan-<id>-<field>`) each is shown at. */
  validate(plan: readonly I[], today: string): readonly (Pick<PlanRowError, 'itemId' | 'code'> & { field: string })[];
  /** The fieldset of action `n` (from 1). */
  fieldset(r: R, n: number): HTMLElement;
  /** Another control of a row changed (a linked competency ticked): the row updates itself. */
  changed?(control: HTMLElement, fieldset: HTMLElement): void;
}

interface Editor<R extends FormRow, I extends { id: string }> {
  kind: PlanKind<R, I>;
  draft: Draft<{ plan: I[]; updatedAt: string }>;
  t: EditorT;
}

const fieldValue = (id: string): string => {
  const control = document.getElementById(id);
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control.value : '';
};

/** The rows as the form shows them now. */
function readRows<R extends FormRow, I extends { id: string }>(e: Editor<R, I>, items: HTMLElement): R[] {
  return findAll('[data-plan-item]', items).map((fieldset) => {
    const id = fieldset.dataset.id ?? '';
    const base = `plan-${id}`;
    const row: FormRow = {
      id,
      action: fieldValue(`${base}-action`),
      day: fieldValue(`${base}-day`),
      month: fieldValue(`${base}-month`),
      year: fieldValue(`${base}-year`),
      done: find<HTMLInputElement>(`#${base}-done`, fieldset)?.checked ?? false,
    };
    return { ...row, ...e.kind.extra(fieldset) } as R;
  });
}

/** `strict` keeps a bad date for the checks; otherwise it is stored as '' until it is a date. */
function itemOf<R extends FormRow, I extends { id: string }>(e: Editor<R, I>, r: R, strict: boolean): I {
  const td = typedDate(r);
  return e.kind.item(r, strict || isRealIsoDate(td) ? td : '');
}

function render<R extends FormRow, I extends { id: string }>(e: Editor<R, I>, items: HTMLElement, rows: readonly R[]): void {
  replace(items, ...rows.map((r, i) => e.kind.fieldset(r, i + 1)));
  show(must('#plan-empty'), rows.length === 0);
}

function persist<R extends FormRow, I extends { id: string }>(e: Editor<R, I>, items: HTMLElement): void {
  const rows = readRows(e, items);
  e.draft.ensure().plan = rows.map((r) => itemOf(e, r, false));
  e.draft.save();
  store(`${e.draft.key}:plan-started`, '1');
  keepTypedDates(e.draft.key, rows);
}

function check<R extends FormRow, I extends { id: string }>(e: Editor<R, I>, items: HTMLElement, title: string): boolean {
  const rows = readRows(e, items);
  const errs = e.kind.validate(
    rows.map((r) => itemOf(e, r, true)),
    localToday(),
  );
  clearErrors(items);
  document.title = title;
  if (!errs.length) return true;
  const n = (id: string) => rows.findIndex((r) => r.id === id) + 1;
  showErrors(
    errs.map((x) => ({ field: `plan-${x.itemId}-${x.field}`, message: e.t(ERROR_KEY[x.code], { n: n(x.itemId) }) })),
    items,
  );
  document.title = `${e.t('assess.error.prefix')}: ${title}`;
  return false;
}

/** After a row is added or removed: the rows drawn afresh and kept. */
function redraw<R extends FormRow, I extends { id: string }>(e: Editor<R, I>, items: HTMLElement, rows: R[]): void {
  clearErrors(items);
  render(e, items, rows);
  persist(e, items);
}

function wire<R extends FormRow, I extends { id: string }>(e: Editor<R, I>, form: HTMLFormElement, items: HTMLElement): void {
  const status = must('#plan-status');
  const title = document.title;
  form.addEventListener('input', () => persist(e, items));
  form.addEventListener('change', (ev) => {
    persist(e, items);
    const control = ev.target instanceof HTMLElement ? ev.target : null;
    const fieldset = control?.closest<HTMLElement>('[data-plan-item]');
    if (control && fieldset) e.kind.changed?.(control, fieldset);
  });
  must('#plan-add').addEventListener('click', () => {
    const blank = { id: newId(), action: '', day: '', month: '', year: '', done: false, ...e.kind.extra(null) } as R;
    const rows = [...readRows(e, items), blank];
    redraw(e, items, rows);
    status.textContent = e.t('assess.plan.added', { n: rows.length });
    find(`#plan-${blank.id}-action`)?.focus();
  });
  items.addEventListener('click', (ev) => {
    const btn = ev.target instanceof Element ? ev.target.closest<HTMLButtonElement>('button[data-remove]') : null;
    if (!btn) return;
    const rows = readRows(e, items);
    const i = rows.findIndex((r) => r.id === btn.dataset.remove);
    rows.splice(i, 1);
    redraw(e, items, rows);
    status.textContent = e.t('assess.plan.removed');
    const next = rows[i] ?? rows[i - 1];
    find(next ? `#plan-${next.id}-action` : '#plan-add')?.focus();
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    status.textContent = '';
    if (!check(e, items, title)) return;
    persist(e, items);
    status.textContent = e.t('assess.plan.saved');
  });
}

/**
 * Shows the plan in #plan-form and keeps it. On the first visit (never started, nothing planned,
 * something answered) the plan starts from `suggest()`. `rowOf` makes a saved item a form row,
 * with the date parts still being typed (plan-dates.ts); `order` sorts the items shown first.
 */
export function planEditor<R extends FormRow, I extends { id: string }>(opts: {
  kind: PlanKind<R, I>;
  draft: Draft<{ plan: I[]; updatedAt: string }>;
  t: EditorT;
  answered: boolean;
  suggest: () => I[];
  rowOf: (item: I, typed?: readonly string[]) => R;
  order?: (plan: readonly I[]) => I[];
}): void {
  const e: Editor<R, I> = opts;
  const started = `${e.draft.key}:plan-started`;
  if (stored(started) !== '1' && e.draft.current().plan.length === 0 && opts.answered) {
    e.draft.ensure().plan = opts.suggest();
    e.draft.save();
  }
  if (e.draft.current().plan.length > 0) store(started, '1');
  const items = must('#plan-items');
  const typed = typedDates(e.draft.key);
  const plan = e.draft.current().plan;
  render(
    e,
    items,
    (opts.order ? opts.order(plan) : plan).map((p) => opts.rowOf(p, typed[p.id])),
  );
  wire(e, must<HTMLFormElement>('#plan-form'), items);
}
