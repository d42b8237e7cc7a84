// Reads of the returns tables: a period, an organisation, one return with its versions and
// reviews, every return of some periods or of one organisation, and the people involved.
import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { ReturnState } from '../../../content/returns/status.ts';
import { latestAccepted } from '../../../content/returns/status.ts';
import { parsePeriodId } from '../../../content/stats/periods.ts';
import {
  apiKeys,
  memberships,
  organisations,
  periods,
  type ReturnValues,
  returnReviews,
  returns,
  returnVersions,
  users,
} from '../../db/schema.ts';
import type { Db } from '../lib/actor.ts';
import { ApiError } from '../lib/http.ts';

export type { Db };
export type PeriodRow = typeof periods.$inferSelect;
export type ReturnRow = typeof returns.$inferSelect;
export type VersionRow = typeof returnVersions.$inferSelect;
export type ReviewRow = typeof returnReviews.$inferSelect;
export type OrgRow = typeof organisations.$inferSelect;

/** A return with its versions (oldest first) and their reviews. */
export interface Loaded extends ReturnState<VersionRow> {
  ret: ReturnRow | null;
  reviews: Map<string, ReviewRow>;
}
export const noReturn = (): Loaded => ({ ret: null, versions: [], reviews: new Map() });

export async function getPeriod(db: Db, id: string): Promise<PeriodRow> {
  if (!parsePeriodId(id)) throw new ApiError(404, 'period-not-found');
  const [p] = await db.select().from(periods).where(eq(periods.id, id)).limit(1);
  if (!p) throw new ApiError(404, 'period-not-found');
  return p;
}

export async function getOrg(db: Db, orgId: string): Promise<OrgRow> {
  const [o] = await db.select().from(organisations).where(eq(organisations.id, orgId)).limit(1);
  if (!o) throw new ApiError(404, 'not-found');
  return o;
}

/** Organisations still in use (not archived). */
export async function activeOrgs(db: Db) {
  return db.select().from(organisations).where(isNull(organisations.archivedAt)).orderBy(asc(organisations.nameEn));
}

export async function loadReturn(db: Db, orgId: string, periodId: string): Promise<Loaded> {
  const [ret] = await db
    .select()
    .from(returns)
    .where(and(eq(returns.orgId, orgId), eq(returns.periodId, periodId)))
    .limit(1);
  if (!ret) return noReturn();
  const versions = await db.select().from(returnVersions).where(eq(returnVersions.returnId, ret.id)).orderBy(asc(returnVersions.version));
  const reviews = new Map<string, ReviewRow>();
  if (versions.length) {
    const rows = await db
      .select()
      .from(returnReviews)
      .where(
        inArray(
          returnReviews.versionId,
          versions.map((v) => v.id),
        ),
      );
    for (const r of rows) reviews.set(r.versionId, r);
  }
  return { ret, versions, reviews };
}

/** The versions (oldest first) and reviews of the returns matching `where` (a condition on `returns`). */
async function versionsAndReviews(db: Db, where: SQL | undefined): Promise<{ versions: VersionRow[]; reviews: ReviewRow[] }> {
  const vs = await db
    .select({ v: returnVersions })
    .from(returnVersions)
    .innerJoin(returns, eq(returns.id, returnVersions.returnId))
    .where(where)
    .orderBy(asc(returnVersions.version));
  const rvs = await db
    .select({ r: returnReviews })
    .from(returnReviews)
    .innerJoin(returnVersions, eq(returnVersions.id, returnReviews.versionId))
    .innerJoin(returns, eq(returns.id, returnVersions.returnId))
    .where(where);
  return { versions: vs.map((x) => x.v), reviews: rvs.map((x) => x.r) };
}

