// Reads of the national views, each one query (or one batch): a page of the returns list,
// one quarter's completeness, totals by area, a series over every quarter, and pages of the
// export. Status comes stored with each return and totals come from the sums kept by
// migration 0007's triggers, so the cost of a one-quarter view does not grow with the number
// of quarters, and totals do not grow with the number of organisations either.
// Query plans (EXPLAIN QUERY PLAN on the bench's database, 400 organisations × 40 quarters)
// are written beside each query.
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { GROUP_BY } from '../../../content/api/schemas/national.ts';
import type { ReturnStatus } from '../../../content/returns/status.ts';
import { acceptedCounts, acceptedSums, memberships, organisations, periods, returns, returnVersions, users } from '../../db/schema.ts';
import type { Db } from '../lib/actor.ts';

export type By = (typeof GROUP_BY)[number];

/** Every active organisation × period in a stable order: (period, English name, id). */
const rowKey = sql`(${periods.id}, ${organisations.nameEn}, ${organisations.id})`;
// Every selected column needs its own name: drizzle's D1 batch maps a row by its column names,
// so two columns called `id` (or `created_at`) would come back as one.
const orgColumns = {
  id: sql<string>`${organisations.id}`.as('org_id'),
  nameCy: organisations.nameCy,
  nameEn: organisations.nameEn,
  type: organisations.type,
  healthBoard: organisations.healthBoard,
  localAuthority: organisations.localAuthority,
  region: organisations.region,
};
const gridColumns = {
  period: { id: sql<string>`${periods.id}`.as('period_id'), dueAt: periods.dueAt },
  org: orgColumns,
  status: returns.status,
  firstSubmittedAt: returns.firstSubmittedAt,
  version: returnVersions.version,
  reference: returnVersions.reference,
  submittedAt: returnVersions.createdAt,
  via: returnVersions.via,
};

/**
 * One page of the returns list: every active organisation × period (or one period), in the
 * order (period, name, id), optionally of one status, after the cursor's key.
 *   SCAN p (periods in id order; or SEARCH p USING PRIMARY KEY (id=?) for one period)
 *   SEARCH o USING INDEX organisations_active_name_idx      (name order within a period: no sort)
 *   SEARCH r USING INDEX returns_org_period_uq (org_id=? AND period_id=?)
 *   SEARCH v USING INDEX sqlite_autoindex_return_versions_1 (id=?)
 * Rows are read only until the page is full: a page costs the same at any depth.
 */
export function returnsPage(db: Db, q: { period?: string; status?: ReturnStatus; after?: [string, string, string]; limit: number }) {
  const where: (SQL | undefined)[] = [isNull(organisations.archivedAt)];
  if (q.period) where.push(eq(periods.id, q.period));
  if (q.status === 'not-started') where.push(isNull(returns.id));
  else if (q.status) where.push(eq(returns.status, q.status));
  if (q.after) where.push(sql`${rowKey} > (${q.after[0]}, ${q.after[1]}, ${q.after[2]})`);
  return db
    .select(gridColumns)
    .from(periods)
    .crossJoin(organisations)
    .leftJoin(returns, and(eq(returns.orgId, organisations.id), eq(returns.periodId, periods.id)))
    .leftJoin(returnVersions, eq(returnVersions.id, returns.latestVersionId))
    .where(and(...where))
    .orderBy(asc(periods.id), asc(organisations.nameEn), asc(organisations.id))
    .limit(q.limit + 1);
}

/**
 * One quarter's grid: every active organisation with its return's stored status and latest version.
 *   SEARCH o USING INDEX organisations_active_name_idx
 *   SEARCH r USING INDEX returns_org_period_uq (org_id=? AND period_id=?)
 *   SEARCH v USING INDEX sqlite_autoindex_return_versions_1 (id=?)
 */
export function quarterGrid(db: Db, periodId: string) {
  return db
    .select(gridColumns)
    .from(periods)
    .crossJoin(organisations)
    .leftJoin(returns, and(eq(returns.orgId, organisations.id), eq(returns.periodId, periods.id)))
    .leftJoin(returnVersions, eq(returnVersions.id, returns.latestVersionId))
    .where(and(eq(periods.id, periodId), isNull(organisations.archivedAt)))
    .orderBy(asc(organisations.nameEn), asc(organisations.id));
}

/**
 * The submitters of every active organisation (completeness contacts), by address.
 *   SCAN m USING COVERING INDEX memberships_org_idx; SEARCH o, u USING PRIMARY KEY; USE TEMP B-TREE FOR ORDER BY
 */
