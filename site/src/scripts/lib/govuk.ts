// GOV.UK Frontend components that page modules build at run time, as small functions that
// emit GOV.UK markup and classes (https://design-system.service.gov.uk/components/).
// Static markup belongs in the Astro shell; these are for what depends on the API's answer.
import type { ReturnStatus } from '../../../../content/returns/status.ts';
import { el } from './dom.ts';

type Child = Node | string | number | null | undefined | false;

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';
/** A status tag: `<strong class="govuk-tag govuk-tag--green">Accepted</strong>`; no colour is the default blue. */
export const tag = (text: string, colour?: TagColour): HTMLElement =>
  el('strong', { class: colour ? `govuk-tag govuk-tag--${colour}` : 'govuk-tag' }, text);

/** The one colour of each return status, wherever it is shown. */
export const RETURN_STATUS_COLOUR: Record<ReturnStatus, TagColour> = {
  'not-started': 'grey',
  draft: 'yellow',
  submitted: 'blue',
  returned: 'red',
  accepted: 'green',
};

export interface ButtonOptions {
  variant?: 'secondary' | 'warning';
  type?: 'button' | 'submit';
  /** More words for screen readers ("Remove" → "Remove Ana"), visually hidden. */
  context?: string;
}
/** A GOV.UK button (type="button" unless said). */
export function button(text: string, options: ButtonOptions = {}): HTMLButtonElement {
  const cls = options.variant ? `govuk-button govuk-button--${options.variant}` : 'govuk-button';
  return el(
    'button',
    { type: options.type ?? 'button', class: cls, 'data-module': 'govuk-button' },
    text,
    options.context ? el('span', { class: 'govuk-visually-hidden' }, ` ${options.context}`) : null,
  );
}

/** A link styled as a GOV.UK button (start a task, open a page). */
export const buttonLink = (text: string, href: string, variant?: 'secondary'): HTMLAnchorElement =>
  el('a', { href, role: 'button', draggable: 'false', class: variant ? `govuk-button govuk-button--${variant}` : 'govuk-button' }, text);

/** A plain GOV.UK link. */
export const link = (text: string, href: string): HTMLAnchorElement => el('a', { href, class: 'govuk-link' }, text);

export interface TableSpec {
  caption?: string;
  head: readonly Child[];
  rows: readonly (readonly Child[])[];
  /** The first cell of each row is its header (`<th scope="row">`). */
  rowHeaders?: boolean;
  /** Indexes of numeric columns (right-aligned). */
  numeric?: readonly number[];
}
/** A GOV.UK table. Put a table that can be wide inside a focusable scrolling region (the shell's TableRegion). */
export function table(spec: TableSpec): HTMLTableElement {
  const num = (i: number) => (spec.numeric?.includes(i) ? ' govuk-table__cell--numeric' : '');
  const headNum = (i: number) => (spec.numeric?.includes(i) ? ' govuk-table__header--numeric' : '');
  return el(
    'table',
    { class: 'govuk-table' },
    spec.caption ? el('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, spec.caption) : null,
    el(
      'thead',
      { class: 'govuk-table__head' },
      el(
        'tr',
        { class: 'govuk-table__row' },
        ...spec.head.map((h, i) => el('th', { scope: 'col', class: `govuk-table__header${headNum(i)}` }, h)),
      ),
    ),
    el(
      'tbody',
      { class: 'govuk-table__body' },
      ...spec.rows.map((row) =>
        el(
          'tr',
          { class: 'govuk-table__row' },
          ...row.map((cell, i) =>
            spec.rowHeaders && i === 0
              ? el('th', { scope: 'row', class: 'govuk-table__header' }, cell)
              : el('td', { class: `govuk-table__cell${num(i)}` }, cell),
          ),
        ),
      ),
    ),
  );
}

export interface SummaryRow {
  key: Child;
  value: Child;
  /** An action link ("Change"), with visually hidden context. */
  action?: { text: string; href: string; context: string };
}
/** A GOV.UK summary list (`<dl class="govuk-summary-list">`). */
export function summaryList(rows: readonly SummaryRow[]): HTMLDListElement {
  return el(
    'dl',
    { class: 'govuk-summary-list' },
    ...rows.map((r) =>
      el(
        'div',
        { class: 'govuk-summary-list__row' },
        el('dt', { class: 'govuk-summary-list__key' }, r.key),
        el('dd', { class: 'govuk-summary-list__value' }, r.value),
        r.action
          ? el(
              'dd',
              { class: 'govuk-summary-list__actions' },
              el(
                'a',
                { class: 'govuk-link', href: r.action.href },
                r.action.text,
                el('span', { class: 'govuk-visually-hidden' }, ` ${r.action.context}`),
              ),
            )
          : null,
      ),
    ),
  );
}

export interface BannerSpec {
  /** The banner's title ("Important" / "Success"). */
  title: string;
  heading: string;
  body?: Child;
  /** A success banner is announced (role="alert") and green. */
  success?: boolean;
}
/** A GOV.UK notification banner; focus it after an action (dom.focus) so its news is read. */
export function notificationBanner(spec: BannerSpec): HTMLElement {
  const titleId = `banner-title-${Math.random().toString(36).slice(2, 8)}`;
  return el(
    'div',
    {
      class: spec.success ? 'govuk-notification-banner govuk-notification-banner--success' : 'govuk-notification-banner',
      role: spec.success ? 'alert' : 'region',
      'aria-labelledby': titleId,
      'data-module': 'govuk-notification-banner',
    },
    el(
      'div',
      { class: 'govuk-notification-banner__header' },
      el('h2', { class: 'govuk-notification-banner__title', id: titleId }, spec.title),
    ),
    el(
      'div',
      { class: 'govuk-notification-banner__content' },
      el('p', { class: 'govuk-notification-banner__heading' }, spec.heading),
      spec.body && typeof spec.body === 'string' ? el('p', { class: 'govuk-body' }, spec.body) : spec.body,
    ),
  );
}

/** GOV.UK warning text ("!" and a bold warning; the icon is hidden from screen readers, which read the prefix). */
export const warningText = (text: string, prefix: string): HTMLElement =>
  el(
    'div',
    { class: 'govuk-warning-text' },
    el('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    el('strong', { class: 'govuk-warning-text__text' }, el('span', { class: 'govuk-visually-hidden' }, prefix), text),
  );
