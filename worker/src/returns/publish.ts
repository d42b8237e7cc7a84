// Publishing open data. A period's open data is published, never computed for a reader: when it
// is locked or unlocked, and when a review accepts a version (which changes its figures), the
// same batch as that change stores the suppressed table (content/stats/published.ts) as a new
// publication (the revision history, append-only) and replaces the period's current cells,
// which the public API pages through (routes/opendata.ts).
//
// A publication records the period's data_rev it was built from, and is written only if that
// is still the period's data_rev when the batch runs (triggers move it on with every change of
// the figures): a publication built from figures that changed meanwhile is not written, and the
// writer publishes again from fresh figures. The daily cron publishes any period whose figures
// changed without a publication (an organisation moved or was archived; data loaded in bulk).
import { and, eq, sql } from 'drizzle-orm';
import type { BatchResponse } from 'drizzle-orm/batch';
import { type Basis, type PublishedTable, publishedTable, withAccepted } from '../../../content/stats/published.ts';
import {
  acceptedSums,
  openDataCells,
  openDataPublications,
  openDataReleases,
  openDataRevisions,
  organisations,
  periods,
  returns,
  returnVersions,
} from '../../db/schema.ts';
import type { Bindings } from '../env.ts';
import type { Db } from '../lib/actor.ts';
import { drizzleOver } from '../lib/drizzle.ts';
import { changedNothing } from '../lib/rows.ts';
import { forgetPublishedRevision } from './published-revision.ts';

type Reason = 'lock' | 'unlock' | 'review' | 'refresh';
export interface Publication {
  key: string;
  periodId: string;
  reason: Reason;
  publishedAt: number;
  /** The period's data_rev this table was built from (the batch's own change included). */
  dataRev: number;
  table: PublishedTable;
}

/**
 * The reads a publication of `periodId` is built from, for the caller's batch: the period, its
 * first publication, the sums by region (a few hundred rows of accepted_sums, whatever the
 * number of organisations), and the accepted returns that revised an earlier acceptance.
 *   SEARCH accepted_sums USING PRIMARY KEY (period_id=?)
 *   SEARCH returns USING INDEX returns_period_idx (period_id=?)
 */
export function basisQueries(db: Db, periodId: string) {
  return [
    db.select({ lockedAt: periods.lockedAt, dataRev: periods.dataRev }).from(periods).where(eq(periods.id, periodId)).limit(1),
    db.select().from(openDataReleases).where(eq(openDataReleases.periodId, periodId)).limit(1),
    db
      .select({
        region: acceptedSums.region,
        field: acceptedSums.field,
        value: sql<number>`SUM(${acceptedSums.value})`,
        n: sql<number>`SUM(${acceptedSums.n})`,
      })
      .from(acceptedSums)
      .where(eq(acceptedSums.periodId, periodId))
      .groupBy(acceptedSums.region, acceptedSums.field)
      .having(sql`SUM(${acceptedSums.n}) > 0`),
    db
      .select({
        returnId: returns.id,
        region: organisations.region,
        acceptedAt: returns.acceptedAt,
        note: returnVersions.amendmentReason,
        values: returnVersions.values,
      })
      .from(returns)
      .innerJoin(organisations, eq(organisations.id, returns.orgId))
      .innerJoin(returnVersions, eq(returnVersions.id, returns.latestAcceptedVersionId))
      .where(and(eq(returns.periodId, periodId), eq(returns.acceptedRevision, true))),
  ] as const;
}
export type BasisResults = BatchResponse<ReturnType<typeof basisQueries>>;

function basisOf([[period], [release], sums, revised]: BasisResults, locked?: boolean, now?: number): { basis: Basis; dataRev: number } {
  const isLocked = locked ?? (period?.lockedAt ?? null) !== null;
  const first = release?.firstPublishedAt ?? (isLocked && now !== undefined ? now : null);
  return {
    dataRev: period?.dataRev ?? 0,
    basis: {
      sums: sums.map((s) => ({ ...s, value: Number(s.value), n: Number(s.n) })),
      revised: revised.map((r) => ({ ...r, acceptedAt: r.acceptedAt ?? 0 })),
      locked: isLocked,
      firstPublished: first === null ? null : new Date(first).toISOString(),
    },
  };
}

