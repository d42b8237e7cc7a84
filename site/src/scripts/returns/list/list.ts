// "Your returns": every period of the organisation with its due date and how long is left,
// the status of its return and the next step; the period open now comes first.
import type { z } from 'zod';
import type { OrgReturns } from '../../../../../content/api/schemas/returns.ts';
import { currentFirst, deadlineOf } from '../../../../../content/returns/deadlines.ts';
import { api, requireSession, send } from '../../lib/api.ts';
import { formatDate } from '../../lib/dates.ts';
import { el, must, replace, show } from '../../lib/dom.ts';
import { link, tag } from '../../lib/govuk.ts';
import { pageStrings } from '../../lib/strings.ts';
import { loadFailed, note, orgPeriodQuery, periodName, readOrgReturns, ready, statusTag } from '../common.ts';
import { returnsPaths } from '../paths.ts';
import { keys } from './keys.ts';

type Row = z.infer<typeof OrgReturns>['periods'][number];

const { t, lang } = pageStrings(keys);
const paths = returnsPaths(lang);

function nextStep(row: Row): Parameters<typeof t>[0] {
  if (row.period.locked) return 'rui.action.view';
  if (row.status === 'not-started') return 'rui.action.start';
  if (row.status === 'draft' || row.unsubmittedChanges) return 'rui.action.continue';
  return row.status === 'returned' ? 'rui.action.amend' : 'rui.action.view';
}

/** "Closes in 3 days" / "Closed" / "Not open yet", under the due date. */
function deadlineText(row: Row, now: Date): string {
  const d = deadlineOf(row.period, now);
  if (d.state === 'closed') return t('rui.list.closed');
  if (d.state === 'not-open') return t('rui.list.notOpen');
  return d.days === 0 ? t('rui.list.closesToday') : t('rui.list.closesIn', { count: d.days });
}

function actions(orgId: string, row: Row, name: string): HTMLElement {
  const q = orgPeriodQuery(orgId, row.period.id);
  const forPeriod = () => el('span', { class: 'govuk-visually-hidden' }, t('rui.action.forPeriod', { period: name }));
  const open = link(t(nextStep(row)), paths.form + q);
  open.append(forPeriod());
  if (!row.latestVersion) return el('td', { class: 'govuk-table__cell' }, open);
  const history = link(t('rui.action.history'), paths.history + q);
  history.append(forPeriod());
  return el('td', { class: 'govuk-table__cell' }, el('ul', { class: 'govuk-list' }, el('li', {}, open), el('li', {}, history)));
}

function statusCell(row: Row): HTMLElement {
  const hint = (text: string) => el('span', { class: 'govuk-body-s govuk-!-display-block govuk-!-margin-top-1' }, text);
  return el(
    'td',
    { class: 'govuk-table__cell' },
    statusTag(t, row.status, row.late),
    row.period.locked ? hint(t('rui.list.locked')) : null,
    row.reference ? hint(row.reference) : null,
    row.unsubmittedChanges && row.status !== 'draft' ? hint(t('rui.list.unsubmitted')) : null,
  );
}

function rowOf(orgId: string, row: Row, now: Date, current: boolean): HTMLElement {
  const name = periodName(row.period, lang);
  const cell = (...children: (Node | string | null)[]) => el('td', { class: 'govuk-table__cell' }, ...children);
  return el(
    'tr',
    { class: 'govuk-table__row', 'data-period': row.period.id },
    el(
      'th',
      { scope: 'row', class: 'govuk-table__header' },
      name,
      current ? el('br') : null,
      current ? tag(t('rui.list.current'), 'turquoise') : null,
    ),
    cell(formatDate(row.period.opensAt, lang)),
    cell(
      formatDate(row.period.dueAt, lang),
      el('span', { class: 'govuk-body-s govuk-!-display-block', 'data-deadline': true }, deadlineText(row, now)),
    ),
    statusCell(row),
    actions(orgId, row, name),
  );
}

async function render(orgId: string): Promise<boolean> {
  const r = await readOrgReturns(orgId);
  if (!r.ok) return false;
  must('[data-org-name]').textContent = r.body.org.name[lang];
  const now = new Date();
  const rows = currentFirst(r.body.periods, now);
  show(must('[data-empty]'), rows.length === 0);
  show(must('[data-table]'), rows.length > 0);
  replace(must('[data-rows]'), ...rows.map((row) => rowOf(orgId, row, now, deadlineOf(row.period, now).state === 'open')));
  return true;
}

/** With more than one organisation, a choice of which one to show. */
async function orgChoice(orgIds: readonly string[]): Promise<void> {
  const choice = must<HTMLSelectElement>('#org-choice');
  const names = await Promise.all(
    orgIds.map(async (orgId) => {
      const r = await send(api.orgs[':orgId'].$get({ param: { orgId } }));
      return r.ok ? (lang === 'cy' ? r.body.organisation.nameCy : r.body.organisation.nameEn) : orgId;
    }),
  );
  replace(choice, ...orgIds.map((id, i) => el('option', { value: id }, names[i] ?? id)));
  show(must('[data-org-choice]'));
  choice.addEventListener('change', () => void render(choice.value).then((ok) => ok || loadFailed()));
}

async function start(): Promise<void> {
  const user = await requireSession(lang);
  const [first] = user.orgIds;
  if (!first) return note(t('rui.noOrg'));
  if (user.orgIds.length > 1) await orgChoice(user.orgIds);
  if (await render(first)) ready();
  else loadFailed();
}

void start();
