// Invitations to act for an asset: emailed (both languages), valid 7 days, superseded by a
// newer one for the same address and asset, revocable, and accepted when the invited address
// signs in (routes/auth.ts). The audit log never holds the address: it stays in
// asset_invitations, which erasing the account deletes.
import { and, eq, gt, isNull, type SQL } from 'drizzle-orm';
import { assetInvitations, assetMembers, assets } from '../../db/schema.ts';
import type { Actor } from '../lib/actor.ts';
import { audit } from '../lib/audit.ts';

export const ASSET_INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;
export type AssetInvitationRow = typeof assetInvitations.$inferSelect;

/** An invitation as the audit log keeps it: without the address. */
export function assetInvitationForAudit(inv: AssetInvitationRow) {
  const { email: _address, ...rest } = inv;
  return rest;
}

/** The asset's pending invitations (for the guard's batch; `supersedeAssetInvitations` picks an address's). */
export function pendingInvitationsOf(db: Actor['db'], assetId: string, now: number) {
  return db
    .select()
    .from(assetInvitations)
    .where(
      and(
        eq(assetInvitations.assetId, assetId),
        isNull(assetInvitations.acceptedAt),
        isNull(assetInvitations.revokedAt),
        gt(assetInvitations.expiresAt, now),
      ),
    );
}

/** Statements that revoke the address's pending invitations to the asset (a new one replaces them). */
export function supersedeAssetInvitations(actor: Actor, pending: readonly AssetInvitationRow[], email: string) {
  return pending
    .filter((inv) => inv.email === email)
    .flatMap((inv) => [
      actor.db.update(assetInvitations).set({ revokedAt: actor.now }).where(eq(assetInvitations.id, inv.id)),
      audit(actor, {
        action: 'asset_invitation.revoke',
        entityType: 'asset_invitation',
        entityId: inv.id,
        after: { ...assetInvitationForAudit(inv), revokedAt: actor.now, reason: 'superseded' },
      }),
    ]);
}

/** On sign-in: statements that accept every pending invitation of the address to an asset that is not archived. */
/** The pending invitations to act for an asset that is still open, sent to `email`. */
export function pendingAssetInvitations(actor: Actor, email: string | SQL) {
  return actor.db
    .select({ inv: assetInvitations })
    .from(assetInvitations)
    .innerJoin(assets, eq(assets.id, assetInvitations.assetId))
    .where(
      and(
        eq(assetInvitations.email, email),
        isNull(assetInvitations.acceptedAt),
        isNull(assetInvitations.revokedAt),
        gt(assetInvitations.expiresAt, actor.now),
        isNull(assets.archivedAt),
      ),
    );
}

/** The writes that accept those invitations for `userId` (for the sign-in batch). */
export function acceptAssetInvitations(actor: Actor, pending: Awaited<ReturnType<typeof pendingAssetInvitations>>, userId: string) {
  return pending.flatMap(({ inv }) => [
    actor.db.update(assetInvitations).set({ acceptedAt: actor.now }).where(eq(assetInvitations.id, inv.id)),
    actor.db
      .insert(assetMembers)
      .values({ userId, assetId: inv.assetId, addedBy: inv.invitedBy, createdAt: actor.now })
      .onConflictDoNothing(),
    audit(
      { ...actor, userId },
      {
        action: 'asset_invitation.accept',
        entityType: 'asset_invitation',
        entityId: inv.id,
        after: { assetId: inv.assetId, acceptedAt: actor.now },
      },
    ),
  ]);
}
