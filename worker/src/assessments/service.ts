// Stored assessments: reading rows, the account export and the account deletion.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { BatchResponse } from 'drizzle-orm/batch';
import { progress } from '../../../content/assessment/model.ts';
import { readAssessment } from '../../../content/assessment/records.ts';
import { assessmentShares, assessments, rateLimits, supervisorViews } from '../../db/schema.ts';
import type { Db } from '../lib/actor.ts';
import { ApiError } from '../lib/http.ts';

export type AssessmentRow = typeof assessments.$inferSelect;
export type ShareRow = typeof assessmentShares.$inferSelect;

export const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The summary shown in the history list (no answers). */
export function summary(r: AssessmentRow) {
  return {
    id: r.id,
    frameworkVersion: r.frameworkVersion,
    status: r.status,
    rev: r.rev,
    answered: r.answered,
    total: r.total,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    completedAt: iso(r.completedAt),
    contributed: r.contributedAt !== null,
  };
}

export function shareSummary(s: ShareRow, now = Date.now()) {
  return {
    id: s.id,
    supervisorName: s.supervisorName,
    createdAt: iso(s.createdAt),
    expiresAt: iso(s.expiresAt),
    revokedAt: iso(s.revokedAt),
    active: s.revokedAt === null && s.expiresAt > now,
  };
}

/** Validate a draft against the model of ITS framework version; 400 with field messages if it does not fit. */
export function validDraft(value: unknown) {
  const r = readAssessment(value);
  if ('error' in r)
    throw new ApiError(400, 'validation', {}, [
      { field: 'assessment', key: 'error.assess.invalid', vars: { detail: r.error.slice(0, 200) } },
    ]);
  const p = progress(r.framework, r.assessment);
  return { ...r, answered: p.answered, total: p.total };
}

/** The assessment by id, for a batch: read it with `ownOrNotFound`. */
export const ownAssessmentQuery = (db: Db, id: string) => db.select().from(assessments).where(eq(assessments.id, id)).limit(1);

/** The caller's own assessment, or 404 (never 403: another person's ids are not confirmed to exist). */
export function ownOrNotFound([row]: AssessmentRow[], userId: string): AssessmentRow {
  if (!row || row.userId !== userId) throw new ApiError(404, 'not-found');
  return row;
}

export async function ownAssessment(db: Db, userId: string, id: string): Promise<AssessmentRow> {
  return ownOrNotFound(await ownAssessmentQuery(db, id), userId);
}

/** The id, if the assessment is the caller's (a subquery: rows read through it are the owner's only). */
export const ownIds = (db: Db, userId: string, id: string) =>
  db
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.userId, userId)));

/** Everything of the person in the self-assessment tables, for the account export: queries for one batch, read with `exportOf`. */
export function exportQueries(db: Db, userId: string) {
  const theirs = db.select({ id: assessments.id }).from(assessments).where(eq(assessments.userId, userId));
  return [
    db.select().from(assessments).where(eq(assessments.userId, userId)).orderBy(assessments.createdAt),
    db.select().from(assessmentShares).where(inArray(assessmentShares.assessmentId, theirs)),
    db.select().from(supervisorViews).where(inArray(supervisorViews.assessmentId, theirs)),
  ] as const;
}

export function exportOf([rows, shares, views]: BatchResponse<ReturnType<typeof exportQueries>>) {
  return {
    assessments: rows.map((r) => ({ ...summary(r), assessment: JSON.parse(r.data) })),
    shares: shares.map((s) => ({ assessmentId: s.assessmentId, ...shareSummary(s) })),
    supervisorViews: views.map((v) => ({
      shareId: v.shareId,
      assessmentId: v.assessmentId,
      ratings: JSON.parse(v.ratings),
      updatedAt: iso(v.updatedAt),
    })),
  };
}

/** The ids the account deletion needs (the person's assessments and their links), for its reads batch. */
export function assessmentIdsQueries(db: Db, userId: string) {
  return [
    db.select({ id: assessments.id }).from(assessments).where(eq(assessments.userId, userId)),
    db
      .select({ id: assessmentShares.id })
      .from(assessmentShares)
      .innerJoin(assessments, eq(assessments.id, assessmentShares.assessmentId))
      .where(eq(assessments.userId, userId)),
  ] as const;
}

/**
 * Statements that delete every self-assessment row of the person (run them in the account
 * deletion's batch). Consented skills contributions are counts with no link to anyone, so they stay.
 */
export function deleteAssessmentsStatements(db: Db, userId: string, assessmentIds: string[], shareIds: string[]) {
  const forget = (subjects: string[]) =>
    subjects.length ? [db.delete(rateLimits).where(or(...subjects.map((x) => sql`instr(${rateLimits.key}, ${`:${x}:`}) > 0`)))] : [];
  if (!assessmentIds.length) return [...forget([userId])];
  return [
    // rate-limit windows are keyed by user id and share id
    ...forget([userId, ...shareIds]),
    db.delete(supervisorViews).where(inArray(supervisorViews.assessmentId, assessmentIds)),
    db.delete(assessmentShares).where(inArray(assessmentShares.assessmentId, assessmentIds)),
    db.delete(assessments).where(eq(assessments.userId, userId)),
  ];
}
