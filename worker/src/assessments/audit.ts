// An audit row written only if a condition holds at that point of the batch. Used for
// optimistic concurrency: [auditIf(rev still = n), UPDATE … WHERE rev = n] in ONE batch, so
// a save that loses the race changes nothing and leaves no audit row.
import { type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema.ts';
import type { Actor } from '../lib/actor.ts';
import type { AuditInput } from '../lib/audit.ts';

export function auditIf(who: Pick<Actor, 'db' | 'userId' | 'apiKeyId' | 'requestId'>, a: AuditInput, condition: SQL) {
  const { db } = who;
  const actor = a.actorUserId !== undefined ? a.actorUserId : who.userId;
  const before = a.before === undefined ? null : JSON.stringify(a.before);
  const after = a.after === undefined ? null : JSON.stringify(a.after);
  const v = <T>(x: T, name: string) => sql<T>`${x}`.as(name);
  return db.insert(auditLog).select(
    db
      .select({
        seq: v<number | null>(null, 'seq'), // NULL: SQLite assigns the next sequence number
        at: v(Date.now(), 'at'),
        actorUserId: v(actor, 'actor_user_id'),
        actorApiKeyId: v(who.apiKeyId, 'actor_api_key_id'),
        action: v(a.action, 'action'),
        entityType: v(a.entityType, 'entity_type'),
        entityId: v(a.entityId, 'entity_id'),
        before: v(before, 'before'),
        after: v(after, 'after'),
        requestId: v(who.requestId, 'request_id'),
      })
      .from(sql`(SELECT 1)`)
      .where(condition),
  );
}
