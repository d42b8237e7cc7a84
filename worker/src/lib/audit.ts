// Append-only audit log. Build the audit row with `auditEntry` and put it in the SAME
// `db.batch([...change, auditEntry(...)])` as the change, so a change never lands
// without its audit row (D1 runs a batch as one transaction).
import type { Context } from 'hono';
import { auditLog } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';

export type AuditInput = {
  action: string; // e.g. 'organisation.create', 'session.create', 'membership.delete'
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Defaults to the request's user; set for actions done as someone not yet signed in. */
  actorUserId?: string | null;
};

export function auditEntry(c: Context<AppEnv>, a: AuditInput) {
  return c
    .get('db')
    .insert(auditLog)
    .values({
      at: Date.now(),
      actorUserId: a.actorUserId !== undefined ? a.actorUserId : (c.get('user')?.id ?? null),
      actorApiKeyId: c.get('apiKey')?.id ?? null,
      action: a.action,
      entityType: a.entityType,
      entityId: a.entityId,
      before: a.before === undefined ? null : JSON.stringify(a.before),
      after: a.after === undefined ? null : JSON.stringify(a.after),
      requestId: c.get('requestId'),
    });
}
