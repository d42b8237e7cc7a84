// What a command needs from a request, as plain values: the database, who acts (a person or
// an organisation's API key), the request id (for the audit log and log lines), the time and
// the mailer. Commands take an Actor rather than Hono's Context, so they can be called from a
// route, the cron or a test alike.
import type { Context } from 'hono';
import type { Lang } from '../../../content/schema.ts';
import type { AppEnv, Bindings } from '../env.ts';
import { type OutboxRow, outboxRow, sendEmail, type Template } from './email.ts';

export type Db = AppEnv['Variables']['db'];
export type Mailer = (to: string, lang: Lang, template: Template) => Promise<void>;

export interface Actor {
  db: Db;
  userId: string | null;
  apiKeyId: string | null;
  requestId: string;
  /** Milliseconds since the epoch, read once per request. */
  now: number;
  mail: Mailer;
  /** The message as a row for the change's own batch, where mail is the local outbox; null where it is sent. */
  mailRow: (to: string, lang: Lang, template: Template) => OutboxRow | null;
}

export const mailerFor =
  (env: Bindings): Mailer =>
  (to, lang, template) =>
    sendEmail(env, to, lang, template);

export function actorOf(c: Context<AppEnv>): Actor {
  return {
    db: c.get('db'),
    userId: c.get('user')?.id ?? null,
    apiKeyId: c.get('apiKey')?.id ?? null,
    requestId: c.get('requestId'),
    now: Date.now(),
    mail: mailerFor(c.env),
    mailRow: (to, lang, template) => outboxRow(c.env, to, lang, template),
  };
}

/** "user:<id>" or "api-key:<id>", as stored in returns.draft_updated_by. */
export const actorRef = (a: Pick<Actor, 'userId' | 'apiKeyId'>): string | null =>
  a.apiKeyId ? `api-key:${a.apiKeyId}` : a.userId ? `user:${a.userId}` : null;
