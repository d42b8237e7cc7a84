// Lighthouse performance and accessibility scores for key pages in both languages,
// with Debian's Chromium through chrome-launcher (flags from the stack notes).
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { PAGE_KINDS } from './pages.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const LIGHTHOUSE_KINDS = ['home', 'glossary-term', 'assessment-start'];

export async function runLighthouse({ url, log }) {
  if (!existsSync(CHROMIUM)) return { available: false, note: `no Chromium at ${CHROMIUM}`, pages: [] };
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
  const pages = [];
  try {
    for (const id of LIGHTHOUSE_KINDS) {
      const kind = PAGE_KINDS.find((k) => k.id === id);
      for (const lang of ['cy', 'en']) {
        const path = kind.find(lang);
        if (!path) {
          pages.push({ kind: id, lang, available: false, note: 'not built yet' });
          log(`  ${kind.label} (${lang}): not built yet`);
          continue;
        }
        const t0 = performance.now();
        let r = null;
        for (let attempt = 1; attempt <= 2; attempt++) {
          r = await lighthouse(url + path, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
          });
          if (!r.lhr.runtimeError && r.lhr.categories.performance.score !== null) break;
          log(`  ${kind.label} (${lang}): Lighthouse error ${r.lhr.runtimeError?.code ?? 'no score'} on attempt ${attempt}`);
        }
        if (r.lhr.runtimeError || r.lhr.categories.performance.score === null) {
          pages.push({ kind: id, lang, path, available: true, error: r.lhr.runtimeError?.code ?? 'no performance score' });
          continue;
        }
        const cat = r.lhr.categories;
        const audits = r.lhr.audits;
        const row = {
          kind: id,
          lang,
          path,
          performance: Math.round((cat.performance.score ?? 0) * 100),
          accessibility: Math.round((cat.accessibility.score ?? 0) * 100),
          fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? 0),
          lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
          tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
          cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
          failedA11y: Object.values(cat.accessibility.auditRefs ?? [])
            .map((a) => audits[a.id])
            .filter((a) => a && a.score === 0)
            .map((a) => a.id),
          seconds: Math.round((performance.now() - t0) / 100) / 10,
        };
        pages.push(row);
        log(
          `  ${kind.label} (${lang}) ${path}: performance ${row.performance}, accessibility ${row.accessibility}${row.failedA11y.length ? ` (fails: ${row.failedA11y.join(', ')})` : ''}`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return { available: true, formFactor: 'mobile (Lighthouse default, simulated throttling)', pages };
}
