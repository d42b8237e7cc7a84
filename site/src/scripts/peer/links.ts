// A member's peer review links for one submitted self-assessment (?asset=&assessment=):
// create a link for a reviewer (shown once, with a copy button), the links with their status
// and revocation (the hub's one confirmation), and the submitted reviews beside the asset's
// own levels, one column per reviewer, never averaged.
import { confirmRemoval } from '../admin/confirm.ts';
import type { SuccessBody } from '../lib/api.ts';
import { api, requireSession, send } from '../lib/api.ts';
import { formatDate } from '../lib/dates.ts';
import { el, find, focus, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, showApiError } from '../lib/errors.ts';
import { button, table, tag } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { assetIdParam, linkAssetPages } from '../register/asset-paths.ts';
import { label, standardsList } from '../register/labels.ts';
import { linksKeys } from './keys.ts';

const { t, lang } = pageStrings(linksKeys);
type Detail = SuccessBody<Awaited<ReturnType<(typeof api.assets)[':assetId']['assessments'][':id']['$get']>>>;
type Invitation = Detail['peerInvitations'][number];
type Review = Detail['peerReviews'][number];

const uuid = (v: string | null) => (v && /^[0-9a-f-]{36}$/i.test(v) ? v.toLowerCase() : null);
const reviewerName = (x: Pick<Invitation, 'reviewerKind' | 'reviewerName'>) =>
  t(`assets.reviewer.${x.reviewerKind}`) + (x.reviewerName ? ` (${x.reviewerName})` : '');

function statusTag(i: Invitation): HTMLElement {
  if (i.revokedAt) return tag(t('assetui.links.status.revoked'), 'red');
  return i.active ? tag(t('assetui.links.status.active'), 'green') : tag(t('assetui.links.status.expired'), 'grey');
}

function renderLinks(d: Detail, revoke: (i: Invitation, trigger: HTMLButtonElement) => void): void {
  const list = [...d.peerInvitations].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  show(find('[data-links-none]'), list.length === 0);
  show(find('[data-links-wrap]'), list.length > 0);
  const rows = list.map((i) => {
    const action = i.active ? button(t('assetui.links.revoke'), { variant: 'secondary', context: reviewerName(i) }) : null;
    if (action) action.id = `revoke-${i.id}`;
    action?.addEventListener('click', () => revoke(i, action));
    action?.classList.add('govuk-!-margin-bottom-0');
    return [reviewerName(i), formatDate(i.createdAt, lang), formatDate(i.expiresAt, lang), statusTag(i), action ?? ''];
  });
  const head = [
    t('assetui.peer.reviewer'),
    t('assetui.links.created'),
    t('assetui.links.expires'),
    t('assetui.links.status'),
    t('assetui.links.action'),
  ];
  replace(must('[data-links]'), list.length ? table({ head, rows, rowHeaders: true }) : null);
}

/** One cell of a review: the reviewer's level, and their comment under it. */
function reviewCell(r: Review, id: string): Node | string {
  const rating = r.ratings[id];
  if (!rating) return '–';
  return el(
    'span',
    {},
    el('strong', {}, label('level', rating.level)),
    rating.comment ? el('span', { class: 'govuk-hint govuk-!-display-block' }, rating.comment) : null,
  );
}

function renderReviews(d: Detail): void {
  const reviews = d.peerReviews.filter((r) => r.submittedAt !== null);
  show(find('[data-reviews-none]'), reviews.length === 0);
  show(find('[data-reviews-wrap]'), reviews.length > 0);
  const head = [t('assets.csv.standard'), t('assetui.links.yourLevel'), ...reviews.map(reviewerName)];
  const rows = standardsList().map(([id, name]) => {
    const own = d.assessment.answers[id]?.level;
    return [name, own === undefined ? '–' : label('level', own), ...reviews.map((r) => reviewCell(r, id))];
  });
  replace(must('[data-reviews]'), reviews.length ? table({ head, rows, rowHeaders: true }) : null);
  const summaries = reviews.filter((r) => r.summary);
  replace(
    must('[data-summaries]'),
    ...summaries.map((r) =>
      el(
        'div',
        {},
        el('h3', { class: 'govuk-heading-s' }, t('assetui.links.summaryBy', { reviewer: reviewerName(r) })),
        el('p', { class: 'govuk-body' }, r.summary ?? ''),
      ),
    ),
  );
}

