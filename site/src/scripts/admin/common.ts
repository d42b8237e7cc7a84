// What every national team admin page shares: who is signed in and whether their role may
// use the page, the page's states (loading, ready, turned away, missing), the parts only
// administrators see, and small formatters. Each page module calls `startAdminPage`.
import type { Lang } from '../../../../content/schema.ts';
import { type ApiResult, type SignedIn, session } from '../lib/api.ts';
import { formatDateTime } from '../lib/dates.ts';
import { el, findAll, show } from '../lib/dom.ts';
import type { PageT } from '../lib/strings.ts';

export type AdminState = 'ready' | 'forbidden' | 'missing';
export type NationalRole = 'analyst' | 'admin';

/** Shows one of the shell's [data-state] blocks and hides the others. */
function showState(name: AdminState): void {
  for (const block of findAll('[data-admin-ui] [data-state]')) show(block, block.dataset.state === name);
}

/** The page state an API answer leads to: a missing or malformed record, a refusal, or ready. */
export function stateOf(result: Pick<ApiResult<unknown>, 'ok' | 'status'>): AdminState {
  if (result.ok) return 'ready';
  return result.status === 404 || result.status === 400 ? 'missing' : 'forbidden';
}

/**
 * Starts a page: turns away anyone whose role is not enough (nobody signed in included),
 * shows administrators' parts only to administrators, then runs the page's loading.
 */
export async function startAdminPage(needs: NationalRole, run: (me: SignedIn) => Promise<AdminState>): Promise<void> {
  const me = await session();
  const role = me?.nationalRole ?? null;
  if (!me || !role || (needs === 'admin' && role !== 'admin')) return showState('forbidden');
  const isAdmin = role === 'admin';
  for (const part of findAll('[data-admin-only]')) show(part, isAdmin);
  show(document.querySelector<HTMLElement>('[data-read-only]'), !isAdmin);
  // The Worker already leaves admin-only links out for analysts; this keeps a cached page right too.
  if (!isAdmin) for (const item of findAll('[data-national-nav] [data-needs="admin"]')) item.remove();
  showState(await run(me));
}

/**
 * Request options that ask the API to answer in the page's language (its error messages),
 * whatever the person's saved preference: the typed client's own fetch with ?lang= added.
 */
export function inLang(lang: Lang): { fetch: typeof fetch } {
  return {
    fetch: (input, init) => {
      if (input instanceof Request) return fetch(input, init);
      const url = new URL(String(input), location.origin);
      url.searchParams.set('lang', lang);
      return fetch(url, init);
    },
  };
}

/** "24 Tachwedd 2026 am 09:15" / "24 November 2026 at 09:15", or "Never". */
export const when = (t: PageT<'adminui.never'>, lang: Lang, ms: number | null): string =>
  ms ? formatDateTime(ms, lang) : t('adminui.never');

/** An organisation's name in the page's language. */
export const orgName = (lang: Lang, o: { nameCy: string; nameEn: string }): string => (lang === 'cy' ? o.nameCy : o.nameEn);

/** The page's query string. */
export const param = (name: string): string => new URLSearchParams(location.search).get(name) ?? '';

/** A GOV.UK table row whose first cell is the row's header. */
export function row(cells: readonly (Node | string | null)[]): HTMLTableRowElement {
  return el(
    'tr',
    { class: 'govuk-table__row' },
    ...cells.map((c, i) =>
      i === 0 ? el('th', { scope: 'row', class: 'govuk-table__header' }, c) : el('td', { class: 'govuk-table__cell' }, c),
    ),
  );
}
