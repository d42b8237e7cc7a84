// The national team home: every organisation (analysts and administrators), and for
// administrators adding an organisation and inviting someone. Names of types and health
// boards are read from the add form's options, rendered in the page's language.
import { byName } from '../../../../content/collation.ts';
import { type ApiResult, api, send, session } from '../lib/api.ts';
import { el, fieldValue, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, showApiError } from '../lib/errors.ts';
import { pageStrings } from '../lib/strings.ts';
import { inLang, orgName } from './common.ts';
import { homeKeys } from './keys.ts';
import { namesFrom, type Org, orgBody } from './org-form.ts';

const { t, lang } = pageStrings(homeKeys);
const create = must<HTMLFormElement>('form[data-form="org-create"]');
const invite = must<HTMLFormElement>('form[data-form="invite"]');
const names = namesFrom(create);
type Role = 'submitter' | 'analyst' | 'admin';

function render(orgs: readonly Org[]): void {
  const rows = orgs.map((o) =>
    el(
      'tr',
      { class: 'govuk-table__row' },
      el('th', { scope: 'row', class: 'govuk-table__header' }, orgName(lang, o) + (o.archivedAt ? ` (${t('admin.orgs.archived')})` : '')),
      el('td', { class: 'govuk-table__cell' }, names.type(o.type)),
      el('td', { class: 'govuk-table__cell' }, names.healthBoard(o.healthBoard)),
    ),
  );
  replace(must('[data-admin-orgs]'), ...rows);
  const choices = orgs.filter((o) => !o.archivedAt).map((o) => el('option', { value: o.id }, orgName(lang, o)));
  const select = must<HTMLSelectElement>('#invite-org');
  replace(select, el('option', { value: '' }, select.options[0]?.textContent ?? ''), ...choices);
}

async function load(): Promise<boolean> {
  const r = await send(api.admin.organisations.$get(undefined, inLang(lang)));
  if (r.ok) render(byName(r.body.organisations, (o: Org) => orgName(lang, o), lang));
  return r.ok;
}

function wire(form: HTMLFormElement, post: () => Promise<ApiResult<unknown>>, done: string): void {
  onSubmit(form, async () => {
    clearErrors(form);
    const saved = must('[data-saved]', form);
    show(saved, false);
    const r = await post();
    if (!r.ok) return showApiError(r.error, form);
    form.reset();
    saved.textContent = done;
    show(saved);
    await load();
  });
}

async function start(): Promise<void> {
  // Someone signed out or without a national role is turned away with a link to sign in.
  const me = await session();
  const ok = me !== null && (await load());
  show(must('[data-admin-loading]'), false);
  if (!ok) return show(must('[data-admin-forbidden]'));
  show(must('[data-admin-body]'));
  if (me?.nationalRole !== 'admin') return;
  show(must('[data-admin-only]'));
  wire(create, () => send(api.admin.organisations.$post({ json: orgBody(create) }, inLang(lang))), t('admin.orgs.created'));
  wire(
    invite,
    () => {
      const orgId = fieldValue(invite, 'orgId');
      const json = { email: fieldValue(invite, 'email'), role: fieldValue(invite, 'role') as Role, lang, ...(orgId ? { orgId } : {}) };
      return send(api.admin.invitations.$post({ json }, inLang(lang)));
    },
    t('admin.invite.sent'),
  );
}

void start();
