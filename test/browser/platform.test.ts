// Sign-in through the pages in Chromium (request → outbox page → confirm → account),
// axe on the platform pages, and the security headers on plain site responses.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, HUB_URL, launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('security headers on site responses', () => {
  for (const path of ['/cy/', '/en/sign-in/', '/favicon.svg']) {
    it(`${path} carries the CSP and the other security headers`, async () => {
      const res = await fetch(HUB_URL + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    });
  }
});

describe('sign-in pages', () => {
  for (const [lang, signIn, outbox, account] of [
    ['cy', '/cy/mewngofnodi/', '/cy/mewngofnodi/blwch-negeseuon/', '/cy/cyfrif/'],
    ['en', '/en/sign-in/', '/en/sign-in/outbox/', '/en/account/'],
  ] as const) {
    it(`signs in end to end in ${lang}, with no axe violations on the way`, async () => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const errors: string[] = [];
      // (the browser's own favicon request is not ours to judge: resource failures are checked by URL below)
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
      });
      page.on('response', (r) => {
        if (r.status() === 404) errors.push(`404 ${r.url()}`);
      });
      await page.goto(HUB_URL + signIn);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await axe(page)).toEqual([]);

      // An invalid address shows the error summary and the field message.
      await page.fill('#email', 'not-an-address');
      await page.click('form[data-form="sign-in"] button');
      await page.waitForSelector('[data-error-summary]:not([hidden])');
      expect(await page.textContent('#email-error')).toMatch(lang === 'cy' ? /gyfeiriad e-bost/ : /email address/);
      expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
      expect(await axe(page)).toEqual([]);

      const email = `browser-${lang}-${Date.now()}@example.cymru`;
      await page.fill('#email', email);
      await page.click('form[data-form="sign-in"] button');
      await page.waitForSelector('[data-done]:not([hidden])');

      await page.goto(HUB_URL + outbox);
      const link = page.locator(`article:has-text("${email}") a`).first();
      await link.waitFor();
      const href = await link.getAttribute('href');
      expect(href).toContain('#token=');
      expect(await axe(page)).toEqual([]);

      await page.goto(href!);
      expect(await axe(page)).toEqual([]);
      await page.click('form[data-form="confirm"] button');
      await page.waitForURL(HUB_URL + account);
      await page.waitForSelector('[data-account-user]:not([hidden])');
      expect(await page.textContent('[data-account-email]')).toBe(email);
      expect(await axe(page)).toEqual([]);

      // The same link cannot be used twice.
      await page.goto(href!);
      await page.click('form[data-form="confirm"] button');
      await page.waitForSelector('[data-error-summary]:not([hidden])');

      await page.goto(HUB_URL + account);
      await page.waitForSelector('[data-account-user]:not([hidden])');
      await page.click('form[data-form="sign-out"] button');
      await page.waitForSelector('[data-account-anon]:not([hidden])');
      await page.reload();
      await page.waitForSelector('[data-account-anon]:not([hidden])');
      expect(errors).toEqual([]);
      await ctx.close();
    });
  }
});

describe('national team page', () => {
  it('lets the demo admin list and add organisations and invite people, in Welsh', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const email = 'gweinyddwr@demo.cymru';
    await page.goto(HUB_URL + '/cy/mewngofnodi/');
    await page.fill('#email', email);
    await page.click('form[data-form="sign-in"] button');
    await page.waitForSelector('[data-done]:not([hidden])');
    await page.goto(HUB_URL + '/cy/mewngofnodi/blwch-negeseuon/');
    const link = page.locator(`article:has-text("${email}") a`).first();
    await link.waitFor();
    await page.goto((await link.getAttribute('href'))!);
    await page.click('form[data-form="confirm"] button');
    await page.waitForURL(HUB_URL + '/cy/cyfrif/');

    await page.goto(HUB_URL + '/cy/tim-cenedlaethol/');
    await page.waitForSelector('[data-admin-only]:not([hidden])');
    expect(await page.locator('[data-admin-orgs] tr').count()).toBeGreaterThanOrEqual(14);
    expect(await axe(page)).toEqual([]);

    await page.click('form[data-form="org-create"] button');
    await page.waitForSelector('[data-error-summary]:not([hidden])');
    expect(await page.textContent('#nameCy-error')).toBe("Gwall: Mae angen llenwi'r maes hwn."); // with the toolkit's visually hidden prefix
    expect(await axe(page)).toEqual([]);

    const stamp = Date.now();
    await page.fill('#nameCy', `Cyfeillion Prawf ${stamp}`);
    await page.fill('#nameEn', `Test Friends ${stamp}`);
    await page.selectOption('#type', 'third-sector');
    await page.selectOption('#healthBoard', 'pthb');
    await page.selectOption('#localAuthority', 'powys');
    await page.click('form[data-form="org-create"] button');
    await page.waitForSelector(`[data-admin-orgs] th:has-text("Cyfeillion Prawf ${stamp}")`);

    await page.fill('#invite-email', `gwahoddiad-${stamp}@example.cymru`);
    await page.selectOption('#invite-role', 'submitter');
    await page.selectOption('#invite-org', { label: `Cyfeillion Prawf ${stamp}` });
    await page.click('form[data-form="invite"] button');
    await page.waitForSelector('form[data-form="invite"] [data-saved]:not([hidden])');
    const mail = (await (await fetch(`${HUB_URL}/api/dev/outbox?to=gwahoddiad-${stamp}@example.cymru`)).json()) as {
      messages: { text: string }[];
    };
    expect(mail.messages[0]!.text).toContain(`Cyfeillion Prawf ${stamp}`);
    await ctx.close();
  });

  it('turns away someone without a national role', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(HUB_URL + '/en/national-team/');
    await page.waitForSelector('[data-admin-forbidden]:not([hidden])');
    expect(await axe(page)).toEqual([]);
  });
});
