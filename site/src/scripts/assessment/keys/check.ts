// The strings the check page's module shows (scripts/assessment/check.ts).
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';
import { LEVEL_KEYS, PROGRESS_KEYS } from '../keys.ts';

export const checkKeys = [
  ...TOOLKIT_KEYS,
  ...PROGRESS_KEYS,
  ...LEVEL_KEYS,
  'assess.check.notAnswered',
  'assess.check.held',
  'assess.check.needed',
  'assess.check.notes',
] as const satisfies readonly StringKey[];
