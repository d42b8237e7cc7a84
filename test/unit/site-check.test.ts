/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../content/index.ts';
import { strings } from '../../content/ui/strings.ts';
import {
  APP_JS_BUDGET,
  checkDist,
  checkGlossary,
  checkProseParity,
  checkStrings,
  parsePage,
  ratioProblem,
  reachesStringTable,
  scriptFiles,
  wordCount,
} from '../../scripts/check-site.mjs';

const words = (n: number, w = 'gair') => Array.from({ length: n }, () => w).join(' ');
function page(lang: string, twin: string | null, main: string, extra = '') {
  const other = lang === 'cy' ? 'en' : 'cy';
  return `<!doctype html><html lang="${lang}"><head>${twin ? `<link rel="alternate" hreflang="${other}" href="${twin}">` : ''}${extra}</head>
<body>${twin ? `<a href="${twin}" hreflang="${other}" data-twin>switch</a>` : ''}<main id="main">${main}</main></body></html>`;
}
function dist(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'site-check-'));
  for (const [p, html] of Object.entries(files)) {
    const f = join(dir, p);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, html);
  }
  return dir;
}

describe('parsePage', () => {
  it('finds the language, the twin, links, scripts and inline code', () => {
    const p = parsePage(
      page('cy', '/en/', '<p>Helo <a href="/cy/geirfa/">byd</a></p>', '<script src="/x.js"></script><script>alert(1)</script>') +
        '<div style="color:red" onclick="x()"></div>',
    );
    expect(p.lang).toBe('cy');
    expect(p.twin).toBe('/en/');
    expect(p.links).toContain('/cy/geirfa/');
    expect(p.scripts).toEqual(['/x.js', null]);
    expect(p.problems.join('\n')).toMatch(/without src/);
    expect(p.problems.join('\n')).toMatch(/inline style/);
    expect(p.problems.join('\n')).toMatch(/onclick/);
    expect(p.words).toBe(2);
  });
  it('allows JSON data blocks, which are never executed, but not inline script', () => {
    const ok = parsePage(
      page('en', '/cy/', '<p>Hello</p>', '<script type="application/json" id="d">{"a":1}</script><script src="/y.js"></script>'),
    );
    expect(ok.problems).toEqual([]);
    expect(ok.scripts).toEqual(['/y.js']);
    const bad = parsePage(page('en', '/cy/', '<p>Hello</p>', '<script type="module">import "x"</script>'));
    expect(bad.problems.join('\n')).toMatch(/without src/);
    // Only application/json is data: other types (JSON-LD, templates, made-up types) need a src like any script.
    for (const type of ['application/ld+json', 'text/plain', 'application/JSON']) {
      const other = parsePage(page('en', '/cy/', '<p>Hello</p>', `<script type="${type}">{}</script>`));
      expect(other.problems.join('\n')).toMatch(/without src/);
    }
  });
  it('checks that a page ships its strings in its own language, none empty', () => {
    const block = (data: unknown) => `<script type="application/json" id="page-strings">${JSON.stringify(data)}</script>`;
    const ok = parsePage(
      page('cy', '/en/', '<p>Helo</p>', block({ lang: 'cy', strings: { 'a.b': 'Helo', 'c.d': { one: 'un', other: 'llawer' } } })),
    );
    expect(ok.problems).toEqual([]);
    expect(ok.pageStrings).toBe(true);
    const wrong = parsePage(page('cy', '/en/', '<p>Helo</p>', block({ lang: 'en', strings: { 'a.b': '' } })));
    expect(wrong.problems.join('\n')).toMatch(/page strings in "en" on a "cy" page/);
    expect(wrong.problems.join('\n')).toMatch(/empty page string a\.b/);
  });
  it('counts words with Welsh letters and apostrophes as one', () => {
    expect(wordCount("Mae'r ŵyn yn y caeau")).toBe(5);
  });
});

describe('reachesStringTable', () => {
  it('follows static imports to the chunk holding the whole string table', () => {
    const d = dist({
      '_astro/page.js': 'import{a}from"./lib.js";a()',
      '_astro/lib.js': 'import"./table.js";export const a=()=>1',
      '_astro/table.js': 'export const s={"site.tagline":{cy:"x",en:"y"}}',
      '_astro/lean.js': 'import{a}from"./lib2.js";a()',
      '_astro/lib2.js': 'export const a=()=>1',
    });
    expect(reachesStringTable(d, '/_astro/page.js')).toBe(true);
    expect(reachesStringTable(d, '/_astro/lean.js')).toBe(false);
  });
});

describe('scriptFiles', () => {
  it('follows static imports, re-exports and imports on demand, each file once', () => {
    const d = dist({
      '_astro/page.js': 'import{a}from"./a.js";import"/_astro/b.js";const l=()=>import(`./later.js`);',
      '_astro/a.js': 'export{x}from"./b.js";export const a=1',
      '_astro/b.js': 'import"./a.js";export const x=1',
      '_astro/later.js': 'export const later=1',
      '_astro/unused.js': 'export const u=1',
    });
    const names = scriptFiles(d, ['/_astro/page.js']).map((f) => f.slice(d.length));
    expect(names.sort()).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/later.js', '/_astro/page.js']);
  });
});

