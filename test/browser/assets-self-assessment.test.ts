// The community group's pages (issue 16): the asset self-assessment by keyboard alone in
// Welsh, from the standards to a submitted assessment (helpers/asset-journey.ts); creating an
// asset in English after a validation error; a stale edit in a second tab (409, nothing
// overwritten); the draft surviving a reload; the CSV and JSON downloads; axe and the 390 px
// check on every signed-in page state in both languages.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetDraftKey } from '../../content/assets/assessment.ts';
import { assetToolPaths, myAssetPaths } from '../../content/assets/paths.ts';
import { t } from '../../content/i18n.ts';
import { currentStandards } from '../../content/index.ts';
import { DEMO_ASSETS } from '../../scripts/demo-data.mjs';
import { HUB_URL, launch, PHONE, phoneProblems } from './browser.ts';
import { completeAndSubmitAssetAssessment, GROUP_EMAIL, noAxe, tabTo } from './helpers/asset-journey.ts';
import { publishToRegister, registerPath } from './helpers/asset-register.ts';
import { apiSignIn, call, type Session } from './returns-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const codes = currentStandards.standards.map((s) => s.code);
async function contextFor(s: Session): Promise<BrowserContext> {
  const ctx = await browser.newContext({ acceptDownloads: true });
  for (const pair of s.cookie.split('; ')) {
    const [name, value] = pair.split('=') as [string, string];
    await ctx.addCookies([{ name, value, url: HUB_URL }]);
  }
  return ctx;
}
/** axe and the phone check on the page as it is now. */
async function clean(page: Page, what: string): Promise<void> {
  await noAxe(page, what);
  await page.setViewportSize(PHONE);
  expect(await phoneProblems(page), `${what} at 390 px`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the asset self-assessment, keyboard only, in Welsh', () => {
  it('goes from the standards to a submitted assessment saved to the group’s asset', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const { assetId, assessmentId } = await completeAndSubmitAssetAssessment(page, 'cy');
    expect(assetId).toMatch(/^[0-9a-f-]{36}$/);
    expect(assessmentId).toMatch(/^[0-9a-f-]{36}$/);
    const text = await page.locator('main').innerText();
    expect(text).toContain(t('cy', 'assets.assessment.title'));
    expect(text).toContain('Côr Cymunedol Bro Ffestiniog');
    // The asset's page lists it as submitted, with its peer review link, and offers the other pages.
    await page.goto(`${HUB_URL}${myAssetPaths('cy').asset}?asset=${assetId}`);
    await page.waitForSelector('#asset-links li');
    const links = await page.locator('#asset-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`${myAssetPaths('cy').members}?asset=${assetId}`);
    expect(links).toContain(`${myAssetPaths('cy').register}?asset=${assetId}`);
    expect(links).toContain(`${myAssetPaths('cy').peerReviews}?asset=${assetId}&assessment=${assessmentId}`);
    await clean(page, 'the asset page (cy)');
    await ctx.close();
  }, 600_000);

  it('goes on from a new assessment to a published entry on the public register', async () => {
    // The repair café's entry was withdrawn: it returns only by a new consent, here to a new assessment.
    const name = 'Caffi Trwsio Abertawe';
    const onRegister = async () => (await fetch(`${HUB_URL}/api/register.csv?lang=cy`)).text();
    expect(await onRegister()).not.toContain(name);
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const { assetId } = await completeAndSubmitAssetAssessment(page, 'cy', name);
    await publishToRegister(page, 'cy', assetId);
    expect(await onRegister()).toContain(name);
    // Anyone finds it on the register page, by keyboard, with a mutated Welsh word ("gaffi").
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(HUB_URL + registerPath('cy'));
    await visitor.waitForSelector('[data-body]:not([hidden])');
    await tabTo(visitor, '#reg-q');
    await visitor.keyboard.type('gaffi');
    await tabTo(visitor, '#reg-search');
    await Promise.all([visitor.waitForURL(/\?q=gaffi$/), visitor.keyboard.press('Enter')]);
    await visitor.waitForSelector('[data-body]:not([hidden])');
    expect(await visitor.locator('[data-results] li h3').allTextContents()).toContain(name);
    await noAxe(visitor, 'the register, found (cy)');
    // Withdrawn again, so the register is as the demo data left it for the other register tests.
    const member = await apiSignIn(GROUP_EMAIL);
    expect((await call(member, 'DELETE', `/api/assets/${assetId}/register`)).status).toBeLessThan(300);
    expect(await onRegister()).not.toContain(name);
    await ctx.close();
  }, 900_000);
});