function notAvailable(message: string): void {
  show(find('[data-loading]'), false);
  must('[data-no-asset-text]').textContent = message;
  show(find('[data-no-asset]'));
}

/** The create form's body for the API. */
function newLinkBody(form: HTMLFormElement) {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | RadioNodeList | null)?.value.trim() ?? '';
  const days = value('expiresInDays');
  const kind = value('reviewerKind') as Invitation['reviewerKind'];
  return {
    reviewerKind: kind,
    ...(value('reviewerName') ? { reviewerName: value('reviewerName') } : {}),
    expiresInDays: /^\d{1,3}$/.test(days) ? Number(days) : Number.NaN,
    ...(value('email') ? { email: value('email'), lang } : {}),
  };
}

function showCreated(link: string, email: string | undefined): void {
  must<HTMLInputElement>('#link-out').value = link;
  must('[data-copied]').textContent = '';
  const emailed = must('[data-emailed]');
  emailed.textContent = email ? t('assetui.links.emailed', { email }) : '';
  show(emailed, Boolean(email));
  show(find('[data-created]'));
  focus(must('[data-created-title]'));
}

async function start(): Promise<void> {
  await requireSession(lang);
  const assetId = assetIdParam();
  const id = uuid(new URLSearchParams(location.search).get('assessment'));
  linkAssetPages(assetId);
  if (!assetId || !id) return notAvailable(t('assetui.links.noAssessment'));
  const param = { assetId, id };
  const [asset, first] = await Promise.all([
    send(api.assets[':assetId'].$get({ param: { assetId } })),
    send(api.assets[':assetId'].assessments[':id'].$get({ param })),
  ]);
  if (!asset.ok || !first.ok) {
    const status = asset.ok ? first.status : asset.status;
    if (status === 404 || status === 403) return notAvailable(t('assetui.noAsset'));
    throw new Error(`asset ${status}`);
  }
  if (first.body.status !== 'submitted') return notAvailable(t('error.assets.not-submitted'));
  must('[data-asset-name]').textContent = asset.body.name[lang] || asset.body.name[lang === 'cy' ? 'en' : 'cy'];

  const refresh = async () => {
    const r = await send(api.assets[':assetId'].assessments[':id'].$get({ param }));
    if (!r.ok) throw new Error(`assessment ${r.status}`);
    render(r.body);
  };
  const revoke = (i: Invitation, trigger: HTMLButtonElement) =>
    confirmRemoval(t, {
      after: must('[data-links-wrap]'),
      question: t('assetui.links.confirmRevoke'),
      yes: t('assetui.links.confirmRevokeButton'),
      required: t('assetui.links.confirmRevokeRequired'),
      trigger,
      act: () => send(api.assets[':assetId']['peer-invitations'][':invitationId'].revoke.$post({ param: { assetId, invitationId: i.id } })),
      done: async () => {
        await refresh();
        return t('assetui.links.revoked');
      },
    });
  const render = (d: Detail) => {
    renderLinks(d, revoke);
    renderReviews(d);
  };
  render(first.body);
  show(find('[data-loading]'), false);
  show(find('[data-body]'));

  const form = must<HTMLFormElement>('form[data-create]');
  onSubmit(form, async () => {
    clearErrors(form);
    const body = newLinkBody(form);
    const r = await send(api.assets[':assetId'].assessments[':id']['peer-invitations'].$post({ param, json: body }));
    if (!r.ok) return showApiError(r.error, form);
    const page = must('[data-asset-paths]').dataset.reviewerPage ?? '/';
    showCreated(r.body.link ?? `${location.origin}${page}#token=${r.body.token}`, body.email);
    form.reset();
    await refresh();
  });
  must('[data-copy]').addEventListener('click', () => {
    const out = must<HTMLInputElement>('#link-out');
    const say = (text: string) => (must('[data-copied]').textContent = text);
    const written = navigator.clipboard ? navigator.clipboard.writeText(out.value) : Promise.reject(new Error('no clipboard'));
    written.then(
      () => say(t('assetui.links.copied')),
      () => {
        out.select();
        say(t('assetui.links.copyFailed'));
      },
    );
  });
}

start().catch((e: unknown) => {
  console.warn(e);
  show(find('[data-loading]'), false);
  show(find('[data-failed]'));
});
