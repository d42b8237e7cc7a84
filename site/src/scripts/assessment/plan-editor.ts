// The development plan on the results page. On the first visit it suggests steps drawn from
// each area's level descriptors, dated by priority (content/assessment/plan.ts); every action
// shows its priority as a tag, soonest first, and stays editable. Every keystroke is kept in
// the draft; "Save the plan" checks it (GOV.UK error summary) and says so.

import type { FrameworkCore } from '../../../../content/assessment/model.ts';
import { newId, progress, validatePlan } from '../../../../content/assessment/model.ts';
import { planItemPriority, soonestFirst, suggestedStepsIn } from '../../../../content/assessment/plan.ts';
import type { Lang } from '../../../../content/schema.ts';
import { find, must, replace, show } from '../lib/dom.ts';
import { clearErrors, showErrors } from '../lib/errors.ts';
import type { PageT } from '../lib/strings.ts';
import { type Draft, store, stored } from './draft.ts';
import { localToday } from './format.ts';
import type { ResultsKey } from './keys/results.ts';
import { type ItemContext, linkedText, planItem, priorityTag } from './plan-item.ts';
import { ERROR_KEY, itemOf, keepTypedDates, type Row, readRows, rowOf, typedDates } from './plan-rows.ts';

interface Editor extends ItemContext {
  draft: Draft;
  t: PageT<ResultsKey>;
}

/** First visit to the plan (never started, nothing planned, something answered): suggest the steps. */
function suggestOnce(e: Editor): void {
  const started = `${e.draft.key}:plan-started`;
  const d = e.draft.current();
  if (stored(started) !== '1' && d.plan.length === 0 && progress(e.f, d).answered > 0) {
    e.draft.ensure().plan = suggestedStepsIn(e.f, d, e.lang, localToday(), (k, v) => e.t(k, v)).map((s) => s.item);
    e.draft.save();
  }
  if (e.draft.current().plan.length > 0) store(started, '1');
}

function render(e: Editor, items: HTMLElement, rows: readonly Row[]): void {
  const a = e.draft.current();
  replace(items, ...rows.map((r, i) => planItem(e, r, i + 1, planItemPriority(e.f, a, r))));
  show(must('#plan-empty'), rows.length === 0);
}

function persist(e: Editor, items: HTMLElement): void {
  const rows = readRows(items);
  e.draft.ensure().plan = rows.map((r) => itemOf(r, false));
  e.draft.save();
  store(`${e.draft.key}:plan-started`, '1');
  keepTypedDates(e.draft.key, rows);
}

/** A linked competency ticked or not: the summary line, the printed line and the priority tag follow. */
function relinked(e: Editor, item: HTMLElement): void {
  const ids = readRows(item.parentElement ?? item).find((r) => r.id === item.dataset.id)?.competencyIds ?? [];
  const summary = find('[data-linked]', item);
  if (summary) summary.textContent = linkedText(e, ids);
  const printed = find('[data-linked-print]', item);
  if (printed) printed.textContent = ids.length ? linkedText(e, ids) : '';
  find('[data-priority]', item)?.remove();
  const p = planItemPriority(e.f, e.draft.current(), { competencyIds: ids });
  const legend = find('legend', item);
  if (p && legend) legend.append(priorityTag(p, e.t));
}

function check(e: Editor, items: HTMLElement, title: string): boolean {
  const rows = readRows(items);
  const errs = validatePlan(
    rows.map((r) => itemOf(r, true)),
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

function wire(e: Editor, form: HTMLFormElement, items: HTMLElement): void {
  const status = must('#plan-status');
  const title = document.title;
  form.addEventListener('input', () => persist(e, items));
  form.addEventListener('change', (ev) => {
    persist(e, items);
    const box = ev.target instanceof HTMLElement ? ev.target : null;
    const item = box?.matches('input[data-competency]') ? box.closest<HTMLElement>('[data-plan-item]') : null;
    if (item) relinked(e, item);
  });
  must('#plan-add').addEventListener('click', () => {
    const rows = [...readRows(items), { id: newId(), action: '', day: '', month: '', year: '', competencyIds: [], done: false }];
    clearErrors(items);
    render(e, items, rows);
    persist(e, items);
    status.textContent = e.t('assess.plan.added', { n: rows.length });
    find(`#plan-${rows[rows.length - 1]?.id}-action`)?.focus();
  });
  items.addEventListener('click', (ev) => {
    const btn = ev.target instanceof Element ? ev.target.closest<HTMLButtonElement>('button[data-remove]') : null;
    if (!btn) return;
    const rows = readRows(items);
    const i = rows.findIndex((r) => r.id === btn.dataset.remove);
    rows.splice(i, 1);
    clearErrors(items);
    render(e, items, rows);
    persist(e, items);
    status.textContent = e.t('assess.plan.removed');
    const next = rows[i] ?? rows[i - 1];
    (next ? find(`#plan-${next.id}-action`) : find('#plan-add'))?.focus();
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    status.textContent = '';
    if (!check(e, items, title)) return;
    persist(e, items);
    status.textContent = e.t('assess.plan.saved');
  });
}

export function planEditor(opts: { f: FrameworkCore; draft: Draft; t: PageT<ResultsKey>; lang: Lang }): void {
  const e: Editor = opts;
  const form = must<HTMLFormElement>('#plan-form');
  const items = must('#plan-items');
  suggestOnce(e);
  const typed = typedDates(e.draft.key);
  render(
    e,
    items,
    soonestFirst(e.draft.current().plan).map((p) => rowOf(p, typed[p.id])),
  );
  wire(e, form, items);
}
