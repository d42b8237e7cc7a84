// Request and response schemas of timeliness: the national team's view (who returned on time,
// late or not at all, by organisation and region, the on-time rate over time, and who has not
// started a week before a due date) and the public transparency page (status only, never values).
import { z } from 'zod';
import { OUTCOMES } from '../../returns/timeliness.ts';
import { BiText, LangCode, Millis } from './common.ts';
import { OrgSummary, PeriodId } from './returns.ts';

export const Outcome = z.enum(OUTCOMES);
const Count = z.number().int().min(0);
/** Counts of each outcome; `rate` is on time ÷ (on time + late + missing), null while nothing is due. */
export const Tally = z.object({
  onTime: Count,
  late: Count,
  missing: Count,
  notDue: Count,
  total: Count,
  rate: z.number().min(0).max(1).nullable(),
});
const Area = z.object({ id: z.string(), name: BiText });
const PeriodInfo = z.object({ id: z.string(), label: BiText, dueAt: z.string(), locked: z.boolean(), due: z.boolean() });

export const TimelinessQuery = z.object({ period: PeriodId });
export const Timeliness = z.object({
  period: PeriodInfo,
  /** Every active organisation, in name order. */
  orgs: z.array(z.object({ org: OrgSummary, outcome: Outcome, firstSubmittedAt: Millis.optional() })),
  /** The quarter by region (every region, Wales last as `wales`). */
  regions: z.array(Area.extend({ tally: Tally })),
  /** Every quarter whose due date has passed, oldest first: the on-time rate per region and for Wales. */
  series: z.array(
    z.object({ periodId: z.string(), label: BiText, wales: Tally, regions: z.array(z.object({ id: z.string(), tally: Tally })) }),
  ),
  /** Quarters due within `days` days (open, not locked): the organisations with neither draft nor submission. */
  notStarted: z.object({
    days: z.number().int(),
    count: Count,
    periods: z.array(z.object({ periodId: z.string(), label: BiText, dueAt: z.string(), orgs: z.array(OrgSummary) })),
  }),
});

export const TransparencyQuery = z.object({
  lang: LangCode.optional(),
  period: PeriodId.optional().describe('One quarter (default: the latest whose due date has passed)'),
});
/** Public: for one quarter, each organisation's outcome (status only), and the on-time rate of every quarter. */
export const Transparency = z.object({
  /** null when no quarter's due date has passed yet. */
  period: PeriodInfo.nullable(),
  orgs: z.array(z.object({ id: z.string(), name: BiText, region: z.string(), outcome: Outcome })),
  /** The names of the regions the organisations name. */
  regions: z.array(Area),
  quarters: z.array(z.object({ periodId: z.string(), label: BiText, dueAt: z.string(), tally: Tally })),
});
