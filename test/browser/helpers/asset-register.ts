// Community assets in the browser (issue 16): the demo community group, its seeded assets,
// and publishing an asset on the public register by consent, by keyboard alone.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_USERS } from '../../../scripts/demo-data.mjs';
import { HUB_URL } from '../browser.ts';
import { noViolations, tabTo } from '../returns-helpers.ts';

export const GROUP = DEMO_USERS.find((u) => u.role === 'community-group')!.email;
/** A seeded asset's id (1 Riverside garden … 5 Rhyl centre) and its submitted self-assessment's. */
export const demoAsset = (n: number) => `00000000-0000-4000-8a00-${String(n).padStart(12, '0')}`;
export const demoSubmitted = (n: number) => `00000000-0000-4000-8a10-${String(n).padStart(12, '0')}`;

export const consentPath = (lang: 'cy' | 'en', assetId: string) =>
  `${lang === 'cy' ? '/cy/asedau-cymunedol/cofrestr/' : '/en/community-assets/register/'}?asset=${assetId}`;
export const registerPath = (lang: 'cy' | 'en') =>
  lang === 'cy' ? '/cy/safonau-asedau-cymunedol/cofrestr/' : '/en/community-asset-standards/register/';

/** Presses Tab until the focused element matches `selector`. */
export async function tabToMatch(page: Page, selector: string, max = 600): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/**
 * Publishes `assetId` on the register as its member (the page must be signed in as one), by
 * keyboard alone: the consent page shows what would be published; publishing without ticking
 * the box is a GOV.UK error; ticking it and publishing shows the success banner, focused.
 */
export async function publishToRegister(page: Page, lang: 'cy' | 'en', assetId: string): Promise<void> {
  await page.goto(HUB_URL + consentPath(lang, assetId));
  await page.waitForSelector('form[data-consent]:not([hidden])');
  expect(await page.locator('[data-entry-title]').textContent()).toBe(
    lang === 'cy' ? "Beth fyddai'n cael ei gyhoeddi" : 'What would be published',
  );
  await noViolations(page, `${lang} consent: before`);
  await tabTo(page, 'consent-publish');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-error-summary]:not([hidden])');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
  expect(await page.locator('[data-error-summary]').textContent()).toContain(
    lang === 'cy' ? 'Ticiwch y blwch i gytuno cyn cyhoeddi' : 'Tick the box to agree before publishing',
  );
  await noViolations(page, `${lang} consent: not ticked`);
  await tabTo(page, 'consent');
  await page.keyboard.press('Space');
  await tabTo(page, 'consent-publish');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-done-banner]');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-done-banner'))).toBe(true);
  expect(await page.locator('[data-status-line]').textContent()).toMatch(lang === 'cy' ? /^Ar y gofrestr ers / : /^On the register since /);
  expect(await page.locator('[data-entry-title]').textContent()).toBe(lang === 'cy' ? "Beth sydd wedi'i gyhoeddi" : 'What is published');
  await noViolations(page, `${lang} consent: published`);
}
