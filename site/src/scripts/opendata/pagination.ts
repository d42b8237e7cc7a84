// The GOV.UK pagination component (https://design-system.service.gov.uk/components/pagination/)
// for a list paged in the browser: links carry ?<name>=N so a page can be linked to, and a
// click shows the page without reloading.
import { type PageLink, pageWindow } from '../../../../content/pagination.ts';
import { el } from '../lib/dom.ts';

export interface PaginationText {
  label: string;
  previous: string;
  next: string;
  page: (n: number) => string;
}

const hrefOf = (name: string, n: number, anchor: string) => {
  const q = new URLSearchParams(location.search);
  q.set(name, String(n));
  return `?${q}#${anchor}`;
};

function item(link: PageLink, current: number, href: (n: number) => string, text: PaginationText): HTMLElement {
  if (link === 'gap') return el('li', { class: 'govuk-pagination__item govuk-pagination__item--ellipses' }, '⋯');
  const here = link === current;
  return el(
    'li',
    { class: here ? 'govuk-pagination__item govuk-pagination__item--current' : 'govuk-pagination__item' },
    el(
      'a',
      {
        class: 'govuk-link govuk-pagination__link',
        href: href(link),
        'aria-label': text.page(link),
        'aria-current': here ? 'page' : null,
        'data-page': link,
      },
      String(link),
    ),
  );
}

/** The pagination of `pages` pages at `current`; `name` is the query parameter, `anchor` the list's heading id. */
export function pagination(current: number, pages: number, name: string, anchor: string, text: PaginationText): HTMLElement | null {
  if (pages <= 1) return null;
  const href = (n: number) => hrefOf(name, n, anchor);
  const side = (which: 'prev' | 'next', n: number, words: string) =>
    el(
      'div',
      { class: `govuk-pagination__${which}` },
      el(
        'a',
        { class: 'govuk-link govuk-pagination__link', href: href(n), rel: which, 'data-page': n },
        el('span', { class: 'govuk-pagination__link-title' }, words),
      ),
    );
  return el(
    'nav',
    { class: 'govuk-pagination', 'aria-label': text.label },
    current > 1 ? side('prev', current - 1, text.previous) : null,
    el('ul', { class: 'govuk-pagination__list' }, ...pageWindow(current, pages).map((l) => item(l, current, href, text))),
    current < pages ? side('next', current + 1, text.next) : null,
  );
}
