// The improvement plan of an asset self-assessment on the results page (the editor is the
// practitioner's, assessment/plan-editor.ts). On the first visit it is drawn from the next
// level's descriptor of each standard (improvementPlan), highest priority first; every action
// shows the standards it works on and its priority, and stays editable.

import { type AssetPlanItem, improvementPlan, type Priority, validateAssetPlan } from '../../../../content/assets/assessment.ts';
import type { StandardsCore } from '../../../../content/assets/maturity.ts';
import type { Lang } from '../../../../content/schema.ts';
import { localToday } from '../assessment/format.ts';
import { type FormRow, formRow } from '../assessment/plan-dates.ts';
import { type PlanKind, planEditor } from '../assessment/plan-editor.ts';
import { planFieldset } from '../assessment/plan-fields.ts';
import { el } from '../lib/dom.ts';
import type { PageT } from '../lib/strings.ts';
import type { AssetDraft } from './tool/data.ts';
import type { ResultsKey } from './tool/keys.ts';

interface Row extends FormRow {
  standardIds: string[];
  priority: Priority;
  targetLevel?: number;
}
interface Plan {
  s: StandardsCore;
  draft: AssetDraft;
  t: PageT<ResultsKey>;
  lang: Lang;
}

/** A row's standards, priority and target level, kept on its fieldset; a new row has none. */
function extra(fieldset: HTMLElement | null): Omit<Row, keyof FormRow> {
  if (!fieldset) return { standardIds: [], priority: 'medium' };
  const { standards = '', priority = 'medium', targetLevel } = fieldset.dataset;
  return {
    standardIds: standards.split(' ').filter(Boolean),
    priority: priority as Priority,
    ...(targetLevel ? { targetLevel: Number(targetLevel) } : {}),
  };
}

function kind(p: Plan): PlanKind<Row, AssetPlanItem> {
  return {
    extra,
    item: (r, targetDate) => ({
      id: r.id,
      action: r.action.slice(0, 500),
      standardIds: r.standardIds,
      targetDate,
      priority: r.priority,
      ...(r.targetLevel ? { targetLevel: r.targetLevel } : {}),
      ...(r.done ? { done: true } : {}),
    }),
    validate: validateAssetPlan,
    fieldset: (r, n) => {
      const standards = p.s.standards.filter((x) => r.standardIds.includes(x.id)).map((x) => `${x.code} ${x.title[p.lang]}`);
      return planFieldset(p.t, r, n, {
        data: {
          'data-standards': r.standardIds.join(' '),
          'data-priority': r.priority,
          ...(r.targetLevel ? { 'data-target-level': String(r.targetLevel) } : {}),
        },
        priority: r.priority,
        actionRows: 3,
        beforeAction: standards.length ? el('p', { class: 'govuk-body' }, standards.join(', ')) : null,
      });
    },
  };
}

export function assetPlanEditor(p: Plan): void {
  const d = p.draft.current();
  planEditor({
    kind: kind(p),
    draft: p.draft,
    t: p.t,
    answered: Object.values(d.answers).some((x) => x.level !== undefined),
    suggest: () => improvementPlan(p.s, p.draft.current(), localToday(), (_lang, key, vars) => p.t(key, vars), p.lang),
    rowOf: (item, typed) => ({ ...item, ...formRow(item, typed) }),
  });
}
