// Pages for signed-in visitors: the static site is the same for everyone, so the Worker
// rewrites the header of an HTML page (HTMLRewriter, streaming) for a visitor with a valid
// session: who they are, their account and sign-out, the national team link for national
// roles, and no admin-only national links for an analyst. Content pages stay free of
// JavaScript. Visitors without a session cookie get the asset untouched (no database read).
//
// Slots in the built pages (site/src/layouts/Base.astro, components/NationalNav.astro):
//   [data-account-slot]   "Sign in"          → "Signed in as …", "Your account", "Sign out"
//   [data-national-slot]  the tools list      → + "National team" before [data-menu] (analyst, admin)
//   [data-national-nav] [data-needs="admin"] → removed unless admin
//   [data-national-only]  hidden links        → shown for analyst and admin
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { t } from '../../../content/i18n.ts';
import { path } from '../../../content/routes.ts';
import type { Lang } from '../../../content/schema.ts';
import type { AppEnv, SessionUser } from '../env.ts';
import { loadPrincipal, sessionCookieName } from '../lib/auth.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The language of a page from its path (/cy/… or /en/…); the bilingual pages count as Welsh. */
export const pageLang = (pathname: string): Lang => (pathname.startsWith('/en/') ? 'en' : 'cy');

/**
 * Who is signed in, with their account and sign-out links. Wide screens: "Signed in as
 * <name>", "Your account", "Sign out". Phones (one short row): the name is the link to the
 * account ("Signed in as" and "Your account" for screen readers only), then "Sign out".
 */
function accountLinks(lang: Lang, who: string, account: string): string {
  const [before = '', after = ''] = t(lang, 'nav.signedInAs', { name: '\u0000' }).split('\u0000').map(escapeHtml);
  const yours = escapeHtml(t(lang, 'account.title'));
  const hidden = (text: string) => (text ? `<span class="govuk-visually-hidden">${text}</span>` : '');
  return (
    `<span class="app-header__who app-header__wide">${before}<strong>${who}</strong>${after}</span>` +
    `<a class="app-header__link app-header__wide" href="${account}">${yours}</a>` +
    `<a class="app-header__link app-header__who app-header__narrow" href="${account}">${hidden(before)}${who}${hidden(`${after} – ${yours}`)}</a>` +
    `<a class="app-header__link" href="${account}#sign-out">${escapeHtml(t(lang, 'account.signOut'))}</a>`
  );
}

/** The HTMLRewriter that turns the anonymous header of a built page into this user's. */
export function signedInHeader(user: Pick<SessionUser, 'email' | 'name' | 'nationalRole'>, lang: Lang, pathname: string): HTMLRewriter {
  const who = escapeHtml(user.name?.trim() || user.email);
  const account = path(lang, 'account');
  const national = path(lang, 'admin');
  const inNational = pathname.startsWith(national);
  const rewriter = new HTMLRewriter().on('[data-account-slot]', {
    element(el) {
      el.setInnerContent(accountLinks(lang, who, account), { html: true });
    },
  });
  if (!user.nationalRole) return rewriter;
  rewriter
    // before the phones' "Menu" link, which stays last
    .on('[data-national-slot] [data-menu]', {
      element(el) {
        const label = escapeHtml(t(lang, 'nav.national'));
        el.before(
          inNational
            ? `<li class="govuk-service-navigation__item govuk-service-navigation__item--active"><a class="govuk-service-navigation__link" href="${national}" aria-current="true"><strong class="govuk-service-navigation__active-fallback">${label}</strong></a></li>`
            : `<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="${national}">${label}</a></li>`,
          { html: true },
        );
      },
    })
    .on('[data-national-only]', {
      element(el) {
        el.removeAttribute('hidden');
      },
    });
  if (user.nationalRole !== 'admin') {
    rewriter.on('[data-national-nav] [data-needs="admin"]', {
      element(el) {
        el.remove();
      },
    });
  }
  return rewriter;
}

/**
 * GET /cy/* and /en/*: the built page, with the signed-in header when the visitor has a
 * valid session. Signed-in pages are private and never cached or revalidated against the
 * anonymous copy (ETag and conditional request headers are dropped).
 */
export async function servePage(c: Context<AppEnv>): Promise<Response> {
  const raw = c.req.raw;
  // API keys are for machines: a page request with Authorization gets the page as it is.
  if (!getCookie(c, sessionCookieName(c)) || c.req.header('Authorization') !== undefined) return c.env.ASSETS.fetch(raw);
  await loadPrincipal(c, async () => {});
  const user = c.get('user');
  if (!user) return c.env.ASSETS.fetch(raw);
  const headers = new Headers(raw.headers);
  headers.delete('If-None-Match');
  headers.delete('If-Modified-Since');
  const res = await c.env.ASSETS.fetch(new Request(raw.url, { method: raw.method, headers }));
  if (!(res.headers.get('Content-Type') ?? '').startsWith('text/html')) return res;
  const pathname = new URL(raw.url).pathname;
  const out = signedInHeader(user, pageLang(pathname), pathname).transform(res);
  const private_ = new Response(out.body, out);
  private_.headers.delete('ETag');
  private_.headers.set('Cache-Control', 'private, no-store');
  private_.headers.append('Vary', 'Cookie');
  return private_;
}
