// Timeliness (national team) and transparency (public), in both languages on the seeded demo
// data: the figures on the page are the API's, tables sit in labelled scrolling regions, the
// language switch goes to the twin page, another quarter is chosen by keyboard alone, axe finds
// nothing and nothing scrolls sideways at 390 px. Transparency shows status only.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collator } from '../../content/i18n.ts';
import { HUB_URL, launch, PHONE, phoneProblems } from './browser.ts';
import { ANALYST, apiSignIn, call, noViolations, type Session, signInByKeyboard } from './returns-helpers.ts';

let browser: Browser;
let analyst: Session;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  analyst = await apiSignIn(ANALYST);
  page = await signInByKeyboard(await browser.newContext(), ANALYST, 'en');
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function phone(p: Page, where: string) {
  await p.setViewportSize(PHONE);
  expect(await phoneProblems(p), where).toEqual([]);
  await p.setViewportSize({ width: 1280, height: 900 });
}

/** Names in the page language's alphabet (Welsh digraphs on Welsh pages), whatever order the API used. */
const inReaderOrder = (names: string[], lang: 'cy' | 'en') => [...names].sort(collator(lang).compare);
async function expectReaderOrder(p: Page, cells: string, lang: 'cy' | 'en') {
  const names = (await p.locator(cells).allTextContents()).map((x) => x.trim());
  expect(names.length).toBeGreaterThan(1);
  expect(names).toEqual(inReaderOrder(names, lang));
}

const PATH = {
  transparency: { cy: '/cy/data-agored/tryloywder/', en: '/en/open-data/transparency/' },
  timeliness: { cy: '/cy/tim-cenedlaethol/amseroldeb/', en: '/en/national-team/timeliness/' },
} as const;

/** Picks the select's next option and presses the form's button, by keyboard alone. */
async function nextQuarterByKeyboard(p: Page, select: string) {
  await p.focus(select);
  const before = await p.inputValue(select);
  await p.keyboard.press('ArrowDown');
  if ((await p.inputValue(select)) === before) await p.keyboard.press('ArrowUp');
  const chosen = await p.inputValue(select);
  expect(chosen).not.toBe(before);
  await p.keyboard.press('Tab');
  await p.keyboard.press('Enter');
  await p.waitForURL(new RegExp(`period=${chosen}`));
  return chosen;
}

describe('transparency (public)', () => {
  for (const lang of ['cy', 'en'] as const) {
    it(`${lang}: who returned on time in the latest due quarter, rates per quarter, status only`, async () => {
      const p = await (await browser.newContext()).newPage();
      const api = (await call(analyst, 'GET', `/api/open-data/transparency.json?lang=${lang}`)).body as {
        period: { id: string; label: Record<string, string> } | null;
        orgs: { name: Record<string, string>; outcome: string }[];
        quarters: unknown[];
      };
      expect(api.period).not.toBeNull();
      await p.goto(`${HUB_URL}${PATH.transparency[lang]}`);
      await p.waitForSelector('[data-orgs] table tbody tr');
      expect(await p.textContent('[data-quarter-title]')).toContain(api.period!.label[lang]);
      expect(await p.locator('[data-orgs] tbody tr').count()).toBe(api.orgs.length);
      await expectReaderOrder(p, '[data-orgs] tbody tr th', lang);
      expect(await p.locator('[data-rates] tbody tr').count()).toBe(api.quarters.length);
      const onTime = lang === 'cy' ? 'Mewn pryd' : 'On time';
      expect(await p.locator('[data-orgs] .govuk-tag', { hasText: onTime }).count()).toBe(
        api.orgs.filter((o) => o.outcome === 'on-time').length,
      );
      expect(await p.locator('[data-downloads] a[href*="transparency.csv"]').count()).toBe(2);
      const twin = await p.getAttribute(`link[rel="alternate"][hreflang="${lang === 'cy' ? 'en' : 'cy'}"]`, 'href');
      expect(twin).toContain(PATH.transparency[lang === 'cy' ? 'en' : 'cy']);
      await noViolations(p, `${lang} transparency`);
      await phone(p, `${lang} transparency at 390 px`);

      const chosen = await nextQuarterByKeyboard(p, '#tr-period');
      await p.waitForFunction((id) => document.querySelector('[data-downloads] a')?.getAttribute('href')?.includes(id), chosen);
      expect(await p.evaluate(() => document.activeElement?.hasAttribute('data-quarter-title'))).toBe(true);
      await noViolations(p, `${lang} transparency, another quarter`);
    }, 120_000);
  }

  it('is linked from the open data page in both languages', async () => {
    const p = await (await browser.newContext()).newPage();
    for (const lang of ['cy', 'en'] as const) {
      await p.goto(`${HUB_URL}${lang === 'cy' ? '/cy/data-agored/' : '/en/open-data/'}`);
      expect(await p.locator(`a[href="${PATH.transparency[lang]}"]`).count()).toBe(1);
      expect(await p.locator('a[href^="/data/core-dataset/"][href$="/datapackage.json"]').count()).toBe(1);
    }
  }, 60_000);
});

describe('timeliness (national team)', () => {
  for (const lang of ['cy', 'en'] as const) {
    it(`${lang}: the quarter by region and organisation, the rate over time, and who has not started`, async () => {
      await page.goto(`${HUB_URL}${PATH.timeliness[lang]}`);
      await page.waitForSelector('[data-regions] table tbody tr');
      const period = await page.inputValue('#tl-period');
      const api = (await call(analyst, 'GET', `/api/national/timeliness?period=${period}`)).body as {
        orgs: unknown[];
        regions: unknown[];
        series: unknown[];
        notStarted: { count: number };
      };
      expect(await page.locator('[data-regions] tbody tr').count()).toBe(api.regions.length);
      expect(await page.locator('[data-orgs] tbody tr').count()).toBe(api.orgs.length);
      await expectReaderOrder(page, '[data-orgs] tbody tr th', lang);
      // Wales first, then the regions in the reader's alphabet.
      const regions = await page.locator('[data-regions] tbody tr th').allTextContents();
      expect(regions[0]).toBe(lang === 'cy' ? 'Cymru' : 'Wales');
      expect(regions.slice(1)).toEqual(inReaderOrder(regions.slice(1), lang));
      expect(await page.locator('[data-series] tbody tr').count()).toBe(api.series.length);
      const count = (await page.textContent('[data-chase-count]')) ?? '';
      if (api.notStarted.count > 0) expect(count).toContain(String(api.notStarted.count));
      else expect(count).toMatch(lang === 'cy' ? /Mae pob sefydliad/ : /Every organisation/);
      expect(await page.locator('[data-national-nav] a[aria-current="page"]').textContent()).toBe(
        lang === 'cy' ? 'Amseroldeb' : 'Timeliness',
      );
      await noViolations(page, `${lang} timeliness`);
      await phone(page, `${lang} timeliness at 390 px`);
      await nextQuarterByKeyboard(page, '#tl-period');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-quarter-title'))).toBe(true);
      await noViolations(page, `${lang} timeliness, another quarter`);
    }, 120_000);
  }
});
