// Request and response schemas of the national team's views of returns, and of the public
// open data.
import { z } from 'zod';
import { SHORTHAND_CODES } from '../../stats/shorthand.ts';
import { BiText, LangCode, Millis } from './common.ts';
import { OrgSummary, PeriodId, RETURN_STATUSES, ReturnStatus, Source } from './returns.ts';

export const GROUP_BY = ['health-board', 'region', 'local-authority'] as const;
export const GroupBy = z.enum(GROUP_BY);

export const NationalReturnsQuery = z.object({ period: PeriodId.optional(), status: z.enum(RETURN_STATUSES).optional() });
export const NationalReturns = z.object({
  returns: z.array(
    z.object({
      org: OrgSummary,
      periodId: z.string(),
      status: ReturnStatus,
      late: z.boolean(),
      latestVersion: z.number().int().optional(),
      reference: z.string().optional(),
      submittedAt: Millis.optional(),
      via: Source.optional(),
    }),
  ),
});
export const ReviewParams = z.object({ orgId: z.string(), periodId: z.string() });

export const CompletenessQuery = z.object({ period: PeriodId, lang: LangCode.optional(), only: z.enum(['missing']).optional() });
export const Completeness = z.object({
  period: z.object({ id: z.string(), dueAt: z.string(), locked: z.boolean() }),
  orgs: z.array(
    z.object({
      org: OrgSummary,
      status: ReturnStatus,
      late: z.boolean(),
      contacts: z.array(z.object({ name: z.string().nullable(), email: z.string(), lang: LangCode })),
      latestVersion: z.number().int().optional(),
      reference: z.string().optional(),
      submittedAt: Millis.optional(),
    }),
  ),
  counts: z.object({
    'not-started': z.number().int(),
    draft: z.number().int(),
    submitted: z.number().int(),
    returned: z.number().int(),
    accepted: z.number().int(),
    late: z.number().int(),
    total: z.number().int(),
  }),
});

export const TotalsQuery = z.object({ period: PeriodId, by: GroupBy.default('health-board'), lang: LangCode.optional() });
const Sums = z.record(z.string(), z.number());
export const Totals = z.object({
  period: z.string(),
  by: GroupBy,
  /** The count fields summed (latest accepted version of each return). */
  fields: z.array(z.string()),
  groups: z.array(z.object({ id: z.string(), name: BiText, organisations: z.number().int(), values: Sums })),
  wales: z.object({ organisations: z.number().int(), values: Sums }),
});
export const SeriesQuery = z.object({ field: z.string().max(200), by: GroupBy.default('health-board') });
export const Series = z.object({
  field: z.string(),
  label: BiText,
  by: GroupBy,
  periods: z.array(
    z.object({
      periodId: z.string(),
      label: BiText,
      groups: z.array(z.object({ id: z.string(), name: BiText, organisations: z.number().int(), value: z.number().nullable() })),
      wales: z.object({ organisations: z.number().int(), value: z.number().nullable() }),
    }),
  ),
});
export const ExportQuery = z.object({ period: PeriodId.optional(), lang: LangCode.optional() });

// ------------------------------------------------------------------ open data (public)
export const ShorthandCode = z.enum(SHORTHAND_CODES);
export const OpenData = z.object({
  lang: LangCode,
  rows: z.array(
    z.object({
      periodId: z.string(),
      periodLabel: z.string(),
      areaCode: z.string(),
      areaName: BiText,
      field: z.string(),
      measureName: z.string(),
      /** null when withheld (c) or not available (x). */
      value: z.number().nullable(),
      codes: z.array(ShorthandCode),
    }),
  ),
  revisions: z.array(
    z.object({
      periodId: z.string(),
      areaCode: z.string(),
      field: z.string(),
      revisedAt: z.string(),
      note: z.string().nullable(),
      /** One sentence in the caller's language. */
      text: z.string(),
      index: z.number().int(),
    }),
  ),
  codes: z.array(z.object({ code: ShorthandCode, label: z.string(), explanation: z.string() })),
});
