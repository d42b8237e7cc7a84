// The tools can be found: from each home page the self-assessment and sign-in are reached
// within two clicks, on a phone and on a desktop; once signed in, content pages say who you
// are (the Worker rewrites the header: no JavaScript on the page); national navigation
// lists only what the role can use; dates written by the page scripts have Welsh names.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTL_FALLBACK_DATE } from '../../content/datetime.ts';
import { DEMO_USERS } from '../../scripts/demo-data.mjs';
import { axe, DESKTOP, HUB_URL, launch, PHONE, phoneProblems } from './browser.ts';
import { apiSignIn } from './returns-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const emailOf = (role: string) => DEMO_USERS.find((u) => u.role === role)!.email;
async function signedIn(role: string, viewport = DESKTOP): Promise<BrowserContext> {
  const s = await apiSignIn(emailOf(role));
  const ctx = await browser.newContext({ viewport });
  const [name, value] = s.cookie.split(';')[0]!.split('=') as [string, string];
  await ctx.addCookies([{ name, value, url: HUB_URL }]);
  return ctx;
}
/** Clicks the first visible link with exactly this text and waits for the next page. */
async function follow(page: Page, text: string) {
  const link = page.locator('a:visible', { hasText: new RegExp(`^\\s*${text}\\s*$`) }).first();
  const before = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== before), link.click()]);
}

describe('the tools from the home page', () => {
  for (const [lang, assessment, signIn, assessmentPath, signInPath] of [
    ['cy', 'Hunanasesiad', 'Mewngofnodi', '/cy/hunanasesiad/', '/cy/mewngofnodi/'],
    ['en', 'Self-assessment', 'Sign in', '/en/self-assessment/', '/en/sign-in/'],
  ] as const) {
    for (const [device, viewport] of [
      ['a phone', PHONE],
      ['a desktop', DESKTOP],
    ] as const) {
      it(`/${lang}/ reaches the self-assessment and sign-in in one click each, on ${device}`, async () => {
        const ctx = await browser.newContext({ viewport });
        const page = await ctx.newPage();
        await page.goto(`${HUB_URL}/${lang}/`);
        await follow(page, assessment);
        expect(new URL(page.url()).pathname).toBe(assessmentPath);
        await page.goto(`${HUB_URL}/${lang}/`);
        await follow(page, signIn);
        expect(new URL(page.url()).pathname).toBe(signInPath);
        // and the self-assessment's first question is one more click away
        await page.goto(`${HUB_URL}${assessmentPath}`);
        await page.locator('#start-link').click();
        await page.waitForSelector('#step-form');
        await ctx.close();
      });
    }
  }

  it('the framework page leads to the self-assessment, the dataset page to the returns', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${HUB_URL}/en/competency-framework/`);
    await follow(page, 'Start the self-assessment');
    expect(new URL(page.url()).pathname).toBe('/en/self-assessment/');
    await page.goto(`${HUB_URL}/cy/set-ddata-graidd/`);
    await follow(page, 'Agor eich ffurflenni chwarterol');
    expect(new URL(page.url()).pathname).toBe('/cy/ffurflenni/');
  });
});

describe('signed in, on every page', () => {
  it('a content page says who you are, with your account and sign-out, and still has no script', async () => {
    const ctx = await signedIn('practitioner', PHONE);
    const page = await ctx.newPage();
    await page.goto(`${HUB_URL}/cy/geirfa/`);
    const header = page.locator('[data-account-slot]');
    expect(await header.textContent()).toContain(`Wedi mewngofnodi fel ${emailOf('practitioner')}`);
    expect(await page.locator('script[src]').count()).toBe(0);
    expect(await phoneProblems(page)).toEqual([]);
    await page.setViewportSize(DESKTOP);
    expect(await axe(page)).toEqual([]);
    // "Sign out" leads to the sign-out buttons on the account page
    await follow(page, 'Allgofnodi');
    await page.waitForSelector('[data-account-user]:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-out');
    await ctx.close();
  });

  it('an analyst gets the national team link and only the national pages an analyst can use', async () => {
    const ctx = await signedIn('analyst', PHONE);
    const page = await ctx.newPage();
    await page.goto(`${HUB_URL}/en/national-team/completeness/`);
    await page.waitForSelector('[data-body]:not([hidden])');
    expect(await phoneProblems(page)).toEqual([]);
    const nav = page.locator('[data-national-nav]');
    const links = await nav.locator('a').allTextContents();
    expect(links).toEqual([
      'Overview',
      'Review returns',
      'Completeness',
      'Totals',
      'Timeliness',
      'Skills needs',
      'Community assets',
      'Organisations',
      'Audit log',
    ]);
    expect(await page.locator('.govuk-service-navigation a', { hasText: 'National team' }).count()).toBe(1);
    await ctx.close();
  });

  it('an admin gets every national page, including people and API keys', async () => {
    const ctx = await signedIn('admin');
    const page = await ctx.newPage();
    await page.goto(`${HUB_URL}/cy/tim-cenedlaethol/pobl/`);
    const links = await page.locator('[data-national-nav] a').allTextContents();
    expect(links).toContain('Pobl a rolau');
    expect(links).toContain('Allweddi API');
    expect(links).toHaveLength(11);
    await ctx.close();
  });
});

describe('dates written by the page scripts', () => {
  it('have Welsh month names and times on Welsh pages (outbox, people, returns)', async () => {
    // a message in the outbox, a last sign-in on the people page, due dates on the returns list
    const admin = await signedIn('admin');
    const page = await admin.newPage();
    await page.goto(`${HUB_URL}/cy/mewngofnodi/blwch-negeseuon/`);
    await page.waitForSelector('article');
    const outbox = await page.locator('[data-outbox]').innerText();
    expect(outbox).toMatch(
      /\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4} am \d{2}:\d{2}/,
    );
    expect(outbox).not.toMatch(INTL_FALLBACK_DATE);
    await page.goto(`${HUB_URL}/cy/tim-cenedlaethol/pobl/`);
    await page.waitForSelector('[data-people-rows] tr');
    const people = await page.locator('[data-people-rows]').innerText();
    expect(people).toMatch(/ am \d{2}:\d{2}/);
    expect(people).not.toMatch(INTL_FALLBACK_DATE);
    await admin.close();

    const submitter = await signedIn('submitter');
    const list = await submitter.newPage();
    await list.goto(`${HUB_URL}/cy/ffurflenni/`);
    await list.waitForSelector('[data-rows] tr');
    const rows = await list.locator('[data-rows]').innerText();
    expect(rows).toMatch(/\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/);
    expect(rows).not.toMatch(INTL_FALLBACK_DATE);
    await submitter.close();
  });
});
