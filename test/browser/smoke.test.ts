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

describe('smoke', () => {
  for (const path of ['/cy/', '/en/']) {
    it(`${path} renders in its language with no axe violations`, async () => {
      const page = await (await browser.newContext()).newPage();
      const res = await page.goto(HUB_URL + path);
      expect(res?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(path.slice(1, 3));
      expect(await axe(page)).toEqual([]);
    });
  }
});
