// Your account: who you are, your tools, your details, signing out, your data (download,
// erase). The landing page after signing in.
import { api, forgetSession, send, session } from '../../lib/api.ts';
import { el, fieldValue, focus, must, onSubmit, replace, show } from '../../lib/dom.ts';
import { clearErrors, showApiError } from '../../lib/errors.ts';
import { pageStrings } from '../../lib/strings.ts';
import { wireErase } from './erase.ts';
import { keys } from './keys.ts';
import { showTools } from './tools.ts';

const { t, lang } = pageStrings(keys);
const root = must('[data-account]');

type AccountBody = Extract<Awaited<ReturnType<typeof loadAccount>>, { ok: true }>['body'];
const loadAccount = () => send(api.account.$get());

function showDetails(body: AccountBody, nationalRole: string | null): void {
  const { user, organisations } = body;
  must('[data-account-email]', root).textContent = user.email;
  const roles = [t('account.role.practitioner')];
  if (organisations.length) roles.push(t('account.role.submitter'));
  if (nationalRole === 'analyst') roles.push(t('account.role.analyst'));
  if (nationalRole === 'admin') roles.push(t('account.role.admin'));
  replace(must('[data-account-roles]', root), ...roles.map((r) => el('li', {}, r)));
  const orgs = organisations.map((o) => (lang === 'cy' ? o.nameCy : o.nameEn));
  replace(must('[data-account-orgs]', root), ...(orgs.length ? orgs : [t('account.noOrgs')]).map((o) => el('li', {}, o)));
  must<HTMLInputElement>('#name', root).value = user.name ?? '';
  must<HTMLInputElement>(`#lang-${user.lang}`, root).checked = true;
}

function wireDetails(): void {
  const form = must<HTMLFormElement>('form[data-form="account"]', root);
  const saved = must('[data-saved]', form);
  onSubmit(form, async () => {
    clearErrors(form);
    show(saved, false);
    const chosen = fieldValue(form, 'lang');
    const r = await send(
      api.account.$patch({ json: { name: fieldValue(form, 'name'), ...(chosen === 'cy' || chosen === 'en' ? { lang: chosen } : {}) } }),
    );
    if (!r.ok) return showApiError(r.error, form);
    saved.textContent = t('account.saved');
    show(saved);
  });
}

function wireSignOut(): void {
  for (const which of ['sign-out', 'sign-out-everywhere'] as const) {
    onSubmit(must<HTMLFormElement>(`form[data-form="${which}"]`, root), async () => {
      clearErrors(null);
      const r = await send(which === 'sign-out' ? api.auth['sign-out'].$post() : api.auth['sign-out-everywhere'].$post());
      if (!r.ok) return showApiError(r.error, null);
      forgetSession();
      show(must('[data-account-user]', root), false);
      const anon = must('[data-account-anon]', root);
      anon.insertAdjacentText('afterbegin', `${t(which === 'sign-out' ? 'auth.signedOut' : 'auth.signedOutEverywhere')} `);
      show(anon);
      focus(anon);
    });
  }
}

const [who, account] = await Promise.all([session(), loadAccount()]);
show(must('[data-account-loading]', root), false);
if (!who || !account.ok) show(must('[data-account-anon]', root));
else {
  showDetails(account.body, who.nationalRole);
  show(must('[data-account-user]', root));
  wireDetails();
  wireSignOut();
  wireErase(t, lang);
  // The header's "Sign out" link leads to #sign-out, which was hidden until now.
  if (location.hash === '#sign-out') focus(document.getElementById('sign-out'));
  await showTools(t, lang, who, account.body.organisations);
}
