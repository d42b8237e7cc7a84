// One community asset: its details and the form to change them (PATCH with the rev it was
// read at; a 409 `conflict` changes nothing and offers the latest details), read-only once
// archived; its self-assessments newest first; links to its other pages.
import type { z } from 'zod';
import type { AssetPatchBody } from '../../../../../content/api/schemas/assets.ts';
import { api, send } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { el, focus, hide, must, onSubmit, replace, show } from '../../lib/dom.ts';
import { clearErrors, showApiError, showErrors } from '../../lib/errors.ts';
import { link, summaryList, table, tag } from '../../lib/govuk.ts';
import { pageStrings } from '../../lib/strings.ts';
import { assetFormValues, fillAssetForm, mineData, pageHref, query, signedIn } from './common.ts';
import { assetKeys } from './keys.ts';

const { t, lang } = pageStrings(assetKeys);
const { names, paths } = mineData();
const assetId = query('asset');
const form = must<HTMLFormElement>('#edit-form');
type Asset = Extract<Awaited<ReturnType<typeof load>>, { ok: true }>['body'];
let rev = 0;

const load = () => send(api.assets[':assetId'].$get({ param: { assetId } }));
const listOf = (ids: string[], from: Record<string, string>) => ids.map((id) => from[id] ?? id).join(', ');

function showAsset(a: Asset): void {
  rev = a.rev;
  must('#asset-name').textContent = a.name[lang];
  document.title = `${a.name[lang]} – ${document.title.split(' – ').slice(-1)[0] ?? ''}`;
  replace(
    must('#asset-details'),
    summaryList([
      { key: t('assets.field.nameCy'), value: a.name.cy },
      { key: t('assets.field.nameEn'), value: a.name.en },
      { key: t('assets.field.type'), value: names.types[a.type] ?? a.type },
      { key: t('assets.field.localAuthority'), value: names.localAuthorities[a.localAuthority] ?? a.localAuthority },
      { key: t('assets.field.healthBoard'), value: names.healthBoards[a.healthBoard] ?? a.healthBoard },
      {
        key: t('assets.field.areaServed'),
        value: [listOf(a.areaServed.healthBoards, names.healthBoards), listOf(a.areaServed.localAuthorities, names.localAuthorities)]
          .filter(Boolean)
          .join('; '),
      },
      { key: t('assets.field.activityTypes'), value: listOf(a.activityTypes, names.activities) },
    ]),
  );
  fillAssetForm(form, a);
  show(must('#archived-notice'), a.archivedAt !== null);
  show(must('#edit-details'), a.archivedAt === null);
}

async function showAssessments(a: Asset): Promise<void> {
  const r = await send(api.assets[':assetId'].assessments.$get({ param: { assetId } }));
  if (!r.ok) return showApiError(r.error);
  const list = r.body.assessments;
  show(must('#assessment-none'), list.length === 0);
  const start = must<HTMLAnchorElement>('#start-assessment');
  start.href = paths.tool;
  show(start, a.archivedAt === null && !list.some((x) => x.status === 'draft'));
  const when = (iso: string) => formatDateTime(iso, lang);
  const rows = list.map((x) => [
    when(x.submittedAt ?? x.updatedAt),
    tag(t(x.status === 'draft' ? 'assets.status.draft' : 'assets.status.submitted'), x.status === 'draft' ? 'grey' : 'green'),
    t('assets.asset.answered', { count: x.answered, total: x.total }),
    x.status === 'draft'
      ? link(t('assets.asset.continue'), pageHref(paths.tool, { asset: assetId, assessment: x.id }))
      : link(t('assets.asset.view'), pageHref(paths.assessment, { asset: assetId, assessment: x.id })),
  ]);
  if (rows.length)
    replace(
      must('#assessment-list'),
      el(
        'div',
        {
          class: 'app-table-region',
          role: 'region',
          tabindex: 0,
          'aria-label': t('table.scroll', { name: t('assets.asset.assessments') }),
        },
        table({ head: [t('assets.asset.updated'), t('assets.asset.status'), t('assets.asset.answeredHeading'), ''], rows }),
      ),
    );
  const submitted = list.filter((x) => x.status === 'submitted');
  const item = (text: string, href: string) => el('li', {}, link(text, href));
  replace(
    must('#asset-links'),
    item(t('assets.asset.members'), pageHref(paths.members, { asset: assetId })),
    item(t('assets.asset.register'), pageHref(paths.register, { asset: assetId })),
    submitted.length >= 2 ? item(t('assets.asset.compare'), pageHref(paths.compare, { asset: assetId })) : null,
    ...submitted.map((x) =>
      item(
        t('assets.asset.peerReview', { date: when(x.submittedAt ?? x.updatedAt) }),
        pageHref(paths.peerReviews, { asset: assetId, assessment: x.id }),
      ),
    ),
  );
}

async function main(): Promise<void> {
  await signedIn(lang);
  const r = await load();
  if (!r.ok) return showErrors([{ message: r.status === 404 || r.status === 403 ? t('assets.asset.missing') : r.error.error.message }]);
  show(must('#asset-body'));
  showAsset(r.body);
  focus(must('main h1'));
  await showAssessments(r.body);
}

onSubmit(form, async () => {
  clearErrors(form);
  hide(must('#edit-conflict'));
  must('#edit-status').textContent = '';
  const json = { rev, ...assetFormValues(form) } as z.input<typeof AssetPatchBody>;
  const r = await send(api.assets[':assetId'].$patch({ param: { assetId }, json }));
  if (r.ok) {
    showAsset(r.body);
    must('#edit-status').textContent = t('assets.asset.saved');
    return;
  }
  if (r.error.error.code === 'conflict') {
    show(must('#edit-conflict'));
    focus(must('#edit-conflict'));
  } else showApiError(r.error, form);
});
must('#edit-reload').addEventListener('click', async () => {
  const r = await load();
  if (!r.ok) return showApiError(r.error);
  hide(must('#edit-conflict'));
  showAsset(r.body);
  focus(must('#asset-details'));
});
void main();
