// Where an asset stands, filled into components/assets/ResultsSummary.astro: the overall
// level, how many standards are at each level, and a row per standard with its next level.
import { type AssetAssessment, overallResult, standardResults } from '../../../../content/assets/assessment.ts';
import { maturityKey, type StandardsCore } from '../../../../content/assets/maturity.ts';
import type { Lang } from '../../../../content/schema.ts';
import { el, must, replace } from '../lib/dom.ts';
import type { PageT } from '../lib/strings.ts';
import type { RESULTS_VIEW_KEYS } from './tool/keys.ts';

export function showResults(s: StandardsCore, a: AssetAssessment, lang: Lang, t: PageT<(typeof RESULTS_VIEW_KEYS)[number]>): void {
  const level = (rank: number) => t(maturityKey(rank));
  const o = overallResult(s, a);
  must('#overall').textContent =
    o.overall === null ? t('assettool.results.overallNone') : t('assettool.results.overallLevel', { level: level(o.overall) });
  replace(
    must('#by-level'),
    ...o.byLevel.map((count, rank) => el('li', {}, t('assettool.results.byLevel', { level: level(rank), count }))),
  );
  const rows = standardResults(s, a).map((r) =>
    el(
      'tr',
      { class: 'govuk-table__row', 'data-standard': r.standardId },
      el('th', { scope: 'row', class: 'govuk-table__header' }, `${r.code} ${r.title[lang]}`),
      el('td', { class: 'govuk-table__cell' }, r.level === null ? t('assess.check.notAnswered') : level(r.level)),
      el('td', { class: 'govuk-table__cell' }, r.next ? `${level(r.next.rank)}: ${r.next.descriptor[lang]}` : ''),
    ),
  );
  replace(must('#standards-table tbody'), ...rows);
}
