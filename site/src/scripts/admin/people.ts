// The people page: the national team (change or remove a role; nobody changes their own),
// give a role to someone who has signed in, and invitations (./invitations.ts).
import { api, type SignedIn, send } from '../lib/api.ts';
import { el, fieldValue, find, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, showApiError, showErrors } from '../lib/errors.ts';
import { button } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { inLang, orgName, row, startAdminPage, stateOf, when } from './common.ts';
import { confirmRemoval } from './confirm.ts';
import { invitations } from './invitations.ts';
import { peopleKeys } from './keys.ts';

const { t, lang } = pageStrings(peopleKeys);
type Role = 'analyst' | 'admin';
interface User {
  id: string;
  email: string;
  name: string | null;
  nationalRole: Role | null;
  lastSignInAt: number | null;
}
let users: User[] = [];
let me: SignedIn | null = null;
const orgNames = new Map<string, string>();
const roleName = (r: Role) => t(`account.role.${r}`);
const setRole = (u: User, nationalRole: Role | null) =>
  send(api.admin.users[':userId'].role.$put({ param: { userId: u.id }, json: { nationalRole } }, inLang(lang)));

function roleControls(u: User, who: string): HTMLElement {
  const id = `role-${u.id}`;
  const select = el('select', { class: 'govuk-select', id, 'aria-label': t('adminui.people.roleFor', { who }) });
  for (const r of ['analyst', 'admin'] as const) select.append(el('option', { value: r, selected: u.nationalRole === r }, roleName(r)));
  const save = button(t('adminui.people.save'), { variant: 'secondary', context: `(${who})` });
  save.setAttribute('data-change-role', u.email);
  save.addEventListener('click', async () => {
    clearErrors();
    const r = await setRole(u, select.value as Role);
    if (!r.ok) return showApiError(r.error);
    await load();
    must('[data-people-status]').textContent = t('adminui.people.changed', { who });
    find(`#${CSS.escape(id)}`)?.focus();
  });
  const remove = button(t('adminui.people.remove'), { variant: 'warning', context: `(${who})` });
  remove.setAttribute('data-remove-role', u.email);
  remove.addEventListener('click', () =>
    confirmRemoval(t, {
      after: must('table:has([data-people-rows])'),
      question: t('adminui.people.confirmRemove', { who }),
      yes: t('adminui.people.confirmRemoveButton'),
      required: t('adminui.people.confirmRemoveRequired'),
      trigger: remove,
      act: () => setRole(u, null),
      done: async () => {
        await load();
        return t('adminui.people.removed', { who });
      },
    }),
  );
  return el('div', { class: 'govuk-button-group' }, select, save, remove);
}

async function load() {
  const r = await send(api.admin.users.$get(undefined, inLang(lang)));
  if (!r.ok) return r;
  users = r.body.users;
  const rows = users.flatMap((u) => {
    if (!u.nationalRole) return [];
    const self = u.id === me?.id;
    const who = u.name || u.email;
    const actions = self ? el('span', {}, t('adminui.people.self')) : roleControls(u, who);
    const tr = row([
      u.email + (self ? ` ${t('adminui.people.you')}` : ''),
      u.name ?? '',
      when(t, lang, u.lastSignInAt),
      roleName(u.nationalRole),
      actions,
    ]);
    tr.setAttribute('data-person', u.email);
    return [tr];
  });
  replace(must('[data-people-rows]'), ...rows);
  return r;
}

const grant = must<HTMLFormElement>('form[data-form="grant"]');
onSubmit(grant, async () => {
  clearErrors(grant);
  const saved = must('[data-saved]', grant);
  show(saved, false);
  const email = fieldValue(grant, 'email').trim().toLowerCase();
  if (!email) return showErrors([{ field: 'email', message: t('error.field.required') }], grant);
  const u = users.find((x) => x.email.toLowerCase() === email);
  if (!u) return showErrors([{ field: 'email', message: t('adminui.people.notFound') }], grant);
  const r = await setRole(u, fieldValue(grant, 'nationalRole') as Role);
  if (!r.ok) return showApiError(r.error, grant);
  grant.reset();
  saved.textContent = t('adminui.people.changed', { who: u.name || u.email });
  show(saved);
  await load();
});

const loadInvitations = invitations(t, lang, () => orgNames);
void startAdminPage('admin', async (who) => {
  me = who;
  const [people, orgs] = await Promise.all([load(), send(api.admin.organisations.$get(undefined, inLang(lang)))]);
  if (orgs.ok) for (const o of orgs.body.organisations) orgNames.set(o.id, orgName(lang, o));
  const invited = await loadInvitations();
  return stateOf(people.ok ? invited : people);
});