export function activeContacts(db: Db) {
  return db
    .select({ orgId: memberships.orgId, name: users.name, email: users.email, lang: users.lang })
    .from(memberships)
    .innerJoin(organisations, and(eq(organisations.id, memberships.orgId), isNull(organisations.archivedAt)))
    .innerJoin(users, eq(users.id, memberships.userId))
    .orderBy(asc(users.email));
}

/** The area column of a grouping; organisations without a local authority are 'unknown'. */
function areaOf(by: By, t: typeof acceptedSums | typeof acceptedCounts) {
  if (by === 'health-board') return sql<string>`${t.healthBoard}`;
  if (by === 'region') return sql<string>`${t.region}`;
  return sql<string>`CASE ${t.localAuthority} WHEN '' THEN 'unknown' ELSE ${t.localAuthority} END`;
}

/**
 * Sums of some fields over the accepted returns of active organisations in one period, by area.
 *   SEARCH accepted_sums USING PRIMARY KEY (period_id=?); USE TEMP B-TREE FOR GROUP BY
 * (a few hundred rows: areas × fields, whatever the number of organisations)
 */
export function periodSums(db: Db, periodId: string, by: By, fields: readonly string[]) {
  const area = areaOf(by, acceptedSums);
  return db
    .select({ area, field: acceptedSums.field, value: sql<number>`SUM(${acceptedSums.value})` })
    .from(acceptedSums)
    .where(
      and(
        eq(acceptedSums.periodId, periodId),
        eq(acceptedSums.active, true),
        sql`${acceptedSums.field} IN (SELECT value FROM json_each(${JSON.stringify(fields)}))`,
      ),
    )
    .groupBy(area, acceptedSums.field)
    .having(sql`SUM(${acceptedSums.n}) > 0`);
}

/**
 * How many accepted returns of active organisations each area has (one period, or all).
 *   SEARCH accepted_counts USING PRIMARY KEY (period_id=?)  |  SCAN accepted_counts (areas × quarters rows)
 */
export function acceptedReturns(db: Db, by: By, periodId?: string) {
  const area = areaOf(by, acceptedCounts);
  return db
    .select({ periodId: acceptedCounts.periodId, area, returns: sql<number>`SUM(${acceptedCounts.returns})` })
    .from(acceptedCounts)
    .where(and(eq(acceptedCounts.active, true), periodId ? eq(acceptedCounts.periodId, periodId) : undefined))
    .groupBy(acceptedCounts.periodId, area)
    .having(sql`SUM(${acceptedCounts.returns}) > 0`);
}

/**
 * One field over every period, by area.
 *   SEARCH accepted_sums USING INDEX accepted_sums_field_idx (field=? AND active=?); USE TEMP B-TREE FOR GROUP BY
 */
export function fieldSeries(db: Db, field: string, by: By) {
  const area = areaOf(by, acceptedSums);
  return db
    .select({ periodId: acceptedSums.periodId, area, value: sql<number>`SUM(${acceptedSums.value})` })
    .from(acceptedSums)
    .where(and(eq(acceptedSums.field, field), eq(acceptedSums.active, true)))
    .groupBy(acceptedSums.periodId, area)
    .having(sql`SUM(${acceptedSums.n}) > 0`);
}

/**
 * A page of the export: submitted returns of active organisations (one period or all) with the
 * values of their latest version, in the returns list's order, after the cursor's key.
 *   SCAN p | SEARCH p USING PRIMARY KEY (id=?)
 *   SEARCH o USING INDEX organisations_active_name_idx
 *   SEARCH r USING INDEX returns_org_period_uq (org_id=? AND period_id=?)
 *   SEARCH v USING INDEX sqlite_autoindex_return_versions_1 (id=?)
 */
export function exportPage(db: Db, q: { period?: string; after?: [string, string, string]; limit: number }) {
  const where: (SQL | undefined)[] = [isNull(organisations.archivedAt)];
  if (q.period) where.push(eq(periods.id, q.period));
  if (q.after) where.push(sql`${rowKey} > (${q.after[0]}, ${q.after[1]}, ${q.after[2]})`);
  return db
    .select({
      periodId: sql<string>`${periods.id}`.as('period_id'),
      org: {
        id: orgColumns.id,
        nameCy: organisations.nameCy,
        nameEn: organisations.nameEn,
        healthBoard: organisations.healthBoard,
        region: organisations.region,
      },
      status: returns.status,
      version: returnVersions.version,
      reference: returnVersions.reference,
      values: returnVersions.values,
    })
    .from(periods)
    .crossJoin(organisations)
    .innerJoin(returns, and(eq(returns.orgId, organisations.id), eq(returns.periodId, periods.id)))
    .innerJoin(returnVersions, eq(returnVersions.id, returns.latestVersionId))
    .where(and(...where))
    .orderBy(asc(periods.id), asc(organisations.nameEn), asc(organisations.id))
    .limit(q.limit);
}
