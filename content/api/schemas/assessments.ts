// Request and response schemas of the practitioner's saved self-assessments, their
// supervisor links, and the national skills-needs picture.
import { z } from 'zod';
import type { Assessment } from '../../assessment/model.ts';
import { geography } from '../../index.ts';
import { SKILLS_SETTINGS } from '../../platform.ts';
import { IsoTime, PlainText } from './common.ts';

/** The size limit of an assessment body, in bytes. */
export const MAX_ASSESSMENT_BYTES = 256 * 1024;
export const MAX_SUPERVISOR_VIEW_BYTES = 64 * 1024;

/**
 * A saved assessment as the pages keep it. The rule is content/assessment/model.ts's
 * assessmentSchema, which the Worker applies against the assessment's own framework version;
 * this is its shape for the contract (zod classic, which the OpenAPI generator reads), and the
 * two types are checked to agree below.
 */
export const AssessmentData = z.object({
  id: z.string(),
  frameworkVersion: z.string(),
  startedAt: z.string(),
  updatedAt: z.string(),
  answers: z.record(
    z.string(),
    z.object({ held: z.number().int().optional(), needed: z.number().int().optional(), notes: z.string().optional() }),
  ),
  plan: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      competencyIds: z.array(z.string()),
      targetDate: z.string(),
      done: z.boolean().optional(),
    }),
  ),
});
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof AssessmentData>, Assessment> = true;
void sameShape;

export const AssessmentSummary = z.object({
  id: z.string(),
  frameworkVersion: z.string(),
  status: z.enum(['draft', 'complete']),
  rev: z.number().int(),
  answered: z.number().int(),
  total: z.number().int(),
  createdAt: IsoTime.nullable(),
  updatedAt: IsoTime.nullable(),
  completedAt: IsoTime.nullable(),
  contributed: z.boolean(),
});
export const ShareSummary = z.object({
  id: z.string(),
  supervisorName: z.string().nullable(),
  createdAt: IsoTime.nullable(),
  expiresAt: IsoTime.nullable(),
  revokedAt: IsoTime.nullable(),
  active: z.boolean(),
});
export const Ratings = z.record(z.string(), z.object({ level: z.number().int(), comment: z.string().optional() }));
export const SupervisorView = z.object({ ratings: Ratings, updatedAt: IsoTime.nullable() });

export const AssessmentList = z.object({ assessments: z.array(AssessmentSummary) });
export const SavedAssessment = AssessmentSummary.extend({ assessment: AssessmentData });
export const AssessmentDetail = SavedAssessment.extend({
  shares: z.array(ShareSummary),
  supervisorViews: z.array(SupervisorView.extend({ shareId: z.string(), supervisorName: z.string().nullable() })),
});
export const NewShare = z.object({ share: ShareSummary, token: z.string() });
export const OneShare = z.object({ share: ShareSummary });
export const AssessmentParams = z.object({ id: z.uuid() });
export const ShareParams = z.object({ id: z.uuid(), shareId: z.uuid() });

export const CreateAssessmentBody = z.strictObject({ assessment: z.unknown() });
export const SaveAssessmentBody = z.strictObject({ rev: z.int().min(1), assessment: z.unknown() });
export const CompleteBody = z.strictObject({
  contribute: z.boolean().default(false),
  healthBoard: z.enum(geography.healthBoards.map((h) => h.id) as [string, ...string[]]).optional(),
  setting: z.enum(SKILLS_SETTINGS).optional(),
});
export const NewShareBody = z.strictObject({
  expiresInDays: z.int().min(1).max(90),
  supervisorName: PlainText(120).optional(),
});

/** What the holder of a supervisor link sees. */
export const SharedAssessment = z.object({
  practitionerName: z.string().nullable(),
  supervisorName: z.string().nullable(),
  expiresAt: IsoTime.nullable(),
  frameworkVersion: z.string(),
  status: z.enum(['draft', 'complete']),
  completedAt: IsoTime.nullable(),
  updatedAt: IsoTime.nullable(),
  assessment: z.object({
    frameworkVersion: AssessmentData.shape.frameworkVersion,
    answers: AssessmentData.shape.answers,
    plan: AssessmentData.shape.plan,
    startedAt: AssessmentData.shape.startedAt,
    updatedAt: AssessmentData.shape.updatedAt,
  }),
  supervisorView: SupervisorView.nullable(),
});
/** The supervisor's own levels; the Worker checks ids and levels against the assessment's framework. */
export const SupervisorViewBody = z.strictObject({
  ratings: z.record(z.string(), z.strictObject({ level: z.int(), comment: PlainText(1000, 0).optional() })),
});
export const SavedSupervisorView = z.object({ supervisorView: SupervisorView });
export const ShareTokenParams = z.object({ token: z.string() });
/** The supervisor link's token, sent by the supervisor's page (never in the path). */
export const ShareTokenHeaders = z.object({ 'x-share-token': z.string().optional() });

// ------------------------------------------------------------------ the national skills picture
const hbIds = geography.healthBoards.map((h) => h.id);
export const SkillsQuery = z.strictObject({
  healthBoard: z.union([z.enum([...hbIds, 'none'] as unknown as [string, ...string[]]), z.literal('')]).optional(),
  setting: z.union([z.enum([...SKILLS_SETTINGS, 'none']), z.literal('')]).optional(),
  frameworkVersion: z.string().max(20).optional(),
  lang: z.enum(['cy', 'en']).optional(),
});
/** Counts at each level 0..top; null = withheld (1–4, or recoverable by subtraction). */
export const Distribution = z.object({ levels: z.array(z.number().int().nullable()), total: z.number().int().nullable() });
export const SkillsNeeds = z.object({
  frameworkVersion: z.string(),
  levels: z.array(z.number().int()),
  threshold: z.number().int(),
  healthBoard: z.string().nullable(),
  setting: z.string().nullable(),
  competencies: z.array(
    z.object({ competencyId: z.string(), wales: Distribution, healthBoard: Distribution.optional(), setting: Distribution.optional() }),
  ),
});
