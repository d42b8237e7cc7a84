// National team: the returns to review, filtered by quarter and status, newest submission
// first, each with the date and time it came in.
import { api, send } from '../lib/api.ts';
import { formatDateTime } from '../lib/dates.ts';
import { el, find, must, onSubmit, replace, show } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import { returnsPaths } from '../returns/paths.ts';
import { isStatus, type Period, param, periods, startNationalPage, statusTag } from './common.ts';
import { queueKeys } from './keys.ts';

const { t, lang } = pageStrings(queueKeys);
const paths = returnsPaths(lang);

async function load(periodSelect: HTMLSelectElement, statusSelect: HTMLSelectElement, names: Map<string, string>): Promise<void> {
  const status = statusSelect.value;
  const query = { ...(periodSelect.value ? { period: periodSelect.value } : {}), ...(isStatus(status) ? { status } : {}) };
  const r = await send(api.national.returns.$get({ query }));
  if (!r.ok) throw new Error(`queue ${r.status}`);
  const rows = [...r.body.returns].sort((a, b) => (b.submittedAt ?? 0) - (a.submittedAt ?? 0));
  show(find('[data-empty]'), rows.length === 0);
  show(find('[data-table]'), rows.length > 0);
  replace(
    must('[data-rows]'),
    ...rows.map((row) => {
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
    }),
  );
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
  onSubmit(must<HTMLFormElement>('form[data-filter]'), () => load(periodSelect, statusSelect, names));
  await load(periodSelect, statusSelect, names);
});
