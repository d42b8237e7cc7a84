// Every built page in both languages: no axe violations, and the language switch leads
// to the twin page, which links back.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPrefixes } from '../../content/routes.ts';
import { htmlPages, parsePage } from '../../scripts/check-site.mjs';
import { axe, DESKTOP, HUB_URL, launch, PHONE, phoneProblems } from './browser.ts';

const DIST = 'site/dist';
const pages = htmlPages(DIST).filter((p) => p.path.endsWith('/'));
const langPages = pages.filter((p) => /^\/(cy|en)\//.test(p.path));

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

// One test per page (run a few at a time), so a failure names its page and no single test
// has to fit every page of the site into its time limit. Each visit first looks at the page
// on a phone (390×844): nothing scrolls sideways, the header takes at most a quarter of the
// screen, no date in Intl's Welsh fallback form ("2026 M12 1"); then runs axe on a desktop.
describe.concurrent('axe (WCAG 2.2 AA) and phones, every page in both languages', () => {
  for (const p of [...langPages.map((x) => x.path), '/404.html', '/']) {
    it(`${p} has no violations and fits a phone`, async () => {
      const page = await context.newPage();
      await page.setViewportSize(PHONE);
      // "/" without a cookie or a language preference shows the bilingual chooser
      if (p === '/') await page.setExtraHTTPHeaders({ 'Accept-Language': 'fr' });
      try {
        const res = await page.goto(HUB_URL + p);
        expect(res?.status()).toBe(200);
        // An app page that needs a session sends a signed-out visitor to sign in: check the
        // page they end on, once its scripts have settled.
        await page.waitForLoadState('networkidle');
        expect(await phoneProblems(page)).toEqual([]);
        await page.setViewportSize(DESKTOP);
        expect(await axe(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('built pages', () => {
  it('include both home pages and a page per language of each section', () => {
    expect(langPages.length).toBeGreaterThanOrEqual(18);
    expect(langPages.filter((p) => p.path.startsWith('/cy/')).length).toBe(langPages.filter((p) => p.path.startsWith('/en/')).length);
  });

  it('every language switch leads to the twin, and the twin switches back (over HTTP)', async () => {
    const problems: string[] = [];
    for (const p of langPages) {
      const html = await (await fetch(HUB_URL + p.path)).text();
      const me = parsePage(html);
      const other = p.path.startsWith('/cy/') ? 'en' : 'cy';
      if (!me.twin?.startsWith(`/${other}/`)) {
        problems.push(`${p.path}: switch goes to ${me.twin}`);
        continue;
      }
      const res = await fetch(HUB_URL + me.twin);
      if (res.status !== 200) {
        problems.push(`${p.path}: twin ${me.twin} is ${res.status}`);
        continue;
      }
      const twin = parsePage(await res.text());
      if (twin.lang !== other) problems.push(`${me.twin}: lang is ${twin.lang}`);
      if (twin.twin !== p.path) problems.push(`${me.twin}: switches to ${twin.twin}, not back to ${p.path}`);
    }
    expect(problems).toEqual([]);
  });

  it('the switch is a real link in the other language, and works by keyboard', async () => {
    const page = await context.newPage();
    await page.goto(HUB_URL + '/cy/');
    const sw = page.locator('a[data-twin]');
    expect(await sw.getAttribute('lang')).toBe('en');
    expect(await sw.getAttribute('hreflang')).toBe('en');
    await sw.focus();
    await Promise.all([page.waitForURL(HUB_URL + '/en/'), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('content pages ship no JavaScript except the search page', () => {
    const app = appPrefixes();
    const content = langPages.filter((p) => !app.some((a) => p.path.startsWith(a)));
    const withJs = content.filter((p) => parsePage(readFileSync(p.file, 'utf8')).scripts.length > 0).map((p) => p.path);
    expect(withJs.sort()).toEqual(['/cy/chwilio/', '/en/search/']);
  });
});
