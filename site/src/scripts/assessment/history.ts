// "My assessments": the saved assessments with their dates and times (two can be saved on
// one day), a link to each, the data download, and the form to compare two.
import type { SuccessBody } from '../lib/api.ts';
import { api, send } from '../lib/api.ts';
import { el, focus } from '../lib/dom.ts';
import { showErrors } from '../lib/errors.ts';
import { link, notificationBanner, table, tag } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { type AccountPage, accountPage, signedInOr, tableRegion } from './account-page.ts';
import { historyKeys } from './keys/history.ts';
import { when } from './when.ts';

type Summary = SuccessBody<Awaited<ReturnType<typeof api.assessments.$get>>>['assessments'][number];

const { t, lang } = pageStrings(historyKeys);
const STATUS = { draft: 'assess.status.draft', complete: 'assess.status.complete' } as const;
const statusTag = (s: Summary) => tag(t(STATUS[s.status]), s.status === 'complete' ? 'green' : 'blue');
const progressOf = (s: Summary) => t('assess.progress', { count: s.answered, total: s.total });

function historyTable(p: AccountPage, list: readonly Summary[]): HTMLElement {
  const head = (['started', 'updated', 'version', 'progress', 'status'] as const).map((k) => t(`assess.history.${k}`));
  const open = (s: Summary) =>
    el(
      'a',
      {
        class: 'govuk-link',
        href: `${p.paths.saved}?id=${encodeURIComponent(s.id)}`,
        'aria-label': t('assess.history.openLabel', { date: when(s.createdAt, lang) }),
      },
      t('assess.history.open'),
    );
  const tbl = table({
    caption: t('assess.history.caption'),
    head: [...head, el('span', { class: 'govuk-visually-hidden' }, t('assess.history.open'))],
    rows: list.map((s) => [when(s.createdAt, lang), when(s.updatedAt, lang), s.frameworkVersion, progressOf(s), statusTag(s), open(s)]),
  });
  tbl.id = 'history-table';
  return tableRegion(t, t('assess.history.caption'), tbl);
}

function select(id: string, label: string, list: readonly Summary[], pick: number): HTMLElement {
  const options = list.map((s, i) =>
    el('option', { value: s.id, selected: i === pick }, `${when(s.createdAt, lang)} – ${t(STATUS[s.status])} (${progressOf(s)})`),
  );
  return el(
    'div',
    { class: 'govuk-form-group', 'data-field': id },
    el('label', { class: 'govuk-label', for: id }, label),
    el('select', { class: 'govuk-select', id, name: id }, ...options),
  );
}

function compareForm(p: AccountPage, list: readonly Summary[]): HTMLElement {
  const form = el(
    'form',
    { action: p.paths.compare, method: 'get', novalidate: true },
    select('a', t('assess.history.earlier'), list, 1),
    select('b', t('assess.history.later'), list, 0),
    el('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button' }, t('assess.history.compare')),
  );
  form.addEventListener('submit', (e) => {
    const fd = new FormData(form);
    if (fd.get('a') !== fd.get('b')) return;
    e.preventDefault();
    showErrors([{ field: 'b', message: t('assess.history.sameTwice') }], form);
  });
  return form;
}

/** After deleting an assessment from its page: a success banner says it is gone. */
function deletedBanner(p: AccountPage): void {
  const banner = notificationBanner({ title: t('assess.delete.doneTitle'), heading: t('assess.delete.done'), success: true });
  p.body.before(banner);
  focus(banner);
}

async function historyPage(p: AccountPage): Promise<void> {
  if (!(await signedInOr(p, t, t('assess.signInNeeded')))) return;
  const r = await send(api.assessments.$get());
  p.done();
  if (!r.ok) return p.fail(r.error);
  const list = r.body.assessments;
  if (new URLSearchParams(location.search).has('deleted')) deletedBanner(p);
  p.body.append(el('p', { class: 'govuk-body' }, t('assess.history.lead')));
  if (!list.length) {
    p.body.append(
      el('p', { class: 'govuk-body' }, t('assess.history.none')),
      el('p', { class: 'govuk-body' }, link(t('assess.title'), p.paths.start)),
    );
    return;
  }
  p.body.append(
    historyTable(p, list),
    el(
      'p',
      { class: 'govuk-body' },
      el(
        'a',
        { class: 'govuk-link', href: '/api/account/export', download: 'sphub-account-export.json', 'aria-describedby': 'download-hint' },
        t('assess.history.download'),
      ),
    ),
    el('p', { class: 'govuk-hint', id: 'download-hint' }, t('assess.history.downloadHint')),
  );
  const section = el(
    'section',
    { 'aria-labelledby': 'h-compare' },
    el('h2', { class: 'govuk-heading-l', id: 'h-compare' }, t('assess.history.compareHeading')),
  );
  section.append(list.length < 2 ? el('p', { class: 'govuk-body' }, t('assess.history.needTwo')) : compareForm(p, list));
  p.body.append(section);
}

void historyPage(accountPage());
