// The MIME message sent in production, built with mimetext: multipart/alternative with a
// plain-text part and an HTML part, each holding both languages (the reader's first). Both
// parts are base64, so Welsh letters (ŵ, ŷ, â) travel intact.
import { createMimeMessage } from 'mimetext/browser';
import { t } from '../../../content/i18n.ts';
import { type Lang, otherLang } from '../../../content/schema.ts';
import type { StringKey } from '../../../content/ui/strings.ts';

export type Template = { subject: StringKey; body: StringKey; vars: Record<Lang, Record<string, string>> };

export function render(lang: Lang, tpl: Template): { subject: string; text: string } {
  const other = otherLang(lang);
  const subject = `${t(lang, tpl.subject)} / ${t(other, tpl.subject)}`;
  const text = `${t(lang, tpl.body, tpl.vars[lang])}\n\n${t(lang, 'email.otherLanguage')}\n\n${t(other, tpl.body, tpl.vars[other])}\n`;
  return { subject, text };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text → HTML paragraphs: escaped, blank lines split paragraphs, links made clickable. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map(
      (p) =>
        `<p>${escapeHtml(p)
          .replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
          .replace(/\n/g, '<br>')}</p>`,
    )
    .join('\n');
}

export function renderHtml(lang: Lang, tpl: Template): string {
  const other = otherLang(lang);
  const section = (l: Lang) => `<div lang="${l}">\n${paragraphs(t(l, tpl.body, tpl.vars[l]))}\n</div>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(render(lang, tpl).subject)}</title></head><body>`,
    section(lang),
    `<hr><p lang="${lang}">${escapeHtml(t(lang, 'email.otherLanguage'))}</p>`,
    section(other),
    '</body></html>',
  ].join('\n');
}

/** The raw RFC 5322 message. */
export function mimeMessage(from: string, to: string, lang: Lang, tpl: Template): string {
  const { subject, text } = render(lang, tpl);
  const msg = createMimeMessage();
  msg.setSender(from);
  msg.setRecipient(to);
  msg.setSubject(subject);
  msg.setHeader('Content-Language', `${lang}, ${otherLang(lang)}`);
  const b64 = (s: string) => (msg.toBase64(s).match(/.{1,76}/g) ?? []).join('\r\n');
  msg.addMessage({ contentType: 'text/plain', data: b64(text), encoding: 'base64' });
  msg.addMessage({ contentType: 'text/html', data: b64(renderHtml(lang, tpl)), encoding: 'base64' });
  return msg.asRaw();
}
