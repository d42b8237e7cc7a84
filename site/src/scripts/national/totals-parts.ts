// What the totals page draws: for one quarter, the areas' chart (without Wales, so the areas
// keep their own scale), the Wales total on its own, and the same figures in a table; over
// time, the Wales total by quarter. A figure built on fewer returns than expected is flagged
// "Incomplete" in the chart, the table and a warning.
import { type Coverage, coverage } from '../../../../content/returns/coverage.ts';
import type { Lang } from '../../../../content/schema.ts';
import { el } from '../lib/dom.ts';
import { summaryList, table, tag, warningText } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import { type Bar, barChart } from './chart.ts';
import { formatNumber } from './common.ts';
import type { totalsKeys } from './keys.ts';

type T = PageT<(typeof totalsKeys)[number]>;

export interface Figure {
  name: string;
  value: number | null;
  cover: Coverage;
}

const coverText = (t: T, c: Coverage) => t('rui.totals.coverage', { count: c.accepted, total: c.expected });
const coverCell = (t: T, c: Coverage): Node =>
  c.incomplete ? el('span', {}, coverText(t, c), ' ', tag(t('rui.totals.incomplete'), 'orange')) : document.createTextNode(coverText(t, c));

export function bars(t: T, lang: Lang, figures: readonly Figure[]): Bar[] {
  return figures.map((f) => ({
    name: f.name,
    value: f.value,
    text: formatNumber(f.value, lang),
    ...(f.cover.incomplete ? { flag: t('rui.totals.incomplete') } : {}),
  }));
}

/** The figures in a table: area (or quarter), total, and how many returns they rest on. */
export function figuresTable(t: T, lang: Lang, caption: string, first: string, figures: readonly Figure[]): HTMLTableElement {
  return table({
    caption,
    head: [first, t('rui.totals.value'), t('rui.totals.returnsColumn')],
    rows: figures.map((f) => [f.name, formatNumber(f.value, lang), coverCell(t, f.cover)]),
    rowHeaders: true,
    numeric: [1],
  });
}

/** The Wales total of the quarter, on its own, with the warning when it is incomplete. */
export function walesTotal(t: T, lang: Lang, wales: Figure, period: string): HTMLElement[] {
  return [
    wales.cover.incomplete
      ? warningText(
          t('rui.totals.incompleteWarning', { period, count: wales.cover.accepted, total: wales.cover.expected }),
          t('rui.warningPrefix'),
        )
      : null,
    summaryList([
      { key: t('stats.wales'), value: formatNumber(wales.value, lang) },
      { key: t('rui.totals.returnsColumn'), value: coverCell(t, wales.cover) },
    ]),
  ].filter((x): x is HTMLElement => x !== null);
}

/** The chart of one quarter's areas. */
export const areasChart = (t: T, lang: Lang, title: string, figures: readonly Figure[]) =>
  barChart({ id: 'by-chart', title, description: title, bars: bars(t, lang, figures) });

/** The Wales total by quarter, as a chart and a table, with a note when a quarter is incomplete. */
export function seriesParts(t: T, lang: Lang, field: string, figures: readonly Figure[]): { chart: HTMLElement[]; table: HTMLElement } {
  const title = t('rui.totals.seriesChart', { field });
  const chart: HTMLElement[] = [barChart({ id: 'series-chart', title, description: title, bars: bars(t, lang, figures) })];
  if (figures.some((f) => f.cover.incomplete)) chart.unshift(el('p', { class: 'govuk-body' }, t('rui.totals.seriesIncomplete')));
  return { chart, table: figuresTable(t, lang, `${field}: ${t('rui.totals.seriesTitle')}`, t('rui.period'), figures) };
}

export { coverage };
