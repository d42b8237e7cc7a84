// The one colour of each timeliness outcome, wherever a page shows it as a tag.
import type { Outcome } from '../../../../content/returns/timeliness.ts';
import type { TagColour } from '../lib/govuk.ts';

export const OUTCOME_COLOUR: Record<Outcome, TagColour> = { 'on-time': 'green', late: 'orange', missing: 'red', 'not-due': 'grey' };

/** A rate as a percentage in the page's language ("75%"); "–" when nothing is due. */
export const percent = (rate: number | null, lang: 'cy' | 'en') =>
  rate === null ? '–' : new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { style: 'percent' }).format(rate);
