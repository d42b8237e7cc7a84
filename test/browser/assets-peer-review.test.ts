// A peer review in English, by keyboard (issue 16): the demo community group creates a link
// for a submitted self-assessment (shown once), a reviewer without an account opens it (the
// token leaves the address bar and survives a reload), records a level and comment for every
// standard and a summary, saves and submits; the member sees the review beside the
// self-assessment, revokes the link, and the reviewer's page then says so. The link's other
// states (no token, unknown, the member's own asset) get their own pages. axe on every state
// and no sideways scroll at 390 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentStandards } from '../../content/index.ts';
import { HUB_URL, launch, PHONE, phoneProblems } from './browser.ts';
import { demoAsset, demoSubmitted, GROUP, tabToMatch } from './helpers/asset-register.ts';
import { noViolations, signInByKeyboard, tabTo, typeInto } from './returns-helpers.ts';

let browser: Browser;
let member: Page;
let link = '';
const ASSET = demoAsset(3);
const LINKS = `${HUB_URL}/en/community-assets/peer-reviews/?asset=${ASSET}&assessment=${demoSubmitted(3)}`;
const REVIEWER_PAGE = `${HUB_URL}/en/community-asset-standards/peer-review/`;

beforeAll(async () => {
  browser = await launch();
  member = await signInByKeyboard(await browser.newContext(), GROUP, 'en');
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function phone(p: Page, where: string) {
  await p.setViewportSize(PHONE);
  expect(await phoneProblems(p), where).toEqual([]);
  await p.setViewportSize({ width: 1280, height: 900 });
}
async function check(p: Page, where: string) {
  await noViolations(p, where);
  await phone(p, where);
}
const problemShown = (p: Page, which: string) => p.waitForSelector(`[data-problem="${which}"]:not([hidden])`);

describe('peer review journey (English, keyboard only)', () => {
  it('the member creates a link, shown once', async () => {
    await member.goto(LINKS);
    await member.waitForSelector('[data-body]:not([hidden])');
    await check(member, 'en links: start');
    await tabTo(member, 'link-kind-regional-partnership');
    await member.keyboard.press('ArrowDown');
    await member.keyboard.press('ArrowDown');
    expect(await member.isChecked('#link-kind-peer-organisation')).toBe(true);
    await typeInto(member, 'link-name', 'Hafan Gymunedol');
    await typeInto(member, 'link-days', '14');
    await tabTo(member, 'link-create');
    await member.keyboard.press('Enter');
    await member.waitForSelector('[data-created]:not([hidden])');
    expect(await member.evaluate(() => document.activeElement?.hasAttribute('data-created-title'))).toBe(true);
    link = await member.inputValue('#link-out');
    expect(link).toMatch(/\/en\/community-asset-standards\/peer-review\/#token=[A-Za-z0-9_-]+$/);
    expect(await member.locator('[data-created]').textContent()).toContain('We show this link only once');
    expect(await member.locator('[data-links] tbody').textContent()).toContain('Peer organisation (Hafan Gymunedol)');
    await check(member, 'en links: created');
    // Shown once: a reload does not show it again.
    await member.reload();
    await member.waitForSelector('[data-body]:not([hidden])');
    expect(await member.locator('[data-created]').isHidden()).toBe(true);
  });

  it('a member of the asset cannot review it', async () => {
    const own = await await member.context().newPage();
    await own.goto(link.replace(/^https?:\/\/[^/]+/, HUB_URL));
    await own.waitForSelector('[data-body]:not([hidden])');
    await tabTo(own, 'peer-save');
    await own.keyboard.press('Enter');
    await problemShown(own, 'own-asset');
    await check(own, 'en peer: own asset');
    await own.close();
  });

  it('the reviewer records, saves, reloads and submits', async () => {
    const p = await (await browser.newContext()).newPage();
    await p.goto(link.replace(/^https?:\/\/[^/]+/, HUB_URL));
    await p.waitForSelector('[data-body]:not([hidden])');
    expect(p.url()).toBe(REVIEWER_PAGE);
    expect(await p.locator('[data-about]').textContent()).toContain('Beacons Walking Club');
    await check(p, 'en peer: open');
    for (const s of currentStandards.standards) {
      await tabTo(p, `peer-${s.id}-level-0`);
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('Tab');
      await p.keyboard.type(`Seen evidence for ${s.code}.`);
    }
    await typeInto(p, 'peer-summary', 'A well-run club with room to grow.');
    await tabTo(p, 'peer-save');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.querySelector('[data-status]')?.textContent === 'Your review has been saved.');

    await p.reload();
    await p.waitForSelector('[data-body]:not([hidden])');
    const first = currentStandards.standards[0]!;
    expect(await p.isChecked(`#peer-${first.id}-level-2`)).toBe(true);
    expect(await p.inputValue(`#peer-${first.id}-comment`)).toBe(`Seen evidence for ${first.code}.`);
    expect(await p.inputValue('#peer-summary')).toBe('A well-run club with room to grow.');

    await tabTo(p, 'peer-submit');
    await p.keyboard.press('Enter');
    await p.waitForSelector('[data-submitted]:not([hidden])');
    expect(await p.evaluate(() => document.activeElement?.hasAttribute('data-submitted'))).toBe(true);
    await check(p, 'en peer: submitted');

    // The member sees it beside the self-assessment, then revokes the link.
    await member.goto(LINKS);
    await member.waitForSelector('[data-reviews] table');
    const reviews = await member.locator('[data-reviews] table').textContent();
    expect(reviews).toContain('Peer organisation (Hafan Gymunedol)');
    expect(reviews).toContain(`Seen evidence for ${first.code}.`);
    expect(reviews).toContain('Developing');
    expect(await member.locator('[data-summaries]').textContent()).toContain('A well-run club with room to grow.');
    await check(member, 'en links: review beside');
    await tabToMatch(member, '[id^="revoke-"]');
    await member.keyboard.press('Enter');
    await member.waitForSelector('[data-confirm]');
    await tabTo(member, 'confirm-check');
    await member.keyboard.press('Space');
    await tabToMatch(member, '[data-confirm-yes]');
    await member.keyboard.press('Enter');
    await member.waitForSelector('[data-done-banner]');
    expect(await member.locator('[data-links] tbody tr').first().textContent()).toContain('Revoked');
    await check(member, 'en links: revoked');

    await p.reload();
    await problemShown(p, 'gone');
    expect(await p.locator('[data-problem="gone"]').textContent()).toContain('revoked');
    await check(p, 'en peer: revoked');
  });

  it('a page without a token and an unknown token explain themselves, in both languages', async () => {
    const p = await (await browser.newContext()).newPage();
    await p.goto(REVIEWER_PAGE);
    await problemShown(p, 'no-token');
    await check(p, 'en peer: no token');
    await p.goto(`${HUB_URL}/cy/safonau-asedau-cymunedol/adolygiad-cymheiriaid/#token=not-a-real-token`);
    await problemShown(p, 'unknown');
    expect(await p.locator('[data-problem="unknown"]').textContent()).toContain("Nid yw'r ddolen hon yn gweithio");
    await check(p, 'cy peer: unknown');
    await member.goto(LINKS.replace('/en/community-assets/peer-reviews/', '/cy/asedau-cymunedol/adolygiadau-cymheiriaid/'));
    await member.waitForSelector('[data-body]:not([hidden])');
    await check(member, 'cy links');
  });
});
