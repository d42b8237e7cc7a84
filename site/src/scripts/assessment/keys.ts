// The strings the pieces of several self-assessment pages show; each page's own list is in
// keys/<page>.ts (one file per page, so a page's bundle carries only its own list). The
// shells' labels are rendered at build time and do not count; see ARCHITECTURE.md, "How to
// add an app page".
import { TOOLKIT_KEYS } from '../lib/strings.ts';

/** Keys of the pieces several pages share. */
export const LEVEL_KEYS = ['assess.step.notYet'] as const;
export const PROGRESS_KEYS = ['assess.progress'] as const;
export const SYNC_KEYS = ['assess.account.synced', 'assess.account.failed', 'assess.account.saved'] as const;
export const ACCOUNT_KEYS = ['assess.account.signIn', 'table.scroll'] as const;
export const PLAN_ITEM_KEYS = [
  'assess.plan.item',
  'assess.plan.action',
  'assess.plan.date',
  'assess.plan.dateHint',
  'assess.plan.day',
  'assess.plan.month',
  'assess.plan.year',
  'assess.plan.competencies',
  'assess.plan.done',
  'assess.plan.remove',
  'assess.plan.priority.high',
  'assess.plan.priority.medium',
  'assess.plan.priority.low',
] as const;
/** What the plan editor (plan-editor.ts) shows, with its actions' labels. */
export const PLAN_EDITOR_KEYS = [
  ...PLAN_ITEM_KEYS,
  'assess.plan.added',
  'assess.plan.removed',
  'assess.plan.saved',
  'assess.error.prefix',
  'assess.error.action-missing',
  'assess.error.action-too-long',
  'assess.error.date-missing',
  'assess.error.date-invalid',
  'assess.error.date-past',
] as const;

export const STATUS_KEYS = ['assess.status.draft', 'assess.status.complete'] as const;
export const ACCOUNT_PAGE_KEYS = [...TOOLKIT_KEYS, ...ACCOUNT_KEYS, ...LEVEL_KEYS, 'assess.signInNeeded'] as const;

export const SETTING_KEYS = [
  'skills.setting.primary-care',
  'skills.setting.third-sector',
  'skills.setting.local-authority',
  'skills.setting.housing',
  'skills.setting.other',
] as const;
