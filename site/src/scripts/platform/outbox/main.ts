// The local development outbox: every email the hub would have sent, newest first, with
// the hub's own links made clickable (so sign-in works without a mail server).
import { api, send } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { el, must, replace } from '../../lib/dom.ts';
import { pageStrings } from '../../lib/strings.ts';
import { keys } from './keys.ts';

const { t, lang } = pageStrings(keys);
const outbox = must('[data-outbox]');

interface Mail {
  to: string;
  subject: string;
  text: string;
  createdAt: string | number;
}

/** The text with links to this hub as links; anything else stays text. */
function linkedText(text: string): HTMLElement {
  const pre = el('pre');
  text.split(/(https?:\/\/\S+)/).forEach((part, i) => {
    pre.append(i % 2 === 1 && part.startsWith(`${location.origin}/`) ? el('a', { href: part }, part) : part);
  });
  return pre;
}

const mail = (m: Mail) =>
  el(
    'article',
    {},
    el('h2', { class: 'govuk-heading-m' }, m.subject),
    el('p', { class: 'govuk-body' }, `${t('admin.outbox.to')}: ${m.to} · ${t('admin.outbox.sent')}: ${formatDateTime(m.createdAt, lang)}`),
    linkedText(m.text),
  );

const r = await send(api.dev.outbox.$get({ query: {} }));
if (!r.ok) replace(outbox, el('p', {}, t('admin.outbox.unavailable')));
else if (!r.body.messages.length) replace(outbox, el('p', {}, t('admin.outbox.empty')));
else replace(outbox, ...r.body.messages.map(mail));
