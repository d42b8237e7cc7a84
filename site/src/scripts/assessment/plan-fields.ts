// One action of a plan as GOV.UK markup, for both kinds of plan: its number and priority tag,
// what to do, the target date (GOV.UK date input), done, and remove. Each kind adds its own
// parts (the linked competencies, the standards) around these.

import type { Priority } from '../../../../content/assessment/plan.ts';
import { el } from '../lib/dom.ts';
import { button, type TagColour, tag } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import type { PLAN_ITEM_KEYS } from './keys.ts';
import type { FormRow } from './plan-dates.ts';

export type ItemT = PageT<(typeof PLAN_ITEM_KEYS)[number]>;

const PRIORITY_COLOUR: Record<Priority, TagColour> = { high: 'red', medium: 'yellow', low: 'grey' };
const PRIORITY_KEY = {
  high: 'assess.plan.priority.high',
  medium: 'assess.plan.priority.medium',
  low: 'assess.plan.priority.low',
} as const;

/** The GOV.UK tag of an action's priority. */
export const priorityTag = (p: Priority, t: ItemT): HTMLElement => {
  const node = tag(t(PRIORITY_KEY[p]), PRIORITY_COLOUR[p]);
  node.dataset.priority = p;
  return node;
};

export const checkbox = (id: string, label: string, checked: boolean, data: Record<string, string> = {}) =>
  el(
    'div',
    { class: 'govuk-checkboxes__item' },
    el('input', { class: 'govuk-checkboxes__input', type: 'checkbox', id, checked, ...data }),
    el('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, label),
  );

function dateInput(base: string, r: Pick<FormRow, 'day' | 'month' | 'year'>, t: ItemT): HTMLElement {
  const part = (name: 'day' | 'month' | 'year') => {
    const input = el('input', {
      id: `${base}-${name}`,
      class: `govuk-input govuk-date-input__input govuk-input--width-${name === 'year' ? 4 : 2}`,
      inputmode: 'numeric',
      autocomplete: 'off',
      type: 'text',
    });
    input.value = r[name];
    return el(
      'div',
      { class: 'govuk-date-input__item' },
      el(
        'div',
        { class: 'govuk-form-group' },
        el('label', { class: 'govuk-label govuk-date-input__label', for: input.id }, t(`assess.plan.${name}`)),
        input,
      ),
    );
  };
  return el(
    'div',
    { class: 'govuk-form-group', 'data-field': `${base}-targetDate` },
    el(
      'fieldset',
      { class: 'govuk-fieldset', role: 'group', 'aria-describedby': `${base}-date-hint` },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, t('assess.plan.date')),
      el('div', { class: 'govuk-hint', id: `${base}-date-hint` }, t('assess.plan.dateHint')),
      el('div', { class: 'govuk-date-input' }, part('day'), part('month'), part('year')),
    ),
  );
}

/** What a kind of plan puts in an action's fieldset besides the shared parts. */
export interface FieldsetParts {
  /** data- attributes the kind reads back from the fieldset. */
  data?: Record<string, string>;
  priority: Priority | null;
  actionRows: number;
  beforeAction?: HTMLElement | null;
  afterDate?: readonly HTMLElement[];
}

/** The fieldset of action `n` (from 1). */
export function planFieldset(t: ItemT, r: FormRow, n: number, parts: FieldsetParts): HTMLElement {
  const base = `plan-${r.id}`;
  const action = el('textarea', { id: `${base}-action`, class: 'govuk-textarea', rows: parts.actionRows, maxlength: 500 });
  action.value = r.action;
  const remove = button(t('assess.plan.remove', { n }), { variant: 'secondary' });
  remove.dataset.remove = r.id;
  remove.classList.add('app-no-print');
  return el(
    'fieldset',
    { class: 'govuk-fieldset app-plan-item', 'data-plan-item': true, 'data-id': r.id, ...parts.data },
    el(
      'legend',
      { class: 'govuk-fieldset__legend govuk-fieldset__legend--m' },
      t('assess.plan.item', { n }),
      parts.priority ? ' ' : null,
      parts.priority ? priorityTag(parts.priority, t) : null,
    ),
    parts.beforeAction ?? null,
    el(
      'div',
      { class: 'govuk-form-group', 'data-field': `${base}-action` },
      el('label', { class: 'govuk-label', for: action.id }, t('assess.plan.action')),
      action,
    ),
    dateInput(base, r, t),
    ...(parts.afterDate ?? []),
    el(
      'div',
      { class: 'govuk-form-group' },
      el('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, checkbox(`${base}-done`, t('assess.plan.done'), r.done)),
    ),
    remove,
  );
}
