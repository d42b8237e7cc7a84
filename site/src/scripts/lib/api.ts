// The API from a page: the typed client (content/api/client.ts; read its header) and the
// session bootstrap. Call `session()` once at start: it asks who is signed in and remembers
// the CSRF token that every write sends.
//
//   const who = await requireSession(lang);          // signed in, or sent to sign-in
//   const r = await send(api.account.$patch({ json: { name } }));
//   if (!r.ok) return showApiError(r.error, form);

import type { z } from 'zod';
import { api, send, setCsrfToken } from '../../../../content/api/client.ts';
import type { Session } from '../../../../content/api/schemas/platform.ts';
import { path } from '../../../../content/routes.ts';
import type { Lang } from '../../../../content/schema.ts';

export type { ApiResult, ErrorBody, SuccessBody } from '../../../../content/api/client.ts';
export { api, send, setCsrfToken };

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
