// A whole self-assessment in Welsh, by keyboard alone (Tab, Shift+Tab, Space, arrows,
// Enter and typed text): it reloads midway and resumes, switches to English and back
// with the answers intact, reaches the results and the development plan, meets the
// error summary, adds a plan action and downloads the CSV. axe runs on every page.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, draftKey, maxRank } from '../../content/assessment/model.ts';
import { assessmentPaths } from '../../content/assessment/paths.ts';
import { t } from '../../content/i18n.ts';
import { currentFramework } from '../../content/index.ts';
import { axe, HUB_URL, launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const codes = currentFramework.domains.map((d) => d.code);
const cy = assessmentPaths('cy', codes);
const en = assessmentPaths('en', codes);
const top = maxRank(currentFramework);
const comps = currentFramework.domains.flatMap((d, step) => d.competencies.map((c) => ({ ...c, step })));
const total = comps.length;
/** What we answer for competency j: a spread of levels, "not yet" included, and a needed level on every other one. */
const heldFor = (j: number) => Math.min(top, [1, 3, 0, 2, 4][j % 5]!);
const neededFor = (j: number) => (j % 2 === 0 ? Math.min(top, heldFor(j) + 1) : undefined);
const notesFor = (j: number) => (j === 0 ? 'Hyfforddiant Cysylltu Bywydau, Mawrth 2026' : '');
const mid = Math.max(1, Math.floor(total / 2));

const active = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Move focus to `selector` with Tab only (then Shift+Tab if it lies behind). */
async function tabTo(page: Page, selector: string, max = 500) {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < max; i++) {
      if (await active(page, selector)) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`could not reach ${selector} with the keyboard`);
}
async function enterAndWait(page: Page, url: string) {
  await Promise.all([page.waitForURL((u) => u.pathname === url), page.keyboard.press('Enter')]);
  await page.waitForFunction(() => document.readyState === 'complete');
}
async function ready(page: Page) {
  await page.waitForFunction(() => (document.getElementById('assess-progress')?.textContent ?? '').length > 0);
}
async function noAxe(page: Page, what: string) {
  expect(await axe(page), `axe on ${what}`).toEqual([]);
}
async function checkedHeld(page: Page, id: string) {
  return page.evaluate((id) => (document.querySelector(`input[name="held-${id}"]:checked`) as HTMLInputElement | null)?.value ?? null, id);
}
async function expectAnswersIntact(page: Page, upTo: number) {
  for (let j = 0; j < upTo; j++) {
    const c = comps[j]!;
    if (c.step !== comps[upTo - 1]!.step) continue; // only this page's competencies are on it
    expect(await checkedHeld(page, c.id)).toBe(String(heldFor(j)));
    expect(await page.inputValue(`#c-${c.id}-needed`)).toBe(neededFor(j) === undefined ? '' : String(neededFor(j)));
    expect(await page.inputValue(`#c-${c.id}-notes`)).toBe(notesFor(j));
  }
}

