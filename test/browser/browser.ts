// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, never
// a downloaded browser. HUB_URL is set by scripts/with-server.mjs.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { INTL_FALLBACK_DATE } from '../../content/datetime.ts';

export const HUB_URL = process.env.HUB_URL ?? 'http://127.0.0.1:8787';
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

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: FLAGS });
}

/** axe with the WCAG 2.2 A/AA rule sets; returns the violations. */
export async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * What is wrong with the page as shown now, on a phone: the page scrolls sideways (and what
 * sticks out), the header is taller than a quarter of the screen, or a date is in the form
 * Intl gives when it has no Welsh data ("2026 M12 1").
 */
export async function phoneProblems(page: Page): Promise<string[]> {
  const found = await page.evaluate((fallback) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('.app-table-region'))
        .slice(0, 3)
        .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
      problems.push(`scrolls sideways: ${root.scrollWidth}px wide in ${root.clientWidth}px (${wide.join(', ')})`);
    }
    const bars = [...document.querySelectorAll<HTMLElement>('.govuk-header, .govuk-service-navigation, .app-sections')];
    const bottom = Math.max(
      0,
      ...bars.filter((el) => el.offsetParent !== null).map((el) => el.getBoundingClientRect().bottom + window.scrollY),
    );
    if (bottom > window.innerHeight / 4)
      problems.push(`header is ${Math.round(bottom)}px tall, more than a quarter of ${window.innerHeight}px`);
    const text = document.body.innerText;
    const date = new RegExp(fallback, 'u').exec(text);
    if (date) problems.push(`shows a date without Welsh names: "${date[0]}"`);
    return problems;
  }, INTL_FALLBACK_DATE.source);
  return found;
}
