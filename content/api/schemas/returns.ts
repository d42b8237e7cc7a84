// Request and response schemas of the quarterly core dataset returns API (organisations,
// the machine API and the national team). Shapes are described in worker/README.md.
import { z } from 'zod';
import { fieldsOf, valuesSchema } from '../../dataset/fields.ts';
import { currentDataset } from '../../index.ts';
import { oncePer } from '../../once-per.ts';
import { ORG_TYPES } from '../../platform.ts';
import { NOTE_KINDS, NOTE_MAX } from '../../returns/notes.ts';
import type { DatasetDefinition } from '../../schema.ts';
import { parsePeriodId } from '../../stats/periods.ts';
import { BiText, Millis, PlainText } from './common.ts';

export const RETURN_STATUSES = ['not-started', 'draft', 'submitted', 'returned', 'accepted'] as const;
export const ReturnStatus = z.enum(RETURN_STATUSES);
export const SOURCES = ['web', 'csv', 'api'] as const;
export const Source = z.enum(SOURCES);
/** Largest draft (JSON) or CSV file accepted, in bytes. */
export const MAX_DRAFT_BYTES = 256 * 1024;
export const MAX_CSV_BYTES = 256 * 1024;

export const PeriodId = z.string().refine((s) => parsePeriodId(s) !== null, { params: { i18n: 'error.field.format' } });
/** A reporting period in a path: any text, so an unknown or malformed id is a 404 period-not-found. */
export const PeriodParam = z.string().describe('Reporting period, e.g. 2025-26-q1 (April–June 2025).');
/** A calendar date, "YYYY-MM-DD". */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (s) => {
      const ms = Date.parse(`${s}T00:00:00Z`);
      return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
    },
    { params: { i18n: 'error.field.format' } },
  );

export const Period = z.object({
  id: z.string(),
  label: BiText,
  shortLabel: BiText,
  opensAt: z.string(),
  /** The whole of this day in Wales is in time. */
  dueAt: z.string(),
  locked: z.boolean(),
  lockedAt: Millis.nullable(),
});
export type Period = z.infer<typeof Period>;

export const OrgSummary = z.object({
  id: z.string(),
  name: BiText,
  type: z.enum(ORG_TYPES),
  healthBoard: z.string(),
  localAuthority: z.string().nullable(),
  region: z.string(),
});

export const Issue = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  field: z.string(),
  related: z.array(z.string()),
  message: BiText,
});
export const ReturnIssues = z.object({ errors: z.array(Issue), warnings: z.array(Issue) });
/** Stored values: numbers, or null for a blank. */
export const ReturnValues = z.record(z.string(), z.number().nullable());
export const Explanations = z.record(z.string(), z.string());

export const ReturnDraft = z.object({
  values: ReturnValues,
  explanations: Explanations,
  /** 0 when there is no draft yet. */
  rev: z.number().int(),
  updatedAt: Millis.nullable(),
  updatedBy: z.string().nullable(),
  source: Source.nullable(),
});

export const Review = z.object({
  decision: z.enum(['accepted', 'returned']),
  comment: z.string().nullable(),
  reviewedAt: Millis,
  reviewer: z.string().nullable(),
});
export const VersionSummary = z.object({
  version: z.number().int(),
  reference: z.string(),
  createdAt: Millis,
  via: Source,
  submittedBy: z.string().nullable(),
  declarationName: z.string(),
  amendmentReason: z.string().nullable(),
  datasetVersion: z.string(),
  review: Review.optional(),
});
export const VersionDetail = VersionSummary.extend({ values: ReturnValues, explanations: Explanations });

/** A comment or follow-up flag on one value (content/returns/notes.ts); notes are never changed once made. */
export const ValueNote = z.object({
  id: z.string(),
  field: z.string(),
  kind: z.enum(NOTE_KINDS),
  body: z.string(),
  /** The latest submitted version when it was made; null before the first submission. */
  version: z.number().int().nullable(),
  author: z.string().nullable().describe('Name or address; null once the author erased their account'),
  authorSide: z.enum(['organisation', 'national']),
  createdAt: Millis,
});
export const NoteBody = z.strictObject({
  field: z.string().max(200),
  body: PlainText(NOTE_MAX),
  /** Raise a follow-up flag on the value, or clear the open one, with this comment. */
  flag: z.enum(['raise', 'clear']).optional(),
});
export const NoteAdded = z.object({ note: ValueNote });

