// What every page built from the API shares (history, saved, compare, supervisor, skills):
// the "Loading…" line, the error summary for an API failure, and, for the practitioner's
// pages, a sign-in link instead of the page when nobody is signed in.

import type { ErrorBody } from '../lib/api.ts';
import { session } from '../lib/api.ts';
import { el, hide, must } from '../lib/dom.ts';
import { showApiError } from '../lib/errors.ts';
import type { PageT } from '../lib/strings.ts';
import type { ACCOUNT_KEYS } from './keys.ts';
import { type AccountData, accountData } from './page-data.ts';

type AccountT = PageT<(typeof ACCOUNT_KEYS)[number]>;

export interface AccountPage extends AccountData {
  body: HTMLElement;
  /** Hides "Loading…". */
  done(): void;
  /** An API failure: the GOV.UK error summary with the API's message. */
  fail(error: ErrorBody): void;
}

export function accountPage(): AccountPage {
  const data = accountData();
  const loading = must('#account-loading');
  return { ...data, body: must('#account-body'), done: () => hide(loading), fail: (error) => showApiError(error, null) };
}

/**
 * The signed-in person, or null after writing `signInNeeded` and the sign-in link
 * into the page (the journey of these pages: say why, offer the way in).
 */
export async function signedInOr(p: AccountPage, t: AccountT, signInNeeded: string): Promise<boolean> {
  if (await session()) return true;
  p.done();
  p.body.append(
    el('p', { class: 'govuk-body' }, signInNeeded, ' ', el('a', { class: 'govuk-link', href: p.paths.signIn }, t('assess.account.signIn'))),
  );
  return false;
}

/** A table that may be wider than a phone, in its own labelled, focusable scrolling region. */
export const tableRegion = (t: AccountT, label: string, table: HTMLTableElement): HTMLElement =>
  el('div', { class: 'app-table-region', role: 'region', 'aria-label': t('table.scroll', { name: label }), tabindex: 0 }, table);
