// Reads of the national views, each one query (or one batch): a page of the returns list,
// one quarter's completeness, totals by area, a series over every quarter, and pages of the
// export. Status comes stored with each return and totals come from the sums kept by
// migration 0007's triggers, so the cost of a one-quarter view does not grow with the number
// of quarters, and totals do not grow with the number of organisations either.
// Query plans (EXPLAIN QUERY PLAN on the bench's database, 400 organisations × 40 quarters)
// are written beside each query.
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { GROUP_BY } from '../../../content/api/schemas/national.ts';
import type { ReturnStatus, StoredStatus } from '../../../content/returns/status.ts';
import type { Lang } from '../../../content/schema.ts';
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

/** One organisation in a quarter's completeness, as `completenessGrid` gives it (a JSON array, in this order). */
export type CompletenessRow = [
  id: string,
  nameCy: string,
  nameEn: string,
  type: (typeof organisations.$inferSelect)['type'],
  healthBoard: string,
  localAuthority: string | null,
  region: string,
  status: StoredStatus['status'] | null,
  firstSubmittedAt: number | null,
  version: number | null,
  reference: string | null,
  submittedAt: number | null,
  contacts: [name: string | null, email: string, lang: Lang][],
];

/**
 * One quarter's completeness in one value: every active organisation (name order) with its
 * return's stored status, its latest version's summary and its members (address order), as a
 * JSON array of `CompletenessRow`s. One text value crosses from D1 to the Worker instead of a
 * row object per organisation and contact, which cost more than the query itself (about 15 ms
 * at 400 organisations, locally). Both joins name a covering index (migration 0011): the unique
 * (org_id, period_id) index and the primary key would each lead to the row, past the draft or
 * the values, a few kilobytes each.
 *   SCAN o USING INDEX organisations_active_name_idx
 *   SEARCH r USING COVERING INDEX returns_period_grid_idx (period_id=? AND org_id=?)
 *   SEARCH v USING COVERING INDEX return_versions_summary_idx (id=?)
 *   CORRELATED SCALAR SUBQUERY: SEARCH m USING INDEX memberships_org_idx (org_id=?); SEARCH u USING PRIMARY KEY (id=?)
 *   USE TEMP B-TREE FOR json_group_array(ORDER BY)  (a few hundred entries, already in order)
 * (node:sqlite on the bench's database at 400 × 40: 2.2 ms; the row-per-organisation grid read
 * through the tables took 6.1 ms)
 */
export function completenessGrid(db: Db, periodId: string) {
  const contacts = sql`json((SELECT json_group_array(json_array(${users.name}, ${users.email}, ${users.lang}) ORDER BY ${users.email})
    FROM ${memberships} JOIN ${users} ON ${users.id} = ${memberships.userId} WHERE ${memberships.orgId} = ${organisations.id}))`;
  const row = sql`json_array(${organisations.id}, ${organisations.nameCy}, ${organisations.nameEn}, ${organisations.type},
    ${organisations.healthBoard}, ${organisations.localAuthority}, ${organisations.region}, ${returns.status}, ${returns.firstSubmittedAt},
    ${returnVersions.version}, ${returnVersions.reference}, ${returnVersions.createdAt}, ${contacts})`;
  return db
    .select({ rows: sql<string>`json_group_array(${row} ORDER BY ${organisations.nameEn}, ${organisations.id})`.as('rows') })
    .from(organisations)
    .leftJoin(sql`${returns} INDEXED BY returns_period_grid_idx`, and(eq(returns.periodId, periodId), eq(returns.orgId, organisations.id)))
    .leftJoin(sql`${returnVersions} INDEXED BY return_versions_summary_idx`, eq(returnVersions.id, returns.latestVersionId))
    .where(isNull(organisations.archivedAt));
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

/** One area in one period of a series, as `fieldSeries` gives it: accepted returns, and the field's sum (null when none gave it). */
export type SeriesRow = [periodId: string, area: string, returns: number, value: number | null];

/**
 * One field over every period, by area, in one value: a JSON array of `SeriesRow`s in (period,
 * area) order, for the areas with accepted returns. One text value crosses from D1 instead of
 * two row sets of a few hundred rows each.
 *   CO-ROUTINE c: SCAN accepted_counts USING INDEX sqlite_autoindex_accepted_counts_1 (areas × quarters rows)
 *   MATERIALIZE s: SEARCH accepted_sums USING COVERING INDEX accepted_sums_series_idx (field=? AND active=?)
 *   SCAN c; SEARCH s USING AUTOMATIC COVERING INDEX (s_period=? AND s_area=?); USE TEMP B-TREE FOR json_group_array(ORDER BY)
 * (node:sqlite on the bench's database at 400 × 40: 1.9 ms; the sums alone took 4.2 ms when each
 * of their ~900 rows was read from the table, before migration 0011's covering index)
 */
export function fieldSeries(db: Db, field: string, by: By) {
  const c = db
    .select({
      periodId: sql<string>`${acceptedCounts.periodId}`.as('c_period'),
      area: areaOf(by, acceptedCounts).as('c_area'),
      returns: sql<number>`SUM(${acceptedCounts.returns})`.as('c_returns'),
    })
    .from(acceptedCounts)
    .where(eq(acceptedCounts.active, true))
    .groupBy(acceptedCounts.periodId, areaOf(by, acceptedCounts))
    .having(sql`SUM(${acceptedCounts.returns}) > 0`)
    .as('c');
  const s = db
    .select({
      periodId: sql<string>`${acceptedSums.periodId}`.as('s_period'),
      area: areaOf(by, acceptedSums).as('s_area'),
      value: sql<number>`SUM(${acceptedSums.value})`.as('s_value'),
    })
    .from(acceptedSums)
    .where(and(eq(acceptedSums.field, field), eq(acceptedSums.active, true)))
    .groupBy(acceptedSums.periodId, areaOf(by, acceptedSums))
    .having(sql`SUM(${acceptedSums.n}) > 0`)
    .as('s');
  return db
    .select({
      rows: sql<string>`json_group_array(json_array(${c.periodId}, ${c.area}, ${c.returns}, ${s.value}) ORDER BY ${c.periodId}, ${c.area})`.as(
        'rows',
      ),
    })
    .from(c)
    .leftJoin(s, and(eq(s.periodId, c.periodId), eq(s.area, c.area)));
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
