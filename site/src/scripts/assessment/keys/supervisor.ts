// The strings the supervisor page's module shows (scripts/assessment/supervisor.ts).
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { ACCOUNT_PAGE_KEYS } from '../keys.ts';

export const supervisorKeys = [
  ...ACCOUNT_PAGE_KEYS,
  'assess.check.notAnswered',
  'assess.results.competency',
  'assess.saved.noView',
  'share.sup.caption',
  'share.sup.commentFor',
  'share.sup.expires',
  'share.sup.formHeading',
  'share.sup.lead',
  'share.sup.leadUnnamed',
  'share.sup.levelFor',
  'share.sup.missing',
  'share.sup.noLevel',
  'share.sup.practitioner',
  'share.sup.save',
  'share.sup.saved',
  'share.sup.yours',
] as const satisfies readonly StringKey[];
