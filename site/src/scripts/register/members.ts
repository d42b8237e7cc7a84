// Who acts for an asset (?asset=): the members with removal (the last member cannot be
// removed: the API's 409 last-member is shown as a GOV.UK error), inviting by email in the
// chosen language (503 without mail is explained), and the pending invitations with
// revocation, both through the hub's one confirmation.
import { confirmRemoval, showDone } from '../admin/confirm.ts';
import type { SuccessBody } from '../lib/api.ts';
import { api, requireSession, send } from '../lib/api.ts';
import { formatDate } from '../lib/dates.ts';
import { fieldValue, find, focus, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, showApiError } from '../lib/errors.ts';
import { button, table } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { assetIdParam, linkAssetPages } from './asset-paths.ts';
import { membersKeys } from './keys.ts';

const { t, lang } = pageStrings(membersKeys);
type Members = SuccessBody<Awaited<ReturnType<(typeof api.assets)[':assetId']['members']['$get']>>>['members'];
type Invitations = SuccessBody<Awaited<ReturnType<(typeof api.assets)[':assetId']['invitations']['$get']>>>['invitations'];

interface Handlers {
  remove: (m: Members[number], trigger: HTMLButtonElement) => void;
  revoke: (i: Invitations[number], trigger: HTMLButtonElement) => void;
}

function renderMembers(members: Members, h: Handlers): void {
  const rows = members.map((m) => {
    const remove = button(t('assetui.members.remove'), { variant: 'secondary', context: m.name ?? m.email });
    remove.id = `remove-${m.userId}`;
    remove.classList.add('govuk-!-margin-bottom-0');
    remove.addEventListener('click', () => h.remove(m, remove));
    return [m.name ?? t('assetui.members.noName'), m.email, formatDate(m.addedAt, lang), remove];
  });
  const head = [t('assetui.members.name'), t('assetui.members.email'), t('assetui.members.added'), t('assetui.links.action')];
  replace(must('[data-members]'), table({ head, rows, rowHeaders: true }));
}

function renderPending(invitations: Invitations, h: Handlers): void {
  const now = new Date().toISOString();
  const pending = invitations.filter((i) => !i.acceptedAt && !i.revokedAt && i.expiresAt > now);
  show(find('[data-pending-none]'), pending.length === 0);
  show(find('[data-pending-wrap]'), pending.length > 0);
  const rows = pending.map((i) => {
    const revoke = button(t('assetui.links.revoke'), { variant: 'secondary', context: i.email });
    revoke.id = `revoke-${i.id}`;
    revoke.classList.add('govuk-!-margin-bottom-0');
    revoke.addEventListener('click', () => h.revoke(i, revoke));
    return [i.email, formatDate(i.createdAt, lang), formatDate(i.expiresAt, lang), revoke];
  });
  const head = [t('assetui.members.email'), t('assetui.members.sent'), t('assetui.links.expires'), t('assetui.links.action')];
  replace(must('[data-pending]'), pending.length ? table({ head, rows, rowHeaders: true }) : null);
}

async function start(): Promise<void> {
  await requireSession(lang);
  const assetId = assetIdParam();
  linkAssetPages(assetId);
  const param = { assetId: assetId ?? '' };
  const asset = assetId ? await send(api.assets[':assetId'].$get({ param })) : null;
  show(find('[data-loading]'), false);
  if (!asset || (!asset.ok && (asset.status === 404 || asset.status === 403))) return show(find('[data-no-asset]'));
  if (!asset.ok) throw new Error(`asset ${asset.status}`);
  must('[data-asset-name]').textContent = asset.body.name[lang];

  const handlers: Handlers = {
    remove: (m, trigger) =>
      confirmRemoval(t, {
        after: must('[data-members-wrap]'),
        question: t('assetui.members.confirmRemove'),
        yes: t('assetui.members.confirmRemoveButton'),
        required: t('assetui.members.confirmRemoveRequired'),
        trigger,
        act: () => send(api.assets[':assetId'].members[':userId'].$delete({ param: { ...param, userId: m.userId } })),
        done: async () => {
          await refresh();
          return t('assetui.members.removed');
        },
      }),
    revoke: (i, trigger) =>
      confirmRemoval(t, {
        after: must('[data-pending-wrap]'),
        question: t('assetui.members.confirmRevoke'),
        yes: t('assetui.members.confirmRevokeButton'),
        required: t('assetui.members.confirmRevokeRequired'),
        trigger,
        act: () => send(api.assets[':assetId'].invitations[':invitationId'].$delete({ param: { ...param, invitationId: i.id } })),
        done: async () => {
          await refresh();
          return t('assetui.members.revoked');
        },
      }),
  };
  const refresh = async () => {
    const [m, i] = await Promise.all([
      send(api.assets[':assetId'].members.$get({ param })),
      send(api.assets[':assetId'].invitations.$get({ param })),
    ]);
    if (!m.ok || !i.ok) throw new Error(`members ${m.status} ${i.status}`);
    renderMembers(m.body.members, handlers);
    renderPending(i.body.invitations, handlers);
  };
  await refresh();
  show(find('[data-body]'));

  const form = must<HTMLFormElement>('form[data-invite]');
  onSubmit(form, async () => {
    clearErrors(form);
    show(find('[data-no-mail]'), false);
    const email = fieldValue(form, 'email').trim();
    const r = await send(
      api.assets[':assetId'].invitations.$post({ param, json: { email, lang: fieldValue(form, 'lang') === 'en' ? 'en' : 'cy' } }),
    );
    if (!r.ok && r.status === 503) {
      show(find('[data-no-mail]'));
      return focus(must('[data-no-mail]'));
    }
    if (!r.ok) return showApiError(r.error, form);
    must<HTMLInputElement>('#invite-email').value = '';
    await refresh();
    // A long address would not wrap in the banner's heading on a phone: the table below names it.
    showDone(t, t('assetui.members.invited'));
  });
}

start().catch((e: unknown) => {
  console.warn(e);
  show(find('[data-loading]'), false);
  show(find('[data-failed]'));
});
