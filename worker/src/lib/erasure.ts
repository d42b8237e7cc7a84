// Erasing an account (DELETE /api/account): the statements that remove every piece of the
// person's data, for one db.batch with the audit row. What stays is not theirs to identify
// them by: the bare user id as the actor of past actions (nothing maps it back to them once the
// users row is gone), anonymous skills counts, and the submitted versions of their
// organisation's returns, whose declaration name is blanked (migration 0005 lets only that
// change through the versions' immutability), and the comments on return figures, kept with the
// bare user id as author, with their name and address taken out of any comment's text (migration
// 0010 lets only that change through the notes' immutability).
import { type AnyColumn, and, eq, ne, or, sql } from 'drizzle-orm';
import type { BatchResponse } from 'drizzle-orm/batch';
import {
  assetInvitations,
  assetMembers,
  invitations,
  loginTokens,
  memberships,
  outbox,
  rateLimits,
  returnNotes,
  returnVersions,
  sessions,
  users,
} from '../../db/schema.ts';
import { assessmentIdsQueries, deleteAssessmentsStatements } from '../assessments/service.ts';
import type { AppEnv, SessionUser } from '../env.ts';
import { sha256 } from './crypto.ts';

type Db = AppEnv['Variables']['db'];

// instr, not LIKE: D1 refuses long LIKE patterns, and an address or name is matched literally.
const containsText = (column: AnyColumn, s: string) => sql`instr(lower(${column}), lower(${s})) > 0`;
/** The text with every needle (any case) replaced by "[…]". */
const redact = (column: AnyColumn, needles: string[]) =>
  needles.reduce((expr, n) => sql`replace(replace(${expr}, ${n}, '[…]'), lower(${n}), '[…]')`, sql`${column}`);
const startsWith = (column: typeof rateLimits.key, prefix: string) => sql`substr(${column}, 1, ${prefix.length}) = ${prefix}`;

/** What the erasure reads first (the name mail may mention, the ids to delete by): one batch. */
export function erasureReads(db: Db, userId: string) {
  return [db.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1), ...assessmentIdsQueries(db, userId)] as const;
}

export async function erasureStatements(
  db: Db,
  user: Pick<SessionUser, 'id' | 'email'>,
  [[row], assessmentIds, shareIds]: BatchResponse<ReturnType<typeof erasureReads>>,
) {
  const name = row?.name?.trim();
  // Sign-in rate-limit windows are keyed by a hash of the address.
  const addressKey = await sha256(user.email);
  return [
    db.delete(sessions).where(eq(sessions.userId, user.id)),
    ...deleteAssessmentsStatements(
      db,
      user.id,
      assessmentIds.map((x) => x.id),
      shareIds.map((x) => x.id),
    ),
    db.delete(memberships).where(eq(memberships.userId, user.id)),
    db.delete(loginTokens).where(eq(loginTokens.email, user.email)),
    db.delete(invitations).where(eq(invitations.email, user.email)),
    // Community assets: their memberships, and invitations that hold their address.
    db.delete(assetMembers).where(eq(assetMembers.userId, user.id)),
    db.delete(assetInvitations).where(eq(assetInvitations.email, user.email)),
    db.delete(rateLimits).where(startsWith(rateLimits.key, `signInEmail:${addressKey}:`)),
    // Local development's outbox: mail to them, and mail to others that names them.
    db
      .delete(outbox)
      .where(
        or(
          eq(outbox.to, user.email),
          containsText(outbox.text, user.email),
          ...(name && name.length >= 3 ? [containsText(outbox.text, name)] : []),
        ),
      ),
    db
      .update(returnVersions)
      .set({ declarationName: '' })
      .where(and(eq(returnVersions.submittedByUserId, user.id), ne(returnVersions.declarationName, ''))),
    db
      .update(returnNotes)
      .set({ body: redact(returnNotes.body, [user.email, ...(name && name.length >= 3 ? [name] : [])]), redacted: true })
      .where(or(containsText(returnNotes.body, user.email), ...(name && name.length >= 3 ? [containsText(returnNotes.body, name)] : []))),
    db.delete(users).where(eq(users.id, user.id)),
  ];
}
