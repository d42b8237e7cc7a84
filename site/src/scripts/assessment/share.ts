// Sharing a saved assessment with a supervisor: a read-only link that works for 1–90 days
// (its token is shown once, in this answer only), and the list of links, each withdrawable.
import type { Lang } from '../../../../content/schema.ts';
import type { SuccessBody } from '../lib/api.ts';
import { api, send } from '../lib/api.ts';
import { el, replace } from '../lib/dom.ts';
import { clearErrors, showApiError, showErrors } from '../lib/errors.ts';
import { button, table } from '../lib/govuk.ts';
import type { AccountPage } from './account-page.ts';
import { tableRegion } from './account-page.ts';
import type { SavedT } from './saved-actions.ts';
import { when } from './when.ts';

export type Detail = SuccessBody<Awaited<ReturnType<(typeof api.assessments)[':id']['$get']>>>;
type Share = Detail['shares'][number];

function shareList(p: AccountPage, rec: Detail, t: SavedT, lang: Lang, out: HTMLElement, list: HTMLElement): void {
  if (!rec.shares.length) {
    replace(list, el('p', { class: 'govuk-body' }, t('share.none')));
    return;
  }
  const state = (s: Share) => (s.revokedAt ? t('share.revoked') : s.active ? t('share.active') : t('share.expired'));
  const revoke = (s: Share) => {
    const btn = button(t('share.revoke'), { variant: 'secondary' });
    btn.setAttribute('aria-label', t('share.revokeLabel', { date: when(s.expiresAt, lang) }));
    btn.addEventListener('click', async () => {
      const r = await send(api.assessments[':id'].shares[':shareId'].$delete({ param: { id: rec.id, shareId: s.id } }));
      if (!r.ok) return p.fail(r.error);
      rec.shares = rec.shares.map((x) => (x.id === s.id ? r.body.share : x));
      shareList(p, rec, t, lang, out, list);
      replace(out, el('p', { class: 'govuk-body' }, t('share.revokedDone')));
    });
    return btn;
  };
  const tbl = table({
    caption: t('share.listCaption'),
    head: [t('share.for'), t('share.expires'), t('share.state'), el('span', { class: 'govuk-visually-hidden' }, t('share.revoke'))],
    rows: rec.shares.map((s) => [s.supervisorName ?? t('share.unnamed'), when(s.expiresAt, lang), state(s), s.active ? revoke(s) : '']),
  });
  replace(list, tableRegion(t, t('share.listCaption'), tbl));
}

function shareForm(t: SavedT): HTMLFormElement {
  const days = el('input', {
    id: 'share-days',
    name: 'expiresInDays',
    type: 'text',
    inputmode: 'numeric',
    class: 'govuk-input govuk-input--width-3',
    value: '30',
    'aria-describedby': 'share-days-hint',
  });
  const name = el('input', {
    id: 'share-name',
    name: 'supervisorName',
    type: 'text',
    maxlength: 120,
    autocomplete: 'off',
    class: 'govuk-input',
  });
  return el(
    'form',
    { id: 'share-form', novalidate: true },
    el(
      'div',
      { class: 'govuk-form-group', 'data-field': 'expiresInDays' },
      el('label', { class: 'govuk-label', for: days.id }, t('share.days')),
      el('div', { class: 'govuk-hint', id: 'share-days-hint' }, t('share.daysHint')),
      days,
    ),
    el(
      'div',
      { class: 'govuk-form-group', 'data-field': 'supervisorName' },
      el('label', { class: 'govuk-label', for: name.id }, t('share.name')),
      name,
    ),
    button(t('share.create'), { type: 'submit' }),
  );
}

export function shareSection(p: AccountPage, rec: Detail, t: SavedT, lang: Lang): HTMLElement {
  const form = shareForm(t);
  const out = el('div', { id: 'share-created', role: 'status' });
  const list = el('div', { id: 'share-list' });
  shareList(p, rec, t, lang, out, list);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const days = new FormData(form);
    const raw = String(days.get('expiresInDays') ?? '').trim();
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < 1 || n > 90) return showErrors([{ field: 'expiresInDays', message: t('share.daysError') }], form);
    clearErrors(form);
    const name = String(days.get('supervisorName') ?? '').trim();
    const r = await send(
      api.assessments[':id'].shares.$post({ param: { id: rec.id }, json: { expiresInDays: n, ...(name ? { supervisorName: name } : {}) } }),
    );
    if (!r.ok) return showApiError(r.error, form);
    const url = `${location.origin}${p.paths.supervisor}#token=${r.body.token}`;
    const input = el('input', { id: 'share-url', type: 'text', readonly: true, value: url, class: 'govuk-input' });
    replace(
      out,
      el('p', { class: 'govuk-body' }, t('share.created')),
      el('div', { class: 'govuk-form-group' }, el('label', { class: 'govuk-label', for: 'share-url' }, t('share.linkLabel')), input),
    );
    rec.shares.unshift(r.body.share);
    shareList(p, rec, t, lang, out, list);
    input.select();
  });
  return el(
    'section',
    { 'aria-labelledby': 'h-share' },
    el('h2', { class: 'govuk-heading-l', id: 'h-share' }, t('share.heading')),
    el('p', { class: 'govuk-body' }, t('share.intro')),
    form,
    out,
    list,
  );
}
