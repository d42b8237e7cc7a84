// Words and numbers the self-assessment pages share: level names through the page's own
// strings (so no page ships the whole string table), means to one decimal place, and dates
// with the time, since two assessments can be saved on one day.

import { rankName } from '../../../../content/assessment/engine.ts';
import type { FrameworkCore } from '../../../../content/assessment/model.ts';
import type { Lang } from '../../../../content/schema.ts';
import type { PageT } from '../lib/strings.ts';
import type { LEVEL_KEYS } from './keys.ts';

/** The name of a level ("Not yet rated" when there is none). */
export function levelLabel(f: FrameworkCore, rank: number | null | undefined, lang: Lang, t: PageT<(typeof LEVEL_KEYS)[number]>): string {
  return rankName(f.scale, rank, lang, t('assess.step.notYet'));
}

/** A mean to one decimal place in the page's language, or the "no data" words. */
export function meanFormatter(lang: Lang, noData: string): (x: number | null | undefined) => string {
  const num = new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (x) => (x === null || x === undefined ? noData : num.format(x));
}

/** Today in the browser's own calendar, as YYYY-MM-DD (plan dates are days the person picks). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
