// The one way to send email. Local development and tests: rows in the `outbox` table, readable
// at GET /api/dev/outbox. Production (the default): Cloudflare's `send_email` binding (EMAIL),
// a MIME message built by email-message.ts. Every message carries both languages, the
// recipient's first.

import { drizzle } from 'drizzle-orm/d1';
import type { Lang } from '../../../content/schema.ts';
import { outbox } from '../../db/schema.ts';
import type { Bindings } from '../env.ts';
import { mimeMessage, render, type Template } from './email-message.ts';
import { isLocal } from './environment.ts';
import { mailNotConfigured, missingMailSettings } from './mail-config.ts';

export type { Template };
export { render };

/** Mail goes to the local outbox (development and tests only, set explicitly). */
export const isDevMail = (env: Bindings) => isLocal(env);

export async function sendEmail(env: Bindings, to: string, lang: Lang, tpl: Template): Promise<void> {
  if (isDevMail(env)) {
    const { subject, text } = render(lang, tpl);
    await drizzle(env.DB).insert(outbox).values({ id: crypto.randomUUID(), to, subject, text, createdAt: Date.now() });
    return;
  }
  const missing = missingMailSettings(env);
  if (missing.length || !env.EMAIL || !env.EMAIL_FROM) throw new Error(mailNotConfigured(missing));
  const from = env.EMAIL_FROM.trim();
  const { EmailMessage } = await import('cloudflare:email');
  await env.EMAIL.send(new EmailMessage(from, to, mimeMessage(from, to, lang, tpl)));
}
