// The community group's journey through the asset self-assessment by keyboard alone (Tab,
// Shift+Tab, Space, arrows, Enter and typed text): from the standards' page, without an
// account, every standard with evidence, check answers, results and plan; then sign-in
// (outbox link) which comes back to the results, save to one of the group's assets, submit,
// and the submitted assessment's page. axe runs on every new page state. Exported so the
// lead can continue it (publishing to the register).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { assetToolPaths, myAssetPaths } from '../../../content/assets/paths.ts';
import { currentStandards } from '../../../content/index.ts';
import { path } from '../../../content/routes.ts';
import type { Lang } from '../../../content/schema.ts';
import { DEMO_USERS } from '../../../scripts/demo-data.mjs';
import { axe, HUB_URL } from '../browser.ts';

export const GROUP_EMAIL = DEMO_USERS.find((u) => u.role === 'community-group')!.email;
const codes = currentStandards.standards.map((s) => s.code);
/** The level we give standard i: a spread over Not yet … Mature. */
export const levelFor = (i: number) => (i % 4 === 3 ? 0 : 1 + (i % 3));
export const evidenceFor = (i: number) => `Tystiolaeth ${i + 1}: cofnodion y grŵp, adborth gan aelodau`;

const active = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
/** Moves focus to `selector` with Tab only (then Shift+Tab if it lies behind). */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < max; i++) {
      if (await active(page, selector)) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`could not reach ${selector} with the keyboard`);
}
export async function enterTo(page: Page, pathname: string): Promise<void> {
  await Promise.all([page.waitForURL((u) => u.pathname === pathname), page.keyboard.press('Enter')]);
  await page.waitForFunction(() => document.readyState === 'complete');
}
export async function noAxe(page: Page, what: string): Promise<void> {
  expect(await axe(page), `axe on ${what}`).toEqual([]);
}

/** Answers standard i on its page: the level by Space and arrows, the evidence typed. */
async function answerStandard(page: Page, i: number): Promise<void> {
  await tabTo(page, 'input[name="level"]');
  const target = levelFor(i);
  await page.keyboard.press('Space');
  for (let k = 0; k < 8; k++) {
    const now = await page.evaluate(() => (document.querySelector('input[name="level"]:checked') as HTMLInputElement | null)?.value);
    if (now === String(target)) break;
    await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, '#evidence');
  await page.keyboard.type(evidenceFor(i));
}

/** Signs in by keyboard from the results page's link; the confirm page brings us back. */
async function signInAndReturn(page: Page, lang: Lang, email: string, back: string): Promise<void> {
  await tabTo(page, '#save-signed-out a');
  await enterTo(page, path(lang, 'signIn'));
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-done]:not([hidden])');
  const out = (await (await fetch(`${HUB_URL}/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { messages: { text: string }[] };
  const link = /(https?:\/\/\S+#token=[A-Za-z0-9_-]+)/.exec(out.messages[0]!.text)![1]!;
  await page.goto(link.replace(/^https?:\/\/[^/]+/, HUB_URL));
  await tabTo(page, 'form[data-form="confirm"] button[type="submit"]');
  await enterTo(page, back);
}

export interface AssetJourney {
  assetId: string;
  assessmentId: string;
}

/**
 * The whole journey in `lang`, saving to the asset named `assetName` (one of the group's,
 * without a draft). Ends on the submitted assessment's page.
 */
export async function completeAndSubmitAssetAssessment(
  page: Page,
  lang: Lang = 'cy',
  assetName = 'Côr Cymunedol Bro Ffestiniog',
): Promise<AssetJourney> {
  const p = assetToolPaths(lang, codes);
  await page.goto(`${HUB_URL}${path(lang, 'standards')}`);
  await tabTo(page, '#asset-tool-start');
  await enterTo(page, p.start);
  await noAxe(page, 'the start page');
  await tabTo(page, '#start-link:not([hidden]), #continue-link:not([hidden])');
  await enterTo(page, p.steps[0]!);
  for (let i = 0; i < codes.length; i++) {
    await page.waitForFunction(() => (document.getElementById('assess-progress')?.textContent ?? '').length > 0);
    if (i === 0) await noAxe(page, 'a standard');
    await answerStandard(page, i);
    if (i === 0) await noAxe(page, 'a standard answered, with the character count');
    await tabTo(page, '#save-continue');
    await enterTo(page, i === codes.length - 1 ? p.check : p.steps[i + 1]!);
  }
  // Check answers: every standard answered, the evidence shown.
  await page.waitForFunction(() => (document.getElementById('assess-progress')?.textContent ?? '').length > 0);
  const check = await page.locator('main').innerText();
  for (let i = 0; i < codes.length; i++) expect(check).toContain(evidenceFor(i));
  await noAxe(page, 'check answers');
  await tabTo(page, '#to-results');
  await enterTo(page, p.results);
  await page.waitForFunction(() => (document.getElementById('overall')?.textContent ?? '').length > 0);
  const belowMature = codes.filter((_, i) => levelFor(i) < 3).length;
  expect(await page.locator('[data-plan-item]').count()).toBe(belowMature);
  await noAxe(page, 'results and plan');

  await signInAndReturn(page, lang, GROUP_EMAIL, p.results);
  await page.waitForSelector('#save-form:not([hidden])');
  await noAxe(page, 'results, signed in');
  await tabTo(page, '#save-asset');
  for (let k = 0; k < 10; k++) {
    const name = await page.evaluate(
      () => (document.getElementById('save-asset') as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    );
    if (name === assetName) break;
    await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, '#save-button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.getElementById('save-status')?.textContent ?? '').length > 0);
  expect(await page.locator('#save-status').innerText()).toContain(assetName);
  await tabTo(page, '#submit-button');
  await Promise.all([page.waitForURL((u) => u.pathname === myAssetPaths(lang).assessment), page.keyboard.press('Enter')]);
  await page.waitForSelector('#assessment-body:not([hidden])');
  await noAxe(page, 'the submitted assessment');
  const url = new URL(page.url());
  return { assetId: url.searchParams.get('asset') ?? '', assessmentId: url.searchParams.get('assessment') ?? '' };
}
