// "/" negotiates the language (cookie, then Accept-Language), else shows the bilingual
// chooser, whose links remember the choice; the Welsh glossary A–Z uses the Welsh alphabet.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_URL, launch } from './browser.ts';

const get = (path: string, headers: Record<string, string> = {}) => fetch(HUB_URL + path, { headers, redirect: 'manual' });

describe('/ and the language choice', () => {
  it('redirects to /en/ when the browser prefers English', async () => {
    const r = await get('/', { 'Accept-Language': 'en-GB,en;q=0.9' });
    expect(r.status).toBe(302);
    expect(new URL(r.headers.get('location')!, HUB_URL).pathname).toBe('/en/');
  });
  it('redirects to /cy/ when the browser prefers Welsh by q-value', async () => {
    const r = await get('/', { 'Accept-Language': 'en;q=0.5,cy;q=0.9' });
    expect(new URL(r.headers.get('location')!, HUB_URL).pathname).toBe('/cy/');
  });
  it('a lang=cy cookie wins over the browser language', async () => {
    const r = await get('/', { Cookie: 'lang=cy', 'Accept-Language': 'en' });
    expect(r.status).toBe(302);
    expect(new URL(r.headers.get('location')!, HUB_URL).pathname).toBe('/cy/');
  });
  it('with neither, shows the bilingual chooser', async () => {
    const r = await get('/', { 'Accept-Language': 'fr' });
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('href="/api/lang/cy"');
    expect(html).toContain('href="/api/lang/en"');
    const bare = await get('/');
    expect(bare.status).toBe(200);
  });
  it('the chooser links set the lang cookie for a year and go to that home page', async () => {
    const r = await get('/api/lang/en');
    expect(r.status).toBe(302);
    expect(new URL(r.headers.get('location')!, HUB_URL).pathname).toBe('/en/');
    const c = r.headers.get('set-cookie') ?? '';
    expect(c).toMatch(/lang=en/);
    expect(c).toMatch(/Path=\//);
    expect(c).toMatch(/Max-Age=31536000/);
    expect(c).toMatch(/SameSite=Lax/);
    expect((await get('/api/lang/fr')).status).toBe(404);
  });
});

describe('not found', () => {
  it('an unknown address answers 404 with the bilingual not-found page', async () => {
    const r = await get('/cy/dim-tudalen-fel-hon/');
    expect(r.status).toBe(404);
    const html = await r.text();
    expect(html).toContain('Heb ddod o hyd i’r dudalen');
    expect(html).toContain('Page not found');
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('glossary A–Z', () => {
  it('on the Welsh page puts ch after c and ll after l, and headings follow the Welsh alphabet', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(HUB_URL + '/cy/geirfa/');
    const letters = await page.locator('[data-az] [data-letter]').evaluateAll((els) => els.map((e) => e.getAttribute('data-letter')));
    expect(letters.indexOf('ch')).toBe(letters.indexOf('c') + 1);
    expect(letters.indexOf('ll')).toBe(letters.indexOf('l') + 1);
    expect(letters.indexOf('dd')).toBe(letters.indexOf('d') + 1);
    expect(letters).not.toContain('k');
    const headings = await page
      .locator('[data-letter-heading]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-letter-heading')!));
    expect(headings.length).toBeGreaterThan(0);
    const pos = headings.map((h) => letters.indexOf(h));
    expect(pos).toEqual([...pos].sort((a, b) => a - b));
    // terms under "c" never start with "ch", and those under "l" never with "ll"
    const underC = await page.locator('#letter-c + dl dt a').allTextContents();
    expect(underC.every((t) => !/^ch/i.test(t))).toBe(true);
    const underL = await page.locator('#letter-l + dl dt a').allTextContents();
    expect(underL.every((t) => !/^ll/i.test(t))).toBe(true);
  });
  it('the English page uses the English alphabet', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(HUB_URL + '/en/glossary/');
    const letters = await page.locator('[data-az] [data-letter]').evaluateAll((els) => els.map((e) => e.getAttribute('data-letter')));
    expect(letters.slice(0, 5)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(letters).not.toContain('ch');
  });
});
