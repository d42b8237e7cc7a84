// The strings the open data page's script shows (the shell renders its own labels).
import type { StringKey } from '../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../lib/strings.ts';

export const keys = [
  ...TOOLKIT_KEYS,
  'stats.revision',
  'rui.period',
  'rui.open.caption',
  'rui.open.chartTitle',
  'rui.open.chartDesc',
  'rui.open.withheld',
  'rui.open.revisionReason',
  'rui.open.revisionsShowing',
  'rui.pagination.label',
  'rui.pagination.previous',
  'rui.pagination.next',
  'rui.pagination.page',
] as const satisfies readonly StringKey[];
