// Checks the built site (site/dist) and the content behind it, and fails the build
// (exit 1, listing every problem) on: a page without its twin in the other language or
// a twin that does not link back; a broken internal link, anchor or missing asset; a UI
// string or glossary field missing a language; a prose page or chapter in one language
// only; inline script, inline style or on* handlers; JavaScript on a content page other
// than search; an app page whose JavaScript is over its budget; a Welsh/English <main>
// word-count ratio outside 0.8–1.3 (a warning only when the English <main> has fewer
// than 60 words); and a stale or missing translation (scripts/translations: English
// changed since its Welsh was reviewed).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';

export const RATIO = { min: 0.8, max: 1.3, minWords: 60 };

// ---------------------------------------------------------------- HTML helpers (pure)
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
/** Every start tag: its name and attributes (lower-case names). */
export function tags(html) {
  const out = [];
  const clean = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of clean.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)) {
    const attrs = {};
    for (const a of m[2].matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push({ name: m[1].toLowerCase(), attrs });
  }
  return out;
}
/** Facts about one built page. */
export function parsePage(html) {
  const all = tags(html);
  const htmlTag = all.find((t) => t.name === 'html');
  const twin = all.find((t) => t.name === 'a' && 'data-twin' in t.attrs)?.attrs.href;
  const links = [];
  for (const t of all) {
    for (const attr of ['href', 'src'])
      if (t.attrs[attr] !== undefined && !(t.name === 'link' && t.attrs.rel === 'alternate')) links.push(t.attrs[attr]);
  }
  const alternates = all
    .filter((t) => t.name === 'link' && t.attrs.rel === 'alternate')
    .map((t) => ({ hreflang: t.attrs.hreflang, href: t.attrs.href }));
  const ids = new Set(all.map((t) => t.attrs.id).filter(Boolean));
  // JSON data blocks (type="application/json" exactly, no src) are not executed, so the CSP
  // allows them; any other script needs a src.
  const isDataBlock = (t) => t.attrs.type === 'application/json' && t.attrs.src === undefined;
  const scripts = all.filter((t) => t.name === 'script' && !isDataBlock(t)).map((t) => t.attrs.src ?? null);
  const problems = [];
  if (/<style[\s>]/i.test(html)) problems.push('has a <style> element');
  for (const t of all) {
    if ('style' in t.attrs) problems.push(`has an inline style attribute on <${t.name}>`);
    for (const a of Object.keys(t.attrs)) if (/^on[a-z]+$/.test(a)) problems.push(`has an inline ${a}= handler on <${t.name}>`);
  }
  for (const s of scripts) if (s === null) problems.push('has a <script> without src');
  // An app page's strings (components/PageStrings.astro) are in the page's own language.
  const pageStrings = /<script type="application\/json" id="page-strings">([\s\S]*?)<\/script>/.exec(html);
  if (pageStrings) {
    const data = JSON.parse(pageStrings[1]);
    if (data.lang !== htmlTag?.attrs.lang) problems.push(`ships page strings in "${data.lang}" on a "${htmlTag?.attrs.lang}" page`);
    for (const [k, v] of Object.entries(data.strings))
      if (!v || (typeof v === 'object' && !v.other)) problems.push(`ships an empty page string ${k}`);
  }
  return {
    lang: htmlTag?.attrs.lang,
    twin,
    links,
    alternates,
    ids,
    scripts,
    pageStrings: !!pageStrings,
    problems,
    words: wordCount(mainText(html)),
  };
}
export function mainText(html) {
  const m = html.match(/<main\b[^>]*>([\s\S]*?)<\/main>/);
  if (!m) return '';
  return decode(m[1].replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
}
export const wordCount = (text) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

/** Where a site path lives in dist, or undefined. "/cy/" → cy/index.html. */
export function resolve(dist, urlPath) {
  const p = decodeURI(urlPath.split(/[?#]/)[0]);
  const candidates = p.endsWith('/') ? [join(dist, p, 'index.html')] : [join(dist, p), join(dist, p, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

// ---------------------------------------------------------------- content checks (pure)
export function checkStrings(strings) {
  const errs = [];
  const cyForms = ['zero', 'one', 'two', 'few', 'many', 'other'];
  for (const [key, v] of Object.entries(strings)) {
    for (const lang of ['cy', 'en']) {
      const x = v?.[lang];
      if (typeof x === 'string') {
        if (!x.trim()) errs.push(`UI string ${key}: ${lang} is empty`);
        continue;
      }
      if (!x || typeof x !== 'object') {
        errs.push(`UI string ${key}: missing ${lang}`);
        continue;
      }
      for (const f of lang === 'cy' ? cyForms : ['one', 'other'])
        if (!x[f]?.trim()) errs.push(`UI string ${key}: ${lang} plural form "${f}" missing`);
    }
  }
  return errs;
}
export function checkGlossary(terms) {
  const errs = [];
  for (const t of terms) {
    for (const f of ['term', 'definition'])
      for (const lang of ['cy', 'en']) if (!t[f]?.[lang]?.trim()) errs.push(`glossary ${t.id}: ${f} missing ${lang}`);
    const alt = t.alternatives ?? { cy: [], en: [] };
    if ((alt.cy?.length ?? 0) > 0 !== (alt.en?.length ?? 0) > 0)
      errs.push(`glossary ${t.id}: alternatives given in ${alt.cy?.length ? 'Welsh' : 'English'} only`);
  }
  return errs;
}
/** ids of Markdown files per language under a folder with cy/ and en/ (front matter `id:`). */
export function markdownIds(dir) {
  const out = { cy: new Map(), en: new Map() };
  for (const lang of ['cy', 'en']) {
    const root = join(dir, lang);
    if (!existsSync(root)) continue;
    const walk = (d) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.md')) {
          const id = readFileSync(p, 'utf8').match(/^---[\s\S]*?^id:\s*["']?([^"'\s]+)["']?\s*$/m)?.[1];
          out[lang].set(id ?? relative(root, p), relative(dir, p));
        }
      }
    };
    walk(root);
  }
  return out;
}
export function checkProseParity(dir, what) {
  const ids = markdownIds(dir);
  const errs = [];
  for (const [lang, other] of [
    ['cy', 'en'],
    ['en', 'cy'],
  ]) {
    for (const [id, file] of ids[lang])
      if (!ids[other].has(id)) errs.push(`${what} "${id}" (${file}) has no ${other === 'cy' ? 'Welsh' : 'English'} version`);
  }
  return errs;
}
export function ratioProblem(cyWords, enWords) {
  if (enWords === 0 && cyWords === 0) return undefined;
  const r = enWords === 0 ? Infinity : cyWords / enWords;
  if (r >= RATIO.min && r <= RATIO.max) return undefined;
  return { ratio: r, warnOnly: enWords < RATIO.minWords };
}

// ---------------------------------------------------------------- the built site
export function htmlPages(dist) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind') walk(p);
      } else if (e.name.endsWith('.html')) out.push(p);
    }
  };
  walk(dist);
  return out.map((file) => {
    const rel = relative(dist, file).split(sep).join('/');
    return { file, path: '/' + rel.replace(/(^|\/)index\.html$/, '$1') };
  });
}

