// Pages for signed-in visitors: the Worker rewrites the header of a built page (who you are,
// your account, sign out; the national team link; no admin-only links for an analyst), and
// leaves everything else, and every anonymous visitor's page, exactly as built.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../worker/src/index.ts';
import { ORIGIN, setRole, signIn } from './helpers.ts';

// The shape of a built page's header and national navigation (site/src/layouts/Base.astro).
const PAGE = `<!doctype html><html lang="cy"><body>
<nav class="app-header__account" data-account-slot><a class="app-header__link" href="/cy/mewngofnodi/">Mewngofnodi</a></nav>
<ul class="govuk-service-navigation__list" data-national-slot><li>Hunanasesiad</li><li data-menu><a href="#footer-nav">Dewislen</a></li></ul>
<nav data-national-nav><ul><li data-needs="analyst"><a href="/cy/tim-cenedlaethol/">Trosolwg</a></li><li data-needs="admin"><a href="/cy/tim-cenedlaethol/pobl/">Pobl a rolau</a></li></ul></nav>
<ul><li data-national-only hidden><a href="/cy/tim-cenedlaethol/">Tîm cenedlaethol</a></li></ul>
<main>Cynnwys</main></body></html>`;

/** A stand-in for the static assets: the page above for HTML paths, a CSV otherwise. */
function assets(seen: Request[] = []) {
  return {
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(input, init);
      seen.push(req);
      if (new URL(req.url).pathname.endsWith('.csv')) return new Response('a,b\n', { headers: { 'Content-Type': 'text/csv' } });
      return new Response(PAGE, { headers: { 'Content-Type': 'text/html; charset=utf-8', ETag: '"abc"' } });
    },
  };
}
const get = (path: string, headers: Record<string, string> = {}, seen: Request[] = []) =>
  app.request(ORIGIN + path, { headers }, { ...env, ASSETS: assets(seen) });

describe('signed-in header on pages', () => {
  it('leaves the page untouched for a visitor without a session', async () => {
    const res = await get('/cy/geirfa/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('>Mewngofnodi</a>');
    expect(html).not.toContain('app-header__who');
    expect(res.headers.get('ETag')).toBe('"abc"');
  });

  it('leaves the page untouched for a session cookie that is not valid', async () => {
    const html = await (await get('/cy/', { Cookie: 'sphub_session=not-a-session' })).text();
    expect(html).toContain('>Mewngofnodi</a>');
    expect(html).not.toContain('app-header__who');
  });

  it('shows a practitioner who they are, their account and sign-out, in the page language, privately', async () => {
    const s = await signIn('header-practitioner@example.wales');
    const seen: Request[] = [];
    const res = await get('/en/glossary/', { Cookie: s.cookie, 'If-None-Match': '"abc"' }, seen);
    const html = await res.text();
    expect(html).toContain('Signed in as <strong>header-practitioner@example.wales</strong>');
    // on phones the name itself is the link to the account
    expect(html).toContain(
      'href="/en/account/"><span class="govuk-visually-hidden">Signed in as </span>header-practitioner@example.wales<span class="govuk-visually-hidden"> – Your account</span></a>',
    );
    expect(html).toContain('href="/en/account/">Your account</a>');
    expect(html).toContain('href="/en/account/#sign-out">Sign out</a>');
    expect(html).not.toContain('>Mewngofnodi</a>');
    // no national link, and the national-only link stays hidden
    expect(html).not.toContain('National team');
    expect(html).toMatch(/<li data-national-only hidden>/);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.headers.get('ETag')).toBeNull();
    expect(res.headers.get('Vary')).toContain('Cookie');
    // the anonymous copy in the browser's cache is never revalidated for a signed-in visitor
    expect(seen[0]!.headers.get('If-None-Match')).toBeNull();
  });

  it('uses the Welsh words on Welsh pages and escapes the name people type', async () => {
    const s = await signIn('header-named@example.wales');
    const patch = await app.request(
      `${ORIGIN}/api/account`,
      {
        method: 'PATCH',
        headers: { Cookie: s.cookie, 'X-CSRF-Token': s.csrf, Origin: ORIGIN, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Siân <b>Jones</b>' }),
      },
      env,
    );
    expect(patch.status).toBe(200);
    const html = await (await get('/cy/', { Cookie: s.cookie })).text();
    expect(html).toContain('Wedi mewngofnodi fel <strong>Siân &lt;b&gt;Jones&lt;/b&gt;</strong>');
    expect(html).toContain('href="/cy/cyfrif/">Eich cyfrif</a>');
    expect(html).toContain('href="/cy/cyfrif/#sign-out">Allgofnodi</a>');
  });

  it('gives an analyst the national team link and removes admin-only national pages', async () => {
    const s = await signIn('header-analyst@example.wales');
    await setRole(s.userId, 'analyst');
    const html = await (await get('/cy/tim-cenedlaethol/', { Cookie: s.cookie })).text();
    expect(html).toContain('href="/cy/tim-cenedlaethol/" aria-current="true"');
    expect(html).toContain('Trosolwg');
    expect(html).not.toContain('Pobl a rolau');
    expect(html).toMatch(/<li data-national-only>/);
  });

  it('keeps every national page for an admin', async () => {
    const s = await signIn('header-admin@example.wales');
    await setRole(s.userId, 'admin');
    const html = await (await get('/cy/geirfa/', { Cookie: s.cookie })).text();
    expect(html).toContain('Pobl a rolau');
    expect(html).toContain(
      '<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/cy/tim-cenedlaethol/">',
    );
  });

  it('passes files that are not HTML through unchanged', async () => {
    const s = await signIn('header-csv@example.wales');
    const res = await get('/cy/geirfa/geirfa.csv', { Cookie: s.cookie });
    expect(res.headers.get('Content-Type')).toBe('text/csv');
    expect(await res.text()).toBe('a,b\n');
  });
});
