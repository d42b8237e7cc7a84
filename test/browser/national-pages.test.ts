// The national team's pages and the public open data, in both languages, on the seeded demo
// data: the open data chart (an SVG with a title and description), its table in a labelled
// scrolling region, revisions ten to a page with each reason only in the page's language;
// totals with Wales on its own and an incomplete quarter flagged; completeness with its
// summary first; the review queue and review with dates and times and the warnings first.
// axe on every state, and no sideways scroll at 390 px.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_URL, launch, PHONE, phoneProblems } from './browser.ts';
import { ANALYST, apiSignIn, call, noViolations, type Session, signInByKeyboard } from './returns-helpers.ts';

let browser: Browser;
let ctx: BrowserContext;
let analyst: Session;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  analyst = await apiSignIn(ANALYST);
  ctx = await browser.newContext();
  page = await signInByKeyboard(ctx, ANALYST, 'en');
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

const TIME = /\d{1,2}:\d{2}/;

async function phone(p: Page, where: string) {
  await p.setViewportSize(PHONE);
  expect(await phoneProblems(p), where).toEqual([]);
  await p.setViewportSize({ width: 1280, height: 900 });
}

describe('open data', () => {
  for (const lang of ['cy', 'en'] as const) {
    it(`${lang}: chart with title and description, table in a region, revisions paged in one language`, async () => {
      const p = await (await browser.newContext()).newPage();
      await p.goto(`${HUB_URL}${lang === 'cy' ? '/cy/data-agored/' : '/en/open-data/'}`);
      await p.waitForSelector('[data-table] table tbody tr');
      const svg = p.locator('[data-chart] svg[role="img"]');
      expect(await svg.locator('title').textContent()).toContain(lang === 'cy' ? 'Atgyfeiriadau a gafwyd' : 'Referrals received');
      expect(await svg.locator('desc').textContent()).toMatch(lang === 'cy' ? /tabl isod/ : /table below/);
      expect(await svg.getAttribute('aria-describedby')).toBe('od-chart-desc');
      const region = p.locator('[data-table-wrap]');
      expect(await region.getAttribute('role')).toBe('region');
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await region.getAttribute('aria-label')).toBeTruthy();

      // The published table comes a page at a time; the page reads every page's revisions.
      let total = 0;
      for (let cursor: string | null = ''; cursor !== null; ) {
        const page = await call(
          analyst,
          'GET',
          `/api/open-data/totals.json?lang=${lang}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        total += (page.body.revisions as unknown[]).length;
        cursor = page.body.next as string | null;
      }
      expect(total).toBeGreaterThan(10);
      expect(await p.locator('[data-revisions] li').count()).toBe(10);
      const first = await p.locator('[data-revisions] li').first().textContent();
      const other = lang === 'cy' ? 'Corrected the number' : 'Cywiro nifer';
      const mine = lang === 'cy' ? 'Cywiro nifer' : 'Corrected the number';
      const all = (await p.locator('[data-revisions]').textContent()) ?? '';
      expect(all).toContain(mine);
      expect(all).not.toContain(other);
      expect(all).toMatch(TIME);
      await noViolations(p, `${lang} open data`);
      await phone(p, `${lang} open data at 390 px`);

      // The next page of revisions, by keyboard: other revisions, the address says which page.
      await p.locator('.govuk-pagination__next a').focus();
      await p.keyboard.press('Enter');
      await p.waitForURL(/revisions=2/);
      expect(await p.locator('[data-revisions] li').first().textContent()).not.toBe(first);
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('revisions-title');
      expect(await p.textContent('[data-revisions-count]')).toContain(String(total));
      expect(await p.locator('[data-revisions]').textContent()).not.toContain(other);
      await noViolations(p, `${lang} open data, revisions page 2`);
      await p.close();
    });
  }
});

/** The latest quarter with fewer accepted returns than organisations (the seed's current one). */
async function incompleteQuarter(): Promise<{ id: string; accepted: number; total: number }> {
  const periods = (await call(analyst, 'GET', '/api/periods')).body.periods as { id: string }[];
  for (const { id } of [...periods].sort((a, b) => (a.id < b.id ? 1 : -1))) {
    const c = (await call(analyst, 'GET', `/api/national/completeness?period=${id}`)).body;
    if (c.counts.accepted > 0 && c.counts.accepted < c.counts.total) return { id, accepted: c.counts.accepted, total: c.counts.total };
  }
  throw new Error('the seed has no quarter with some but not all returns accepted');
}

describe('totals', () => {
  it('cy and en: Wales on its own, not in the areas’ chart; an incomplete quarter flagged in chart and table', async () => {
    const q = await incompleteQuarter();
    for (const lang of ['cy', 'en'] as const) {
      await page.goto(`${HUB_URL}${lang === 'cy' ? '/cy/tim-cenedlaethol/cyfansymiau/' : '/en/national-team/totals/'}?period=${q.id}`);
      await page.waitForSelector('[data-body]:not([hidden]) [data-by-chart] svg');
      const wales = lang === 'cy' ? 'Cymru' : 'Wales';
      const incomplete = lang === 'cy' ? 'Anghyflawn' : 'Incomplete';
      expect(await page.textContent('[data-by-chart]')).not.toContain(wales);
      expect(await page.textContent('[data-wales] .govuk-summary-list')).toContain(wales);
      expect(await page.textContent('[data-wales] .govuk-warning-text')).toContain(`${q.accepted}`);
      expect(await page.textContent('[data-by-table] table')).toContain(wales);
      expect(await page.textContent('[data-by-table] table')).toContain(incomplete);
      expect(await page.textContent('[data-series-chart] svg')).toContain(incomplete);
      expect(await page.textContent('[data-series-table] table')).toContain(incomplete);
      await noViolations(page, `${lang} totals, incomplete quarter`);
      await phone(page, `${lang} totals at 390 px`);
    }
  });
});

describe('completeness', () => {
  it('cy and en: the summary of the latest quarter comes first, in words with plurals', async () => {
    const periods = (await call(analyst, 'GET', '/api/periods')).body.periods as { id: string }[];
    const latest = [...periods]
      .map((p) => p.id)
      .sort()
      .at(-1)!;
    const c = (await call(analyst, 'GET', `/api/national/completeness?period=${latest}`)).body;
    const submitted = c.counts.submitted + c.counts.returned + c.counts.accepted;
    for (const lang of ['cy', 'en'] as const) {
      await page.goto(`${HUB_URL}${lang === 'cy' ? '/cy/tim-cenedlaethol/cyflawnrwydd/' : '/en/national-team/completeness/'}`);
      await page.waitForSelector('[data-body]:not([hidden]) [data-summary-lead]');
      const lead = await page.textContent('[data-summary-lead]');
      expect(lead).toBe(
        lang === 'cy'
          ? `${submitted} o’r ${c.counts.total} sefydliad wedi cyflwyno`
          : `${submitted} of ${c.counts.total} organisations submitted`,
      );
      const counts = (await page.textContent('[data-summary-counts]')) ?? '';
      expect(counts).toContain(String(c.counts.accepted));
      expect(counts).toMatch(lang === 'cy' ? /heb ddechrau/ : /not started/);
      // Summary before the detail.
      const order = await page.evaluate(() => {
        const s = document.querySelector('[data-summary]');
        const tbl = document.querySelector('[data-rows]');
        return s && tbl ? s.compareDocumentPosition(tbl) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
      await noViolations(page, `${lang} completeness summary`);
      await phone(page, `${lang} completeness at 390 px`);
    }
  });
});

describe('completeness matrix', () => {
  it('cy and en: every organisation in the order of the page’s language, a page at a time, by keyboard, each page once', async () => {
    const periods = (await call(analyst, 'GET', '/api/periods')).body.periods as { id: string }[];
    const latest = periods
      .map((p) => p.id)
      .sort()
      .at(-1)!;
    // Three organisations a page, so the seed's few need several: the page asks the Worker as it always does.
    const matrix = '**/api/national/completeness/matrix?*';
    // Each page on its way for a moment, so a second press lands while the first is loading.
    await page.route(matrix, async (route) => {
      await new Promise((r) => setTimeout(r, 150));
      await route.continue({ url: `${route.request().url()}&limit=3` });
    });
    try {
      for (const lang of ['cy', 'en'] as const) {
        const whole = (await call(analyst, 'GET', `/api/national/completeness/matrix?period=${latest}&lang=${lang}&limit=500`)).body as {
          periods: string[];
          orgs: { org: { name: { cy: string; en: string } } }[];
        };
        expect(whole.orgs.length).toBeGreaterThan(3);
        await page.goto(`${HUB_URL}${lang === 'cy' ? '/cy/tim-cenedlaethol/cyflawnrwydd/' : '/en/national-team/completeness/'}`);
        await page.waitForSelector('[data-body]:not([hidden]) [data-rows] tr');
        expect(await page.locator('[data-rows] tr').count()).toBe(3);
        expect(await page.locator('[data-head] th').count()).toBe(whole.periods.length + 1);
        const more = page.locator('[data-more]');
        expect(await more.textContent()).toBe(lang === 'cy' ? 'Dangos rhagor o sefydliadau' : 'Show more organisations');
        while (await more.isVisible()) {
          const shown = await page.locator('[data-rows] tr').count();
          await more.focus();
          // Pressed twice: the page comes once.
          await page.keyboard.press('Enter');
          await page.keyboard.press('Enter');
          await page.waitForFunction((n) => document.querySelectorAll('[data-rows] tr').length > n, shown);
          await page.waitForTimeout(400);
        }
        expect(await page.locator('[data-rows] tr th').allTextContents()).toEqual(whole.orgs.map((o) => o.org.name[lang]));
        // The button went with the focus on it: the focus is on the first organisation of the last page.
        const lastPageFirst = whole.orgs[Math.floor((whole.orgs.length - 1) / 3) * 3]!.org.name[lang];
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(lastPageFirst);
        await noViolations(page, `${lang} completeness, every page shown`);
      }
    } finally {
      await page.unroute(matrix);
    }
  });
});

describe('review queue and review', () => {
  it('cy and en: dates with times; the warnings and explanations come before the decision', async () => {
    for (const lang of ['cy', 'en'] as const) {
      await page.goto(`${HUB_URL}${lang === 'cy' ? '/cy/tim-cenedlaethol/ffurflenni/' : '/en/national-team/returns/'}?status=submitted`);
      await page.waitForSelector('[data-body]:not([hidden]) [data-rows] tr');
      expect(await page.textContent('[data-rows] tr td:nth-child(4)')).toMatch(TIME);
      await noViolations(page, `${lang} review queue`);
      await phone(page, `${lang} review queue at 390 px`);
      const href = await page.getAttribute('[data-rows] tr a', 'href');
      await page.goto(new URL(href!, HUB_URL).href);
      await page.waitForSelector('form[data-decision]:not([hidden])');
      expect(await page.textContent('[data-versions] tr td:nth-child(3)')).toMatch(TIME);
      const first = await page.evaluate(() => {
        const issues = document.querySelector('[data-issues]');
        const form = document.querySelector('form[data-decision]');
        const versions = document.querySelector('[data-versions]');
        return issues && form && versions
          ? Boolean(issues.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING) &&
              Boolean(issues.compareDocumentPosition(versions) & Node.DOCUMENT_POSITION_FOLLOWING)
          : false;
      });
      expect(first).toBe(true);
      expect(await page.isVisible('[data-issues] > *')).toBe(true);
      await noViolations(page, `${lang} review`);

      // Recording nothing: the error summary, linked to the question.
      await page.locator('form[data-decision] button[type="submit"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-error-summary]:not([hidden])');
      expect(await page.textContent('[data-error-summary]')).toBeTruthy();
      expect(await page.getAttribute('[data-error-summary] a', 'href')).toBe('#decision-accept');
      await noViolations(page, `${lang} review, no decision`);
    }
  });
});
