// National team: totals of accepted returns for a quarter by health board, region or local
// authority, the Wales total on its own, and the Wales total over time; CSV exports.
import type { z } from 'zod';
import type { GroupBy as By, Completeness, Series, Totals } from '../../../../content/api/schemas/national.ts';
import { expectedByGroup } from '../../../../content/returns/coverage.ts';
import { api, send } from '../lib/api.ts';
import { el, find, must, onSubmit, replace, show } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import { param, periods, startNationalPage } from './common.ts';
import { totalsKeys } from './keys.ts';
import { areasChart, coverage, type Figure, figuresTable, seriesParts, walesTotal } from './totals-parts.ts';

const { t, lang } = pageStrings(totalsKeys);
type GroupBy = z.infer<typeof By>;
const BYS: readonly GroupBy[] = ['health-board', 'region', 'local-authority'];
const asBy = (v: string): GroupBy => BYS.find((b) => b === v) ?? 'health-board';
const label = (s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? s.value;

async function expected(period: string): Promise<z.infer<typeof Completeness>> {
  const r = await send(api.national.completeness.$get({ query: { period } }));
  if (!r.ok) throw new Error(`completeness ${r.status}`);
  return r.body;
}

function quarterFigures(totals: z.infer<typeof Totals>, done: z.infer<typeof Completeness>, field: string, by: GroupBy) {
  const perGroup = expectedByGroup(
    done.orgs.map((o) => o.org),
    by,
  );
  const areas: Figure[] = totals.groups.map((g) => ({
    name: g.name[lang],
    value: g.values[field] ?? null,
    cover: coverage(g.organisations, perGroup.get(g.id) ?? g.organisations),
  }));
  const wales: Figure = {
    name: t('stats.wales'),
    value: totals.wales.values[field] ?? null,
    cover: coverage(totals.wales.organisations, done.counts.total),
  };
  return { areas, wales };
}

async function seriesFigures(series: z.infer<typeof Series>): Promise<Figure[]> {
  const expectedCounts = await Promise.all(series.periods.map((p) => expected(p.periodId).then((c) => c.counts.total)));
  return series.periods.map((p, i) => ({
    name: p.label[lang],
    value: p.wales.value,
    cover: coverage(p.wales.organisations, expectedCounts[i] ?? p.wales.organisations),
  }));
}

function exportLinks(period: string, by: GroupBy, periodName: string): HTMLElement[] {
  const p = encodeURIComponent(period);
  const item = (href: string, l: 'cy' | 'en', text: string) =>
    el('li', {}, el('a', { class: 'govuk-link', href, download: true, hreflang: l }, text));
  return [
    item(`/api/national/export.csv?period=${p}&lang=cy`, 'cy', t('rui.export.allCy', { period: periodName })),
    item(`/api/national/export.csv?period=${p}&lang=en`, 'en', t('rui.export.allEn', { period: periodName })),
    item(`/api/national/totals.csv?period=${p}&by=${by}&lang=cy`, 'cy', t('rui.export.totalsCy')),
    item(`/api/national/totals.csv?period=${p}&by=${by}&lang=en`, 'en', t('rui.export.totalsEn')),
  ];
}

async function load(periodSelect: HTMLSelectElement, bySelect: HTMLSelectElement, fieldSelect: HTMLSelectElement): Promise<void> {
  const [period, by, field] = [periodSelect.value, asBy(bySelect.value), fieldSelect.value];
  const [fieldName, byName, periodName] = [label(fieldSelect), label(bySelect), label(periodSelect)];
  must('[data-by-title]').textContent = `${fieldName} – ${byName}, ${periodName}`;
  const [r, s, done] = await Promise.all([
    send(api.national.totals.$get({ query: { period, by } })),
    send(api.national.totals.series.$get({ query: { field, by } })),
    expected(period),
  ]);
  if (!r.ok || !s.ok) throw new Error(`totals ${r.status} ${s.status}`);
  const { areas, wales } = quarterFigures(r.body, done, field, by);
  const any = wales.value !== null || areas.some((a) => a.value !== null);
  show(find('[data-empty]'), !any);
  const chartTitle = t('rui.totals.chart', { field: fieldName, by: byName.toLocaleLowerCase(), period: periodName });
  replace(must('[data-wales]'), ...(any ? walesTotal(t, lang, wales, periodName) : []));
  replace(must('[data-by-chart]'), any ? areasChart(t, lang, chartTitle, areas) : null);
  replace(must('[data-by-table]'), any ? figuresTable(t, lang, `${fieldName}, ${periodName}`, byName, [...areas, wales]) : null);
  const series = seriesParts(t, lang, fieldName, await seriesFigures(s.body));
  replace(must('[data-series-chart]'), ...(s.body.periods.length ? series.chart : []));
  replace(must('[data-series-table]'), s.body.periods.length ? series.table : null);
  replace(must('[data-exports]'), ...exportLinks(period, by, periodName));
}

void startNationalPage(async () => {
  const list = await periods();
  const periodSelect = must<HTMLSelectElement>('#t-period');
  for (const p of list) periodSelect.append(el('option', { value: p.id }, p.label[lang]));
  const last = list.at(-1);
  if (last) periodSelect.value = last.id;
  const wanted = param('period');
  if (list.some((p) => p.id === wanted)) periodSelect.value = wanted;
  const bySelect = must<HTMLSelectElement>('#t-by');
  const fieldSelect = must<HTMLSelectElement>('#t-field');
  onSubmit(must<HTMLFormElement>('form[data-filter]'), () => load(periodSelect, bySelect, fieldSelect));
  await load(periodSelect, bySelect, fieldSelect);
});
