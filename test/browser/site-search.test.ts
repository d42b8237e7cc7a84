// Welsh search understands initial mutations: gymorth, nghymorth and chymorth find pages
// that say cymorth, and cymorth finds pages that only have a mutated form.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, mainText } from '../../scripts/check-site.mjs';
import { HUB_URL, launch } from './browser.ts';

const indexed = htmlPages('site/dist')
  .map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }))
  .filter((p) => p.path.startsWith('/cy/') && /data-pagefind-body/.test(p.html))
  .map((p) => ({
    path: p.path,
    words: new Set(
      mainText(p.html)
        .toLowerCase()
        .match(/[\p{L}]+/gu) ?? [],
    ),
  }));
const having = (w: string, without: string[] = []) =>
  indexed.filter((p) => p.words.has(w) && without.every((x) => !p.words.has(x))).map((p) => p.path);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext()).newPage();
  await page.goto(HUB_URL + '/cy/chwilio/');
});
afterAll(async () => {
  await browser?.close();
});

async function search(q: string): Promise<string[]> {
  // A string, not a function: vitest would rewrite import() inside a function body.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const r = await pf.search(${JSON.stringify(q)});
    return Promise.all(r.results.map(async (x) => (await x.data()).url));
  })()`) as Promise<string[]>;
}

describe('Welsh search and mutations', () => {
  for (const q of ['gymorth', 'nghymorth', 'chymorth']) {
    it(`"${q}" finds the pages that say "cymorth" (not only "${q}")`, async () => {
      const expected = having('cymorth', [q]);
      expect(expected.length).toBeGreaterThan(0);
      const found = await search(q);
      expect(found).toEqual(expect.arrayContaining(expected));
    });
  }
  it('"cymorth" finds pages that have only mutated forms', async () => {
    const expected = [...new Set(['gymorth', 'nghymorth', 'chymorth'].flatMap((m) => having(m, ['cymorth'])))];
    expect(expected.length).toBeGreaterThan(0);
    expect(await search('cymorth')).toEqual(expect.arrayContaining(expected));
  });
  it('an unrelated word finds nothing, and the Welsh index holds no English pages', async () => {
    expect(await search('zzqxw')).toEqual([]);
    const found = await search('cymorth');
    expect(found.every((u) => u.startsWith('/cy/'))).toBe(true);
  });
  it('the search page shows results and a count in Welsh, from a plain GET form', async () => {
    await page.goto(HUB_URL + '/cy/chwilio/?q=gymorth');
    await page.locator('#search-results li a').first().waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/canlyniad/);
    expect(await page.inputValue('#q')).toBe('gymorth');
    await page.fill('#q', 'zzqxw');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('Dim canlyniadau'));
    expect(await page.locator('#search-results li').count()).toBe(0);
  });
});