/**
 * Every built file the scripts `srcs` (site paths) load: each script and every module it
 * imports, statically or on demand (code a page loads when asked is still its code), once each.
 */
export function scriptFiles(dist, srcs) {
  const files = new Set();
  const visit = (file) => {
    if (!file || files.has(file) || !existsSync(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /(?:\bimport\s*(?:[\w*{}\s,$]+from\s*)?|\bexport\s*[\w*{}\s,$]*from\s*|\bimport\(\s*)["'`]([^"'`]+\.m?js)["'`]/g,
    ))
      visit(m[1].startsWith('/') ? resolve(dist, m[1]) : join(dirname(file), m[1]));
  };
  for (const src of srcs) visit(resolve(dist, src));
  return [...files];
}

/** The whole string table's chunk is recognised by one of its keys. */
const STRING_TABLE = /["'`]site\.tagline["'`]/;
/** Whether a built script, or a module it imports, holds the whole string table. */
export function reachesStringTable(dist, src) {
  return scriptFiles(dist, [src]).some((f) => STRING_TABLE.test(readFileSync(f, 'utf8')));
}

/** JavaScript an app page may load, brotli-compressed as served (issue 10): its scripts and all they import. */
export const APP_JS_BUDGET = 20_000;
/** Brotli size of a built file at the highest quality, each file once (a chunk is shared by many pages). */
const brotliBytes = new Map();
function brotliSize(file) {
  if (!brotliBytes.has(file))
    brotliBytes.set(file, brotliCompressSync(readFileSync(file), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length);
  return brotliBytes.get(file);
}

/**
 * Every problem with the built site. Content pages ship no JavaScript: only `searchPaths`
 * and the interactive sections under `appPrefixes` (self-assessment, returns, …) may, and
 * each of those pages (search aside) loads at most APP_JS_BUDGET bytes of it, brotli.
 */
export function checkDist(dist, { searchPaths = [], appPrefixes = [] } = {}) {
  const errors = [];
  const warnings = [];
  const pages = new Map();
  for (const { file, path } of htmlPages(dist)) pages.set(path, parsePage(readFileSync(file, 'utf8')));
  for (const [path, p] of pages) {
    for (const pr of p.problems) errors.push(`${path}: ${pr}`);
    const js = p.scripts.filter(Boolean);
    // A page that ships its own strings must not also download every string of the hub.
    if (p.pageStrings)
      for (const src of js)
        if (reachesStringTable(dist, src))
          errors.push(`${path}: ${src} bundles the whole string table (content/ui/strings.ts); use pageStrings(keys)`);
    if (js.length && !searchPaths.includes(path) && !appPrefixes.some((a) => path.startsWith(a)))
      errors.push(`${path}: ships JavaScript (${js.join(', ')}) but it is a content page (only search and the interactive sections may)`);
    else if (js.length && !searchPaths.includes(path)) {
      const bytes = scriptFiles(dist, js).reduce((sum, f) => sum + brotliSize(f), 0);
      if (bytes > APP_JS_BUDGET)
        errors.push(`${path}: loads ${bytes} B of JavaScript (brotli), over the ${APP_JS_BUDGET} B an app page may load`);
    }
    for (const href of p.links) {
      if (/^(https?:|mailto:|tel:|data:)/i.test(href) || href.startsWith('//')) continue;
      if (href.startsWith('#')) {
        const id = decodeURIComponent(href.slice(1));
        if (id && !p.ids.has(id)) errors.push(`${path}: link to missing anchor ${href}`);
        continue;
      }
      if (!href.startsWith('/')) {
        errors.push(`${path}: relative link ${href} (use absolute paths)`);
        continue;
      }
      // /api/* is served by the Worker, not the static build; worker and browser tests cover those links.
      if (href.startsWith('/api/')) continue;
      if (!resolve(dist, href)) errors.push(`${path}: broken link or missing asset ${href}`);
      else if (href.includes('#')) {
        const [target, frag] = href.split('#');
        const tp = pages.get(target);
        if (tp && frag && !tp.ids.has(decodeURIComponent(frag))) errors.push(`${path}: link to missing anchor ${href}`);
      }
    }
    const m = path.match(/^\/(cy|en)\//);
    if (!m) continue;
    const lang = m[1];
    const other = lang === 'cy' ? 'en' : 'cy';
    if (p.lang !== lang) errors.push(`${path}: <html lang="${p.lang}"> but the page is under /${lang}/`);
    if (!p.twin) {
      errors.push(`${path}: no language switch (a[data-twin])`);
      continue;
    }
    const alt = p.alternates.find((a) => a.hreflang === other);
    if (!alt || alt.href !== p.twin) errors.push(`${path}: hreflang="${other}" alternate does not match the language switch ${p.twin}`);
    const tw = pages.get(p.twin);
    if (!p.twin.startsWith(`/${other}/`) || !tw) {
      errors.push(`${path}: has no ${other === 'cy' ? 'Welsh' : 'English'} twin (switch goes to ${p.twin})`);
      continue;
    }
    if (tw.twin !== path) errors.push(`${path}: its twin ${p.twin} switches to ${tw.twin ?? 'nothing'}, not back here`);
    if (lang === 'cy') {
      const rp = ratioProblem(p.words, tw.words);
      if (rp) {
        const msg = `${path} ↔ ${p.twin}: Welsh/English word ratio ${rp.ratio.toFixed(2)} (${p.words}/${tw.words} words) is outside ${RATIO.min}–${RATIO.max}`;
        (rp.warnOnly ? warnings : errors).push(msg);
      }
    }
  }
  return { errors, warnings, pages: pages.size };
}

// ---------------------------------------------------------------- CLI
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'site/dist';
  const contentDir = process.env.SITE_CONTENT_DIR ? join('site', process.env.SITE_CONTENT_DIR) : 'content';
  const { strings } = await import('../content/ui/strings.ts');
  const { glossary } = await import('../content/index.ts');
  const { path, appPrefixes } = await import('../content/routes.ts');
  const errors = [...checkStrings(strings), ...checkGlossary(glossary)];
  errors.push(
    ...checkProseParity(join(contentDir, 'pages'), 'page'),
    ...checkProseParity(join(contentDir, 'specification'), 'specification chapter'),
  );
  const { repositoryReport } = await import('./translations/check.ts');
  const translations = repositoryReport();
  errors.push(...translations.errors);
  for (const w of translations.warnings) console.warn(`⚠ ${w}`);
  const site = checkDist(dist, {
    searchPaths: [path('cy', 'search'), path('en', 'search')],
    appPrefixes: appPrefixes(),
  });
  errors.push(...site.errors);
  for (const w of site.warnings) console.warn(`⚠ ${w}`);
  if (errors.length) {
    console.error(`✗ site check: ${errors.length} problem(s) in ${site.pages} pages:`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  const t = translations.counts;
  console.log(
    `✓ site check: ${site.pages} pages, twins, links, strings, glossary and parity all fine (${site.warnings.length} warning(s)); ` +
      `translations: ${t.reviewed} reviewed, ${t.new} new, ${t.edited} edited, 0 stale`,
  );
}
