// "/": send readers who have chosen a language (lang cookie) or whose browser clearly
// prefers Welsh or English to that home page; everyone else gets the bilingual chooser.
// /api/lang/{cy,en}: the chooser's links, which remember the choice for a year.
import { OpenAPIHono } from '@hono/zod-openapi';
import { getCookie, setCookie } from 'hono/cookie';
import { routes } from '../../../content/api/routes/index.ts';

type Lang = 'cy' | 'en';
type Env = { Bindings: Cloudflare.Env };

/**
 * The language an Accept-Language header clearly prefers: the highest q-value among cy and en,
 * only when the two differ (a tie, or neither listed, is no preference). "*" counts for both.
 */
export function preferredLang(header: string | undefined | null): Lang | undefined {
  if (!header) return undefined;
  const q: Record<Lang | '*', number> = { cy: -1, en: -1, '*': -1 };
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.trim().split('-')[0] as string;
    if (primary !== 'cy' && primary !== 'en' && primary !== '*') continue;
    let weight = 1;
    for (const p of params) {
      const [k, v] = p.trim().split('=');
      if (k?.trim() === 'q') weight = /^\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/.test(v ?? '') ? Number(v) : NaN;
    }
    if (!Number.isFinite(weight) || weight < 0 || weight > 1) continue;
    q[primary as Lang | '*'] = Math.max(q[primary as Lang | '*'], weight);
  }
  const cy = q.cy >= 0 ? q.cy : q['*'];
  const en = q.en >= 0 ? q.en : q['*'];
  if (cy <= 0 && en <= 0) return undefined;
  if (cy === en) return undefined;
  return cy > en ? 'cy' : 'en';
}

const isLang = (v: unknown): v is Lang => v === 'cy' || v === 'en';

export const home = new OpenAPIHono<Env>();

home.get('/', async (c) => {
  const cookie = getCookie(c, 'lang');
  const lang = isLang(cookie) ? cookie : preferredLang(c.req.header('Accept-Language'));
  if (lang) {
    c.header('Vary', 'Accept-Language, Cookie');
    c.header('Cache-Control', 'private, no-store');
    return c.redirect(`/${lang}/`, 302);
  }
  const res = await c.env.ASSETS.fetch(new Request(new URL('/', c.req.url), { headers: c.req.raw.headers }));
  const out = new Response(res.body, res);
  out.headers.set('Vary', 'Accept-Language, Cookie');
  return out;
});

home.openapi(routes.chooseLanguage, (c) => {
  const { lang } = c.req.valid('param');
  if (!isLang(lang)) return c.notFound();
  setCookie(c, 'lang', lang, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'Lax', secure: new URL(c.req.url).protocol === 'https:' });
  c.header('Cache-Control', 'no-store');
  return c.redirect(`/${lang}/`, 302);
});
