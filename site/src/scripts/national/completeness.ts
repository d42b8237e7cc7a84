// National team: how complete the returns are. A summary of the latest quarter first ("9 of
// 14 organisations submitted", accepted, waiting, returned, drafts, not started, late), then
// each organisation's status over the last six quarters, and who has not submitted (CSV).
import type { z } from 'zod';
import type { Completeness } from '../../../../content/api/schemas/national.ts';
import { byName } from '../../../../content/collation.ts';
import { completenessSummary } from '../../../../content/returns/coverage.ts';
import { api, send } from '../lib/api.ts';
import { el, must, replace } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import { type Period, periods, startNationalPage, statusTag, tableRow } from './common.ts';
import { completenessKeys } from './keys.ts';

const { t, lang } = pageStrings(completenessKeys);
type Result = z.infer<typeof Completeness>;

function summary(period: Period, result: Result): HTMLElement[] {
  const s = completenessSummary(result.counts);
  const line = (text: string) => el('li', {}, text);
  return [
    el('h2', { class: 'govuk-heading-l', id: 'summary-title' }, t('rui.complete.summaryTitle', { period: period.label[lang] })),
    el(
      'p',
      { class: 'govuk-body-l', 'data-summary-lead': true },
      t('rui.complete.summary.submitted', { count: s.submitted, total: s.total }),
    ),
    el(
      'ul',
      { class: 'govuk-list govuk-list--bullet', 'data-summary-counts': true },
      line(t('rui.complete.summary.accepted', { count: s.accepted })),
      line(t('rui.complete.summary.waiting', { count: s.waiting })),
      line(t('rui.complete.summary.returned', { count: s.returned })),
      line(t('rui.complete.summary.draft', { count: s.draft })),
      line(t('rui.complete.summary.notStarted', { count: s.notStarted })),
      line(t('rui.complete.summary.late', { count: s.late })),
    ),
  ];
}

function matrix(list: readonly Period[], results: readonly Result[]): void {
  replace(
    must('[data-head]'),
    el('th', { scope: 'col', class: 'govuk-table__header' }, must('[data-head] th').textContent ?? ''),
    ...list.map((p) => el('th', { scope: 'col', class: 'govuk-table__header' }, p.label[lang])),
  );
  const orgs = new Map<string, { name: string; cells: Map<string, Result['orgs'][number]> }>();
  results.forEach((r, i) => {
    const period = list[i];
    if (!period) return;
    for (const row of r.orgs) {
      const entry = orgs.get(row.org.id) ?? { name: row.org.name[lang], cells: new Map() };
      entry.cells.set(period.id, row);
      orgs.set(row.org.id, entry);
    }
  });
  const sorted = byName([...orgs.values()], (o) => o.name, lang);
  replace(
    must('[data-rows]'),
    ...sorted.map((o) =>
      tableRow(
        o.name,
        list.map((p) => {
          const c = o.cells.get(p.id);
          return c ? statusTag(t, c.status, c.late) : '–';
        }),
      ),
    ),
  );
}

function downloads(list: readonly Period[]): HTMLElement[] {
  return [...list]
    .reverse()
    .slice(0, 2)
    .flatMap((p) =>
      (['cy', 'en'] as const).map((l) =>
        el(
          'li',
          {},
          el(
            'a',
            {
              class: 'govuk-link',
              href: `/api/national/completeness.csv?period=${encodeURIComponent(p.id)}&only=missing&lang=${l}`,
              download: true,
              hreflang: l,
            },
            t(l === 'cy' ? 'rui.complete.missingCy' : 'rui.complete.missingEn', { period: p.label[lang] }),
          ),
        ),
      ),
    );
}

void startNationalPage(async () => {
  const list = (await periods()).slice(-6);
  const results = await Promise.all(list.map((p) => send(api.national.completeness.$get({ query: { period: p.id } }))));
  const ok = results.map((r) => {
    if (!r.ok) throw new Error(`completeness ${r.status}`);
    return r.body;
  });
  const latest = list.at(-1);
  const latestResult = ok.at(-1);
  if (latest && latestResult) replace(must('[data-summary]'), ...summary(latest, latestResult));
  matrix(list, ok);
  replace(must('[data-downloads]'), ...downloads(list));
});
