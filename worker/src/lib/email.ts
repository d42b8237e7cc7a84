// The one way to send email. Development/test: rows in the `outbox` table, readable at
// GET /api/dev/outbox. Production: Cloudflare's `send_email` binding (EMAIL).
// Every message carries both languages, the recipient's first.

import { drizzle } from 'drizzle-orm/d1';
import { t } from '../../../content/i18n.ts';
import { type Lang, otherLang } from '../../../content/schema.ts';
import type { StringKey } from '../../../content/ui/strings.ts';
import { outbox } from '../../db/schema.ts';
import type { Bindings } from '../env.ts';

export type Template = { subject: StringKey; body: StringKey; vars: Record<Lang, Record<string, string>> };

export function render(lang: Lang, tpl: Template): { subject: string; text: string } {
  const other = otherLang(lang);
  const subject = `${t(lang, tpl.subject)} / ${t(other, tpl.subject)}`;
  const text = `${t(lang, tpl.body, tpl.vars[lang])}\n\n${t(lang, 'email.otherLanguage')}\n\n${t(other, tpl.body, tpl.vars[other])}\n`;
  return { subject, text };
}

export const isDevMail = (env: Bindings) => env.ENVIRONMENT === 'development' || env.ENVIRONMENT === 'test';

export async function sendEmail(env: Bindings, to: string, lang: Lang, tpl: Template): Promise<void> {
  const { subject, text } = render(lang, tpl);
  if (isDevMail(env)) {
    await drizzle(env.DB).insert(outbox).values({ id: crypto.randomUUID(), to, subject, text, createdAt: Date.now() });
    return;
  }
  if (!env.EMAIL) throw new Error('email: no EMAIL binding configured');
  const from = env.EMAIL_FROM ?? 'hwb@example.cymru';
  const { EmailMessage } = await import('cloudflare:email');
  const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
  const raw = [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: =?UTF-8?B?${b64(subject)}?=`,
    `Message-ID: <${crypto.randomUUID()}@${from.split('@')[1]}>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    `Content-Language: ${lang}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(text).replace(/.{76}/g, '$&\r\n'),
  ].join('\r\n');
  await env.EMAIL.send(new EmailMessage(from, to, raw));
}