const publication = (periodId: string, reason: Reason, now: number, dataRev: number, basis: Basis): Publication => ({
  key: crypto.randomUUID(),
  periodId,
  reason,
  publishedAt: now,
  dataRev,
  table: publishedTable(periodId, basis),
});

/** The publication that follows a review accepting a version (its own batch moves data_rev on by one). */
export function publishAfter(
  read: BasisResults,
  ctx: { periodId: string; now: number },
  change: Parameters<typeof withAccepted>[1],
): Publication {
  const { basis, dataRev } = basisOf(read);
  return publication(ctx.periodId, 'review', ctx.now, dataRev + 1, withAccepted(basis, change));
}

/** The publication that follows locking or unlocking (the lock's trigger moves data_rev on by one). */
export function publishLock(read: BasisResults, ctx: { periodId: string; now: number }, locked: boolean): Publication {
  const { basis, dataRev } = basisOf(read, locked, ctx.now);
  return publication(ctx.periodId, locked ? 'lock' : 'unlock', ctx.now, dataRev + 1, basis);
}

/**
 * The statements that publish, for the batch of the change they follow. The first inserts the
 * publication only while the period's data_rev is the one it was built from (check its
 * meta.changes); the others replace the period's current cells and revisions only if it did.
 */
export function publicationStatements(db: Db, p: Publication) {
  const current = sql`(SELECT data_rev FROM periods WHERE id = ${p.periodId}) = ${p.dataRev}
    AND NOT EXISTS (SELECT 1 FROM open_data_publications WHERE period_id = ${p.periodId} AND data_rev = ${p.dataRev})`;
  const mine = sql`EXISTS (SELECT 1 FROM open_data_publications WHERE key = ${p.key})`;
  const at = (i: number) => sql.raw(`json_extract(je.value, '$[${i}]')`);
  // Query builders, not db.run(sql): drizzle's D1 batch cannot bind the parameters of a raw statement.
  return [
    db
      .insert(openDataPublications)
      .select(
        sql`SELECT NULL, ${p.key}, ${p.periodId}, ${p.publishedAt}, ${p.reason}, ${p.dataRev}, ${JSON.stringify(p.table)} WHERE ${current}`,
      ),
    db.delete(openDataCells).where(and(eq(openDataCells.periodId, p.periodId), mine)),
    db.insert(openDataCells).select(
      sql`SELECT p.period_id, ${at(0)}, ${at(1)}, ${at(2)}, ${at(3)}, ${at(4)}, ${at(5)}, p.revision
      FROM open_data_publications p, json_each(p."table", '$.rows') je WHERE p.key = ${p.key}`,
    ),
    db.delete(openDataRevisions).where(and(eq(openDataRevisions.periodId, p.periodId), mine)),
    db.insert(openDataRevisions).select(
      sql`SELECT p.period_id, ${at(0)}, ${at(1)}, je.key, ${at(2)}, ${at(3)}, ${at(4)}, ${at(5)}, p.revision
      FROM open_data_publications p, json_each(p."table", '$.revisions') je WHERE p.key = ${p.key}`,
    ),
  ] as const;
}

/** Reads the period's figures and publishes them (two round trips). False if they changed meanwhile. */
export async function publishPeriod(db: Db, periodId: string, reason: Reason, now: number): Promise<boolean> {
  const read = await db.batch(basisQueries(db, periodId));
  const { basis, dataRev } = basisOf(read);
  const [inserted] = await db.batch(publicationStatements(db, publication(periodId, reason, now, dataRev, basis)));
  forgetPublishedRevision();
  return !changedNothing(inserted);
}

/**
 * Cron: publishes every period whose figures changed since its last publication, or that has
 * none (after migration 0007, or data loaded in bulk). Returns the periods published.
 */
export async function publishPending(env: Pick<Bindings, 'DB'>, now = Date.now()): Promise<string[]> {
  const db = drizzleOver(env.DB);
  const pending = await db
    .select({ id: periods.id })
    .from(periods)
    .where(
      sql`${periods.dataRev} > 0 AND NOT EXISTS (SELECT 1 FROM open_data_publications p WHERE p.period_id = ${periods.id} AND p.data_rev = ${periods.dataRev})`,
    );
  const done: string[] = [];
  for (const { id } of pending) {
    // Changed again while publishing: the next try reads it afresh.
    for (let attempt = 0; attempt < 3; attempt++) if (await publishPeriod(db, id, 'refresh', now)) break;
    done.push(id);
  }
  return done;
}
