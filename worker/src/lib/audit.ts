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

type AuditActor = Pick<Actor, 'db' | 'userId' | 'apiKeyId' | 'requestId'>;

function auditRow(actor: AuditActor, a: AuditInput) {
  return {
    at: Date.now(),
    actorUserId: a.actorUserId !== undefined ? a.actorUserId : actor.userId,
    actorApiKeyId: actor.apiKeyId,
    action: a.action,
    entityType: a.entityType,
    entityId: a.entityId,
    before: a.before === undefined ? null : JSON.stringify(a.before),
    after: a.after === undefined ? null : JSON.stringify(a.after),
    requestId: actor.requestId,
  };
}

/** The audit row of a change made by `actor` (a command's plain inputs). */
export function audit(actor: AuditActor, a: AuditInput) {
  return actor.db.insert(auditLog).values(auditRow(actor, a));
}

/** An audit row's columns as a plain insert names them, in `auditStatement`'s order: for the statements below and the saves that select their own values. */
export const AUDIT_INSERT =
  'INSERT INTO audit_log (at, actor_user_id, actor_api_key_id, action, entity_type, entity_id, before, after, request_id)';

const AUDIT_SQL = `${AUDIT_INSERT}
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`;

/** The same row as a plain statement, for a batch of plain statements (the hot writes, returns/writes.ts). */
export function auditStatement(actor: AuditActor, a: AuditInput): D1PreparedStatement {
  const r = auditRow(actor, a);
  return actor.db.$client
    .prepare(AUDIT_SQL)
    .bind(r.at, r.actorUserId, r.actorApiKeyId, r.action, r.entityType, r.entityId, r.before, r.after, r.requestId);
}

/** The audit row of a change made in a route handler. */
export function auditEntry(c: Context<AppEnv>, a: AuditInput) {
  return audit(
    { db: c.get('db'), userId: c.get('user')?.id ?? null, apiKeyId: c.get('apiKey')?.id ?? null, requestId: c.get('requestId') },
    a,
  );
}
