// One organisation's page: details; for administrators, change them, invite a submitter,
// remove members, its API keys and archiving it.
import { byName } from '../../../../content/collation.ts';
import { api, send } from '../lib/api.ts';
import { fieldValue, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, showApiError } from '../lib/errors.ts';
import { button } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { keysSection } from './api-keys-section.ts';
import { inLang, orgName, param, row, startAdminPage, stateOf, when } from './common.ts';
import { confirmRemoval } from './confirm.ts';
import { orgKeys } from './keys.ts';
import { fillOrgForm, namesFrom, type Org, orgBody, wireGeography } from './org-form.ts';
import { adminHref } from './paths.ts';

const { t, lang } = pageStrings(orgKeys);
const id = param('id');
const form = must<HTMLFormElement>('form[data-form="org-edit"]');
const names = namesFrom(form);
const apply = wireGeography(form, t);
let org: Org | null = null;

function showOrg(o: Org): void {
  org = o;
  const name = orgName(lang, o);
  must('[data-admin-title]').textContent = name;
  document.title = `${name} – ${document.title.split(' – ').slice(-1)[0]}`;
  const set = (key: string, value: string) => {
    must(`[data-org="${key}"]`).textContent = value;
  };
  set('nameCy', o.nameCy);
  set('nameEn', o.nameEn);
  set('type', names.type(o.type));
  set('healthBoard', names.healthBoard(o.healthBoard));
  set('localAuthority', o.localAuthority ? names.localAuthority(o.localAuthority) : t('admin.none'));
  set('region', names.region(o.healthBoard));
  set('clusters', o.clusters.length ? o.clusters.map(names.cluster).join(', ') : t('admin.none'));
  set('status', o.archivedAt ? t('admin.orgs.archived') : t('adminui.orgs.active'));
  set('createdAt', when(t, lang, o.createdAt));
  set('updatedAt', when(t, lang, o.updatedAt));
  must<HTMLAnchorElement>('[data-org-audit]').href = adminHref(lang, 'audit', o.id);
  // An archived organisation can no longer be changed: only its record stays.
  for (const part of document.querySelectorAll<HTMLElement>('[data-unless-archived]')) part.hidden ||= !!o.archivedAt;
}

async function loadMembers(isAdmin: boolean) {
  const r = await send(api.admin.organisations[':orgId'].members.$get({ param: { orgId: id } }, inLang(lang)));
  if (!r.ok) return r;
  const table = must('[data-member-rows]');
  const members = byName(r.body.members, (m: { email: string }) => m.email, lang);
  const rows = members.map((m) => {
    const cells: (HTMLElement | string)[] = [m.name ?? '', m.email, t('account.role.submitter'), when(t, lang, m.since)];
    if (isAdmin && !org?.archivedAt) cells.push(removeMemberButton(m, isAdmin));
    return row(cells);
  });
  replace(table, ...rows);
  show(must('[data-members-none]'), members.length === 0);
  return r;
}

function removeMemberButton(m: { userId: string; email: string; name: string | null }, isAdmin: boolean): HTMLButtonElement {
  const who = m.name || m.email;
  const b = button(t('adminui.members.remove'), { variant: 'warning', context: `(${who})` });
  b.addEventListener('click', () =>
    confirmRemoval(t, {
      after: must('table:has([data-member-rows])'),
      question: t('adminui.members.confirmRemove', { who, org: org ? orgName(lang, org) : '' }),
      yes: t('adminui.members.confirmRemoveButton'),
      required: t('adminui.members.confirmRemoveRequired'),
      trigger: b,
      act: () =>
        send(api.admin.organisations[':orgId'].members[':userId'].$delete({ param: { orgId: id, userId: m.userId } }, inLang(lang))),
      done: async () => {
        await loadMembers(isAdmin);
        return t('adminui.members.removed', { who });
      },
    }),
  );
  return b;
}

function wireForms(): void {
  onSubmit(form, async () => {
    clearErrors(form);
    const saved = must('[data-saved]', form);
    show(saved, false);
    const r = await send(api.admin.organisations[':orgId'].$patch({ param: { orgId: id }, json: orgBody(form) }, inLang(lang)));
    if (!r.ok) return showApiError(r.error, form);
    showOrg(r.body.organisation);
    saved.textContent = t('adminui.org.saved');
    show(saved);
  });
  const invite = must<HTMLFormElement>('form[data-form="invite-submitter"]');
  onSubmit(invite, async () => {
    clearErrors(invite);
    const saved = must('[data-saved]', invite);
    show(saved, false);
    const json = { email: fieldValue(invite, 'email'), role: 'submitter' as const, orgId: id, lang };
    const r = await send(api.admin.invitations.$post({ json }, inLang(lang)));
    if (!r.ok) return showApiError(r.error, invite);
    invite.reset();
    saved.textContent = t('admin.invite.sent');
    show(saved);
  });
  const archive = must<HTMLButtonElement>('[data-archive]');
  archive.addEventListener('click', () =>
    confirmRemoval(t, {
      after: archive,
      question: t('adminui.org.confirmArchive', { org: org ? orgName(lang, org) : '' }),
      yes: t('adminui.org.confirmArchiveButton'),
      required: t('adminui.org.confirmArchiveRequired'),
      trigger: archive,
      act: () => send(api.admin.organisations[':orgId'].$delete({ param: { orgId: id } }, inLang(lang))),
      done: async () => {
        await loadOrg(true);
        return t('adminui.org.archived', { org: org ? orgName(lang, org) : '' });
      },
    }),
  );
}

/** The organisation and its members (and, for administrators, its keys while it is not archived). */
async function loadOrg(isAdmin: boolean) {
  const r = await send(api.admin.organisations[':orgId'].$get({ param: { orgId: id } }, inLang(lang)));
  if (!r.ok) return stateOf(r);
  showOrg(r.body.organisation);
  fillOrgForm(form, r.body.organisation, apply);
  const members = await loadMembers(isAdmin);
  return stateOf(members);
}

wireForms();
void startAdminPage('analyst', async (me) => {
  const isAdmin = me.nationalRole === 'admin';
  if (!/^[0-9a-f-]{36}$/i.test(id)) return 'missing';
  const state = await loadOrg(isAdmin);
  if (state !== 'ready' || !isAdmin || org?.archivedAt) return state;
  return stateOf(await keysSection(must('[data-keys]'), id, t, lang));
});
