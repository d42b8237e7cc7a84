// The self-assessment's words from the whole string table, for the Worker, build-time pages
// and tests. model.ts and plan.ts take the words as a function instead, so a browser page that
// uses them ships only its own strings (site/src/scripts/lib/strings.ts).
import { t } from '../i18n.ts';
import type { Lang } from '../schema.ts';
import { rankName } from './engine.ts';
import { type Assessment, assessmentCsv, type FrameworkCore, type PlanItem } from './model.ts';
import { type SuggestedStep, suggestedStepsIn } from './plan.ts';

/** The name of a level in a language ("Not yet" for none). */
export function levelName(f: FrameworkCore, rank: number | undefined | null, lang: Lang): string {
  return rankName(f.scale, rank, lang, t(lang, 'assess.step.notYet'));
}

/** The assessment as CSV in the reader's language (assessmentCsv with the UI strings). */
export function toCsv(f: FrameworkCore, a: Assessment, lang: Lang): string {
  return assessmentCsv(f, a, lang, (k) => t(lang, k));
}

/** suggestedStepsIn worded from the string table. */
export const suggestedSteps = (f: FrameworkCore, a: Assessment, lang: Lang, today: string): SuggestedStep[] =>
  suggestedStepsIn(f, a, lang, today, (k, v) => t(lang, k, v));

/** The editable plan rows the results page starts from. */
export function suggestedPlan(f: FrameworkCore, a: Assessment, lang: Lang, today: string): PlanItem[] {
  return suggestedSteps(f, a, lang, today).map((s) => s.item);
}
