// Request and response schemas of the national team's views of returns, and of the public
// open data.
import { z } from 'zod';
import { SHORTHAND_CODES } from '../../stats/shorthand.ts';
import { BiText, LangCode, Millis } from './common.ts';
import { OrgSummary, PeriodId, RETURN_STATUSES, ReturnStatus, Source } from './returns.ts';

export const GROUP_BY = ['health-board', 'region', 'local-authority'] as const;
export const GroupBy = z.enum(GROUP_BY);

/** Rows per page of a paginated list when the caller does not say. */
export const PAGE_SIZE = 100;
/** An opaque cursor from a page's `next`: the list continues after it. */
export const Cursor = z.string().max(600).describe('From the previous page’s `next`; omit for the first page');
const Limit = (max: number) => z.coerce.number().int().min(1).max(max).optional();

const NameOrder = LangCode.optional().describe(
  'Organisations in the order of their Welsh or English names (default: the request’s language)',
);
export const NationalReturnsQuery = z.object({
  period: PeriodId.optional(),
  status: z.enum(RETURN_STATUSES).optional(),
  lang: NameOrder,
  cursor: Cursor.optional(),
  limit: Limit(500).describe(`Rows per page (default ${PAGE_SIZE})`),
});
/** One page of every active organisation × period, in period, then name order (in `lang`); `next` is null on the last page. */
export const NationalReturns = z.object({
  next: z.string().nullable(),
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

export const CompletenessQuery = z.object({
  period: PeriodId,
  lang: NameOrder,
  cursor: Cursor.optional(),
  limit: Limit(500).describe(`Organisations per page (default ${PAGE_SIZE})`),
});
export const CompletenessCsvQuery = z.object({ period: PeriodId, lang: LangCode.optional(), only: z.enum(['missing']).optional() });
/** One page of a quarter's organisations in name order, with the counts of the whole quarter; `next` is null on the last page. */
export const Completeness = z.object({
  period: z.object({ id: z.string(), dueAt: z.string(), locked: z.boolean() }),
  next: z.string().nullable(),
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

/** Quarters the completeness matrix shows when the caller does not say. */
export const MATRIX_QUARTERS = 6;
export const CompletenessMatrixQuery = z.object({
  period: PeriodId.describe('The last quarter shown'),
  quarters: z.coerce
    .number()
    .int()
    .min(1)
    .max(12)
    .optional()
    .describe(`Quarters shown, up to and including \`period\` (default ${MATRIX_QUARTERS})`),
  lang: NameOrder,
  cursor: Cursor.optional(),
  limit: Limit(500).describe(`Organisations per page (default ${PAGE_SIZE})`),
});
/** One page of organisations (name order), each with its status in each quarter; `next` is null on the last page. */
export const CompletenessMatrix = z.object({
  periods: z.array(z.string()).describe('The quarters shown, oldest first'),
  next: z.string().nullable(),
  orgs: z.array(
    z.object({
      org: z.object({ id: z.string(), name: BiText }),
      cells: z.array(z.object({ status: ReturnStatus, late: z.boolean() })).describe('One a quarter, in `periods` order'),
    }),
  ),
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
/** Rows per page of open data when the caller does not say (a page stays well under 200 kB). */
export const OPEN_DATA_PAGE = 400;
export const OpenDataQuery = z.object({
  lang: LangCode.optional(),
  period: PeriodId.optional().describe('One quarter only'),
  field: z.string().max(200).optional().describe('One measure only (a field of the dataset, e.g. referrals-received)'),
  cursor: Cursor.optional(),
  limit: Limit(500).describe(`Rows per page (default ${OPEN_DATA_PAGE})`),
});
export const ShorthandCode = z.enum(SHORTHAND_CODES);
/**
 * One page of the published table, in quarter, measure, then area order (Wales first), with
 * the revisions of its cells; `next` is null on the last page. `revision` is the publication
 * the page was read at (it changes with every publication, as does the ETag).
 */
export const OpenData = z.object({
  lang: LangCode,
  revision: z.number().int(),
  next: z.string().nullable(),
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
