// The open data's revisions, newest first, ten to a page, each as one sentence in the page's
// language with its reason (only the page's language of a bilingual reason).
import type { z } from 'zod';
import type { OpenData } from '../../../../content/api/schemas/national.ts';
import { pageOf } from '../../../../content/pagination.ts';
import type { Lang } from '../../../../content/schema.ts';
import { noteInLanguage } from '../../../../content/stats/revision-note.ts';
import { formatDateTime } from '../lib/dates.ts';
import { el, focus, must, replace, show } from '../lib/dom.ts';
import type { PageT } from '../lib/strings.ts';
import type { keys } from './keys.ts';
import { pagination } from './pagination.ts';

type T = PageT<(typeof keys)[number]>;
type Data = z.infer<typeof OpenData>;
export const PAGE_SIZE = 10;
const PARAM = 'revisions';
const ANCHOR = 'revisions-title';

/** Names for the revision sentences, from the rows (in the language the API was asked for). */
function namesOf(data: Data, lang: Lang) {
  const measures = new Map(data.rows.map((r) => [r.field, r.measureName]));
  const areas = new Map(data.rows.map((r) => [r.areaCode, r.areaName[lang]]));
  const periods = new Map(data.rows.map((r) => [r.periodId, r.periodLabel]));
  return { measures, areas, periods };
}

function revisionItem(t: T, lang: Lang, rv: Data['revisions'][number], names: ReturnType<typeof namesOf>): HTMLElement {
  const measure = names.measures.get(rv.field) ?? names.measures.get(rv.field.split('.')[0] ?? '') ?? rv.field;
  const sentence = t('stats.revision', {
    measure,
    area: names.areas.get(rv.areaCode) ?? rv.areaCode,
    period: names.periods.get(rv.periodId) ?? rv.periodId,
    date: formatDateTime(rv.revisedAt, lang),
  });
  const reason = rv.note ? noteInLanguage(rv.note, lang) : '';
  return el('li', {}, sentence, reason ? el('br') : null, reason ? t('rui.open.revisionReason', { reason }) : null);
}

/** Shows page `page` of the revisions, with its pagination; a pagination click shows another page. */
export function showRevisions(t: T, lang: Lang, data: Data, page: number): void {
  const names = namesOf(data, lang);
  const slice = pageOf(data.revisions, page, PAGE_SIZE);
  const list = must('[data-revisions]');
  replace(list, ...slice.items.map((rv) => revisionItem(t, lang, rv, names)));
  show(list, slice.items.length > 0);
  show(must('[data-no-revisions]'), data.revisions.length === 0);
  const count = must('[data-revisions-count]');
  count.textContent =
    slice.pages > 1 ? t('rui.open.revisionsShowing', { from: slice.from, to: slice.to, total: data.revisions.length }) : '';
  const nav = pagination(slice.page, slice.pages, PARAM, ANCHOR, {
    label: t('rui.pagination.label'),
    previous: t('rui.pagination.previous'),
    next: t('rui.pagination.next'),
    page: (n) => t('rui.pagination.page', { page: n }),
  });
  const holder = must('[data-revisions-pages]');
  replace(holder, nav);
  nav?.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-page]') : null;
    if (!link) return;
    event.preventDefault();
    history.replaceState(null, '', link.href);
    showRevisions(t, lang, data, Number(link.dataset.page));
    focus(must(`#${ANCHOR}`));
  });
}

/** The page of revisions asked for in the address (?revisions=N). */
export const requestedPage = (): number => Number(new URLSearchParams(location.search).get(PARAM) ?? '1');
