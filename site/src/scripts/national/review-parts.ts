// The parts of the review page that show a return: its versions (dates with times), what
// changed between two versions, its warnings with the organisation's explanations, and its
// figures by section.
import type { z } from 'zod';
import type { ReturnDetail, VersionDetail, VersionDiff } from '../../../../content/api/schemas/returns.ts';
import { fieldsOf } from '../../../../content/dataset/fields.ts';
import type { DatasetDefinition, Lang } from '../../../../content/schema.ts';
import { formatDateTime } from '../lib/dates.ts';
import { el } from '../lib/dom.ts';
import { table, warningText } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import { formatNumber, tableRow } from './common.ts';
import type { reviewKeys } from './keys.ts';

type T = PageT<(typeof reviewKeys)[number]>;
type Detail = z.infer<typeof ReturnDetail>;
type Version = Detail['versions'][number];

function reviewText(t: T, lang: Lang, review: Version['review']): string {
  if (!review) return t('rui.review.pending');
  const decision = review.decision === 'accepted' ? t('rui.review.accepted') : t('rui.review.returned', { comment: review.comment ?? '' });
  return t('rui.review.at', { decision, date: formatDateTime(review.reviewedAt, lang) });
}

/** One row of the versions table. */
export function versionRow(t: T, lang: Lang, v: Version): HTMLTableRowElement {
  const via = t(`rui.via.${v.via}`) + (v.submittedBy ? ` · ${v.submittedBy}` : '');
  return tableRow(String(v.version), [
    v.reference,
    formatDateTime(v.createdAt, lang),
    via,
    v.amendmentReason ?? '',
    reviewText(t, lang, v.review),
  ]);
}

/** What changed between two versions, or a sentence when nothing did. */
export function changesTable(t: T, lang: Lang, diff: z.infer<typeof VersionDiff>): HTMLElement {
  if (!diff.changes.length) return el('p', { class: 'govuk-body' }, t('rui.history.noChanges'));
  return table({
    caption: t('rui.history.changes', { from: diff.from, to: diff.to }),
    head: [t('rui.check.field'), t('rui.history.before'), t('rui.history.after')],
    rows: diff.changes.map((c) => [c.label[lang], formatNumber(c.from, lang), formatNumber(c.to, lang)]),
    rowHeaders: true,
    numeric: [1, 2],
  });
}

/**
 * The warnings on the version, each with the organisation's explanation. The return's issues
 * are those of its draft, which is the latest version unless the organisation has changed
 * it since; then every explanation on the version is listed instead.
 */
export function issuesList(t: T, lang: Lang, detail: Detail, version: z.infer<typeof VersionDetail>, def: DatasetDefinition): HTMLElement {
  const labels = new Map(fieldsOf(def).map((f) => [f.key, f.label[lang]]));
  const explained = (field: string) => version.explanations[field];
  const items = detail.unsubmittedChanges
    ? Object.keys(version.explanations).map((field) => ({ field, message: labels.get(field) ?? field }))
    : [...detail.issues.errors, ...detail.issues.warnings].map((i) => ({ field: i.field, message: i.message[lang] }));
  if (!items.length) return el('p', { class: 'govuk-body', 'data-no-issues': true }, t('rui.reviewPage.noIssues'));
  return el(
    'ul',
    { class: 'govuk-list', 'data-issues': true },
    ...items.map((i) =>
      el(
        'li',
        {},
        warningText(i.message, t('rui.warningPrefix')),
        el(
          'p',
          { class: 'govuk-body govuk-!-margin-left-6' },
          explained(i.field) ? t('rui.reviewPage.explanation', { text: explained(i.field) ?? '' }) : t('rui.reviewPage.noExplanation'),
        ),
      ),
    ),
  );
}

/** The organisation's last 8 accepted values of a field, oldest first, as text ("96 · 104 · …"). */
function historyText(t: T, lang: Lang, history: Detail['history'], key: string): string {
  const values = history
    .slice(0, 8)
    .reverse()
    .map((h) => h.values[key]);
  return values.some((v) => v !== null && v !== undefined)
    ? values.map((v) => formatNumber(v, lang)).join(' · ')
    : t('rui.reviewPage.noHistory');
}

/**
 * The version's figures, one table per section of the dataset, each beside the last accepted
 * quarter's value and the organisation's last 8 accepted quarters (as text: the figures
 * themselves are the text alternative a chart would need).
 */
export function valuesTables(
  t: T,
  lang: Lang,
  detail: Detail,
  version: z.infer<typeof VersionDetail>,
  def: DatasetDefinition,
): HTMLElement[] {
  const fields = fieldsOf(def);
  const sectionOf = new Map(def.items.map((i) => [i.id, i.section]));
  const last = detail.history[0]?.values ?? {};
  return def.sections.map((section) =>
    table({
      caption: section.title[lang],
      head: [
        t('rui.check.field'),
        t('rui.check.value'),
        t('rui.reviewPage.lastQuarter'),
        t('rui.reviewPage.historyColumn'),
        t('rui.check.explanation'),
      ],
      rows: fields
        .filter((f) => sectionOf.get(f.itemId) === section.id && (!f.categoryId || version.values[f.key] !== undefined))
        .map((f) => [
          f.label[lang],
          formatNumber(version.values[f.key], lang),
          formatNumber(last[f.key], lang),
          historyText(t, lang, detail.history, f.key),
          version.explanations[f.key] ?? '',
        ]),
      rowHeaders: true,
      numeric: [1, 2],
    }),
  );
}
