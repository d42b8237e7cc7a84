// The published register, kept as derived rows (asset_register_entries, migration 0008): each
// consent, peer review and profile change of a published asset rewrites the asset's entry in
// the same batch, and withdrawal or archiving removes it by trigger. Public reads are then one
// query over that table: no entry is rebuilt per request.
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { BatchResponse } from 'drizzle-orm/batch';
import { type RegisterEntry, registerEntryOf } from '../../../content/assets/register.ts';
import { searchText } from '../../../content/assets/search.ts';
import { hsdsId } from '../../../content/hsds/ids.ts';
import { assetAssessments, assetPeerReviews, assetRegister, assetRegisterEntries, assetRegisterState } from '../../db/schema.ts';
import type { Db } from '../lib/actor.ts';
import type { AssetRow } from './access.ts';
import type { AssetAssessmentRow } from './views.ts';

/** The statement that (re)writes the published entry of `asset` from its consented assessment. */
export function publishStatement(
  db: Db,
  asset: AssetRow,
  assessment: AssetAssessmentRow,
  peerReviewSubmittedAt: number | null,
  consent: { givenAt: number },
  now: number,
) {
  const data = JSON.parse(assessment.data) as { answers: Record<string, { level?: number }> };
  const entry = registerEntryOf({
    asset: { ...asset, type: asset.type },
    assessment: { standardsVersion: assessment.standardsVersion, answers: data.answers, submittedAt: assessment.submittedAt ?? now },
    peerReviewSubmittedAt,
    consent: { givenAt: consent.givenAt, withdrawnAt: null },
  });
  const row = {
    assetId: asset.id,
    entry: JSON.stringify(entry),
    search: searchText(asset),
    hsdsServiceId: hsdsId('service', asset.id),
    updatedAt: now,
  };
  return {
    entry,
    statement: db
      .insert(assetRegisterEntries)
      .values(row)
      .onConflictDoUpdate({ target: assetRegisterEntries.assetId, set: { entry: row.entry, search: row.search, updatedAt: now } }),
  };
}

/**
 * The asset's consent row and the assessment it names with its latest submitted peer review
 * (as latestPeerReview): two queries for one batch (no join, whose like-named columns a batch
 * would mix up), read with `sourceOf`.
 */
export function publishedSourceQueries(db: Db, assetId: string) {
  const consented = db.select({ id: assetRegister.assessmentId }).from(assetRegister).where(eq(assetRegister.assetId, assetId));
  return [
    db.select().from(assetRegister).where(eq(assetRegister.assetId, assetId)).limit(1),
    db
      .select({
        assessment: assetAssessments,
        peerReviewSubmittedAt: sql<
          number | null
        >`(SELECT MAX(${assetPeerReviews.submittedAt}) FROM ${assetPeerReviews} WHERE ${assetPeerReviews.assessmentId} = ${assetAssessments.id})`.as(
          'peer_review_submitted_at',
        ),
      })
      .from(assetAssessments)
      .where(inArray(assetAssessments.id, consented))
      .limit(1),
  ] as const;
}
export function sourceOf([[register], [named]]: BatchResponse<ReturnType<typeof publishedSourceQueries>>) {
  return register && named ? { register, assessment: named.assessment, peerReviewSubmittedAt: named.peerReviewSubmittedAt ?? null } : null;
}

export async function publishedSource(db: Db, assetId: string) {
  return sourceOf(await db.batch(publishedSourceQueries(db, assetId)));
}

export async function latestPeerReview(db: Db, assessmentId: string): Promise<number | null> {
  const [p] = await db
    .select({ at: assetPeerReviews.submittedAt })
    .from(assetPeerReviews)
    .where(and(eq(assetPeerReviews.assessmentId, assessmentId), isNotNull(assetPeerReviews.submittedAt)))
    .orderBy(desc(assetPeerReviews.submittedAt))
    .limit(1);
  return p?.at ?? null;
}

/** Every published entry, and the register's version (the ETag of its downloads), in one round trip. */
export async function publishedEntries(db: Db, q: string[] = []): Promise<{ version: number; entries: RegisterEntry[] }> {
  // instr, not LIKE: SQLite plans with a bound LIKE pattern, so it would compile the statement
  // again at every run. Both sides are queryWords/searchText's lower-case letters, so an exact
  // match of " word" is LIKE's "% word%" here.
  const match = q.map((w) => sql`instr(${assetRegisterEntries.search}, ${` ${w}`}) > 0`);
  const [state, rows] = await db.batch([
    db.select({ version: assetRegisterState.version }).from(assetRegisterState).where(eq(assetRegisterState.id, 1)),
    db
      .select({ entry: assetRegisterEntries.entry })
      .from(assetRegisterEntries)
      .where(match.length ? and(...match) : undefined),
  ]);
  return { version: state[0]?.version ?? 0, entries: rows.map((r) => JSON.parse(r.entry) as RegisterEntry) };
}

/** One published entry by its HSDS service id. */
export async function entryByServiceId(db: Db, serviceId: string): Promise<RegisterEntry | null> {
  const [row] = await db
    .select({ entry: assetRegisterEntries.entry })
    .from(assetRegisterEntries)
    .where(eq(assetRegisterEntries.hsdsServiceId, serviceId))
    .limit(1);
  return row ? (JSON.parse(row.entry) as RegisterEntry) : null;
}
