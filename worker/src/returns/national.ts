// Reads of the national views, each one query (or one batch): a page of the returns list,
// a quarter's completeness (its counts, a page of organisations, a page of the matrix of
// organisations × quarters), totals by area, a series over every quarter, and pages of the
// export. Status comes stored with each return and totals come from the sums kept by
// migration 0007's triggers, so the cost of a one-quarter view does not grow with the number
// of quarters, and totals do not grow with the number of organisations either.
// Query plans (EXPLAIN QUERY PLAN on the bench's database, 400 organisations × 40 quarters)
// are written beside each query.
import { and, asc, desc, eq, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { GROUP_BY } from '../../../content/api/schemas/national.ts';
import type { ReturnStatus, StoredStatus } from '../../../content/returns/status.ts';
import type { Lang } from '../../../content/schema.ts';
import { acceptedCounts, acceptedSums, memberships, organisations, periods, returns, returnVersions, users } from '../../db/schema.ts';
import type { Db } from '../lib/actor.ts';
import { literal } from '../lib/drizzle.ts';

export type By = (typeof GROUP_BY)[number];

/** Every active organisation × period in a stable order for the export: (period, English name, id). */
const rowKey = sql`(${periods.id}, ${organisations.nameEn}, ${organisations.id})`;
/**
 * Active organisations in the order of their names in `lang` (then id), each order read from its
 * own index (organisations_active_name_idx, organisations_active_name_cy_idx): SQLite's binary
 * order of the names, which is the alphabet's but for case and the Welsh digraphs.
 */
const nameOrder = (lang: Lang) => {
  const name = lang === 'cy' ? organisations.nameCy : organisations.nameEn;
  return {
    name,
    by: [asc(name), asc(organisations.id)] as const,
    /** After a cursor's (name, id). */
    after: ([n, id]: [string, string]) => sql`(${name}, ${organisations.id}) > (${n}, ${id})`,
  };
};
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
 * order (period, name in `lang`, id), optionally of one status, after the cursor's key.
 *   SCAN p (periods in id order; or SEARCH p USING PRIMARY KEY (id=?) for one period)
 *   SEARCH o USING INDEX organisations_active_name_idx      (name order within a period: no sort;
 *     organisations_active_name_cy_idx in Welsh)
 *   SEARCH r USING INDEX returns_org_period_uq (org_id=? AND period_id=?)
 *   SEARCH v USING INDEX sqlite_autoindex_return_versions_1 (id=?)
 * Rows are read only until the page is full: a page costs the same at any depth.
 */
export function returnsPage(
  db: Db,
  q: { lang: Lang; period?: string; status?: ReturnStatus; after?: [string, string, string]; limit: number },
) {
  const order = nameOrder(q.lang);
  const where: (SQL | undefined)[] = [isNull(organisations.archivedAt)];
  if (q.period) where.push(eq(periods.id, q.period));
  if (q.status === 'not-started') where.push(isNull(returns.id));
  else if (q.status) where.push(eq(returns.status, q.status));
  if (q.after) where.push(sql`(${periods.id}, ${order.name}, ${organisations.id}) > (${q.after[0]}, ${q.after[1]}, ${q.after[2]})`);
  return db
    .select(gridColumns)
    .from(periods)
    .crossJoin(organisations)
    .leftJoin(returns, and(eq(returns.orgId, organisations.id), eq(returns.periodId, periods.id)))
    .leftJoin(returnVersions, eq(returnVersions.id, returns.latestVersionId))
    .where(and(...where))
    .orderBy(asc(periods.id), ...order.by)
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

/** One organisation in a quarter's completeness, as `completenessPage` gives it (a JSON array, in this order). */
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

/** `returns` of one quarter by organisation, through the index that holds status and latest version (migration 0011). */
const gridReturns = sql`${returns} INDEXED BY returns_period_grid_idx`;

/**
 * One page of a quarter's completeness in one value: active organisations in name order after
 * the cursor's key (at most `limit`), each with its return's stored status, its latest
 * version's summary and its members (address order), as a JSON array of `CompletenessRow`s.
 * One text value crosses from D1 to the Worker instead of a row object per organisation and
 * contact, which cost more than the query itself. Both joins name a covering index (migration
 * 0011): the unique (org_id, period_id) index and the primary key would each lead to the row,
 * past the draft or the values, a few kilobytes each. `missing` keeps those not submitted.
 *   CO-ROUTINE g: SEARCH organisations USING INDEX organisations_active_name_idx ((name_en,id)>(?,?))
 *       (organisations_active_name_cy_idx in Welsh; SCAN … from the start of a `missing` list)
 *     SEARCH returns USING COVERING INDEX returns_period_grid_idx (period_id=? AND org_id=?)
 *     SEARCH return_versions USING COVERING INDEX return_versions_summary_idx (id=?)
 *     CORRELATED SCALAR SUBQUERY: SEARCH memberships USING INDEX memberships_org_idx (org_id=?);
 *       SEARCH users USING INDEX sqlite_autoindex_users_1 (id=?)
 *   SCAN g; USE TEMP B-TREE FOR json_group_array(ORDER BY)  (a page, already in order)
 * Rows are read only until the page is full: a page costs the same at any depth.
 */
export function completenessPage(db: Db, periodId: string, q: { lang: Lang; after?: [string, string]; limit: number; missing?: boolean }) {
  const order = nameOrder(q.lang);
  const contacts = sql`json((SELECT json_group_array(json_array(${users.name}, ${users.email}, ${users.lang}) ORDER BY ${users.email})
    FROM ${memberships} JOIN ${users} ON ${users.id} = ${memberships.userId} WHERE ${memberships.orgId} = ${organisations.id}))`;
  const row = sql<string>`json_array(${organisations.id}, ${organisations.nameCy}, ${organisations.nameEn}, ${organisations.type},
    ${organisations.healthBoard}, ${organisations.localAuthority}, ${organisations.region}, ${returns.status}, ${returns.firstSubmittedAt},
    ${returnVersions.version}, ${returnVersions.reference}, ${returnVersions.createdAt}, ${contacts})`;
  const where: (SQL | undefined)[] = [isNull(organisations.archivedAt)];
  if (q.after) where.push(order.after(q.after));
  if (q.missing) where.push(sql`(${returns.status} IS NULL OR ${returns.status} = ${literal('draft')})`);
  const g = db
    .select({ row: row.as('row'), name: sql<string>`${order.name}`.as('g_name'), id: sql<string>`${organisations.id}`.as('g_id') })
    .from(organisations)
    .leftJoin(gridReturns, and(eq(returns.periodId, periodId), eq(returns.orgId, organisations.id)))
    .leftJoin(sql`${returnVersions} INDEXED BY return_versions_summary_idx`, eq(returnVersions.id, returns.latestVersionId))
    .where(and(...where))
    .orderBy(...order.by)
    .limit(q.limit)
    .as('g');
  return db.select({ rows: sql<string>`json_group_array(json(${g.row}) ORDER BY ${g.name}, ${g.id})`.as('rows') }).from(g);
}

const HOUR = 3_600_000;

/**
 * How many active organisations' returns of one quarter are in each stored status, by the hour
 * of the first submission: whether a return is late is then one comparison per group, and the
 * rule stays in content/returns/status.ts (the first moment past a due date is always on the
 * hour: midnight in Wales). A few dozen rows, whatever the number of organisations.
 *   SCAN organisations USING INDEX organisations_active_name_cy_idx  (either name index: each holds the active ones)
 *   SEARCH returns USING COVERING INDEX returns_period_grid_idx (period_id=? AND org_id=?)
 *   USE TEMP B-TREE FOR GROUP BY
 */
export function completenessCounts(db: Db, periodId: string) {
  return db
    .select({
      status: sql<StoredStatus['status'] | null>`${returns.status}`.as('status'),
      firstSubmittedAt: sql<number | null>`MIN(${returns.firstSubmittedAt})`.as('first'),
      n: sql<number>`COUNT(*)`.as('n'),
    })
    .from(organisations)
    .leftJoin(gridReturns, and(eq(returns.periodId, periodId), eq(returns.orgId, organisations.id)))
    .where(isNull(organisations.archivedAt))
    .groupBy(returns.status, sql`${returns.firstSubmittedAt} / ${sql.raw(String(HOUR))}`);
}
/**
 * The quarters up to and including one (at most `quarters`, newest first), with their due dates.
 *   SEARCH periods USING INDEX sqlite_autoindex_periods_1 (id<?)
 */
export function quartersUpTo(db: Db, periodId: string, quarters: number) {
  return db
    .select({ id: periods.id, dueAt: periods.dueAt })
    .from(periods)
    .where(lte(periods.id, periodId))
    .orderBy(desc(periods.id))
    .limit(quarters);
}

/** One organisation's cell in one quarter of the matrix, as `completenessMatrix` gives it. */
export type MatrixCell = [
  orgId: string,
  nameCy: string,
  nameEn: string,
  periodId: string,
  status: StoredStatus['status'] | null,
  firstSubmittedAt: number | null,
];

/**
 * A page of the organisation × quarter matrix in one value: active organisations in name order
 * after the cursor's key (at most `limit`), each crossed with the quarters of `quartersUpTo`,
 * with the stored status of its return in each, as a JSON array of `MatrixCell`s.
 *   CO-ROUTINE o: SEARCH organisations USING INDEX organisations_active_name_idx ((name_en,id)>(?,?))
 *     (organisations_active_name_cy_idx in Welsh)
 *   MATERIALIZE p: SEARCH periods USING INDEX sqlite_autoindex_periods_1 (id<?)
 *   SCAN o; SCAN p; SEARCH returns USING COVERING INDEX returns_period_grid_idx (period_id=? AND org_id=?)
 *   USE TEMP B-TREE FOR json_group_array(ORDER BY)  (a page × quarters cells)
 */
export function completenessMatrix(db: Db, periodId: string, q: { lang: Lang; quarters: number; after?: [string, string]; limit: number }) {
  const order = nameOrder(q.lang);
  const o = db
    .select({
      id: sql<string>`${organisations.id}`.as('o_id'),
      nameCy: sql<string>`${organisations.nameCy}`.as('o_name_cy'),
      nameEn: sql<string>`${organisations.nameEn}`.as('o_name_en'),
      name: sql<string>`${order.name}`.as('o_name'),
    })
    .from(organisations)
    .where(and(isNull(organisations.archivedAt), q.after ? order.after(q.after) : undefined))
    .orderBy(...order.by)
    .limit(q.limit)
    .as('o');
  const p = quartersUpTo(db, periodId, q.quarters).as('p');
  const cell = sql`json_array(${o.id}, ${o.nameCy}, ${o.nameEn}, ${p.id}, ${returns.status}, ${returns.firstSubmittedAt})`;
  return db
    .select({ rows: sql<string>`json_group_array(${cell} ORDER BY ${o.name}, ${o.id}, ${p.id})`.as('rows') })
    .from(o)
    .crossJoin(p)
    .leftJoin(gridReturns, and(eq(returns.periodId, p.id), eq(returns.orgId, o.id)));
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
