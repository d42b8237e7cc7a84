// The strings the skills page's module shows (scripts/assessment/skills.ts).
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { ACCOUNT_PAGE_KEYS, SETTING_KEYS } from '../keys.ts';

export const skillsKeys = [
  ...ACCOUNT_PAGE_KEYS,
  ...SETTING_KEYS,
  'skills.all',
  'skills.allSettings',
  'skills.caption',
  'skills.chartHeading',
  'skills.chartNote',
  'skills.competency',
  'skills.filter',
  'skills.forbidden',
  'skills.healthBoard',
  'skills.lead',
  'skills.notGiven',
  'skills.setting',
  'skills.show',
  'skills.total',
  'skills.withheld',
  'skills.withheldNote',
  'stats.code.c.label',
  'stats.wales',
] as const satisfies readonly StringKey[];
