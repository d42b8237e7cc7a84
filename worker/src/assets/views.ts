// Stored asset rows as the contract shows them (content/api/schemas/assets.ts).
import type { assetAssessments, assetPeerInvitations, assetPeerReviews } from '../../db/schema.ts';
import type { AssetRow } from './access.ts';

export type AssetAssessmentRow = typeof assetAssessments.$inferSelect;
export type PeerInvitationRow = typeof assetPeerInvitations.$inferSelect;
export type PeerReviewRow = typeof assetPeerReviews.$inferSelect;

export const isoOf = (ms: number) => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null) => (ms === null ? null : isoOf(ms));

export function assetView(a: AssetRow, published: boolean) {
  return {
    id: a.id,
    name: { cy: a.nameCy, en: a.nameEn },
    type: a.type,
    localAuthority: a.localAuthority,
    healthBoard: a.healthBoard,
    region: a.region,
    areaServed: a.areaServed,
    activityTypes: a.activityTypes,
    rev: a.rev,
    createdAt: isoOf(a.createdAt),
    updatedAt: isoOf(a.updatedAt),
    archivedAt: isoOrNull(a.archivedAt),
    published,
  };
}

export function assessmentSummary(r: AssetAssessmentRow, publishedId: string | null) {
  return {
    id: r.id,
    assetId: r.assetId,
    standardsVersion: r.standardsVersion,
    lang: r.lang,
    status: r.status,
    rev: r.rev,
    answered: r.answered,
    total: r.total,
    createdAt: isoOf(r.createdAt),
    updatedAt: isoOf(r.updatedAt),
    submittedAt: isoOrNull(r.submittedAt),
    published: publishedId === r.id,
  };
}

export function peerInvitationView(p: PeerInvitationRow, now = Date.now()) {
  return {
    id: p.id,
    reviewerKind: p.reviewerKind,
    reviewerName: p.reviewerName,
    createdAt: isoOf(p.createdAt),
    expiresAt: isoOf(p.expiresAt),
    revokedAt: isoOrNull(p.revokedAt),
    active: p.revokedAt === null && p.expiresAt > now,
  };
}

export function peerReviewView(r: PeerReviewRow, inv: Pick<PeerInvitationRow, 'reviewerKind' | 'reviewerName'>) {
  return {
    invitationId: r.invitationId,
    reviewerKind: inv.reviewerKind,
    reviewerName: inv.reviewerName,
    ratings: JSON.parse(r.ratings) as Record<string, { level: number; comment?: string }>,
    summary: r.summary,
    rev: r.rev,
    updatedAt: isoOf(r.updatedAt),
    submittedAt: isoOrNull(r.submittedAt),
  };
}