describe('my community assets (signed in)', () => {
  let group: Session;
  beforeAll(async () => {
    group = await apiSignIn(GROUP_EMAIL);
  });

  it('creates an asset in English after a validation error (summary, focus, field error)', async () => {
    const ctx = await contextFor(group);
    const page = await ctx.newPage();
    await page.goto(`${HUB_URL}${myAssetPaths('en').list}`);
    await page.waitForSelector('#asset-list table');
    await clean(page, 'my community assets (en)');
    await page.goto(`${HUB_URL}${myAssetPaths('en').new}`);
    await page.waitForSelector('#asset-form:not([hidden])');
    await clean(page, 'create an asset (en)');
    await page.locator('#nameEn').fill('Llandaff Knit and Natter');
    await page.locator('#type').selectOption('community-group');
    await page.locator('#localAuthority').selectOption('cardiff');
    await page.locator('#healthBoards-cavuhb').check();
    await page.locator('#create-button').press('Enter');
    await page.waitForSelector('[data-error-summary]:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-error-summary]'))).toBe(true);
    expect(await page.locator('[data-field="nameCy"] .govuk-error-message').innerText()).not.toBe('');
    expect(await page.locator('[data-field="activityTypes"] .govuk-error-message').innerText()).not.toBe('');
    await noAxe(page, 'create an asset with errors (en)');
    await page.locator('#nameCy').fill('Gweu a Sgwrsio Llandaf');
    await page.locator('#activityTypes-arts-and-crafts').check();
    await Promise.all([page.waitForURL((u) => u.pathname === myAssetPaths('en').asset), page.locator('#create-button').press('Enter')]);
    await page.waitForSelector('#asset-body:not([hidden])');
    expect(await page.locator('h1').innerText()).toBe('Llandaff Knit and Natter');
    await clean(page, 'the new asset (en)');
    await ctx.close();
  });

  it('refuses a stale edit from a second tab and offers the latest details', async () => {
    const ctx = await contextFor(group);
    const id = DEMO_ASSETS[2]!.id;
    const url = `${HUB_URL}${myAssetPaths('en').asset}?asset=${id}`;
    const [one, two] = [await ctx.newPage(), await ctx.newPage()];
    for (const p of [one, two]) {
      await p.goto(url);
      await p.waitForSelector('#asset-body:not([hidden])');
      await p.locator('#edit-details summary').press('Enter');
    }
    await one.locator('#nameEn').fill('Beacons Walking Club (tab one)');
    await one.locator('#edit-save').press('Enter');
    await one.waitForFunction(() => (document.getElementById('edit-status')?.textContent ?? '') !== '');
    await two.locator('#nameEn').fill('Beacons Walking Club (tab two)');
    await two.locator('#edit-save').press('Enter');
    await two.waitForSelector('#edit-conflict:not([hidden])');
    await noAxe(two, 'the edit conflict (en)');
    await two.locator('#edit-reload').press('Enter');
    await two.waitForSelector('#edit-conflict[hidden]', { state: 'attached' });
    expect(await two.locator('#asset-details').innerText()).toContain('Beacons Walking Club (tab one)');
    // Put it back for other tests, from the fresh copy.
    await two.locator('#nameEn').fill(DEMO_ASSETS[2]!.nameEn);
    await two.locator('#edit-save').press('Enter');
    await two.waitForFunction(() => (document.getElementById('edit-status')?.textContent ?? '') !== '');
    await ctx.close();
  });

  it('shows the asset pages in Welsh, axe clean and without sideways scroll', async () => {
    const ctx = await contextFor(group);
    const page = await ctx.newPage();
    const first = DEMO_ASSETS[0]!.id;
    await page.goto(`${HUB_URL}${myAssetPaths('cy').list}`);
    await page.waitForSelector('#asset-list table');
    await clean(page, 'fy asedau cymunedol');
    await page.goto(`${HUB_URL}${myAssetPaths('cy').new}`);
    await page.waitForSelector('#asset-form:not([hidden])');
    await clean(page, 'creu ased');
    await page.goto(`${HUB_URL}${myAssetPaths('cy').asset}?asset=${first}`);
    await page.waitForSelector('#assessment-list table');
    await clean(page, 'tudalen ased');
    const view = await page.locator('#assessment-list a').first().getAttribute('href');
    await page.goto(`${HUB_URL}${view}`);
    await page.waitForSelector('#assessment-body:not([hidden])');
    await clean(page, 'asesiad wedi’i gyflwyno');
    for (const lang of ['cy', 'en'] as const) {
      await page.goto(`${HUB_URL}${myAssetPaths(lang).compare}?asset=${DEMO_ASSETS[4]!.id}`);
      await page.waitForSelector('#compare-need:not([hidden]), #compare-result table');
      await clean(page, `compare (${lang})`);
    }
    await ctx.close();
  }, 300_000);

  it('sends a signed-out visitor to sign in', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${HUB_URL}${myAssetPaths('en').list}`);
    await page.waitForURL((u) => u.pathname === '/en/sign-in/');
    expect(await page.evaluate(() => localStorage.getItem('nffsp-return-to'))).toBe(myAssetPaths('en').list);
    await ctx.close();
  });
});

describe('the draft and the downloads (no account)', () => {
  it('keeps the draft through a reload and downloads CSV and JSON in the page’s language', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const page = await ctx.newPage();
    const en = assetToolPaths('en', codes);
    await page.goto(`${HUB_URL}${en.steps[1]}`);
    await page.locator('#level-2').check();
    await page.locator('#evidence').fill('Monthly volunteer supervision notes');
    expect(await page.locator('#evidence-info').innerText()).toContain(String(2000 - 'Monthly volunteer supervision notes'.length));
    await page.reload();
    expect(await page.locator('#level-2').isChecked()).toBe(true);
    expect(await page.locator('#evidence').inputValue()).toBe('Monthly volunteer supervision notes');
    const stored = await page.evaluate((k) => localStorage.getItem(k), assetDraftKey(currentStandards.version));
    expect(JSON.parse(stored ?? '{}').answers[currentStandards.standards[1]!.id]).toEqual({
      level: 2,
      evidence: 'Monthly volunteer supervision notes',
    });
    await page.goto(`${HUB_URL}${en.results}`);
    await page.waitForFunction(() => (document.getElementById('overall')?.textContent ?? '').length > 0);
    await clean(page, 'results with one answer (en)');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
    const text = await readFile((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(t('en', 'assets.csv.standardCode'));
    expect(text).toContain('Monthly volunteer supervision notes');
    expect(text).toContain(`${t('en', 'standards.level.developing')},2,${t('en', 'standards.level.mature')}`);
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#download-json').click()]);
    const record = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(record.standardsVersion).toBe(currentStandards.version);
    expect(record.answers[currentStandards.standards[1]!.id].level).toBe(2);
    expect(record.plan).toHaveLength(1);
    // The Welsh twin reads the same draft and writes Welsh headers.
    await page.goto(`${HUB_URL}${assetToolPaths('cy', codes).results}`);
    await page.waitForFunction(() => (document.getElementById('overall')?.textContent ?? '').length > 0);
    await clean(page, 'canlyniadau gydag un ateb (cy)');
    const [csvCy] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
    expect(await readFile((await csvCy.path())!, 'utf8')).toContain(t('cy', 'assets.csv.standardCode'));
    await ctx.close();
  });
});
