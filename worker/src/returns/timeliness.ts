// Reads of timeliness (content/returns/timeliness.ts says what on time, late and missing mean),
// each one query for the caller's batch, over the status and first submission time stored with
// each return (migration 0007): no request walks a return's history. The database never needs
// Wales's time zone: submissions are counted in three buckets after the due date's 00:00 UTC
// (before 23:00, the last hour, after), and the rule decides the last hour per due date.
// Query plans (EXPLAIN QUERY PLAN on the migrated schema, with migration 0009's index) beside each query.
import { and, asc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import { DAY_MS, LAST_HOUR_MS } from '../../../content/returns/timeliness.ts';
import { organisations, periods, returns } from '../../db/schema.ts';
import type { Db } from '../lib/actor.ts';

/**
 * Every period, oldest first (a few dozen rows).
 *   SCAN periods USING INDEX sqlite_autoindex_periods_1
 */
export function allPeriods(db: Db) {
  return db.select({ id: periods.id, dueAt: periods.dueAt, lockedAt: periods.lockedAt }).from(periods).orderBy(asc(periods.id));
}

/**
 * First submissions of active organisations by period and region, in the three time buckets.
 *   SCAN r USING COVERING INDEX returns_first_submitted_idx   (only returns ever submitted)
 *   SEARCH p USING INDEX sqlite_autoindex_periods_1 (id=?)
 *   SEARCH o USING INDEX sqlite_autoindex_organisations_1 (id=?)
 *   USE TEMP B-TREE FOR GROUP BY
 * One row per period and region whatever the number of organisations; the scan reads one
 * index entry per submitted return.
 */
export function submissionBuckets(db: Db) {
  const early = sql`${returns.firstSubmittedAt} < ${periods.dueAt} + ${LAST_HOUR_MS}`;
  const after = sql`${returns.firstSubmittedAt} >= ${periods.dueAt} + ${DAY_MS}`;
  return db
    .select({
      periodId: returns.periodId,
      region: organisations.region,
      early: sql<number>`SUM(${early})`,
      lastHour: sql<number>`SUM(NOT (${early}) AND NOT (${after}))`,
      after: sql<number>`SUM(${after})`,
    })
    .from(returns)
    .innerJoin(periods, eq(periods.id, returns.periodId))
    .innerJoin(organisations, and(eq(organisations.id, returns.orgId), isNull(organisations.archivedAt)))
    .where(sql`${returns.firstSubmittedAt} IS NOT NULL`)
    .groupBy(returns.periodId, organisations.region);
}

/**
 * How many active organisations each region has (the organisations expected to return).
 *   SCAN organisations USING INDEX organisations_active_name_idx; USE TEMP B-TREE FOR GROUP BY
 * (one index entry per active organisation, a few hundred)
 */
export function activeByRegion(db: Db) {
  return db
    .select({ region: organisations.region, n: sql<number>`COUNT(*)` })
    .from(organisations)
    .where(isNull(organisations.archivedAt))
    .groupBy(organisations.region);
}

/**
 * Active organisations with no return at all (no draft, no submission) for an open period due
 * between `from` and `to` (ms at 00:00 UTC of the calendar dates).
 *   SCAN p USING INDEX sqlite_autoindex_periods_1   (a few dozen; the due-date test leaves one or two)
 *   SCAN o USING INDEX organisations_active_name_idx   (for those periods only)
 *   SEARCH r USING INDEX returns_org_period_uq (org_id=? AND period_id=?) LEFT-JOIN
 */
export function notStartedDue(db: Db, from: number, to: number) {
  return db
    .select({
      periodId: sql<string>`${periods.id}`.as('period_id'),
      dueAt: periods.dueAt,
      org: {
        id: sql<string>`${organisations.id}`.as('org_id'),
        nameCy: organisations.nameCy,
        nameEn: organisations.nameEn,
        type: organisations.type,
        healthBoard: organisations.healthBoard,
        localAuthority: organisations.localAuthority,
        region: organisations.region,
      },
    })
    .from(periods)
    .crossJoin(organisations)
    .leftJoin(returns, and(eq(returns.orgId, organisations.id), eq(returns.periodId, periods.id)))
    .where(
      and(gte(periods.dueAt, from), lte(periods.dueAt, to), isNull(periods.lockedAt), isNull(organisations.archivedAt), isNull(returns.id)),
    )
    .orderBy(asc(periods.id), asc(organisations.nameEn), asc(organisations.id));
}
