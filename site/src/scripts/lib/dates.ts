// Dates on pages: always content/datetime.ts (Welsh month names written out, UK time, the
// 24-hour clock), re-exported here so page modules have one place to look. Relative days
// ("in 3 days") need the page's `t()` and the keys in RELATIVE_DAY_KEYS.

import type { DateInput } from '../../../../content/datetime.ts';
import { daysFrom, relativeDay } from '../../../../content/datetime.ts';
import type { StringKey } from '../../../../content/ui/strings.ts';
import type { PageT } from './strings.ts';

export {
  type DateInput,
  daysFrom,
  formatDate,
  formatDateTime,
  formatDateWithDay,
  formatShortDate,
  formatShortDateTime,
  formatTime,
} from '../../../../content/datetime.ts';

/** The keys `relativeDayText` uses: spread into the page's keys.ts. */
export const RELATIVE_DAY_KEYS = [
  'date.today',
  'date.tomorrow',
  'date.yesterday',
  'date.inDays',
  'date.daysAgo',
] as const satisfies readonly StringKey[];

/** "heddiw", "mewn 3 diwrnod", "2 ddiwrnod yn ôl" / "today", "in 3 days", "2 days ago", in the page's language. */
export function relativeDayText(t: PageT<(typeof RELATIVE_DAY_KEYS)[number]>, value: DateInput, now: DateInput): string {
  const r = relativeDay(daysFrom(value, now));
  return r ? t(r.key as (typeof RELATIVE_DAY_KEYS)[number], r.vars) : '';
}