describe('checkDist', () => {
  const ok = {
    'cy/index.html': page('cy', '/en/', `<p>${words(80)}</p><a href="/cy/a/">a</a>`),
    'en/index.html': page('en', '/cy/', `<p>${words(80, 'word')}</p><a href="/en/a/">a</a>`),
    'cy/a/index.html': page('cy', '/en/a/', `<p>${words(70)}</p>`),
    'en/a/index.html': page('en', '/cy/a/', `<p>${words(70, 'word')}</p>`),
  };
  it('passes a consistent site', () => {
    expect(checkDist(dist(ok))).toEqual({ errors: [], warnings: [], pages: 4 });
  });
  it('reports a missing twin, a twin that does not link back, and broken links', () => {
    const d = dist({
      ...ok,
      'cy/a/index.html': page('cy', '/en/b/', `<p>${words(70)}</p><a href="/cy/nowhere/">x</a><a href="#nope">y</a>`),
      'cy/c/index.html': page('cy', '/en/a/', `<p>${words(70)}</p><img src="/missing.png" alt="">`),
    });
    const { errors } = checkDist(d);
    const all = errors.join('\n');
    expect(all).toMatch(/\/cy\/a\/: has no English twin/);
    expect(all).toMatch(/\/cy\/a\/: broken link or missing asset \/cy\/nowhere\//);
    expect(all).toMatch(/missing anchor #nope/);
    expect(all).toMatch(/\/cy\/c\/: its twin \/en\/a\/ switches to \/cy\/a\/, not back here/);
    expect(all).toMatch(/missing asset \/missing.png/);
  });
  it('allows JavaScript only on the search pages', () => {
    const d = dist({
      ...ok,
      'cy/index.html': page('cy', '/en/', `<p>${words(80)}</p><a href="/cy/a/">a</a>`, '<script type="module" src="/search.js"></script>'),
      'search.js': '',
    });
    expect(checkDist(d).errors.join('\n')).toMatch(/\/cy\/: ships JavaScript/);
    expect(checkDist(d, { searchPaths: ['/cy/'] }).errors).toEqual([]);
    const app = dist({
      ...ok,
      'cy/a/index.html': page('cy', '/en/a/', `<p>${words(70)}</p>`, '<script type="module" src="/app.js"></script>'),
      'app.js': '',
    });
    expect(checkDist(app, { appPrefixes: ['/cy/a/'] }).errors).toEqual([]);
    expect(checkDist(app, { appPrefixes: ['/cy/b/'] }).errors.join('\n')).toMatch(/\/cy\/a\/: ships JavaScript/);
  });
  it('fails an app page whose scripts, with all they import, are over the budget (brotli)', () => {
    // Random base64 compresses to about three quarters of its length: the chunk alone is under
    // the budget, and over it with what the page imports on demand.
    const noise = (bytes: number) => `export const n="${randomBytes(bytes).toString('base64url').slice(0, bytes)}"`;
    const app = (chunk: string) =>
      dist({
        ...ok,
        'cy/a/index.html': page('cy', '/en/a/', `<p>${words(70)}</p>`, '<script type="module" src="/_astro/app.js"></script>'),
        '_astro/app.js': 'import{n}from"./chunk.js";const later=()=>import("./later.js")',
        '_astro/chunk.js': chunk,
        '_astro/later.js': noise(APP_JS_BUDGET / 2),
      });
    expect(checkDist(app(noise(APP_JS_BUDGET / 8)), { appPrefixes: ['/cy/a/'] }).errors).toEqual([]);
    const over = checkDist(app(noise(APP_JS_BUDGET)), { appPrefixes: ['/cy/a/'] }).errors.join('\n');
    expect(over).toMatch(new RegExp(`/cy/a/: loads \\d+ B of JavaScript \\(brotli\\), over the ${APP_JS_BUDGET} B`));
  });
  it('fails a word ratio out of range, and only warns for short pages', () => {
    const long = dist({ ...ok, 'cy/a/index.html': page('cy', '/en/a/', `<p>${words(140)}</p>`) });
    expect(checkDist(long).errors.join('\n')).toMatch(/word ratio 2\.00/);
    const short = dist({
      ...ok,
      'cy/a/index.html': page('cy', '/en/a/', `<p>${words(10)}</p>`),
      'en/a/index.html': page('en', '/cy/a/', `<p>${words(30)}</p>`),
    });
    const r = checkDist(short);
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(/word ratio 0\.33/);
  });
  it('ratio bounds', () => {
    expect(ratioProblem(100, 100)).toBeUndefined();
    expect(ratioProblem(130, 100)).toBeUndefined();
    expect(ratioProblem(79, 100)).toEqual({ ratio: 0.79, warnOnly: false });
  });
});

describe('content checks', () => {
  it('the real UI strings and glossary have both languages', () => {
    expect(checkStrings(strings)).toEqual([]);
    expect(checkGlossary(glossary)).toEqual([]);
  });
  it('reports a string or plural form missing a language', () => {
    const errs = checkStrings({ a: { cy: 'x' }, b: { cy: { one: 'x', other: 'y' }, en: { one: 'x', other: 'y' } } });
    expect(errs).toContain('UI string a: missing en');
    expect(errs).toContain('UI string b: cy plural form "zero" missing');
  });
  it('reports a glossary field missing a language', () => {
    const errs = checkGlossary([
      { id: 'x', term: { cy: 'T', en: '' }, definition: { cy: 'D', en: 'D' }, alternatives: { cy: ['a'], en: [] } },
    ]);
    expect(errs).toEqual(['glossary x: term missing en', 'glossary x: alternatives given in Welsh only']);
  });
  it('reports a prose page in one language only', () => {
    const d = dist({
      'cy/about.md': '---\nid: about\n---\n',
      'en/about.md': '---\nid: about\n---\n',
      'cy/programmes/skills.md': '---\nid: programme-skills\n---\n',
    });
    expect(checkProseParity(d, 'page')).toEqual(['page "programme-skills" (cy/programmes/skills.md) has no English version']);
  });
});
