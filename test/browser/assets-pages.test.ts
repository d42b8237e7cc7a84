// The other community asset pages (issue 16): members and invitations (invite by keyboard,
// revoke, the last member cannot be removed), the national picture for an analyst and the
// same picture as open data, in both languages, with suppressed figures marked "c". axe on
// every state, no sideways scroll at 390 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_URL, launch, PHONE, phoneProblems } from './browser.ts';
import { demoAsset, GROUP, tabToMatch } from './helpers/asset-register.ts';
import { ANALYST, noViolations, signInByKeyboard, tabTo, typeInto } from './returns-helpers.ts';

let browser: Browser;
let member: Page;
const GARDEN = demoAsset(1);

beforeAll(async () => {
  browser = await launch();
  member = await signInByKeyboard(await browser.newContext(), GROUP, 'cy');
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function check(p: Page, where: string) {
  await noViolations(p, where);
  await p.setViewportSize(PHONE);
  expect(await phoneProblems(p), where).toEqual([]);
  await p.setViewportSize({ width: 1280, height: 900 });
}

describe('members and invitations', () => {
  it('cy: invites by keyboard, revokes the invitation, and explains why the last member stays', async () => {
    await member.goto(`${HUB_URL}/cy/asedau-cymunedol/aelodau/?asset=${GARDEN}`);
    await member.waitForSelector('[data-members] table');
    expect(await member.locator('[data-members]').textContent()).toContain(GROUP);
    await check(member, 'cy members');
    await typeInto(member, 'invite-email', 'gwirfoddolwr@example.cymru');
    await tabTo(member, 'invite-send');
    await member.keyboard.press('Enter');
    await member.waitForSelector('[data-done-banner]');
    expect(await member.locator('[data-pending]').textContent()).toContain('gwirfoddolwr@example.cymru');
    await check(member, 'cy members: invited');

    await tabToMatch(member, '[data-pending] [id^="revoke-"]');
    await member.keyboard.press('Enter');
    await tabTo(member, 'confirm-check');
    await member.keyboard.press('Space');
    await tabToMatch(member, '[data-confirm-yes]');
    await member.keyboard.press('Enter');
    await member.waitForFunction(() => document.querySelector('[data-done-banner]')?.textContent?.includes('Diddymwyd y gwahoddiad.'));
    expect(await member.locator('[data-pending-none]').isVisible()).toBe(true);

    await tabToMatch(member, '[data-members] [id^="remove-"]');
    await member.keyboard.press('Enter');
    await tabTo(member, 'confirm-check');
    await member.keyboard.press('Space');
    await tabToMatch(member, '[data-confirm-yes]');
    await member.keyboard.press('Enter');
    await member.waitForSelector('[data-error-summary]:not([hidden])');
    expect(await member.locator('[data-error-summary]').textContent()).toContain('Ni ellir tynnu aelod olaf');
    await check(member, 'cy members: last member');
  });

  it('en: the same page in English', async () => {
    await member.goto(`${HUB_URL}/en/community-assets/members/?asset=${GARDEN}`);
    await member.waitForSelector('[data-members] table');
    await check(member, 'en members');
  });
});

describe('the national picture', () => {
  it('an analyst sees it by standard, region and type, suppressed, in both languages', async () => {
    const p = await signInByKeyboard(await browser.newContext(), ANALYST, 'en');
    for (const [lang, path] of [
      ['en', '/en/national-team/assets/'],
      ['cy', '/cy/tim-cenedlaethol/asedau/'],
    ] as const) {
      await p.goto(HUB_URL + path);
      await p.waitForSelector('[data-by-standard] table');
      expect(await p.locator('[data-national-nav] [aria-current="page"]').textContent()).toBe(
        lang === 'cy' ? 'Asedau cymunedol' : 'Community assets',
      );
      // Four published demo assets at most: every small count is withheld.
      expect(await p.locator('[data-by-standard] abbr').count()).toBeGreaterThan(0);
      expect(await p.locator('[data-by-region] tbody tr').count()).toBeGreaterThan(0);
      await check(p, `${lang} national picture`);
    }
  });

  it('anyone sees the same picture as open data, linked from the open data page', async () => {
    const p = await (await browser.newContext()).newPage();
    await p.goto(`${HUB_URL}/en/open-data/`);
    expect(await p.locator('a[href="/en/open-data/assets/"]').count()).toBe(1);
    for (const path of ['/en/open-data/assets/', '/cy/data-agored/asedau/']) {
      await p.goto(HUB_URL + path);
      await p.waitForSelector('[data-by-type] table');
      await check(p, path);
    }
  });
});
