// The zod schemas of the practitioner's saved records: an assessment made against one framework
// version (and the browser draft salvaged from one), and a supervisor's separate view. Apart
// from model.ts and compare.ts (pure, no validator), so pages that only show results never
// load one; the Worker and the pages that read a draft import these.
import * as z from 'zod/mini';
import { oncePer } from '../once-per.ts';
import { parseRecord } from './engine.ts';
import { ACTION_MAX, allCompetencies, type FrameworkCore, maxRank, NOTES_MAX, SUPERVISOR_COMMENT_MAX } from './model.ts';
import {
  answersField,
  instantField,
  linksField,
  oneOf,
  rankField,
  recordId,
  reviewRatingsSchema,
  targetDateField,
} from './record-fields.ts';

/** The zod schema of an assessment made against framework `f`. */
export const assessmentSchema = oncePer((f: FrameworkCore) => {
  const top = maxRank(f);
  const ids = new Set(allCompetencies(f).map((c) => c.id));
  const Answer = z.object({
    held: z.optional(rankField(top)),
    needed: z.optional(z.int().check(z.minimum(1), z.maximum(top))),
    notes: z.optional(z.string().check(z.maxLength(NOTES_MAX))),
  });
  const PlanItem = z.object({
    id: recordId(),
    /** May be blank while a draft is being edited; `validatePlan` reports it. */
    action: z.string().check(z.maxLength(ACTION_MAX)),
    ...linksField('competencyIds', ids),
    targetDate: targetDateField(),
    done: z.optional(z.boolean()),
  });
  return z.object({
    id: recordId(),
    frameworkVersion: oneOf([f.version]),
    startedAt: instantField(),
    updatedAt: instantField(),
    answers: answersField(ids, Answer),
    plan: z.array(PlanItem).check(z.maxLength(200)),
  });
});
export type Assessment = z.infer<ReturnType<typeof assessmentSchema>>;

/** Parse a stored draft for framework `f`; anything malformed gives null (the caller starts afresh). */
export function parseDraft(f: FrameworkCore, raw: string | null): Assessment | null {
  return parseRecord(assessmentSchema(f), raw, new Set(allCompetencies(f).map((c) => c.id)), 'competencyIds');
}

/** The supervisor's view: their own level for each competency (0 = "not yet"), with an optional comment. */
export const supervisorViewSchema = oncePer((f: FrameworkCore) => {
  return z.object({
    ratings: reviewRatingsSchema(new Set(allCompetencies(f).map((c) => c.id)), maxRank(f), SUPERVISOR_COMMENT_MAX),
  });
});
export type SupervisorRatings = z.infer<ReturnType<typeof supervisorViewSchema>>['ratings'];
