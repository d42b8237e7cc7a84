// Comments and follow-up flags on values, in Chromium against `wrangler dev` and a real local D1,
// with the keyboard only (Tab, arrows, typing, Space, Enter): the demo submitter, in Welsh,
// comments on a figure and flags it, then submits; the demo analyst (the national reviewer), in
// Welsh, finds the flag and the comment listed first with the organisation's history beside the
// figure, replies and clears the flag, and accepts. axe runs on every new state, in both languages.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_URL, launch } from './browser.ts';
import {
  ADMIN,
  ANALYST,
  active,
  apiSignIn,
  call,
  choosePeriods,
  noViolations,
  ORG,
  SUBMITTER,
  signInByKeyboard,
  tabTo,
  typeInto,
  validValues,
} from './returns-helpers.ts';

let browser: Browser;
let periods: [string, string];
beforeAll(async () => {
  browser = await launch();
  // Last quarter accepted with 60 referrals (the history beside the figure); this quarter's draft saved with 62.
  const admin = await apiSignIn(ADMIN);
  const submitter = await apiSignIn(SUBMITTER);
  const analyst = await apiSignIn(ANALYST);
  periods = await choosePeriods(admin, submitter);
  const [prev, cur] = periods;
  const d = await call(submitter, 'PUT', `/api/orgs/${ORG}/returns/${prev}/draft`, { rev: 0, values: validValues(60), explanations: {} });
  expect(d.status, JSON.stringify(d.body)).toBe(200);
  const s = await call(
    submitter,
    'POST',
    `/api/orgs/${ORG}/returns/${prev}/submit`,
    { rev: d.body.rev, declaration: { name: 'Siân Prys', confirmed: true } },
    { 'Idempotency-Key': `notes-prev-${Date.now()}` },
  );
  expect(s.status, JSON.stringify(s.body)).toBe(201);
  const a = await call(analyst, 'POST', `/api/national/returns/${ORG}/${prev}/review`, { version: 1, decision: 'accept' });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  const draft = await call(submitter, 'PUT', `/api/orgs/${ORG}/returns/${cur}/draft`, {
    rev: 0,
    values: validValues(62),
    explanations: {},
  });
  expect(draft.status, JSON.stringify(draft.body)).toBe(200);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** Adds a note with the keyboard: the first figure of the list, the text, and the flag choice (arrows from "comment only"). */
async function addNote(page: Page, body: string, flagSteps: number) {
  await tabTo(page, 'note-field');
  await page.keyboard.press('ArrowDown'); // "Referrals received", the first figure
  await page.keyboard.press('Tab');
  expect(await active(page)).toBe('note-body');
  await page.keyboard.type(body);
  await page.keyboard.press('Tab');
  expect(await active(page)).toBe('note-flag-none');
  for (let i = 0; i < flagSteps; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction((text) => document.querySelector('[data-all-notes]')?.textContent?.includes(text) ?? false, body);
}

describe('comments and follow-up flags on values', () => {
  it('submitter flags a figure (Welsh, keyboard) → reviewer sees it first with the history, replies, clears it and accepts', async () => {
    const [, cur] = periods;
    const errors: string[] = [];
    const watch = (p: Page) =>
      p
        .on('pageerror', (e) => errors.push(String(e)))
        .on('console', (m) => {
          if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
        });

    // ---- submitter, in Welsh
    const subCtx = await browser.newContext();
    const sub = await signInByKeyboard(subCtx, SUBMITTER, 'cy');
    watch(sub);
    await sub.goto(`${HUB_URL}/cy/ffurflenni/ffurflen/?org=${ORG}&period=${cur}`);
    await sub.waitForSelector('[data-notes-section]:not([hidden])');
    expect(await sub.textContent('[data-notes]')).toContain('Dim sylwadau');
    // An empty note: the GOV.UK error summary names both questions.
    await tabTo(sub, 'note-field');
    for (let i = 0; i < 8 && !(await sub.evaluate(() => document.activeElement?.matches('form[data-note-form] button') ?? false)); i++)
      await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForSelector('#error-summary:not([hidden])');
    expect(await active(sub)).toBe('error-summary');
    const summary = (await sub.textContent('#error-summary'))!;
    expect(summary).toContain('Dewiswch y ffigur i roi sylw arno');
    expect(summary).toContain('Rhowch sylw');
    await noViolations(sub, 'cy form: note errors');

    const comment = 'Mae’r clwstwr newydd wedi dechrau atgyfeirio: byddwn yn gwirio’r ffigur gyda’r feddygfa.';
    await addNote(sub, comment, 1);
    // Flagged beside the figure, and listed first as an open flag.
    expect(await sub.textContent('[data-value-notes="referrals-received"]')).toMatch(/i['’]w ddilyn/);
    expect(await sub.textContent('[data-open-flags]')).toContain(comment);
    expect(await sub.textContent('[data-open-flags]')).toContain('Atgyfeiriadau a gafwyd');
    expect(await sub.textContent('[data-note-added]')).toMatch(/wedi['’]i ychwanegu/);
    await noViolations(sub, 'cy form: figure flagged');

    // Submit: back to "Continue", check, declaration.
    for (let i = 0; i < 30 && !(await sub.evaluate(() => document.activeElement?.matches('button[data-continue]') ?? false)); i++)
      await sub.keyboard.press('Shift+Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForSelector('[data-check]:not([hidden])');
    await typeInto(sub, 'declName', 'Siân Prys');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Space');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForURL(/\/cy\/ffurflenni\/cadarnhad\/\?/);

    // The history page shows the note too.
    await sub.goto(`${HUB_URL}/cy/ffurflenni/hanes/?org=${ORG}&period=${cur}`);
    await sub.waitForSelector('[data-open-flags]');
    expect(await sub.textContent('[data-open-flags]')).toContain(comment);
    await noViolations(sub, 'cy history with notes');

    // ---- the reviewer (demo analyst), in Welsh
    const anCtx = await browser.newContext();
    const an = await signInByKeyboard(anCtx, ANALYST, 'cy');
    watch(an);
    await an.goto(`${HUB_URL}/cy/tim-cenedlaethol/adolygu/?org=${ORG}&period=${cur}`);
    await an.waitForSelector('form[data-decision]:not([hidden])');
    await an.waitForSelector('[data-open-flags]');
    expect(await an.textContent('[data-open-flags]')).toContain(comment);
    // Listed first: the warnings and notes come before the versions, the decision and the figures.
    const first = await an.evaluate(() => {
      const notes = document.querySelector('[data-notes-section]')!;
      return ['[data-versions]', 'form[data-decision]', '[data-values]'].every(
        (s) => notes.compareDocumentPosition(document.querySelector(s)!) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(first).toBe(true);
    // The organisation's history beside the figure: last quarter's 60, and the last quarters as text.
    const row = an.locator('[data-values] tr', { has: an.locator('th', { hasText: /^Atgyfeiriadau a gafwyd$/ }) });
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['62', '60', expect.stringContaining('60')]);
    expect(await an.textContent('[data-values] thead')).toContain('Y chwarter diwethaf a dderbyniwyd');
    await noViolations(an, 'cy review page with a flag and history');

    const reply = 'Diolch: mae’r ffigur yn gyson â’r clwstwr newydd.';
    await addNote(an, reply, 2); // "clear the flag"
    await an.waitForFunction(() => !document.querySelector('[data-open-flags]'));
    expect(await an.textContent('[data-all-notes]')).toMatch(/Nodyn dilyn wedi['’]i glirio/);
    expect(await an.textContent('[data-all-notes]')).toContain('y tîm cenedlaethol');
    await noViolations(an, 'cy review page: flag cleared');

    await tabTo(an, 'decision-accept');
    await an.keyboard.press('Space');
    await tabTo(an, 'comment');
    await an.keyboard.press('Tab');
    await an.keyboard.press('Enter');
    await an.waitForSelector('[data-recorded]:not(:empty)');
    expect(await an.textContent('[data-versions]')).toContain('Derbyniwyd');
    await noViolations(an, 'cy review recorded');

    // ---- the same states in English
    await an.goto(`${HUB_URL}/en/national-team/review/?org=${ORG}&period=${cur}`);
    await an.waitForSelector('[data-all-notes]');
    expect(await an.textContent('[data-all-notes]')).toContain('Flag cleared');
    expect(await an.textContent('[data-values] thead')).toContain('Last 8 accepted quarters');
    await noViolations(an, 'en review page with notes');
    const enSub = await subCtx.newPage();
    await enSub.goto(`${HUB_URL}/en/returns/form/?org=${ORG}&period=${cur}`);
    await enSub.waitForSelector('[data-all-notes]');
    expect(await enSub.textContent('[data-all-notes]')).toContain('Flagged for follow-up');
    await noViolations(enSub, 'en form with notes');
    expect(errors).toEqual([]);
  }, 240_000);
});
