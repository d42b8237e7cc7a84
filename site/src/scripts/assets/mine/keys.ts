// The strings the "my community assets" modules show, one list per page.
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { PLAN_EDITOR_KEYS } from '../../assessment/keys.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';
import { RESULTS_VIEW_KEYS } from '../tool/keys.ts';

const SIGN_IN_KEYS = ['assets.asset.missing'] as const;
const DETAIL_KEYS = [
  'assets.field.type',
  'assets.field.localAuthority',
  'assets.field.healthBoard',
  'assets.field.areaServed',
  'assets.field.activityTypes',
  'assets.mine.archived',
  'assets.mine.published',
] as const;

export const listKeys = [
  ...TOOLKIT_KEYS,
  ...SIGN_IN_KEYS,
  ...DETAIL_KEYS,
  'assets.mine.caption',
  'assets.field.name',
  'table.scroll',
] as const satisfies readonly StringKey[];
export const newKeys = [...TOOLKIT_KEYS, ...SIGN_IN_KEYS] as const satisfies readonly StringKey[];
export const assetKeys = [
  ...TOOLKIT_KEYS,
  ...SIGN_IN_KEYS,
  ...DETAIL_KEYS,
  'assets.field.nameCy',
  'assets.field.nameEn',
  'assets.asset.saved',
  'assets.asset.assessments',
  'table.scroll',
  'assets.asset.continue',
  'assets.asset.view',
  'assets.asset.answered',
  'assets.asset.status',
  'assets.asset.updated',
  'assets.asset.answeredHeading',
  'assets.asset.members',
  'assets.asset.register',
  'assets.asset.peerReview',
  'assets.asset.compare',
  'assets.status.draft',
  'assets.status.submitted',
] as const satisfies readonly StringKey[];
export const assessmentKeys = [
  ...TOOLKIT_KEYS,
  ...SIGN_IN_KEYS,
  ...RESULTS_VIEW_KEYS,
  ...PLAN_EDITOR_KEYS,
  'assettool.plan.priority',
  'assets.priority.high',
  'assets.priority.medium',
  'assets.priority.low',
  'assets.assessment.submittedOn',
  'assess.plan.date',
  'assets.status.draft',
] as const satisfies readonly StringKey[];
export const compareKeys = [
  ...TOOLKIT_KEYS,
  ...SIGN_IN_KEYS,
  ...RESULTS_VIEW_KEYS,
  'assets.csv.standard',
  'assets.compare.before',
  'assets.compare.after',
  'assets.compare.move',
  'assets.compare.move.up',
  'assets.compare.move.down',
  'assets.compare.move.same',
  'assets.compare.move.unrated',
  'table.scroll',
] as const satisfies readonly StringKey[];
