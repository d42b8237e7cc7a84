// Publishing an asset on the public register (a member): shows exactly what would be
// published (the entry the API would write) and asks for consent; once published, since
// when and what, and withdrawal at any time through the hub's one confirmation.
import type { RegisterEntry } from '../../../../content/assets/register.ts';
import { confirmRemoval, showDone } from '../admin/confirm.ts';
import type { SuccessBody } from '../lib/api.ts';
import { api, requireSession, send } from '../lib/api.ts';
import { formatDate } from '../lib/dates.ts';
import { find, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, showApiError, showErrors } from '../lib/errors.ts';
import { pageStrings } from '../lib/strings.ts';
import { assetIdParam, linkAssetPages } from './asset-paths.ts';
import { entryDetails } from './entry.ts';
import { consentKeys } from './keys.ts';

const { t, lang } = pageStrings(consentKeys);
type AssetBody = SuccessBody<Awaited<ReturnType<(typeof api.assets)[':assetId']['$get']>>>;
type Detail = SuccessBody<Awaited<ReturnType<(typeof api.assets)[':assetId']['assessments'][':id']['$get']>>>;
type Status = SuccessBody<Awaited<ReturnType<(typeof api.assets)[':assetId']['register']['$get']>>>;

interface State {
  asset: AssetBody;
  /** The newest submitted self-assessment, with its reviews; null when there is none. */
  latest: Detail | null;
  status: Status | null;
}

/** The entry publishing `latest` would write (what registerEntryOf makes of the same rows). */
function preview(asset: AssetBody, latest: Detail): RegisterEntry {
  const levels: Record<string, number> = {};
  for (const [id, a] of Object.entries(latest.assessment.answers)) if (a.level !== undefined) levels[id] = a.level;
  const reviewed = latest.peerReviews.map((r) => r.submittedAt).filter((x): x is string => x !== null);
  const last = [latest.submittedAt ?? latest.updatedAt, ...reviewed].sort().at(-1) ?? latest.updatedAt;
  return {
    assetId: asset.id,
    name: asset.name,
    assetType: asset.type,
    areaServed: asset.areaServed,
    activityTypes: asset.activityTypes,
    standardsVersion: latest.standardsVersion,
    levels,
    lastReviewed: last,
    peerReviewed: reviewed.length > 0,
    consentGivenAt: new Date().toISOString(),
    consentWithdrawnAt: null,
  };
}

async function load(assetId: string): Promise<State | null> {
  const param = { assetId };
  const [asset, list, status] = await Promise.all([
    send(api.assets[':assetId'].$get({ param })),
    send(api.assets[':assetId'].assessments.$get({ param })),
    send(api.assets[':assetId'].register.$get({ param })),
  ]);
  if (!asset.ok && (asset.status === 404 || asset.status === 403)) return null;
  if (!asset.ok || !list.ok) throw new Error(`asset ${asset.status}`);
  if (!status.ok && status.status !== 404) throw new Error(`register ${status.status}`);
  const submitted = list.body.assessments.find((a) => a.status === 'submitted');
  let latest: Detail | null = null;
  if (submitted) {
    const d = await send(api.assets[':assetId'].assessments[':id'].$get({ param: { assetId, id: submitted.id } }));
    if (!d.ok) throw new Error(`assessment ${d.status}`);
    latest = d.body;
  }
  return { asset: asset.body, latest, status: status.ok ? status.body : null };
}

function render(s: State): void {
  const published = s.status?.published === true && s.status.entry !== null;
  must('[data-asset-name]').textContent = s.asset.name[lang] || s.asset.name[lang === 'cy' ? 'en' : 'cy'];
  const line = must('[data-status-line]');
  if (published) line.textContent = t('assetui.publish.since', { date: formatDate(s.status!.consentGivenAt, lang) });
  else if (s.status?.withdrawnAt) line.textContent = t('assetui.publish.withdrawnOn', { date: formatDate(s.status.withdrawnAt, lang) });
  else line.textContent = t('assetui.publish.notPublished');
  const entry = published ? s.status!.entry : s.latest ? preview(s.asset, s.latest) : null;
  const title = must('[data-entry-title]');
  title.textContent = published ? t('assetui.publish.publishedTitle') : t('assetui.publish.previewTitle');
  show(title, entry !== null);
  replace(must('[data-entry]'), entry ? entryDetails(t, lang, entry) : null);
  show(find('[data-withdraw-area]'), published);
  show(find('[data-no-submitted]'), !s.latest);
  const newer = published && s.latest !== null && s.latest.id !== s.status!.assessmentId;
  const newerNote = must('[data-newer]');
  newerNote.textContent = newer ? t('assetui.publish.newer') : '';
  show(newerNote, newer);
  show(find('form[data-consent]'), s.latest !== null && (!published || newer));
  must<HTMLInputElement>('#consent').checked = false;
}

async function start(): Promise<void> {
  await requireSession(lang);
  const assetId = assetIdParam();
  linkAssetPages(assetId);
  const state = assetId ? await load(assetId) : null;
  show(find('[data-loading]'), false);
  if (!assetId || !state) return show(find('[data-no-asset]'));
  render(state);
  show(find('[data-body]'));
  const form = must<HTMLFormElement>('form[data-consent]');
  onSubmit(form, async () => {
    if (!must<HTMLInputElement>('#consent').checked)
      return showErrors([{ field: 'consent', message: t('assetui.publish.consentRequired') }], form);
    clearErrors(form);
    const r = await send(api.assets[':assetId'].register.$put({ param: { assetId }, json: { assessmentId: state.latest!.id } }));
    if (!r.ok) return showApiError(r.error, form);
    state.status = r.body;
    render(state);
    showDone(t, t('assetui.publish.done'));
  });
  const withdraw = must<HTMLButtonElement>('[data-withdraw]');
  withdraw.addEventListener('click', () =>
    confirmRemoval(t, {
      after: withdraw,
      question: t('assetui.publish.confirmWithdraw'),
      yes: t('assetui.publish.confirmWithdrawButton'),
      required: t('assetui.publish.confirmWithdrawRequired'),
      trigger: withdraw,
      act: async () => {
        const r = await send(api.assets[':assetId'].register.$delete({ param: { assetId } }));
        if (r.ok) state.status = r.body;
        return r;
      },
      done: async () => {
        render(state);
        return t('assetui.publish.withdrawn');
      },
    }),
  );
}

start().catch((e: unknown) => {
  console.warn(e);
  show(find('[data-loading]'), false);
  show(find('[data-failed]'));
});
