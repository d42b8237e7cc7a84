// The improvement plan of an asset self-assessment on the results page. On the first visit it
// is drawn from the next level's descriptor of each standard (improvementPlan), highest
// priority first; every action stays editable (what to do, target date, done), can be removed,
// and new ones added. Every keystroke is kept in the draft; "Save the plan" checks it (GOV.UK
// error summary). The pieces of an action are the practitioner plan's (plan-item.ts).

import { isRealIsoDate, newId } from '../../../../content/assessment/engine.ts';
import { type AssetPlanItem, improvementPlan, type Priority, validateAssetPlan } from '../../../../content/assets/assessment.ts';
import type { StandardsCore } from '../../../../content/assets/maturity.ts';
import type { Lang } from '../../../../content/schema.ts';
import { store, stored } from '../assessment/draft.ts';
import { localToday } from '../assessment/format.ts';
import { checkbox, dateInput, priorityTag } from '../assessment/plan-item.ts';
import { ERROR_KEY, keepTypedDates, typedDate, typedDates } from '../assessment/plan-rows.ts';
import { el, find, findAll, must, replace, show } from '../lib/dom.ts';
import { clearErrors, showErrors } from '../lib/errors.ts';
import { button } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import type { AssetDraft } from './tool/data.ts';
import type { ResultsKey } from './tool/keys.ts';

interface Row {
  id: string;
  action: string;
  day: string;
  month: string;
  year: string;
  done: boolean;
  standardIds: string[];
  priority: Priority;
  targetLevel?: number;
}
interface Editor {
  s: StandardsCore;
  draft: AssetDraft;
  t: PageT<ResultsKey>;
  lang: Lang;
}

function rowOf(p: AssetPlanItem, typed?: readonly string[]): Row {
  const [year = '', month = '', day = ''] = p.targetDate ? p.targetDate.split('-') : [];
  const [d = '', m = '', y = ''] =
    p.targetDate === '' && typed?.length === 3 ? typed : [day.replace(/^0/, ''), month.replace(/^0/, ''), year];
  return { ...p, day: d, month: m, year: y, done: !!p.done };
}
function itemOf(r: Row, strict: boolean): AssetPlanItem {
  const td = typedDate(r);
  return {
    id: r.id,
    action: r.action.slice(0, 500),
    standardIds: r.standardIds,
    targetDate: strict || isRealIsoDate(td) ? td : '',
    priority: r.priority,
    ...(r.targetLevel ? { targetLevel: r.targetLevel } : {}),
    ...(r.done ? { done: true } : {}),
  };
}
const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';

function readRows(items: HTMLElement): Row[] {
  return findAll('[data-plan-item]', items).map((item) => {
    const id = item.dataset.id ?? '';
    const base = `plan-${id}`;
    return {
      id,
      action: value(`${base}-action`),
      day: value(`${base}-day`),
      month: value(`${base}-month`),
      year: value(`${base}-year`),
      done: find<HTMLInputElement>(`#${base}-done`, item)?.checked ?? false,
      standardIds: (item.dataset.standards ?? '').split(' ').filter(Boolean),
      priority: (item.dataset.priority ?? 'medium') as Priority,
      ...(item.dataset.targetLevel ? { targetLevel: Number(item.dataset.targetLevel) } : {}),
    };
  });
}

function planItem(e: Editor, r: Row, n: number): HTMLElement {
  const base = `plan-${r.id}`;
  const action = el('textarea', { id: `${base}-action`, class: 'govuk-textarea', rows: 3, maxlength: 500 });
  action.value = r.action;
  const remove = button(e.t('assess.plan.remove', { n }), { variant: 'secondary' });
  remove.dataset.remove = r.id;
  remove.classList.add('app-no-print');
  const standards = e.s.standards.filter((x) => r.standardIds.includes(x.id)).map((x) => `${x.code} ${x.title[e.lang]}`);
  return el(
    'fieldset',
    {
      class: 'govuk-fieldset app-plan-item',
      'data-plan-item': true,
      'data-id': r.id,
      'data-standards': r.standardIds.join(' '),
      'data-priority': r.priority,
      ...(r.targetLevel ? { 'data-target-level': String(r.targetLevel) } : {}),
    },
    el(
      'legend',
      { class: 'govuk-fieldset__legend govuk-fieldset__legend--m' },
      e.t('assess.plan.item', { n }),
      ' ',
      priorityTag(r.priority, e.t),
    ),
    standards.length ? el('p', { class: 'govuk-body' }, standards.join(', ')) : null,
    el(
      'div',
      { class: 'govuk-form-group', 'data-field': `${base}-action` },
      el('label', { class: 'govuk-label', for: action.id }, e.t('assess.plan.action')),
      action,
    ),
    dateInput(base, r, e.t),
    el(
      'div',
      { class: 'govuk-form-group' },
      el('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, checkbox(`${base}-done`, e.t('assess.plan.done'), r.done)),
    ),
    remove,
  );
}

function render(e: Editor, items: HTMLElement, rows: readonly Row[]): void {
  replace(items, ...rows.map((r, i) => planItem(e, r, i + 1)));
  show(must('#plan-empty'), rows.length === 0);
}
function persist(e: Editor, items: HTMLElement): void {
  const rows = readRows(items);
  e.draft.ensure().plan = rows.map((r) => itemOf(r, false));
  e.draft.save();
  store(`${e.draft.key}:plan-started`, '1');
  keepTypedDates(e.draft.key, rows);
}

function check(e: Editor, items: HTMLElement, title: string): boolean {
  const rows = readRows(items);
  const errs = validateAssetPlan(
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
  form.addEventListener('change', () => persist(e, items));
  must('#plan-add').addEventListener('click', () => {
    const blank: Row = { id: newId(), action: '', day: '', month: '', year: '', done: false, standardIds: [], priority: 'medium' };
    const rows = [...readRows(items), blank];
    clearErrors(items);
    render(e, items, rows);
    persist(e, items);
    status.textContent = e.t('assess.plan.added', { n: rows.length });
    find(`#plan-${blank.id}-action`)?.focus();
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

export function assetPlanEditor(e: Editor): void {
  const started = `${e.draft.key}:plan-started`;
  const d = e.draft.current();
  if (stored(started) !== '1' && d.plan.length === 0 && Object.values(d.answers).some((x) => x.level !== undefined)) {
    e.draft.ensure().plan = improvementPlan(e.s, d, localToday(), (_lang, key, vars) => e.t(key, vars), e.lang);
    e.draft.save();
  }
  if (e.draft.current().plan.length > 0) store(started, '1');
  const items = must('#plan-items');
  const typed = typedDates(e.draft.key);
  render(
    e,
    items,
    e.draft.current().plan.map((p) => rowOf(p, typed[p.id])),
  );
  wire(e, must<HTMLFormElement>('#plan-form'), items);
}
