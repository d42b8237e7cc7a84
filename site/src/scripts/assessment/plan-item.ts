// One action of the development plan as GOV.UK markup: its priority tag, what to do, the
// target date (GOV.UK date input), the linked competencies, done, and remove.

import { allCompetencies, type FrameworkCore } from '../../../../content/assessment/model.ts';
import type { Priority } from '../../../../content/assessment/plan.ts';
import type { Lang } from '../../../../content/schema.ts';
import { el } from '../lib/dom.ts';
import { button, type TagColour, tag } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import type { PLAN_ITEM_KEYS } from './keys.ts';
import type { Row } from './plan-rows.ts';

type ItemT = PageT<(typeof PLAN_ITEM_KEYS)[number]>;

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

export interface ItemContext {
  f: FrameworkCore;
  lang: Lang;
  t: ItemT;
}

export const checkbox = (id: string, label: string, checked: boolean, data: Record<string, string> = {}) =>
  el(
    'div',
    { class: 'govuk-checkboxes__item' },
    el('input', { class: 'govuk-checkboxes__input', type: 'checkbox', id, checked, ...data }),
    el('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, label),
  );

export function dateInput(base: string, r: Pick<Row, 'day' | 'month' | 'year'>, t: ItemT): HTMLElement {
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

/** "Linked competencies: A1, B2", the words of the details' summary and the printed line. */
export function linkedText(ctx: ItemContext, ids: readonly string[]): string {
  const codes = allCompetencies(ctx.f)
    .filter((c) => ids.includes(c.id))
    .map((c) => c.code);
  return `${ctx.t('assess.plan.competencies')}${codes.length ? `: ${codes.join(', ')}` : ''}`;
}

function linked(ctx: ItemContext, base: string, r: Row): HTMLElement {
  return el(
    'details',
    { class: 'govuk-details app-no-print' },
    el(
      'summary',
      { class: 'govuk-details__summary' },
      el('span', { class: 'govuk-details__summary-text', 'data-linked': true }, linkedText(ctx, r.competencyIds)),
    ),
    el(
      'div',
      { class: 'govuk-details__text' },
      el(
        'fieldset',
        { class: 'govuk-fieldset' },
        el('legend', { class: 'govuk-fieldset__legend govuk-visually-hidden' }, ctx.t('assess.plan.competencies')),
        el(
          'div',
          { class: 'govuk-checkboxes govuk-checkboxes--small' },
          ...allCompetencies(ctx.f).map((c) =>
            checkbox(`${base}-c-${c.id}`, `${c.code} ${c.title[ctx.lang]}`, r.competencyIds.includes(c.id), { 'data-competency': c.id }),
          ),
        ),
      ),
    ),
  );
}

/** The fieldset of action `n` (from 1). */
export function planItem(ctx: ItemContext, r: Row, n: number, priority: Priority | null): HTMLElement {
  const { t } = ctx;
  const base = `plan-${r.id}`;
  const action = el('textarea', { id: `${base}-action`, class: 'govuk-textarea', rows: 2, maxlength: 500 });
  action.value = r.action;
  const remove = button(t('assess.plan.remove', { n }), { variant: 'secondary' });
  remove.dataset.remove = r.id;
  remove.classList.add('app-no-print');
  return el(
    'fieldset',
    { class: 'govuk-fieldset app-plan-item', 'data-plan-item': true, 'data-id': r.id },
    el(
      'legend',
      { class: 'govuk-fieldset__legend govuk-fieldset__legend--m' },
      t('assess.plan.item', { n }),
      priority ? ' ' : null,
      priority ? priorityTag(priority, t) : null,
    ),
    el(
      'div',
      { class: 'govuk-form-group', 'data-field': `${base}-action` },
      el('label', { class: 'govuk-label', for: action.id }, t('assess.plan.action')),
      action,
    ),
    dateInput(base, r, t),
    linked(ctx, base, r),
    el(
      'p',
      { class: 'govuk-body app-print-only', 'data-linked-print': true },
      r.competencyIds.length ? linkedText(ctx, r.competencyIds) : '',
    ),
    el(
      'div',
      { class: 'govuk-form-group' },
      el('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, checkbox(`${base}-done`, t('assess.plan.done'), r.done)),
    ),
    remove,
  );
}
