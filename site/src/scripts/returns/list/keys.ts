// The strings of "Your returns" (list.ts); the shell renders its fixed labels itself.
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';
import { STATUS_KEYS } from '../common.ts';

export const keys = [
  ...TOOLKIT_KEYS,
  ...STATUS_KEYS,
  'rui.noOrg',
  'rui.list.locked',
  'rui.list.unsubmitted',
  'rui.list.closesIn',
  'rui.list.closesToday',
  'rui.list.closed',
  'rui.list.notOpen',
  'rui.list.current',
  'rui.action.start',
  'rui.action.continue',
  'rui.action.amend',
  'rui.action.view',
  'rui.action.history',
  'rui.action.forPeriod',
] as const satisfies readonly StringKey[];
