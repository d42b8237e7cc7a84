// Page weight per kind of page: HTML, CSS and JS bytes (raw, gzip, brotli), following the
// page's <link rel=stylesheet>, <script src> and every module those scripts import (scripts/check-site.mjs).
// Also checks that every content page ships 0 bytes of JavaScript (search excepted).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assessmentPaths } from '../content/assessment/paths.ts';
import { assetToolPaths, myAssetPaths } from '../content/assets/paths.ts';
import { currentFramework, currentStandards } from '../content/index.ts';
import { appPrefixes, sections } from '../content/routes.ts';
import { APP_JS_BUDGET, scriptFiles } from '../scripts/check-site.mjs';
import { addSizes, ROOT, sizes, ZERO } from './lib.mjs';

const DIST = join(ROOT, 'site/dist');
const assetCodes = currentStandards.standards.map((s) => s.code);

/** Kinds of page; `find(lang)` returns a site path or null when the site has no such page yet. */
export const PAGE_KINDS = [
  { id: 'home', label: 'Home', find: (lang) => `/${lang}/` },
  { id: 'glossary-term', label: 'Glossary term', find: (lang) => firstChild(lang, 'glossary') },
  { id: 'framework', label: 'Framework page', find: (lang) => firstChild(lang, 'framework') ?? sectionIndex(lang, 'framework') },
  { id: 'spec-chapter', label: 'Specification chapter', find: (lang) => firstChild(lang, 'specification') },
  { id: 'assessment-start', label: 'Self-assessment start', find: (lang) => built(assessmentPaths(lang, []).start) },
  {
    id: 'assessment-step',
    label: 'Self-assessment step',
    find: (lang) =>
      built(
        assessmentPaths(
          lang,
          currentFramework.domains.map((d) => d.code),
        ).steps[0],
      ),
  },
  { id: 'asset-tool-step', label: 'Asset self-assessment step', find: (lang) => built(assetToolPaths(lang, assetCodes).steps[0]) },
  { id: 'asset-tool-results', label: 'Asset self-assessment results', find: (lang) => built(assetToolPaths(lang, assetCodes).results) },
  { id: 'my-assets', label: 'My community assets', find: (lang) => built(myAssetPaths(lang).list) },
  { id: 'asset-page', label: 'Community asset page', find: (lang) => built(myAssetPaths(lang).asset) },
  { id: 'return-form', label: 'Return form', find: (lang) => deepest(lang, 'returns') },
  { id: 'sign-in', label: 'Sign in', find: (lang) => sectionIndex(lang, 'signIn') },
  {
    id: 'sign-in-confirm',
    label: 'Sign-in confirmation',
    find: (lang) => built(`/${lang}/${sections.signIn[lang]}/${lang === 'cy' ? 'cadarnhau' : 'confirm'}/`),
  },
  {
    id: 'outbox',
    label: 'Outbox (development)',
    find: (lang) => built(`/${lang}/${sections.signIn[lang]}/${lang === 'cy' ? 'blwch-negeseuon' : 'outbox'}/`),
  },
  { id: 'account', label: 'Your account', find: (lang) => sectionIndex(lang, 'account') },
  { id: 'search', label: 'Search', find: (lang) => sectionIndex(lang, 'search') },
];
/** Sections whose pages are content: they must ship no JavaScript. */
export const CONTENT_SECTIONS = [
  'home',
  'explainer',
  'glossary',
  'framework',
  'specification',
  'standards',
  'dataset',
  'programmes',
  'accessibility',
  'privacy',
];

const htmlFile = (p) => join(DIST, p, 'index.html');
const built = (p) => (p && existsSync(htmlFile(p)) ? p : null);
function sectionIndex(lang, section) {
  const p = `/${lang}/${sections[section][lang]}/`.replace(/\/+/g, '/');
  return existsSync(htmlFile(p)) ? p : null;
}
function subdirs(p) {
  const dir = join(DIST, p);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .sort();
}
function firstChild(lang, section) {
  const base = `/${lang}/${sections[section][lang]}/`;
  const d = subdirs(base).find((x) => existsSync(htmlFile(`${base}${x}/`)));
  return d ? `${base}${d}/` : null;
}
function deepest(lang, section) {
  let p = `/${lang}/${sections[section][lang]}/`;
  if (!existsSync(join(DIST, p))) return null;
  let found = existsSync(htmlFile(p)) ? p : null;
  for (let depth = 0; depth < 4; depth++) {
    const d = subdirs(p)[0];
    if (!d) break;
    p = `${p}${d}/`;
    if (existsSync(htmlFile(p))) found = p;
  }
  return found;
}

