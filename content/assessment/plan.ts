// The development plan the results page suggests. Each area to develop gets one action per
// level between the level held and the level the role needs, worded from the framework's own
// descriptor for that level, so no two actions read alike; the size of the gap sets the
// priority, and the priority sets how soon each step is due.
import { t } from '../i18n.ts';
import type { Lang } from '../schema.ts';
import { addMonths, newId } from './engine.ts';
import {
  type Assessment,
  type CompetencyResult,
  developmentAreas,
  type FrameworkCore,
  levelName,
  maxRank,
  type PlanItem,
} from './model.ts';

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

function stepsFor(f: FrameworkCore, r: CompetencyResult, lang: Lang, today: string): SuggestedStep[] {
  const priority = priorityOf(r);
  const target = Math.min(maxRank(f), r.needed ?? r.held + 1);
  const steps: SuggestedStep[] = [];
  for (let rank = Math.max(1, r.held + 1), k = 1; rank <= target; rank++, k++) {
    const vars = { code: r.code, title: r.title[lang], level: levelName(f, rank, lang) };
    const descriptor = descriptorFor(f, r.competencyId, rank, lang);
    const action = descriptor ? t(lang, 'assess.plan.towardsLevel', { ...vars, descriptor }) : t(lang, 'assess.plan.starter', vars);
    const item = { id: newId(), action, competencyIds: [r.competencyId], targetDate: addMonths(today, STEP_MONTHS[priority] * k) };
    steps.push({ item, priority });
  }
  return steps;
}

/**
 * The suggested plan with each step's priority, soonest first (ties: higher priority, then
 * the order of the areas to develop, largest gap first). Dates are YYYY-MM-DD from `today`.
 */
export function suggestedSteps(f: FrameworkCore, a: Assessment, lang: Lang, today: string): SuggestedStep[] {
  const steps = developmentAreas(f, a).flatMap((r) => stepsFor(f, r, lang, today));
  return steps
    .map((s, i) => ({ s, i }))
    .sort((x, y) => x.s.item.targetDate.localeCompare(y.s.item.targetDate) || ORDER[x.s.priority] - ORDER[y.s.priority] || x.i - y.i)
    .map(({ s }) => s);
}

/** The editable plan rows the results page starts from. */
export function suggestedPlan(f: FrameworkCore, a: Assessment, lang: Lang, today: string): PlanItem[] {
  return suggestedSteps(f, a, lang, today).map((s) => s.item);
}
