// The one way to send email. Local development and tests: rows in the `outbox` table, readable
// at GET /api/dev/outbox. Production (the default): Cloudflare's `send_email` binding (EMAIL),
// a MIME message built by email-message.ts. Every message carries both languages, the
// recipient's first.

import type { Lang } from '../../../content/schema.ts';
import type { outbox } from '../../db/schema.ts';
import type { Bindings } from '../env.ts';
import { mimeMessage, render, type Template } from './email-message.ts';
import { isLocal } from './environment.ts';
import { mailNotConfigured, missingMailSettings } from './mail-config.ts';

export type { Template };
export { render };

/** Mail goes to the local outbox (development and tests only, set explicitly). */
export const isDevMail = (env: Bindings) => isLocal(env);

export type OutboxRow = typeof outbox.$inferInsert;

/** The message as the local outbox keeps it; null where mail is sent (production). */
export function outboxRow(env: Bindings, to: string, lang: Lang, tpl: Template): OutboxRow | null {
  if (!isDevMail(env)) return null;
  const { subject, text } = render(lang, tpl);
  return { id: crypto.randomUUID(), to, subject, text, createdAt: Date.now() };
}

// Spelt as drizzle spells it, so the round-trip test knows it for the mail service it stands in for.
const OUTBOX_SQL = 'insert into "outbox" ("id", "to", "subject", "text", "created_at") values (?1, ?2, ?3, ?4, ?5)';

/** Outbox rows as plain statements, for a change's own batch. */
export function outboxStatements(d1: D1Database | D1DatabaseSession, rows: readonly OutboxRow[]): D1PreparedStatement[] {
  return rows.map((r) => d1.prepare(OUTBOX_SQL).bind(r.id, r.to, r.subject, r.text, r.createdAt));
}

export async function sendEmail(env: Bindings, to: string, lang: Lang, tpl: Template): Promise<void> {
  const row = outboxRow(env, to, lang, tpl);
  if (row) {
    await outboxStatements(env.DB, [row])[0]!.run();
    return;
  }
  const missing = missingMailSettings(env);
  if (missing.length || !env.EMAIL || !env.EMAIL_FROM) throw new Error(mailNotConfigured(missing));
  const from = env.EMAIL_FROM.trim();
  const { EmailMessage } = await import('cloudflare:email');
  await env.EMAIL.send(new EmailMessage(from, to, mimeMessage(from, to, lang, tpl)));
}