const attr = (tag, name) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((x) => x !== undefined) ?? null;
const local = (href) => (href && href.startsWith('/') && !href.startsWith('//') ? join(DIST, href.split(/[?#]/)[0]) : null);

/** Weight of one built page. */
export function pageWeight(sitePath) {
  const html = readFileSync(htmlFile(sitePath));
  const text = html.toString('utf8');
  let css = ZERO;
  let js = ZERO;
  const files = [];
  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const f = local(attr(tag, 'href'));
    if (f && existsSync(f)) {
      css = addSizes(css, sizes(readFileSync(f)));
      files.push(attr(tag, 'href'));
    }
  }
  for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css = addSizes(css, sizes(m[1]));
  const srcs = [];
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = (attr(`<x ${m[1]}>`, 'type') ?? '').toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue; // JSON data blocks are not code
    const src = attr(`<x ${m[1]}>`, 'src');
    if (src) {
      if (local(src)) srcs.push(src);
    } else if (m[2].trim()) js = addSizes(js, sizes(m[2]));
  }
  // Each script and every module it imports, as the site check counts them against the budget.
  for (const f of scriptFiles(DIST, srcs)) js = addSizes(js, sizes(readFileSync(f)));
  files.push(...srcs);
  return { path: sitePath, html: sizes(html), css, js, files };
}

function allHtml(dir, out = []) {
  for (const d of readdirSync(dir)) {
    const p = join(dir, d);
    if (statSync(p).isDirectory()) allHtml(p, out);
    else if (d === 'index.html') out.push(p);
  }
  return out;
}

export async function runPages({ log }) {
  if (!existsSync(join(DIST, 'cy/index.html'))) throw new Error('site/dist is missing: the build step runs first');
  const kinds = [];
  for (const k of PAGE_KINDS) {
    for (const lang of ['cy', 'en']) {
      const p = k.find(lang);
      kinds.push(
        p
          ? { kind: k.id, label: k.label, lang, ...pageWeight(p) }
          : { kind: k.id, label: k.label, lang, available: false, note: 'not built yet' },
      );
    }
  }
  // Every content page: 0 bytes of JS.
  const contentPrefixes = CONTENT_SECTIONS.flatMap((s) => ['cy', 'en'].map((l) => `/${l}/${sections[s][l]}/`.replace(/\/+/g, '/')));
  const pages = allHtml(DIST).map((f) => f.slice(DIST.length).replace(/index\.html$/, ''));
  // The standards' register and reviewer pages are app pages inside a content section.
  const apps = appPrefixes();
  const content = pages.filter(
    (p) =>
      contentPrefixes.some((pre) => (pre.split('/').length === 3 ? p === pre : p.startsWith(pre))) && !apps.some((a) => p.startsWith(a)),
  );
  const withJs = [];
  for (const p of content) {
    const w = pageWeight(p);
    if (w.js.raw > 0) withJs.push({ path: p, js: w.js.raw });
  }
  log(
    `  ${pages.length} built pages, ${content.length} content pages checked for JavaScript: ${withJs.length ? withJs.length + ' ship JS' : 'all ship 0 bytes'}`,
  );
  // Every app page (any built page with a script): its JavaScript, brotli, against the budget.
  const app = pages
    .filter((p) => !content.includes(p))
    .map((p) => ({ path: p, js: pageWeight(p).js.brotli }))
    .filter((p) => p.js > 0)
    .sort((a, b) => b.js - a.js);
  const appPages = { count: app.length, budget: APP_JS_BUDGET, heaviest: app.slice(0, 5), over: app.filter((p) => p.js > APP_JS_BUDGET) };
  log(
    `  ${app.length} app pages; heaviest JS ${app[0] ? `${app[0].js} B brotli (${app[0].path})` : '–'}; over ${APP_JS_BUDGET} B: ${appPages.over.length}`,
  );
  return { kinds, contentPages: { checked: content.length, withJs, sections: CONTENT_SECTIONS }, appPages, builtPages: pages.length };
}
