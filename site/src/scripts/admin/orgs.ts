// The organisations page: the list (filtered by health board, the filter kept in the
// address) and, for administrators, adding one.
import { byName } from '../../../../content/collation.ts';
import { api, send } from '../lib/api.ts';
import { announce, el, find, focus, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, showApiError } from '../lib/errors.ts';
import { pageStrings } from '../lib/strings.ts';
import { inLang, orgName, param, row, startAdminPage, stateOf } from './common.ts';
import { orgsKeys } from './keys.ts';
import { namesFrom, type Org, orgBody, wireGeography } from './org-form.ts';
import { adminHref } from './paths.ts';

const { t, lang } = pageStrings(orgsKeys);
const create = must<HTMLFormElement>('form[data-form="org-create"]');
const names = namesFrom(create);
const filter = must<HTMLSelectElement>('#filter-hb');
let orgs: Org[] = [];

function render(): void {
  const board = filter.value;
  const shown = orgs.filter((o) => !board || o.healthBoard === board);
  const rows = shown.map((o) =>
    row([
      el('a', { class: 'govuk-link', href: adminHref(lang, 'org', o.id) }, orgName(lang, o)),
      names.type(o.type),
      names.healthBoard(o.healthBoard),
      o.localAuthority ? names.localAuthority(o.localAuthority) : '',
      o.archivedAt ? t('admin.orgs.archived') : t('adminui.orgs.active'),
    ]),
  );
  replace(must('[data-org-rows]'), ...rows);
  show(find('[data-org-empty]'), shown.length === 0);
  const count = t('adminui.orgs.count', { count: shown.length });
  must('[data-org-count]').textContent = count;
  announce(count);
}

async function load() {
  const r = await send(api.admin.organisations.$get(undefined, inLang(lang)));
  if (r.ok) {
    orgs = byName(r.body.organisations, (o: Org) => orgName(lang, o), lang);
    render();
  }
  return r;
}

// Filtering works without a reload; the address keeps the filter so it can be shared.
onSubmit(must<HTMLFormElement>('form[data-form="org-filter"]'), () => {
  const url = new URL(location.href);
  if (filter.value) url.searchParams.set('healthBoard', filter.value);
  else url.searchParams.delete('healthBoard');
  history.replaceState(null, '', url.pathname + url.search);
  render();
});

const apply = wireGeography(create, t);
onSubmit(create, async () => {
  clearErrors(create);
  const done = must('[data-org-created]');
  show(done, false);
  const r = await send(api.admin.organisations.$post({ json: orgBody(create) }, inLang(lang)));
  if (!r.ok) return showApiError(r.error, create);
  create.reset();
  apply();
  must('[data-org-created-text]').textContent = t('adminui.orgs.added', { name: orgName(lang, r.body.organisation) });
  must<HTMLAnchorElement>('[data-org-created-link]').href = adminHref(lang, 'org', r.body.organisation.id);
  show(done);
  focus(done);
  await load();
});

filter.value = param('healthBoard');
void startAdminPage('analyst', async () => stateOf(await load()));
