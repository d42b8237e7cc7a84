// A return's history for its organisation: every submitted version (when, how, by whom, the
// reason for an amendment, the review) and what changed between any two versions.
import type { z } from 'zod';
import type { VersionDiff, VersionSummary } from '../../../../../content/api/schemas/returns.ts';
import { formatValue } from '../../../../../content/dataset/numbers.ts';
import { api, requireSession, send } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { el, find, must, onSubmit, replace, show } from '../../lib/dom.ts';
import { table } from '../../lib/govuk.ts';
import { pageStrings } from '../../lib/strings.ts';
import { loadFailed, note, oneReturn, orgPeriodQuery, periodName, readReturn, ready, returnOfPage } from '../common.ts';
import { startNotes } from '../notes.ts';
import { returnsPaths } from '../paths.ts';
import { keys } from './keys.ts';

type Version = z.infer<typeof VersionSummary>;
type Changes = z.infer<typeof VersionDiff>['changes'];

const { t, lang } = pageStrings(keys);
const num = (v: number | null): string => (v === null ? '–' : formatValue(v, lang));

function reviewText(v: Version): string {
  if (!v.review) return t('rui.review.pending');
  return v.review.decision === 'accepted' ? t('rui.review.accepted') : t('rui.review.returned', { comment: v.review.comment ?? '' });
}

function versionRow(v: Version): HTMLElement {
  const cell = (text: string) => el('td', { class: 'govuk-table__cell' }, text);
  return el(
    'tr',
    { class: 'govuk-table__row' },
    el('th', { scope: 'row', class: 'govuk-table__header' }, String(v.version)),
    cell(v.reference),
    cell(formatDateTime(v.createdAt, lang)),
    cell(`${t(`rui.via.${v.via}`)}${v.declarationName ? ` · ${v.declarationName}` : ''}`),
    cell(v.amendmentReason ?? ''),
    cell(reviewText(v)),
  );
}

function changesTable(changes: Changes, from: number, to: number): HTMLElement {
  if (!changes.length) return el('p', { class: 'govuk-body' }, t('rui.history.noChanges'));
  return table({
    caption: t('rui.history.changes', { from, to }),
    head: [t('rui.check.field'), t('rui.history.before'), t('rui.history.after')],
    rows: changes.map((c) => [c.label[lang], num(c.from), num(c.to)]),
    rowHeaders: true,
    numeric: [1, 2],
  });
}

async function showDiff(orgId: string, periodId: string, from: number, to: number): Promise<void> {
  const d = await send(oneReturn.diff.$get({ param: { orgId, periodId }, query: { from: String(from), to: String(to) } }));
  replace(must('[data-diff]'), d.ok ? changesTable(d.body.changes, from, to) : el('p', { class: 'govuk-body' }, t('error.internal')));
}

/** The "compare two versions" form: the last two are compared at once. */
function compare(orgId: string, periodId: string, versions: readonly Version[]): void {
  const from = must<HTMLSelectElement>('#cmp-from');
  const to = must<HTMLSelectElement>('#cmp-to');
  const options = () => versions.map((v) => el('option', { value: v.version }, String(v.version)));
  replace(from, ...options());
  replace(to, ...options());
  const [before, last] = versions.slice(-2);
  if (before && last) {
    from.value = String(before.version);
    to.value = String(last.version);
    void showDiff(orgId, periodId, before.version, last.version);
  }
  onSubmit(must<HTMLFormElement>('form[data-compare]'), () => showDiff(orgId, periodId, Number(from.value), Number(to.value)));
}

async function start(): Promise<void> {
  await requireSession(lang);
  const which = returnOfPage();
  if (!which) return note(t('rui.form.missing'));
  const { orgId, periodId } = which;
  const [r, org] = await Promise.all([readReturn(orgId, periodId), send(api.orgs[':orgId'].$get({ param: { orgId } }))]);
  if (!r.ok) return loadFailed();
  const orgName = org.ok ? (lang === 'cy' ? org.body.organisation.nameCy : org.body.organisation.nameEn) : '';
  must('[data-caption]').textContent = t('rui.form.caption', { org: orgName, period: periodName(r.body.period, lang) });
  const formLink = find<HTMLAnchorElement>('[data-form-link]');
  if (formLink) formLink.href = returnsPaths(lang).form + orgPeriodQuery(orgId, periodId);
  const versions = r.body.versions;
  replace(must('[data-versions]'), ...versions.map(versionRow));
  show(find('[data-none]'), versions.length === 0);
  show(find('[data-versions-wrap]'), versions.length > 0);
  compare(orgId, periodId, versions);
  if (r.body.draft.rev > 0 || versions.length)
    startNotes(t, lang, { orgId, periodId }, r.body.notes, async () => {
      const again = await readReturn(orgId, periodId);
      return again.ok ? again.body.notes : null;
    });
  ready();
}

void start();
