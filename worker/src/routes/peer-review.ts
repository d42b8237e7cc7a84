// A peer reviewer's side (no account needed): the holder of a link reads the one submitted
// assessment it was made for and records their own levels and comments beside it, never
// averaged with the asset's. The token travels in the X-Peer-Token header, never in the path;
// only its SHA-256 is stored. A link stops working when it expires, is revoked, or its review
// is submitted; members of the asset are refused (nobody reviews their own asset).
import { and, eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { routes } from '../../../content/api/routes/index.ts';
import { peerReviewSchema } from '../../../content/assets/assessment.ts';
import { standardsVersion } from '../../../content/index.ts';
import { assetAssessments, assetMembers, assetPeerInvitations, assetPeerReviews, assets } from '../../db/schema.ts';
import { auditIf } from '../assessments/audit.ts';
import { publishedSource, publishStatement } from '../assets/register.ts';
import { isoOf, peerReviewView } from '../assets/views.ts';
import type { AppEnv } from '../env.ts';
import { actorOf } from '../lib/actor.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { sha256 } from '../lib/crypto.ts';
import { ApiError } from '../lib/http.ts';
import { changedNothing } from '../lib/rows.ts';

const p = routeModule();

/** The link, its assessment and asset, and the review so far, in one query; 404 unknown, 410 expired or revoked. */
async function linkOf(c: Context<AppEnv>, token: string) {
  const db = c.get('db');
  const [row] = await db
    .select({ inv: assetPeerInvitations, assessment: assetAssessments, asset: assets, review: assetPeerReviews })
    .from(assetPeerInvitations)
    .innerJoin(assetAssessments, eq(assetAssessments.id, assetPeerInvitations.assessmentId))
    .innerJoin(assets, eq(assets.id, assetPeerInvitations.assetId))
    .leftJoin(assetPeerReviews, eq(assetPeerReviews.invitationId, assetPeerInvitations.id))
    .where(eq(assetPeerInvitations.tokenHash, await sha256(token)))
    .limit(1);
  if (!row) throw new ApiError(404, 'not-found');
  if (row.inv.revokedAt !== null || row.inv.expiresAt <= Date.now() || row.asset.archivedAt !== null) throw new ApiError(410, 'gone');
  return row;
}

/** Writes: the link must still be open, and the signed-in caller must not be a member of the asset. */
async function writableLink(c: Context<AppEnv>, token: string) {
  const row = await linkOf(c, token);
  const user = c.get('user');
  if (user) {
    const [m] = await c
      .get('db')
      .select({ u: assetMembers.userId })
      .from(assetMembers)
      .where(and(eq(assetMembers.assetId, row.asset.id), eq(assetMembers.userId, user.id)))
      .limit(1);
    if (m) throw new ApiError(403, 'own-asset');
  }
  if (row.review?.submittedAt != null) throw new ApiError(409, 'already-submitted');
  return row;
}

p.openapi(guard(routes.peerReviewRead), async (c) => {
  const row = await linkOf(c, c.req.valid('header')['x-peer-token']);
  return c.json(
    {
      asset: { name: { cy: row.asset.nameCy, en: row.asset.nameEn }, type: row.asset.type },
      reviewerKind: row.inv.reviewerKind,
      reviewerName: row.inv.reviewerName,
      expiresAt: isoOf(row.inv.expiresAt),
      assessment: JSON.parse(row.assessment.data),
      submittedAt: isoOf(row.assessment.submittedAt!),
      review: row.review ? peerReviewView(row.review, row.inv) : null,
    },
    200,
  );
});

p.openapi(guard(routes.peerReviewSave), async (c) => {
  const body = c.req.valid('json');
  const row = await writableLink(c, c.req.valid('header')['x-peer-token']);
  const standards = standardsVersion(row.assessment.standardsVersion)!;
  const parsed = peerReviewSchema(standards).safeParse({ ratings: body.ratings, summary: body.summary });
  if (!parsed.success)
    throw new ApiError(
      400,
      'validation',
      {},
      parsed.error.issues.map((i) => ({
        field: ['ratings', ...i.path.map(String)].slice(0, 3).join('.'),
        key: 'error.field.invalid' as const,
      })),
    );
  const current = row.review?.rev ?? 0;
  if (body.rev !== current) throw new ApiError(409, 'draft-conflict');
  const a = actorOf(c);
  const rev = current + 1;
  const ratings = JSON.stringify(parsed.data.ratings);
  const summary = parsed.data.summary ?? null;
  const invId = row.inv.id;
  const cond =
    current === 0
      ? sql`NOT EXISTS (SELECT 1 FROM ${assetPeerReviews} WHERE ${assetPeerReviews.invitationId} = ${invId})`
      : sql`EXISTS (SELECT 1 FROM ${assetPeerReviews} WHERE ${assetPeerReviews.invitationId} = ${invId} AND ${assetPeerReviews.rev} = ${current} AND ${assetPeerReviews.submittedAt} IS NULL)`;
  const write =
    current === 0
      ? a.db
          .insert(assetPeerReviews)
          .values({ invitationId: invId, assessmentId: row.assessment.id, ratings, summary, rev, updatedAt: a.now })
          .onConflictDoNothing()
      : a.db
          .update(assetPeerReviews)
          .set({ ratings, summary, rev, updatedAt: a.now })
          .where(and(eq(assetPeerReviews.invitationId, invId), eq(assetPeerReviews.rev, current)));
  // The reviewer may have no account: the audit row names the link, not a person.
  const [, w] = await a.db.batch([
    auditIf(
      a,
      { action: 'asset_peer_review.save', entityType: 'asset_peer_review', entityId: invId, before: { rev: current }, after: { rev } },
      cond,
    ),
    write,
  ]);
  if (changedNothing(w)) throw new ApiError(409, 'draft-conflict');
  const saved = { invitationId: invId, assessmentId: row.assessment.id, ratings, summary, rev, updatedAt: a.now, submittedAt: null };
  return c.json({ review: peerReviewView(saved, row.inv) }, 200);
});

p.openapi(guard(routes.peerReviewSubmit), async (c) => {
  const { rev } = c.req.valid('json');
  const row = await writableLink(c, c.req.valid('header')['x-peer-token']);
  if (!row.review || row.review.rev !== rev) throw new ApiError(409, 'draft-conflict');
  const a = actorOf(c);
  const invId = row.inv.id;
  // A published entry of this assessment now shows "peer reviewed", in the same batch.
  const source = await publishedSource(a.db, row.asset.id);
  const republish =
    source && source.register.withdrawnAt === null && source.assessment.id === row.assessment.id
      ? publishStatement(a.db, row.asset, source.assessment, a.now, { givenAt: source.register.consentGivenAt }, a.now)
      : null;
  const [, w] = await a.db.batch([
    auditIf(
      a,
      {
        action: 'asset_peer_review.submit',
        entityType: 'asset_peer_review',
        entityId: invId,
        before: { rev },
        after: { rev: rev + 1, submittedAt: a.now },
      },
      sql`EXISTS (SELECT 1 FROM ${assetPeerReviews} WHERE ${assetPeerReviews.invitationId} = ${invId} AND ${assetPeerReviews.rev} = ${rev} AND ${assetPeerReviews.submittedAt} IS NULL)`,
    ),
    a.db
      .update(assetPeerReviews)
      .set({ rev: rev + 1, submittedAt: a.now, updatedAt: a.now })
      .where(and(eq(assetPeerReviews.invitationId, invId), eq(assetPeerReviews.rev, rev))),
    ...(republish ? [republish.statement] : []),
  ]);
  if (changedNothing(w)) throw new ApiError(409, 'draft-conflict');
  return c.json({ review: peerReviewView({ ...row.review, rev: rev + 1, submittedAt: a.now, updatedAt: a.now }, row.inv) }, 200);
});

export default p;
