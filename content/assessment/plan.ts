// The development plan the results page suggests. Each area to develop gets one action per
// level between the level held and the level the role needs, worded from the framework's own
// descriptor for that level, so no two actions read alike; the size of the gap sets the
// priority, and the priority sets how soon each step is due.
import type { Vars } from '../i18n-format.ts';
import type { Lang } from '../schema.ts';
import { addMonths, newId, rankName } from './engine.ts';
import { type Assessment, type CompetencyResult, developmentAreas, type FrameworkCore, maxRank, type PlanItem } from './model.ts';

export type Priority = 'high' | 'medium' | 'low';

/** A gap of two levels or more is urgent; one level is the next step; a low level with no stated need can wait. */
export function priorityOf(r: Pick<CompetencyResult, 'gap'>): Priority {
  if (r.gap >= 2) return 'high';
  return r.gap === 1 ? 'medium' : 'low';
}

/** Months between the steps of an area, by priority: urgent gaps move fastest. */
export const STEP_MONTHS: Readonly<Record<Priority, number>> = { high: 2, medium: 3, low: 6 };
const ORDER: Readonly<Record<Priority, number>> = { high: 0, medium: 1, low: 2 };

export interface SuggestedStep {
  item: PlanItem;
  priority: Priority;
}

function descriptorFor(f: FrameworkCore, competencyId: string, rank: number, lang: Lang): string | null {
  const level = f.scale.find((s) => s.rank === rank);
  if (!level) return null;
  for (const d of f.domains) {
    const c = d.competencies.find((x) => x.id === competencyId);
    if (c) return c.descriptors?.[level.id]?.[lang] ?? null;
  }
  return null;
}

/** The UI strings the suggested plan is worded with: a page that builds it in the browser ships just these. */
export const PLAN_KEYS = ['assess.plan.towardsLevel', 'assess.plan.starter', 'assess.step.notYet'] as const;
export type PlanWords = (key: (typeof PLAN_KEYS)[number], vars?: Vars) => string;

function stepsFor(f: FrameworkCore, r: CompetencyResult, lang: Lang, today: string, say: PlanWords): SuggestedStep[] {
  const priority = priorityOf(r);
  const target = Math.min(maxRank(f), r.needed ?? r.held + 1);
  const steps: SuggestedStep[] = [];
  for (let rank = Math.max(1, r.held + 1), k = 1; rank <= target; rank++, k++) {
    const vars = { code: r.code, title: r.title[lang], level: rankName(f.scale, rank, lang, say('assess.step.notYet')) };
    const descriptor = descriptorFor(f, r.competencyId, rank, lang);
    const action = descriptor ? say('assess.plan.towardsLevel', { ...vars, descriptor }) : say('assess.plan.starter', vars);
    const item = { id: newId(), action, competencyIds: [r.competencyId], targetDate: addMonths(today, STEP_MONTHS[priority] * k) };
    steps.push({ item, priority });
  }
  return steps;
}

/**
 * The suggested plan with each step's priority, soonest first (ties: higher priority, then
 * the order of the areas to develop, largest gap first). Dates are YYYY-MM-DD from `today`;
 * `say` words the actions (the UI strings of PLAN_KEYS in `lang`).
 */
export function suggestedStepsIn(f: FrameworkCore, a: Assessment, lang: Lang, today: string, say: PlanWords): SuggestedStep[] {
  const steps = developmentAreas(f, a).flatMap((r) => stepsFor(f, r, lang, today, say));
  return steps
    .map((s, i) => ({ s, i }))
    .sort((x, y) => x.s.item.targetDate.localeCompare(y.s.item.targetDate) || ORDER[x.s.priority] - ORDER[y.s.priority] || x.i - y.i)
    .map(({ s }) => s);
}

/**
 * The priority of a plan row, from the areas to develop it is linked to (the most urgent
 * one wins): how the results page tags each action, suggested or edited. Null when the row
 * is linked to no area to develop (an action the person added for something else).
 */
export function planItemPriority(f: FrameworkCore, a: Assessment, item: Pick<PlanItem, 'competencyIds'>): Priority | null {
  const linked = developmentAreas(f, a).filter((r) => item.competencyIds.includes(r.competencyId));
  if (!linked.length) return null;
  return linked.map(priorityOf).sort((x, y) => ORDER[x] - ORDER[y])[0] ?? null;
}

/** Plan rows soonest first; rows without a date keep their order after the dated ones. */
export function soonestFirst<T extends Pick<PlanItem, 'targetDate'>>(rows: readonly T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => {
      if (!x.r.targetDate || !y.r.targetDate) return (x.r.targetDate ? 0 : 1) - (y.r.targetDate ? 0 : 1) || x.i - y.i;
      return x.r.targetDate.localeCompare(y.r.targetDate) || x.i - y.i;
    })
    .map(({ r }) => r);
}
