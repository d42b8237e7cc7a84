// The people page's invitations: invite a new member of the national team, and the
// invitations still waiting, each withdrawn after confirmation.
import type { Lang } from '../../../../content/schema.ts';
import { api, send } from '../lib/api.ts';
import { fieldValue, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, showApiError } from '../lib/errors.ts';
import { button } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import { inLang, row, when } from './common.ts';
import { confirmRemoval } from './confirm.ts';
import type { peopleKeys } from './keys.ts';

type T = PageT<(typeof peopleKeys)[number]>;
type Role = 'submitter' | 'analyst' | 'admin';
interface Invitation {
  id: string;
  email: string;
  role: Role;
  orgId: string | null;
  createdAt: number;
  expiresAt: number;
}

export function invitations(t: T, lang: Lang, orgNames: () => Map<string, string>) {
  const table = must('[data-invitation-rows]');
  const roleName = (r: Role) => t(`account.role.${r}`);
  const withdraw = (inv: Invitation, trigger: HTMLButtonElement) =>
    confirmRemoval(t, {
      after: must('table:has([data-invitation-rows])'),
      question: t('adminui.invitations.confirmRevoke', { who: inv.email }),
      yes: t('adminui.invitations.confirmRevokeButton'),
      required: t('adminui.invitations.confirmRevokeRequired'),
      trigger,
      act: () => send(api.admin.invitations[':id'].$delete({ param: { id: inv.id } }, inLang(lang))),
      done: async () => {
        await load();
        return t('adminui.invitations.revoked', { who: inv.email });
      },
    });
  const load = async () => {
    const r = await send(api.admin.invitations.$get(undefined, inLang(lang)));
    if (!r.ok) return r;
    const now = Date.now();
    const pending = r.body.invitations.filter((i) => !i.acceptedAt && !i.revokedAt && i.expiresAt > now);
    const rows = pending.map((inv) => {
      const b = button(t('adminui.invitations.revoke'), { variant: 'warning', context: `(${inv.email})` });
      b.setAttribute('data-revoke-invitation', inv.email);
      b.addEventListener('click', () => withdraw(inv, b));
      const org = inv.orgId ? orgNames().get(inv.orgId) : undefined;
      const tr = row([
        inv.email,
        roleName(inv.role) + (org ? ` – ${org}` : ''),
        when(t, lang, inv.createdAt),
        when(t, lang, inv.expiresAt),
        b,
      ]);
      tr.setAttribute('data-invitation', inv.email);
      return tr;
    });
    replace(table, ...rows);
    show(must('[data-invitations-none]'), pending.length === 0);
    return r;
  };
  const invite = must<HTMLFormElement>('form[data-form="invite-national"]');
  onSubmit(invite, async () => {
    clearErrors(invite);
    const saved = must('[data-saved]', invite);
    show(saved, false);
    const json = { email: fieldValue(invite, 'email'), role: fieldValue(invite, 'role') as Role, lang };
    const r = await send(api.admin.invitations.$post({ json }, inLang(lang)));
    if (!r.ok) return showApiError(r.error, invite);
    invite.reset();
    saved.textContent = t('admin.invite.sent');
    show(saved);
    await load();
  });
  return load;
}
