// "Your tools" on the account page, the landing page after sign-in: the latest
// self-assessment (continue it), each organisation's returns (the current quarter first,
// with status and closing date), and the national team pages the role allows.
import { accountPaths } from '../../../../../content/assessment/paths.ts';
import { ukDay } from '../../../../../content/datetime.ts';
import { deadlineOf } from '../../../../../content/returns/deadlines.ts';
import type { Lang } from '../../../../../content/schema.ts';
import { api, type SignedIn, send } from '../../lib/api.ts';
import { formatDate, type RELATIVE_DAY_KEYS, relativeDayText } from '../../lib/dates.ts';
import { el, find, findAll, must, replace, show } from '../../lib/dom.ts';
import { link, RETURN_STATUS_COLOUR, table, tag } from '../../lib/govuk.ts';
import type { PageT } from '../../lib/strings.ts';
import { returnsPaths } from '../../returns/paths.ts';
import type { keys } from './keys.ts';

type T = PageT<(typeof keys)[number]>;
type OrgReturns = Extract<Awaited<ReturnType<typeof loadReturns>>, { ok: true }>['body'];
type PeriodRow = OrgReturns['periods'][number];

const loadReturns = (orgId: string) => send(api.orgs[':orgId'].returns.$get({ param: { orgId } }));

async function showAssessments(t: T, lang: Lang): Promise<void> {
  const box = must('[data-tools-assessments]');
  const r = await send(api.assessments.$get());
  if (!r.ok) return replace(box, el('p', { class: 'govuk-body' }, t('account.tools.failed')));
  const latest = r.body.assessments[0];
  if (!latest) return replace(box, el('p', { class: 'govuk-body' }, t('account.tools.noAssessments')));
  const when = latest.updatedAt ?? latest.createdAt;
  const text =
    latest.status === 'draft'
      ? t('account.tools.latestDraft', { date: when ? formatDate(when, lang) : '', answered: latest.answered, total: latest.total })
      : t('account.tools.latestComplete', { date: latest.completedAt ? formatDate(latest.completedAt, lang) : '' });
  replace(box, el('p', { class: 'govuk-body' }, link(text, `${accountPaths(lang).saved}?id=${encodeURIComponent(latest.id)}`)));
}

/** The quarter open now (the latest that has opened) first, then the others still to do, newest first; at most three. */
export function periodsToShow(periods: readonly PeriodRow[], today: string): PeriodRow[] {
  const opened = periods.filter((p) => p.period.opensAt <= today).sort((a, b) => b.period.opensAt.localeCompare(a.period.opensAt));
  const [current, ...rest] = opened;
  const todo = rest.filter((p) => !p.period.locked && p.status !== 'accepted' && p.status !== 'submitted');
  return current ? [current, ...todo].slice(0, 3) : [];
}

function dueCell(t: T, lang: Lang, row: PeriodRow, now: number): HTMLElement {
  const cell = el('span', {}, formatDate(row.period.dueAt, lang));
  const toDo = row.status !== 'accepted' && row.status !== 'submitted';
  // The one rule of the returns list (content/returns/deadlines.ts): a locked period is closed, days counted in Wales.
  if (toDo && deadlineOf(row.period, new Date(now)).state === 'open')
    cell.append(
      el('br'),
      t('account.tools.closes', { when: relativeDayText(t as PageT<(typeof RELATIVE_DAY_KEYS)[number]>, row.period.dueAt, now) }),
    );
  return cell;
}

function returnsTable(t: T, lang: Lang, body: OrgReturns, now: number): HTMLElement {
  const paths = returnsPaths(lang);
  const today = ukDay(new Date(now));
  const rows = periodsToShow(body.periods, today).map((row) => {
    const href = `${paths.form}?org=${encodeURIComponent(body.org.id)}&period=${encodeURIComponent(row.period.id)}`;
    const status = el(
      'span',
      {},
      tag(t(`period.status.${row.status}`), RETURN_STATUS_COLOUR[row.status]),
      row.late ? tag(t('period.late'), 'red') : null,
    );
    return [link(row.period.label[lang], href), status, dueCell(t, lang, row, now)];
  });
  const name = body.org.name[lang];
  if (!rows.length)
    return el(
      'div',
      { 'data-tools-org': body.org.id },
      el('h4', { class: 'govuk-heading-s' }, name),
      el('p', { class: 'govuk-body' }, t('rui.list.empty')),
    );
  return el(
    'div',
    { 'data-tools-org': body.org.id },
    table({ caption: name, head: [t('account.tools.quarter'), t('account.tools.status'), t('rui.list.due')], rows }),
  );
}

async function showReturns(t: T, lang: Lang, orgs: readonly { id: string }[]): Promise<void> {
  const section = find('[data-tools-returns]');
  if (!section || !orgs.length) return;
  const now = Date.now();
  const results = await Promise.all(orgs.map((o) => loadReturns(o.id)));
  const box = must('[data-tools-returns-list]', section);
  replace(
    box,
    ...results.map((r) => (r.ok ? returnsTable(t, lang, r.body, now) : el('p', { class: 'govuk-body' }, t('account.tools.failed')))),
  );
  show(section);
}

function showNational(role: SignedIn['nationalRole']): void {
  const section = find('[data-tools-national]');
  if (!section || !role) return;
  if (role !== 'admin') for (const item of findAll('[data-needs="admin"]', section)) item.remove();
  show(section);
}

export async function showTools(t: T, lang: Lang, who: SignedIn, orgs: readonly { id: string }[]): Promise<void> {
  showNational(who.nationalRole);
  await Promise.all([showAssessments(t, lang), showReturns(t, lang, orgs)]);
}