describe('self-assessment by keyboard, in Welsh', () => {
  it('completes, resumes after reload, survives a language switch and builds a plan', { timeout: 600_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    page.on('pageerror', (e) => cspErrors.push(`page error: ${e.message}`));

    // Start page
    await page.goto(HUB_URL + cy.start);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await noAxe(page, 'start (cy)');
    await tabTo(page, '#start-link');
    await enterAndWait(page, cy.steps[0]!);

    let answered = 0;
    for (let step = 0; step < codes.length; step++) {
      await ready(page);
      expect(await active(page, 'main h1'), 'focus on the new step’s heading').toBe(true);
      const here = comps.map((c, j) => ({ c, j })).filter((x) => x.c.step === step);
      for (const { c, j } of here) {
        // Held level: Tab into the radio group, Space picks "not yet", each ArrowDown moves one level up.
        await tabTo(page, `input[name="held-${c.id}"]`);
        await page.keyboard.press('Space');
        for (let k = 0; k < heldFor(j); k++) await page.keyboard.press('ArrowDown');
        expect(await checkedHeld(page, c.id)).toBe(String(heldFor(j)));
        // Needed level (optional select): arrows on the closed select.
        await page.keyboard.press('Tab');
        expect(await active(page, `#c-${c.id}-needed`)).toBe(true);
        for (let k = 0; k < (neededFor(j) ?? 0); k++) await page.keyboard.press('ArrowDown');
        expect(await page.inputValue(`#c-${c.id}-needed`)).toBe(neededFor(j) === undefined ? '' : String(neededFor(j)));
        // Notes
        await page.keyboard.press('Tab');
        expect(await active(page, `#c-${c.id}-notes`)).toBe(true);
        if (notesFor(j)) await page.keyboard.type(notesFor(j));
        answered++;
        expect(await page.textContent('#assess-progress')).toBe(t('cy', 'assess.progress', { count: answered, total }));

        if (answered === mid) {
          // Reload midway: everything comes back.
          await page.reload();
          await ready(page);
          await expectAnswersIntact(page, answered);
          expect(await page.textContent('#assess-progress')).toBe(t('cy', 'assess.progress', { count: answered, total }));
          // Switch to English: the twin step, the same answers.
          await tabTo(page, `a[href="${en.steps[step]}"]`);
          await enterAndWait(page, en.steps[step]!);
          await ready(page);
          expect(await page.getAttribute('html', 'lang')).toBe('en');
          await expectAnswersIntact(page, answered);
          expect(await page.textContent('#assess-progress')).toBe(t('en', 'assess.progress', { count: answered, total }));
          await noAxe(page, `step ${step + 1} (en)`);
          // And back to Welsh.
          await tabTo(page, `a[href="${cy.steps[step]}"]`);
          await enterAndWait(page, cy.steps[step]!);
          await ready(page);
          expect(await page.getAttribute('html', 'lang')).toBe('cy');
          await expectAnswersIntact(page, answered);
        }
      }
      await noAxe(page, `step ${step + 1} (cy, answered)`);
      await tabTo(page, '#save-continue');
      await enterAndWait(page, step === codes.length - 1 ? cy.check : cy.steps[step + 1]!);
    }

    // Check your answers
    await ready(page);
    expect(await active(page, 'main h1')).toBe(true);
    await noAxe(page, 'check answers (cy)');
    const first = comps[0]!;
    const level = (r: number) => (r === 0 ? t('cy', 'assess.step.notYet') : currentFramework.scale.find((l) => l.rank === r)!.name.cy);
    expect(await page.textContent(`[data-competency="${first.id}"] [data-summary="held"]`)).toBe(
      `${t('cy', 'assess.check.held')}: ${level(heldFor(0))}`,
    );
    expect(await page.textContent(`[data-competency="${first.id}"] [data-summary="notes"]`)).toContain(notesFor(0));
    // Change the first answer and come straight back.
    const change = `${cy.steps[0]}?from=check#c-${first.id}`;
    await tabTo(page, `a[href="${change}"]`);
    await Promise.all([page.waitForURL((u) => u.pathname === cy.steps[0]), page.keyboard.press('Enter')]);
    await ready(page);
    await page.waitForFunction((id) => document.activeElement?.matches(`input[name="held-${id}"]`), first.id, { timeout: 5000 });
    await tabTo(page, '#save-continue');
    await enterAndWait(page, cy.check);
    await ready(page);

    await tabTo(page, '#to-results');
    await enterAndWait(page, cy.results);

    // Results
    await ready(page);
    expect(await active(page, 'main h1')).toBe(true);
    await noAxe(page, 'results (cy)');
    expect(await page.locator('#summary-table tbody tr').count()).toBe(codes.length);
    expect(await page.locator('#chart li').count()).toBe(codes.length);
    const gapsExpected = comps.filter((_, j) => neededFor(j) !== undefined && neededFor(j)! > heldFor(j)).length;
    expect(await page.locator('#gaps-table tbody tr').count()).toBe(gapsExpected);
    const suggested = await page.locator('[data-plan-item]').count();
    expect(suggested).toBeGreaterThanOrEqual(gapsExpected);

    // Add an action and try to save it empty: the error summary, in Welsh, takes focus.
    await tabTo(page, '#plan-add');
    await page.keyboard.press('Enter');
    const n = suggested + 1;
    expect(await page.locator('[data-plan-item]').count()).toBe(n);
    expect(await active(page, '[data-plan-item]:last-of-type textarea')).toBe(true);
    await tabTo(page, '#plan-save');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#error-summary:not([hidden])');
    expect(await active(page, '#error-summary')).toBe(true);
    const summary = await page.textContent('#error-summary');
    expect(summary).toContain(t('cy', 'assess.error.title'));
    expect(summary).toContain(t('cy', 'assess.error.action-missing', { n }));
    expect(summary).toContain(t('cy', 'assess.error.date-missing', { n }));
    expect(await page.title()).toMatch(/^Gwall: /);
    await noAxe(page, 'results with errors (cy)');
    // The summary's first link takes focus to the field.
    await page.keyboard.press('Tab');
    expect(await active(page, '#error-summary li:first-child a')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await active(page, '[data-plan-item]:last-of-type textarea')).toBe(true);
    await page.keyboard.type('Cysgodi ymarferydd profiadol mewn sgwrs "beth sy’n bwysig"');
    // A date in the past is refused…
    await page.keyboard.press('Tab');
    expect(await active(page, '[data-plan-item]:last-of-type input[id$="-day"]')).toBe(true);
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    // Reload with the date half typed: the action and the typed parts come back.
    await page.reload();
    await ready(page);
    expect(await page.locator('[data-plan-item]').count()).toBe(n);
    expect(await page.inputValue('[data-plan-item]:last-of-type textarea')).toBe(
      'Cysgodi ymarferydd profiadol mewn sgwrs "beth sy’n bwysig"',
    );
    expect(await page.inputValue('[data-plan-item]:last-of-type input[id$="-day"]')).toBe('1');
    expect(await page.inputValue('[data-plan-item]:last-of-type input[id$="-month"]')).toBe('1');
    await tabTo(page, '[data-plan-item]:last-of-type input[id$="-year"]');
    await page.keyboard.type('2020');
    await tabTo(page, '#plan-save');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#error-summary:not([hidden])');
    expect(await page.textContent('#error-summary')).toContain(t('cy', 'assess.error.date-past', { n }));
    expect(await page.textContent('#error-summary')).not.toContain(t('cy', 'assess.error.action-missing', { n }));
    // …a future one is saved.
    const future = addMonths(new Date().toISOString().slice(0, 10), 14);
    const [y, m, d] = future.split('-');
    await tabTo(page, '[data-plan-item]:last-of-type input[id$="-year"]');
    for (let k = 0; k < 4; k++) await page.keyboard.press('Backspace');
    await page.keyboard.type(y!);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(String(Number(m)));
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(String(Number(d)));
    await tabTo(page, '#plan-save');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.getElementById('plan-status')?.textContent ?? '').length > 0);
    expect(await page.textContent('#plan-status')).toBe(t('cy', 'assess.plan.saved'));
    expect(await page.isHidden('#error-summary')).toBe(true);
    await noAxe(page, 'results with a saved plan (cy)');

    // The plan is in the draft and survives a reload.
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), draftKey(currentFramework.version));
    expect(stored.plan).toHaveLength(n);
    expect(stored.plan[n - 1]).toMatchObject({ targetDate: future, action: 'Cysgodi ymarferydd profiadol mewn sgwrs "beth sy’n bwysig"' });
    expect(Object.keys(stored.answers)).toHaveLength(total);
    await page.reload();
    await ready(page);
    expect(await page.locator('[data-plan-item]').count()).toBe(n);

    // Download the CSV by keyboard: Welsh headers, BOM, CRLF.
    await tabTo(page, '#download-csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFCod y parth,Parth,')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain('Cysgodi ymarferydd profiadol');
    // …and the JSON, which carries its framework version.
    await tabTo(page, '#download-json');
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(jsonDownload.suggestedFilename()).toMatch(/^hunanasesiad-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
    expect(json).toMatchObject({ frameworkVersion: currentFramework.version, id: stored.id });
    expect(json.plan).toHaveLength(n);

    // Back on the start page: continue (to the check page, as all is answered) or start afresh.
    await page.goto(HUB_URL + cy.start);
    await page.waitForSelector('#continue-link:not([hidden])');
    expect(await page.isHidden('#start-link')).toBe(true);
    expect(await page.getAttribute('#continue-link', 'href')).toBe(cy.check);
    expect(await page.textContent('#draft-progress')).toBe(t('cy', 'assess.progress', { count: total, total }));
    await noAxe(page, 'start with a draft (cy)');
    await tabTo(page, '#restart-button');
    await enterAndWait(page, cy.steps[0]!);
    await ready(page);
    expect(await page.textContent('#assess-progress')).toBe(t('cy', 'assess.progress', { count: 0, total }));
    expect(await page.evaluate(() => document.querySelectorAll('input[type=radio]:checked').length)).toBe(0);

    expect(cspErrors, 'no CSP violations or script errors').toEqual([]);
    await context.close();
  });

  it('has no axe violations on the English start, check and results pages, and no inline script', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const url of [en.start, en.check, en.results, cy.check]) {
      const res = await page.goto(HUB_URL + url);
      expect(res?.status()).toBe(200);
      expect(res?.headers()['content-security-policy'] ?? '').toContain("script-src 'self'");
      const html = (await res?.text()) ?? '';
      expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
      // The page's strings are a JSON data block (never run, allowed by the CSP); every script is an external file.
      expect(html).toMatch(/<script type="application\/json" id="page-strings">/);
      const withoutData = html.replace(/<script type="application\/json" id="page-strings">[^<]*<\/script>/, '');
      expect(withoutData).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/<style/);
      await noAxe(page, url);
    }
    await context.close();
  });
});
