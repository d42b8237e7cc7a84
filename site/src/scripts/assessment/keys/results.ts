// The strings the results page's module shows (scripts/assessment/results.ts).
import { CSV_KEYS } from '../../../../../content/assessment/model.ts';
import { PLAN_KEYS } from '../../../../../content/assessment/plan.ts';
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';
import { LEVEL_KEYS, PLAN_EDITOR_KEYS, PROGRESS_KEYS, SYNC_KEYS } from '../keys.ts';

export const resultsKeys = [
  ...TOOLKIT_KEYS,
  ...PROGRESS_KEYS,
  ...SYNC_KEYS,
  ...LEVEL_KEYS,
  ...CSV_KEYS,
  ...PLAN_KEYS,
  ...PLAN_EDITOR_KEYS,
  'assess.results.noData',
  'assess.results.chartHeld',
  'assess.results.chartNeeded',
  'assess.results.answeredOf',
  'assess.download.file',
] as const satisfies readonly StringKey[];
export type ResultsKey = (typeof resultsKeys)[number];
