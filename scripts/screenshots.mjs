// `npm run screenshots`: full-page PNGs of every kind of page, in Welsh and English, at 390
// (phone) and 1280 (desktop) pixels wide, for reviewers. App pages are taken signed in as the
// demo role that uses them (sign-in through the local outbox, as the browser tests do).
// Needs a built site (`npm run build`) and Debian's Chromium. Writes to screenshots/ (git-ignored).
// Options: --only=<substring of a page id>, --widths=390,1280; HUB_URL=… uses a running hub.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { accountPaths, assessmentPaths } from '../content/assessment/paths.ts';
import { assetToolPaths, myAssetPaths } from '../content/assets/paths.ts';
import { currentFramework, currentStandards, glossary } from '../content/index.ts';
import { path, standardsAppPages } from '../content/routes.ts';
import { domainHref, termHref } from '../site/src/lib/hrefs.ts';
import { DEMO_ASSETS, DEMO_USERS, SUBMITTER_ORG } from './demo-data.mjs';
import { startServer } from './with-server.mjs';

const OUT = 'screenshots';
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = arg('only');
const widths = (arg('widths') ?? '390,1280').split(',').map(Number);
const emailOf = (role) => DEMO_USERS.find((u) => u.role === role).email;

const codes = currentFramework.domains.map((d) => d.code);
const standardCodes = currentStandards.standards.map((s) => s.code);
const standardsPage = (l, page) => path(l, 'standards', standardsAppPages[page][l]);
const term = glossary[0];
const slug = (lang, section, cy, en) => path(lang, section, lang === 'cy' ? cy : en);

/** [id, role or null, path(lang)] */
/** @type {[string, string | null, (l: 'cy' | 'en') => string][]} */
const PAGES = [
  ['home', null, (l) => path(l, 'home')],
  ['glossary', null, (l) => path(l, 'glossary')],
  ['glossary-term', null, (l) => termHref(l, term)],
  ['framework', null, (l) => path(l, 'framework')],
  ['framework-domain', null, (l) => domainHref(l, currentFramework.domains[0])],
  ['specification', null, (l) => path(l, 'specification')],
  ['standards', null, (l) => path(l, 'standards')],
  ['dataset', null, (l) => path(l, 'dataset')],
  ['programmes', null, (l) => path(l, 'programmes')],
  ['search', null, (l) => `${path(l, 'search')}?q=${l === 'cy' ? 'cymorth' : 'support'}`],
  ['not-found', null, (l) => `/${l}/dim-tudalen/`],
  ['assessment-start', null, (l) => assessmentPaths(l, codes).start],
  ['assessment-step', null, (l) => assessmentPaths(l, codes).steps[0]],
  ['assessment-check', null, (l) => assessmentPaths(l, codes).check],
  ['assessment-results', null, (l) => assessmentPaths(l, codes).results],
  ['sign-in', null, (l) => path(l, 'signIn')],
  ['open-data', null, (l) => path(l, 'openData')],
  ['account', 'practitioner', (l) => path(l, 'account')],
  ['my-assessments', 'practitioner', (l) => accountPaths(l).history],
  ['returns-list', 'submitter', (l) => path(l, 'returns')],
  ['return-form', 'submitter', (l) => `${slug(l, 'returns', 'ffurflen', 'form')}?org=${SUBMITTER_ORG.id}`],
  ['national-home', 'analyst', (l) => path(l, 'admin')],
  ['national-queue', 'analyst', (l) => slug(l, 'admin', 'ffurflenni', 'returns')],
  ['national-completeness', 'analyst', (l) => slug(l, 'admin', 'cyflawnrwydd', 'completeness')],
  ['national-totals', 'analyst', (l) => slug(l, 'admin', 'cyfansymiau', 'totals')],
  ['national-skills', 'analyst', (l) => accountPaths(l).skills],
  ['national-orgs', 'analyst', (l) => slug(l, 'admin', 'sefydliadau', 'organisations')],
  ['national-audit', 'analyst', (l) => slug(l, 'admin', 'log-archwilio', 'audit-log')],
  ['national-people', 'admin', (l) => slug(l, 'admin', 'pobl', 'people')],
  ['national-keys', 'admin', (l) => slug(l, 'admin', 'allweddi-api', 'api-keys')],
  ['national-timeliness', 'analyst', (l) => slug(l, 'admin', 'amseroldeb', 'timeliness')],
  ['national-assets', 'analyst', (l) => slug(l, 'admin', 'asedau', 'assets')],
  ['open-data-transparency', null, (l) => slug(l, 'openData', 'tryloywder', 'transparency')],
  ['open-data-assets', null, (l) => slug(l, 'openData', 'asedau', 'assets')],
  ['asset-tool-start', null, (l) => assetToolPaths(l, standardCodes).start],
  ['asset-tool-step', null, (l) => assetToolPaths(l, standardCodes).steps[0]],
  ['asset-tool-results', null, (l) => assetToolPaths(l, standardCodes).results],
  ['asset-register', null, (l) => standardsPage(l, 'register')],
  ['asset-peer-review-no-link', null, (l) => standardsPage(l, 'peerReview')],
  ['my-assets', 'community-group', (l) => myAssetPaths(l).list],
  ['my-asset', 'community-group', (l) => `${myAssetPaths(l).asset}?asset=${DEMO_ASSETS[0].id}`],
  ['my-asset-register', 'community-group', (l) => `${myAssetPaths(l).register}?asset=${DEMO_ASSETS[0].id}`],
  ['my-asset-peer-reviews', 'community-group', (l) => `${myAssetPaths(l).peerReviews}?asset=${DEMO_ASSETS[0].id}`],
];

async function sessionCookie(url, email) {
  const headers = { 'Content-Type': 'application/json', Origin: url };
  await fetch(`${url}/api/auth/request`, { method: 'POST', headers, body: JSON.stringify({ email }) });
  const out = await (await fetch(`${url}/api/dev/outbox?to=${encodeURIComponent(email)}`)).json();
  const token = /#token=([A-Za-z0-9_-]+)/.exec(out.messages[0].text)[1];
  const res = await fetch(`${url}/api/auth/verify`, { method: 'POST', headers, body: JSON.stringify({ token }) });
  if (res.status !== 200) throw new Error(`sign-in as ${email}: ${res.status}`);
  const [name, value] = res.headers.getSetCookie()[0].split(';')[0].split('=');
  return { name, value, url };
}

mkdirSync(OUT, { recursive: true });
const { url, stop } = process.env.HUB_URL ? { url: process.env.HUB_URL, stop: () => {} } : await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let count = 0;
try {
  const contexts = new Map();
  const contextFor = async (role, width) => {
    const key = `${role}:${width}`;
    if (!contexts.has(key)) {
      const ctx = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 } });
      if (role) await ctx.addCookies([await sessionCookie(url, emailOf(role))]);
      contexts.set(key, ctx);
    }
    return contexts.get(key);
  };
  for (const [id, role, at] of PAGES) {
    if (only && !id.includes(only)) continue;
    for (const lang of /** @type {const} */ (['cy', 'en'])) {
      for (const width of widths) {
        const page = await (await contextFor(role, width)).newPage();
        await page.goto(url + at(lang), { waitUntil: 'networkidle' });
        const file = join(OUT, `${id}-${lang}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        count++;
      }
    }
  }
} finally {
  await browser.close();
  stop();
}
console.log(`${count} screenshots in ${OUT}/`);
