// What the national team's pages share: starting a page (signed in with a national role, or
// the shell's sign-in note), the reporting periods, status tags and period names.
import type { ReturnStatus } from '../../../../content/returns/status.ts';
import { api, send, session } from '../lib/api.ts';
import { find, focus, show } from '../lib/dom.ts';
import { RETURN_STATUS_COLOUR, tag } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';

export type Period = { id: string; label: { cy: string; en: string } };

const STATUSES: readonly ReturnStatus[] = ['not-started', 'draft', 'submitted', 'returned', 'accepted'];
/** A return status's name (from a filter's value). */
export const isStatus = (s: string): s is ReturnStatus => (STATUSES as readonly string[]).includes(s);

/** The keys statusTag uses: spread into a page's keys. */
export const STATUS_KEYS = [
  'period.status.not-started',
  'period.status.draft',
  'period.status.submitted',
  'period.status.returned',
  'period.status.accepted',
  'period.late',
] as const;
type StatusKey = (typeof STATUS_KEYS)[number];

/** The status of a return as a GOV.UK tag, with a "Late" tag beside it when it is late. */
export function statusTag(t: PageT<StatusKey>, status: ReturnStatus, late: boolean): HTMLElement {
  const wrap = document.createElement('span');
  wrap.append(tag(t(`period.status.${status}`), RETURN_STATUS_COLOUR[status]));
  if (late) wrap.append(' ', tag(t('period.late'), 'red'));
  return wrap;
}

/** Every reporting period, oldest first. */
export async function periods(): Promise<Period[]> {
  const r = await send(api.periods.$get());
  if (!r.ok) throw new Error(`periods ${r.status}`);
  return [...r.body.periods].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The query string's value of `name` ('' when absent). */
export const param = (name: string): string => new URLSearchParams(location.search).get(name) ?? '';

/**
 * Runs a national page: only for someone signed in with a national role (else the shell's
 * sign-in note); shows the body when `render` is done, or the shell's failure note.
 */
export async function startNationalPage(render: () => Promise<void>): Promise<void> {
  const user = await session();
  show(find('[data-loading]'), false);
  if (!user?.nationalRole) {
    show(find('[data-signin]'));
    return;
  }
  await runPage(render);
}

/** Shows the body when `render` is done, or the shell's failure note when it throws. */
export async function runPage(render: () => Promise<void>): Promise<void> {
  try {
    await render();
    show(find('[data-loading]'), false);
    show(find('[data-body]'));
  } catch (e) {
    console.warn(e);
    show(find('[data-loading]'), false);
    show(find('[data-failed]'));
  }
}

/** A figure as the pages show it ("1,234", "2.5"); "–" when blank. */
export function formatNumber(value: number | null | undefined, lang: 'cy' | 'en'): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

/** The cells of a GOV.UK table row: a row header, then cells (numeric ones right-aligned). */
export function tableRow(head: Node | string, cells: readonly (Node | string)[], numeric: readonly number[] = []): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.className = 'govuk-table__row';
  const th = document.createElement('th');
  th.scope = 'row';
  th.className = 'govuk-table__header';
  th.append(head);
  row.append(th);
  cells.forEach((c, i) => {
    const td = document.createElement('td');
    td.className = numeric.includes(i) ? 'govuk-table__cell govuk-table__cell--numeric' : 'govuk-table__cell';
    td.append(c);
    row.append(td);
  });
  return row;
}

/**
 * Appends the next page of a list shown a page at a time ("Show more" `more` stays while there is
 * a page after it). When the button goes with the focus on it, the focus moves to the first row
 * added, so someone using a keyboard is not left on nothing.
 */
export function appendPage(tbody: HTMLElement, rows: readonly HTMLElement[], more: HTMLElement | null, hasNext: boolean): void {
  const focused = more !== null && document.activeElement === more;
  tbody.append(...rows);
  show(more, hasNext);
  if (focused && !hasNext) focus(rows[0]?.querySelector<HTMLElement>('th, td') ?? null);
}

/**
 * "Show more": loads the page after `cursor()`, one at a time: a second press while a page is
 * on its way does nothing, so no page is added twice.
 */
export function onShowMore(more: HTMLElement, cursor: () => string | null, loadAfter: (cursor: string) => Promise<void>): void {
  let loading = false;
  more.addEventListener('click', async () => {
    const after = cursor();
    if (!after || loading) return;
    loading = true;
    try {
      await loadAfter(after);
    } finally {
      loading = false;
    }
  });
}