export const ReturnDetail = z.object({
  period: Period,
  status: ReturnStatus,
  late: z.boolean(),
  datasetVersion: z.string(),
  /** The draft differs from the latest submitted version (or a draft exists and nothing is submitted). */
  unsubmittedChanges: z.boolean(),
  latestVersion: z.number().int().nullable(),
  draft: ReturnDraft,
  /** Oldest first. */
  versions: z.array(VersionSummary),
  /** The last accepted return of an earlier quarter (for change warnings). */
  previous: z.object({ periodId: z.string(), values: ReturnValues }).nullable(),
  /** The organisation's accepted quarters before this one, newest first (up to 12: what the outlier rule reads). */
  history: z.array(z.object({ periodId: z.string(), values: ReturnValues })),
  issues: ReturnIssues,
  /** Comments and flags on the values, oldest first. */
  notes: z.array(ValueNote),
});

export const OrgReturns = z.object({
  org: OrgSummary,
  periods: z.array(
    z.object({
      period: Period,
      status: ReturnStatus,
      late: z.boolean(),
      latestVersion: z.number().int().optional(),
      reference: z.string().optional(),
      submittedAt: Millis.optional(),
      draftRev: z.number().int().optional(),
      unsubmittedChanges: z.boolean().optional(),
    }),
  ),
});

export const DraftSaved = z.object({ rev: z.number().int(), issues: ReturnIssues });
export const Validated = ReturnIssues.extend({ unexplained: z.array(z.string()) });
export const Submitted = z.object({ version: z.number().int(), reference: z.string(), status: z.literal('submitted') });
export const VersionDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.object({ field: z.string(), label: BiText, from: z.number().nullable(), to: z.number().nullable() })),
});
export const Reviewed = z.object({
  version: z.number().int(),
  reference: z.string(),
  decision: z.enum(['accepted', 'returned']),
  reviewedAt: Millis,
});

// ------------------------------------------------------------------ request bodies
/** Explanations of warnings, by field key. */
export const explanationsSchema = oncePer((def: DatasetDefinition) => {
  const cell = PlainText(2000, 0).optional();
  return z.strictObject(Object.fromEntries(fieldsOf(def).map((f) => [f.key, cell])) as Record<string, typeof cell>);
});
/** A draft for a return made against `def` (values may be numbers, numbers as text, or blank). */
export const draftSchema = oncePer((def: DatasetDefinition) => {
  return z.strictObject({
    rev: z.number().int().min(0).max(1_000_000_000),
    values: valuesSchema(def),
    explanations: explanationsSchema(def).optional(),
  });
});
export const validateSchema = oncePer((def: DatasetDefinition) => {
  return z.strictObject({ values: valuesSchema(def), explanations: explanationsSchema(def).optional() });
});
/** The contract's draft body: the current dataset definition (older returns are checked against their own in the Worker). */
export const DraftBody = draftSchema(currentDataset);
export const ValidateBody = validateSchema(currentDataset);

export const SubmitBody = z.strictObject({
  rev: z.number().int().min(0).max(1_000_000_000),
  declaration: z.strictObject({
    name: PlainText(200),
    confirmed: z.boolean().refine((v) => v === true, { params: { i18n: 'error.returns.field.declaration' } }),
  }),
  amendmentReason: PlainText(2000).optional(),
});
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;
/** Checked by the Worker, which answers 400 idempotency-key-required when it is missing or malformed. */
export const SubmitHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .optional()
    .describe('8–128 printable characters; a retry with the same key returns the same answer and makes no new version.'),
});

export const ReviewBody = z
  .strictObject({
    version: z.number().int().min(1).max(100_000),
    decision: z.enum(['accept', 'return']),
    comment: PlainText(4000).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.decision === 'return' && !b.comment)
      ctx.addIssue({ code: 'custom', path: ['comment'], params: { i18n: 'error.returns.field.comment-required' } });
  });

export const CreatePeriodBody = z
  .strictObject({ id: PeriodId, opensAt: IsoDay.optional(), dueAt: IsoDay.optional() })
  .superRefine((b, ctx) => {
    if (b.opensAt && b.dueAt && b.dueAt < b.opensAt)
      ctx.addIssue({ code: 'custom', path: ['dueAt'], params: { i18n: 'error.field.invalid' } });
  });

export const VersionNumber = z.coerce.number().int().min(1).max(100_000);
