// The strings the asset self-assessment's modules show, one list per page (so a page's bundle
// carries only its own). The shells' labels are rendered at build time and do not count.
import { ASSET_WORD_KEYS } from '../../../../../content/assets/assessment.ts';
import { MATURITY_KEYS } from '../../../../../content/assets/maturity.ts';
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { PLAN_EDITOR_KEYS } from '../../assessment/keys.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';

export const PROGRESS_KEYS = ['assettool.progress'] as const;
export const COUNT_KEYS = ['charcount.remaining', 'charcount.over'] as const;
/** What results-view.ts writes: the overall line, the count per level and the table. */
export const RESULTS_VIEW_KEYS = [
  ...MATURITY_KEYS,
  'assettool.results.overallLevel',
  'assettool.results.overallNone',
  'assettool.results.byLevel',
  'assess.check.notAnswered',
] as const;

export const startKeys = [...TOOLKIT_KEYS, ...PROGRESS_KEYS] as const satisfies readonly StringKey[];
export const stepKeys = [...TOOLKIT_KEYS, ...PROGRESS_KEYS, ...COUNT_KEYS] as const satisfies readonly StringKey[];
export const checkKeys = [
  ...TOOLKIT_KEYS,
  ...PROGRESS_KEYS,
  ...MATURITY_KEYS,
  'assess.check.notAnswered',
  'assets.csv.level',
  'assets.csv.evidence',
] as const satisfies readonly StringKey[];
export const resultsKeys = [
  ...TOOLKIT_KEYS,
  ...PROGRESS_KEYS,
  ...ASSET_WORD_KEYS,
  ...RESULTS_VIEW_KEYS,
  ...PLAN_EDITOR_KEYS,
  'assettool.download.file',
  'assettool.save.saved',
  'assettool.save.missing',
] as const satisfies readonly StringKey[];
export type ResultsKey = (typeof resultsKeys)[number];