/** Loads every return of some periods (or all), with versions and reviews, keyed by org + period. */
export async function loadAll(db: Db, periodIds?: string[]): Promise<Map<string, Loaded>> {
  let rets: ReturnRow[] = [];
  if (!periodIds) rets = await db.select().from(returns);
  // D1 binds at most 100 parameters per statement.
  else
    for (let i = 0; i < periodIds.length; i += 90)
      rets.push(
        ...(await db
          .select()
          .from(returns)
          .where(inArray(returns.periodId, periodIds.slice(i, i + 90)))),
      );
  const out = new Map<string, Loaded>();
  if (!rets.length) return out;
  const byId = new Map(rets.map((r) => [r.id, r]));
  // Only the versions and reviews of the returns asked for: at national scale the whole history
  // is tens of thousands of versions, and one quarter's view must not read all of it.
  let versions: VersionRow[] = [];
  let reviews: ReviewRow[] = [];
  if (!periodIds) {
    versions = await db.select().from(returnVersions).orderBy(asc(returnVersions.version));
    reviews = await db.select().from(returnReviews);
  } else {
    for (let i = 0; i < periodIds.length; i += 90) {
      const part = await versionsAndReviews(db, inArray(returns.periodId, periodIds.slice(i, i + 90)));
      versions.push(...part.versions);
      reviews.push(...part.reviews);
    }
    versions.sort((a, b) => a.version - b.version);
  }
  const reviewByVersion = new Map(reviews.map((r) => [r.versionId, r]));
  for (const r of rets) out.set(`${r.orgId}|${r.periodId}`, { ret: r, versions: [], reviews: new Map() });
  for (const v of versions) {
    const r = byId.get(v.returnId);
    if (!r) continue;
    const l = out.get(`${r.orgId}|${r.periodId}`)!;
    l.versions.push(v);
    const rv = reviewByVersion.get(v.id);
    if (rv) l.reviews.set(v.id, rv);
  }
  return out;
}

/** Every return of one organisation (all periods) in three queries, keyed by period. */
export async function loadOrg(db: Db, orgId: string): Promise<Map<string, Loaded>> {
  const rets = await db.select().from(returns).where(eq(returns.orgId, orgId));
  const { versions: vs, reviews: rvs } = await versionsAndReviews(db, eq(returns.orgId, orgId));
  const byId = new Map<string, Loaded>();
  const out = new Map<string, Loaded>();
  for (const r of rets) {
    const l: Loaded = { ret: r, versions: [], reviews: new Map() };
    byId.set(r.id, l);
    out.set(r.periodId, l);
  }
  for (const v of vs) byId.get(v.returnId)?.versions.push(v);
  const versionReturn = new Map(vs.map((v) => [v.id, v.returnId]));
  for (const r of rvs) byId.get(versionReturn.get(r.versionId) ?? '')?.reviews.set(r.versionId, r);
  return out;
}

/** Values of the last accepted return of an earlier quarter, for change-vs-previous warnings. */
export async function previousAccepted(
  db: Db,
  orgId: string,
  periodId: string,
): Promise<{ periodId: string; values: ReturnValues } | null> {
  const loaded = await loadOrg(db, orgId);
  const earlier = [...loaded.keys()]
    .filter((p) => p < periodId)
    .sort()
    .reverse();
  for (const p of earlier) {
    const v = latestAccepted(loaded.get(p)!);
    if (v) return { periodId: p, values: v.values };
  }
  return null;
}

/** Submitters of an organisation (members), each with their language. */
export async function submittersOf(db: Db, orgId: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, lang: users.lang })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.email));
}

/** The submitters of every organisation, by organisation id (one query for a whole national view). */
export async function submittersByOrg(db: Db) {
  const rows = await db
    .select({ orgId: memberships.orgId, id: users.id, email: users.email, name: users.name, lang: users.lang })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .orderBy(asc(users.email));
  const out = new Map<string, typeof rows>();
  for (const r of rows) out.set(r.orgId, [...(out.get(r.orgId) ?? []), r]);
  return out;
}

/** Display names (name, else email) of some users. */
export async function names(db: Db, userIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter(Boolean))];
  if (!ids.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((u) => [u.id, u.name ?? u.email]));
}
/** Prefixes of some API keys. */
export async function keyPrefixes(db: Db, ids: string[]): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter(Boolean))];
  if (!list.length) return new Map();
  const rows = await db.select({ id: apiKeys.id, prefix: apiKeys.prefix }).from(apiKeys).where(inArray(apiKeys.id, list));
  return new Map(rows.map((k) => [k.id, k.prefix]));
}
/** The display name of a stored actor reference ("user:<id>" or "api-key:<id>"). */
export async function actorName(db: Db, actor: string | null): Promise<string | null> {
  if (!actor) return null;
  const [kind, id] = [actor.slice(0, actor.indexOf(':')), actor.slice(actor.indexOf(':') + 1)];
  if (kind === 'api-key') return `API (${(await keyPrefixes(db, [id])).get(id) ?? id})`;
  return (await names(db, [id])).get(id) ?? null;
}
