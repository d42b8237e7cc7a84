// The practitioner's development plan on the results page (plan-editor.ts is the editor). On
// the first visit it suggests steps drawn from each area's level descriptors, dated by priority
// (content/assessment/plan.ts); every action shows its priority as a tag, soonest first, and
// the competencies it works on, which the practitioner can change.

import { allCompetencies, type FrameworkCore, type PlanItem, progress, validatePlan } from '../../../../content/assessment/model.ts';
import { planItemPriority, soonestFirst, suggestedStepsIn } from '../../../../content/assessment/plan.ts';
import type { Lang } from '../../../../content/schema.ts';
import { el, find, findAll } from '../lib/dom.ts';
import type { PageT } from '../lib/strings.ts';
import type { Draft } from './draft.ts';
import { localToday } from './format.ts';
import type { ResultsKey } from './keys/results.ts';
import { type FormRow, formRow } from './plan-dates.ts';
import { type PlanKind, planEditor } from './plan-editor.ts';
import { checkbox, planFieldset, priorityTag } from './plan-fields.ts';

interface Row extends FormRow {
  competencyIds: string[];
}
interface Plan {
  f: FrameworkCore;
  draft: Draft;
  t: PageT<ResultsKey>;
  lang: Lang;
}

/** "Linked competencies: A1, B2", the words of the details' summary and the printed line. */
function linkedText(p: Plan, ids: readonly string[]): string {
  const codes = allCompetencies(p.f)
    .filter((c) => ids.includes(c.id))
    .map((c) => c.code);
  return `${p.t('assess.plan.competencies')}${codes.length ? `: ${codes.join(', ')}` : ''}`;
}

function linked(p: Plan, base: string, r: Row): HTMLElement {
  return el(
    'details',
    { class: 'govuk-details app-no-print' },
    el(
      'summary',
      { class: 'govuk-details__summary' },
      el('span', { class: 'govuk-details__summary-text', 'data-linked': true }, linkedText(p, r.competencyIds)),
    ),
    el(
      'div',
      { class: 'govuk-details__text' },
      el(
        'fieldset',
        { class: 'govuk-fieldset' },
        el('legend', { class: 'govuk-fieldset__legend govuk-visually-hidden' }, p.t('assess.plan.competencies')),
        el(
          'div',
          { class: 'govuk-checkboxes govuk-checkboxes--small' },
          ...allCompetencies(p.f).map((c) =>
            checkbox(`${base}-c-${c.id}`, `${c.code} ${c.title[p.lang]}`, r.competencyIds.includes(c.id), { 'data-competency': c.id }),
          ),
        ),
      ),
    ),
  );
}

const linkedIds = (fieldset: HTMLElement) =>
  findAll<HTMLInputElement>('input[data-competency]:checked', fieldset).map((c) => c.dataset.competency ?? '');

/** A linked competency ticked or not: the summary line, the printed line and the priority tag follow. */
function relinked(p: Plan, fieldset: HTMLElement): void {
  const ids = linkedIds(fieldset);
  const summary = find('[data-linked]', fieldset);
  if (summary) summary.textContent = linkedText(p, ids);
  const printed = find('[data-linked-print]', fieldset);
  if (printed) printed.textContent = ids.length ? linkedText(p, ids) : '';
  find('[data-priority]', fieldset)?.remove();
  const priority = planItemPriority(p.f, p.draft.current(), { competencyIds: ids });
  const legend = find('legend', fieldset);
  if (priority && legend) legend.append(priorityTag(priority, p.t));
}

function kind(p: Plan): PlanKind<Row, PlanItem> {
  return {
    extra: (fieldset) => ({ competencyIds: fieldset ? linkedIds(fieldset) : [] }),
    item: (r, targetDate) => ({
      id: r.id,
      action: r.action.slice(0, 500),
      competencyIds: r.competencyIds,
      targetDate,
      ...(r.done ? { done: true } : {}),
    }),
    validate: validatePlan,
    fieldset: (r, n) =>
      planFieldset(p.t, r, n, {
        priority: planItemPriority(p.f, p.draft.current(), r),
        actionRows: 2,
        afterDate: [
          linked(p, `plan-${r.id}`, r),
          el(
            'p',
            { class: 'govuk-body app-print-only', 'data-linked-print': true },
            r.competencyIds.length ? linkedText(p, r.competencyIds) : '',
          ),
        ],
      }),
    changed: (control, fieldset) => {
      if (control.matches('input[data-competency]')) relinked(p, fieldset);
    },
  };
}

export function developmentPlan(p: Plan): void {
  planEditor({
    kind: kind(p),
    draft: p.draft,
    t: p.t,
    answered: progress(p.f, p.draft.current()).answered > 0,
    suggest: () => suggestedStepsIn(p.f, p.draft.current(), p.lang, localToday(), (k, v) => p.t(k, v)).map((s) => s.item),
    rowOf: (item, typed) => ({ ...formRow(item, typed), competencyIds: item.competencyIds }),
    order: soonestFirst,
  });
}
