// The API from a page: the typed client (content/api/client.ts; read its header) and the
// session bootstrap. Call `session()` once at start: it asks who is signed in and remembers
// the CSRF token that every write sends.
//
//   const who = await requireSession(lang);          // signed in, or sent to sign-in
//   const r = await send(api.account.$patch({ json: { name } }));
//   if (!r.ok) return showApiError(r.error, form);

import type { z } from 'zod';
import { apiClient, send } from '../../../../content/api/client.ts';
import type { Session } from '../../../../content/api/schemas/platform.ts';
import { path } from '../../../../content/routes.ts';
import type { Lang } from '../../../../content/schema.ts';

export type { ApiResult, ErrorBody, SuccessBody } from '../../../../content/api/client.ts';
export { send };

/** The page's language (<html lang>), which every request names so messages come in it. */
const pageLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'cy');

/** fetch, adding ?lang= (a signed-in person's own preference would otherwise win over the page's language). */
const fetchInPageLanguage: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.origin);
  if (!url.searchParams.has('lang')) url.searchParams.set('lang', pageLang());
  return fetch(input instanceof Request ? new Request(url, input) : url, init);
};

let csrfToken: string | null = null;
/** Remember the session's CSRF token (session() does it); null after signing out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
/** The typed client of the whole API (from /api down): same origin, the page's language, the session's CSRF token. */
export const api = apiClient({ csrfToken: () => csrfToken, fetch: fetchInPageLanguage }).api;

/** The signed-in person (id, email, name, lang, nationalRole, orgIds). */
export type SignedIn = z.infer<typeof Session>['user'];

let known: Promise<SignedIn | null> | null = null;
/**
 * Who is signed in (null when nobody is, or the API cannot be reached); remembers the
 * session's CSRF token for writes. Asked once per page; `refresh` asks again.
 */
export function session(refresh = false): Promise<SignedIn | null> {
  if (!known || refresh) {
    known = send(api.auth.me.$get()).then((r) => {
      const user = r.ok ? r.body.user : null;
      setCsrfToken(r.ok ? r.body.csrfToken : null);
      return user;
    });
  }
  return known;
}

/** The sign-in page in a language. */
export function signInUrl(lang: Lang): string {
  return path(lang, 'signIn');
}

/** The signed-in person; when nobody is signed in, goes to the sign-in page and never resolves. */
export async function requireSession(lang: Lang): Promise<SignedIn> {
  const user = await session();
  if (user) return user;
  location.assign(signInUrl(lang));
  return new Promise<never>(() => {});
}

/** Forgets the session on this page (after signing out or erasing the account). */
export function forgetSession(): void {
  setCsrfToken(null);
  known = Promise.resolve(null);
}
