// Completing a self-assessment, optionally adding its ratings to the national skills picture
// (issue 13): the ratings are counted once per assessment even when requests race. Every
// counted row, and the audit row saying so, is written only while the assessment's
// contributed_at is still empty, in the SAME batch that then sets it: D1 runs a batch as one
// transaction, so the second of two racing requests finds it set and counts nothing.
import { type SQL, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { periodOf } from '../../../content/stats/periods.ts';
import { assessments, skillsContributions } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { actorOf } from '../lib/actor.ts';
import { auditEntry } from '../lib/audit.ts';
import { auditIf } from './audit.ts';
import { type AssessmentRow, validDraft } from './service.ts';

export type CompleteOptions = { contribute: boolean; healthBoard?: string; setting?: string };

const KEY = [
  skillsContributions.quarter,
  skillsContributions.frameworkVersion,
  skillsContributions.competencyId,
  skillsContributions.held,
  skillsContributions.healthBoard,
  skillsContributions.setting,
];

/** The statements that complete `row` (and contribute once, if asked), for one db.batch. */
export function completeStatements(c: Context<AppEnv>, row: AssessmentRow, opts: CompleteOptions, now: number) {
  const db = c.get('db');
  const notYet: SQL = sql`EXISTS (SELECT 1 FROM ${assessments} WHERE ${assessments.id} = ${row.id} AND ${assessments.contributedAt} IS NULL)`;
  const audit = (contributed: boolean) => ({
    action: 'assessment.complete',
    entityType: 'assessment',
    entityId: row.id,
    before: { status: row.status, rev: row.rev },
    // whether ratings were added, never which health board or setting
    after: { status: 'complete', rev: row.rev + 1, contributed },
  });
  const v = <T>(x: T, name: string) => sql<T>`${x}`.as(name);
  const counts = [];
  if (opts.contribute) {
    const { assessment } = validDraft(JSON.parse(row.data));
    const quarter = periodOf(new Date(now));
    for (const [competencyId, a] of Object.entries(assessment.answers)) {
      if (a.held === undefined) continue;
      counts.push(
        db
          .insert(skillsContributions)
          .select(
            db
              .select({
                quarter: v(quarter, 'quarter'),
                frameworkVersion: v(row.frameworkVersion, 'framework_version'),
                competencyId: v(competencyId, 'competency_id'),
                held: v(a.held, 'held'),
                healthBoard: v(opts.healthBoard ?? '', 'health_board'),
                setting: v(opts.setting ?? '', 'setting'),
                count: v(1, 'count'),
              })
              .from(sql`(SELECT 1)`)
              .where(notYet),
          )
          .onConflictDoUpdate({ target: KEY, set: { count: sql`${skillsContributions.count} + 1` } }),
      );
    }
  }
  return [
    ...counts,
    ...(opts.contribute
      ? [auditIf(actorOf(c), audit(true), notYet), auditIf(actorOf(c), audit(false), sql`NOT ${notYet}`)]
      : [auditEntry(c, audit(false))]),
    db
      .update(assessments)
      .set({
        status: 'complete',
        completedAt: sql`COALESCE(${assessments.completedAt}, ${now})`,
        rev: sql`${assessments.rev} + 1`,
        updatedAt: now,
        ...(opts.contribute ? { contributedAt: sql`COALESCE(${assessments.contributedAt}, ${now})` } : {}),
      })
      .where(sql`${assessments.id} = ${row.id}`),
  ];
}
