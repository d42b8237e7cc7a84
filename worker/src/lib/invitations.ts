// A newer invitation replaces the earlier pending one for the same address and the same place
// (organisation, or national role), as a newer sign-in link does (issue 13): the earlier one is
// revoked, and audited, in the same batch as the new one.
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import { invitations } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { auditEntry } from './audit.ts';

type Invitation = typeof invitations.$inferSelect;

/**
 * An invitation as the append-only audit log keeps it: without the address. The invitation
 * row (which erasing the account deletes) holds the address; the log refers to it by id.
 */
export function invitationForAudit<T extends { email: string }>(inv: T): Omit<T, 'email'> {
  const { email: _address, ...rest } = inv;
  return rest;
}

/** The address's pending invitations to the same place, for the invitation's reads batch. */
export function pendingInvitationsQuery(c: Context<AppEnv>, next: Pick<Invitation, 'email' | 'orgId' | 'role'>, now: number) {
  return c
    .get('db')
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.email, next.email),
        next.orgId ? eq(invitations.orgId, next.orgId) : isNull(invitations.orgId),
        eq(invitations.role, next.role),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    );
}

/** Statements that revoke (and audit) those pending invitations, in the new one's batch. */
export function supersedePendingInvitations(c: Context<AppEnv>, pending: readonly Invitation[], now: number) {
  const db = c.get('db');
  return pending.map(invitationForAudit).flatMap((inv) => [
    db.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, inv.id)),
    auditEntry(c, {
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: inv.id,
      before: inv,
      after: { ...inv, revokedAt: now, reason: 'superseded' },
    }),
  ]);
}
