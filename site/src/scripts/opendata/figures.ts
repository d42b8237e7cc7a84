// The open data's national figures for one measure: a chart of the Wales total by quarter,
// and every region and Wales by quarter in a table (with the StatsWales codes), in a
// labelled region that scrolls on its own.
import type { z } from 'zod';
import type { OpenData } from '../../../../content/api/schemas/national.ts';
import type { Lang } from '../../../../content/schema.ts';
import { table } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import { barChart } from '../national/chart.ts';
import { formatNumber } from '../national/common.ts';
import type { keys } from './keys.ts';

type T = PageT<(typeof keys)[number]>;
type Row = z.infer<typeof OpenData>['rows'][number];
const WALES = 'wales';

/** A cell's text: the figure and its codes ("1,234 r", "c"). */
const cellText = (row: Row | undefined, lang: Lang): string =>
  row ? [row.value === null ? '' : formatNumber(row.value, lang), ...row.codes].filter(Boolean).join(' ') : '..';

function areasOf(rows: readonly Row[], lang: Lang): { code: string; name: string }[] {
  const areas = new Map<string, string>();
  for (const r of rows) if (!areas.has(r.areaCode)) areas.set(r.areaCode, r.areaName[lang] || r.areaCode);
  const list = [...areas].map(([code, name]) => ({ code, name }));
  return [...list.filter((a) => a.code !== WALES), ...list.filter((a) => a.code === WALES)];
}

/** The chart of the Wales total by quarter. */
export function walesChart(t: T, lang: Lang, measure: string, rows: readonly Row[], periods: readonly string[]): HTMLElement {
  const wales = new Map(rows.filter((r) => r.areaCode === WALES).map((r) => [r.periodId, r]));
  return barChart({
    id: 'od-chart',
    title: t('rui.open.chartTitle', { measure }),
    description: t('rui.open.chartDesc'),
    bars: periods.map((p) => {
      const r = wales.get(p);
      return {
        name: r?.periodLabel ?? p,
        value: r?.value ?? null,
        text: r?.value === null && r ? t('rui.open.withheld') : cellText(r, lang),
      };
    }),
  });
}

/** Every area by quarter for one measure. */
export function figuresTable(t: T, lang: Lang, measure: string, rows: readonly Row[], periods: readonly string[]): HTMLElement {
  const areas = areasOf(rows, lang);
  const at = new Map(rows.map((r) => [`${r.periodId}|${r.areaCode}`, r]));
  const label = new Map(rows.map((r) => [r.periodId, r.periodLabel]));
  return table({
    caption: t('rui.open.caption', { measure }),
    head: [t('rui.period'), ...areas.map((a) => a.name)],
    rows: periods.map((p) => [label.get(p) ?? p, ...areas.map((a) => cellText(at.get(`${p}|${a.code}`), lang))]),
    rowHeaders: true,
    numeric: areas.map((_, i) => i + 1),
  });
}
