// National team: how complete the returns are. A summary of the latest quarter first ("9 of
// 14 organisations submitted", accepted, waiting, returned, drafts, not started, late), then
// each organisation's status over the last six quarters, a page of organisations at a time,
// and who has not submitted (CSV).
import type { z } from 'zod';
import type { Completeness, CompletenessMatrix } from '../../../../content/api/schemas/national.ts';
import { completenessSummary } from '../../../../content/returns/coverage.ts';
import { api, send } from '../lib/api.ts';
import { el, find, must, replace, show } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import { appendPage, onShowMore, type Period, periods, startNationalPage, statusTag, tableRow } from './common.ts';
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

type Matrix = z.infer<typeof CompletenessMatrix>;

/** The matrix's head: the organisation column, then each quarter shown, oldest first. */
function head(ids: readonly string[], labels: ReadonlyMap<string, string>): void {
  replace(
    must('[data-head]'),
    el('th', { scope: 'col', class: 'govuk-table__header' }, must('[data-head] th').textContent ?? ''),
    ...ids.map((id) => el('th', { scope: 'col', class: 'govuk-table__header' }, labels.get(id) ?? id)),
  );
}

/**
 * One page of organisations (in the order of their names in the page's language, as the Worker
 * pages them) with their status in each quarter; "Show more" appends the next page.
 */
async function matrixPage(period: string, cursor?: string): Promise<Matrix> {
  const r = await send(api.national.completeness.matrix.$get({ query: { period, lang, ...(cursor ? { cursor } : {}) } }));
  if (!r.ok) throw new Error(`completeness matrix ${r.status}`);
  const rows = r.body.orgs.map((o) =>
    tableRow(
      o.org.name[lang],
      o.cells.map((c) => statusTag(t, c.status, c.late)),
    ),
  );
  if (cursor) appendPage(must('[data-rows]'), rows, find('[data-more]'), r.body.next !== null);
  else {
    replace(must('[data-rows]'), ...rows);
    show(find('[data-more]'), r.body.next !== null);
  }
  return r.body;
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
  const list = await periods();
  const latest = list.at(-1);
  replace(must('[data-downloads]'), ...downloads(list));
  if (!latest) return;
  const [counts, first] = await Promise.all([
    send(api.national.completeness.$get({ query: { period: latest.id, limit: '1' } })),
    matrixPage(latest.id),
  ]);
  if (!counts.ok) throw new Error(`completeness ${counts.status}`);
  replace(must('[data-summary]'), ...summary(latest, counts.body));
  head(first.periods, new Map(list.map((p) => [p.id, p.label[lang]])));
  let next = first.next;
  onShowMore(
    must('[data-more]'),
    () => next,
    async (after) => {
      next = (await matrixPage(latest.id, after)).next;
    },
  );
});
