// The strings the history page's module shows (scripts/assessment/history.ts).
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { ACCOUNT_PAGE_KEYS, PROGRESS_KEYS, STATUS_KEYS } from '../keys.ts';

export const historyKeys = [
  ...ACCOUNT_PAGE_KEYS,
  ...STATUS_KEYS,
  ...PROGRESS_KEYS,
  'assess.title',
  'assess.delete.done',
  'assess.delete.doneTitle',
  'assess.history.caption',
  'assess.history.started',
  'assess.history.updated',
  'assess.history.version',
  'assess.history.progress',
  'assess.history.status',
  'assess.history.open',
  'assess.history.openLabel',
  'assess.history.compare',
  'assess.history.compareHeading',
  'assess.history.download',
  'assess.history.downloadHint',
  'assess.history.earlier',
  'assess.history.later',
  'assess.history.lead',
  'assess.history.needTwo',
  'assess.history.none',
  'assess.history.sameTwice',
] as const satisfies readonly StringKey[];
