// One register entry as the public register and the consent page show it: exactly what is
// published (name in the page's language, area served, activities, type, level per
// standard, date of last review, "peer reviewed").
import type { RegisterEntry } from '../../../../content/assets/register.ts';
import type { Lang } from '../../../../content/schema.ts';
import { formatDate } from '../lib/dates.ts';
import { el } from '../lib/dom.ts';
import { summaryList, tag } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import { label, labels } from './labels.ts';

export const ENTRY_KEYS = [
  'assetui.register.areaServed',
  'assetui.register.activities',
  'assetui.register.levels',
  'assets.register.csv.assetType',
  'assets.register.csv.lastReviewed',
  'assets.register.csv.peerReviewed',
] as const;
type T = PageT<(typeof ENTRY_KEYS)[number]>;

/** The levels per standard as a list ("S1 Inclusion: Foundation"), in the standards' order. */
function levelList(levels: RegisterEntry['levels']): HTMLElement {
  return el(
    'ul',
    { class: 'govuk-list' },
    ...Object.entries(levels).map(([id, rank]) => el('li', {}, `${label('standard', id)}: `, el('strong', {}, label('level', rank)))),
  );
}

/** The entry's facts as a GOV.UK summary list. */
export function entryDetails(t: T, lang: Lang, e: RegisterEntry): HTMLElement {
  const area = [...labels('la', e.areaServed.localAuthorities), ...labels('hb', e.areaServed.healthBoards)];
  return summaryList([
    { key: t('assetui.register.areaServed'), value: area.join(', ') },
    { key: t('assetui.register.activities'), value: labels('activity', e.activityTypes).join(', ') },
    { key: t('assets.register.csv.assetType'), value: label('type', e.assetType) },
    { key: t('assetui.register.levels'), value: levelList(e.levels) },
    { key: t('assets.register.csv.lastReviewed'), value: formatDate(e.lastReviewed, lang) },
  ]);
}

/** One entry of the register's results: its name as a heading, the "peer reviewed" tag, its facts. */
export function entryCard(t: T, lang: Lang, e: RegisterEntry, headingLevel: 'h2' | 'h3' = 'h3'): HTMLElement {
  return el(
    'li',
    { class: 'app-register-entry', 'data-asset': e.assetId },
    el(headingLevel, { class: 'govuk-heading-m' }, e.name[lang]),
    e.peerReviewed ? el('p', { class: 'govuk-body' }, tag(t('assets.register.csv.peerReviewed'), 'green')) : null,
    entryDetails(t, lang, e),
  );
}
