// Welsh search understands initial mutations: gymorth, nghymorth and chymorth find pages
// that say cymorth, and cymorth finds pages that only have a mutated form. Search also
// crosses languages through the glossary's twin terms: an English term on the Welsh site
// finds the Welsh entry, and a Welsh term on the English site finds the English entry.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossary, termById } from '../../content/index.ts';
import type { Lang } from '../../content/schema.ts';
import { htmlPages, mainText } from '../../scripts/check-site.mjs';
import { termHref } from '../../site/src/lib/hrefs.ts';
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

async function search(q: string, on: Page = page): Promise<string[]> {
  // A string, not a function: vitest would rewrite import() inside a function body.
  return on.evaluate(`(async () => {
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

/** Visible words of a built page, to prove a hit comes from the twin terms and not from the page's own text. */
const visible = (path: string) => {
  const p = htmlPages('site/dist').find((x) => x.path === path);
  return p ? mainText(readFileSync(p.file, 'utf8')).toLowerCase() : '';
};
/** Glossary pages in `lang` whose twin term or alternatives (in the other language) contain the phrase. */
const pagesWithTwin = (lang: Lang, phrase: string) => {
  const other: Lang = lang === 'cy' ? 'en' : 'cy';
  return glossary
    .filter((t) => [t.term[other], ...t.alternatives[other]].some((w) => w.toLowerCase().includes(phrase)))
    .map((t) => termHref(lang, t));
};

describe('cross-language search through the glossary twin terms', () => {
  let en: Page;
  beforeAll(async () => {
    en = await (await browser.newContext()).newPage();
    await en.goto(HUB_URL + '/en/search/');
  });

  it('an English term on the Welsh site finds the Welsh glossary entry ("wellbeing" → Llesiant)', async () => {
    const found = await search('wellbeing');
    expect(found).toContain(termHref('cy', termById.get('wellbeing')!));
    expect(found.every((u) => u.startsWith('/cy/'))).toBe(true);
  });
  it('"link worker" on the Welsh site finds the Welsh entries whose English twin or alternative is "link worker", which the pages do not show', async () => {
    const expected = pagesWithTwin('cy', 'link worker');
    expect(expected.length).toBeGreaterThan(0);
    // at least one of them shows no "link worker" at all: found only through its twin terms
    expect(expected.some((p) => !visible(p).includes('link worker'))).toBe(true);
    expect(await search('link worker')).toEqual(expect.arrayContaining(expected));
  });
  it('a Welsh term on the English site finds the English entry ("llesiant" → Wellbeing)', async () => {
    const found = await search('llesiant', en);
    expect(found).toContain(termHref('en', termById.get('wellbeing')!));
    expect(found.every((u) => u.startsWith('/en/'))).toBe(true);
  });
  it('a Welsh alternative or a mutated Welsh form on the English site finds the entry ("rhagnodi cymdeithasol", "lesiant")', async () => {
    const expected = pagesWithTwin('en', 'rhagnodi cymdeithasol');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((p) => !visible(p).includes('rhagnodi'))).toBe(true);
    expect(await search('rhagnodi cymdeithasol', en)).toEqual(expect.arrayContaining(expected));
    expect(await search('lesiant', en)).toContain(termHref('en', termById.get('wellbeing')!));
  });
});
