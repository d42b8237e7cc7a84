// National team: the returns to review, filtered by quarter and status, newest submission
// first, each with the date and time it came in.
import type { z } from 'zod';
import type { NationalReturns } from '../../../../content/api/schemas/national.ts';
import { api, send } from '../lib/api.ts';
import { formatDateTime } from '../lib/dates.ts';
import { el, find, must, onSubmit, replace, show } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import { returnsPaths } from '../returns/paths.ts';
import { appendPage, isStatus, onShowMore, type Period, param, periods, startNationalPage, statusTag } from './common.ts';
import { queueKeys } from './keys.ts';

const { t, lang } = pageStrings(queueKeys);
const paths = returnsPaths(lang);

type Row = z.infer<typeof NationalReturns>['returns'][number];

function rowOf(row: Row, names: Map<string, string>): HTMLElement {
  const org = row.org.name[lang];
  const period = names.get(row.periodId) ?? row.periodId;
  const href = `${paths.review}?org=${encodeURIComponent(row.org.id)}&period=${encodeURIComponent(row.periodId)}`;
  return el(
    'tr',
    { class: 'govuk-table__row' },
    el('th', { scope: 'row', class: 'govuk-table__header' }, org),
    el('td', { class: 'govuk-table__cell' }, period),
    el('td', { class: 'govuk-table__cell' }, statusTag(t, row.status, row.late)),
    el('td', { class: 'govuk-table__cell' }, row.submittedAt ? formatDateTime(row.submittedAt, lang) : '–'),
    el('td', { class: 'govuk-table__cell' }, row.latestVersion ? String(row.latestVersion) : '–'),
    el(
      'td',
      { class: 'govuk-table__cell' },
      el('a', { class: 'govuk-link', href, 'aria-label': t('rui.queue.openFor', { org, period }) }, t('rui.queue.open')),
    ),
  );
}

/** The list comes a page at a time in the Worker's order, names in the page's language (keyset: `next` continues it); "Show more" appends the next page. */
async function load(
  periodSelect: HTMLSelectElement,
  statusSelect: HTMLSelectElement,
  names: Map<string, string>,
  cursor?: string,
): Promise<string | null> {
  const status = statusSelect.value;
  const query = {
    lang,
    ...(periodSelect.value ? { period: periodSelect.value } : {}),
    ...(isStatus(status) ? { status } : {}),
    ...(cursor ? { cursor } : {}),
  };
  const r = await send(api.national.returns.$get({ query }));
  if (!r.ok) throw new Error(`queue ${r.status}`);
  const rows = r.body.returns.map((row) => rowOf(row, names));
  const tbody = must('[data-rows]');
  if (cursor) appendPage(tbody, rows, find('[data-more]'), r.body.next !== null);
  else {
    replace(tbody, ...rows);
    show(find('[data-empty]'), rows.length === 0);
    show(find('[data-table]'), rows.length > 0);
    show(find('[data-more]'), r.body.next !== null);
  }
  return r.body.next;
}

function fillPeriods(select: HTMLSelectElement, list: readonly Period[]): void {
  for (const p of list) select.append(el('option', { value: p.id }, p.label[lang]));
  const wanted = param('period');
  if (wanted) select.value = wanted;
}

void startNationalPage(async () => {
  const list = await periods();
  const periodSelect = must<HTMLSelectElement>('#f-period');
  const statusSelect = must<HTMLSelectElement>('#f-status');
  fillPeriods(periodSelect, list);
  if (new URLSearchParams(location.search).has('status')) statusSelect.value = param('status');
  const names = new Map(list.map((p) => [p.id, p.label[lang]]));
  let next: string | null = null;
  const first = async () => {
    next = await load(periodSelect, statusSelect, names);
  };
  onSubmit(must<HTMLFormElement>('form[data-filter]'), first);
  onShowMore(
    must('[data-more]'),
    () => next,
    async (after) => {
      next = await load(periodSelect, statusSelect, names, after);
    },
  );
  await first();
});
