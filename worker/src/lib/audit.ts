// Append-only audit log. Build the audit row with `auditEntry` and put it in the SAME
// `db.batch([...change, auditEntry(...)])` as the change, so a change never lands
// without its audit row (D1 runs a batch as one transaction).
import type { Context } from 'hono';
import { auditLog } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import type { Actor } from './actor.ts';

export type AuditInput = {
  action: string; // e.g. 'organisation.create', 'session.create', 'membership.delete'
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Defaults to the request's user; set for actions done as someone not yet signed in. */
  actorUserId?: string | null;
};

/** The audit row of a change made by `actor` (a command's plain inputs). */
export function audit(actor: Pick<Actor, 'db' | 'userId' | 'apiKeyId' | 'requestId'>, a: AuditInput) {
  return actor.db.insert(auditLog).values({
    at: Date.now(),
    actorUserId: a.actorUserId !== undefined ? a.actorUserId : actor.userId,
    actorApiKeyId: actor.apiKeyId,
    action: a.action,
    entityType: a.entityType,
    entityId: a.entityId,
    before: a.before === undefined ? null : JSON.stringify(a.before),
    after: a.after === undefined ? null : JSON.stringify(a.after),
    requestId: actor.requestId,
  });
}

/** The audit row of a change made in a route handler. */
export function auditEntry(c: Context<AppEnv>, a: AuditInput) {
  return audit(
    { db: c.get('db'), userId: c.get('user')?.id ?? null, apiKeyId: c.get('apiKey')?.id ?? null, requestId: c.get('requestId') },
    a,
  );
}
