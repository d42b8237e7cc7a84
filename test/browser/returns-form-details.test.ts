// Details of the organisation's return pages, in Chromium against `wrangler dev` and a real
// local D1: a figure that is not a number survives a reload with its error (kept on this
// device, never sent as a number); running totals add up the parts of a whole as people
// type; the returns list shows each period's deadline, the period open now first. Both
// languages, axe on each new state.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDataset as def } from '../../content/index.ts';
import { currentFirst, deadlineOf } from '../../content/returns/deadlines.ts';
import { HUB_URL, launch } from './browser.ts';
import {
  ADMIN,
  apiSignIn,
  call,
  choosePeriods,
  inputId,
  noViolations,
  ORG,
  type Session,
  SUBMITTER,
  signInByKeyboard,
  typeInto,
} from './returns-helpers.ts';

let browser: Browser;
let submitter: Session;
let period: string;
beforeAll(async () => {
  browser = await launch();
  submitter = await apiSignIn(SUBMITTER);
  [, period] = await choosePeriods(await apiSignIn(ADMIN), submitter);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const gender = def.breakdowns.find((b) => b.id === 'gender')!.categories.map((c) => `referrals-received.gender.${c.id}`);

describe('return form details', () => {
  it('keeps a figure that is not a number through a reload, with its error (English)', async () => {
    const ctx = await browser.newContext();
    const page = await signInByKeyboard(ctx, SUBMITTER, 'en');
    const url = `${HUB_URL}/en/returns/form/?org=${ORG}&period=${period}`;
    await page.goto(url);
    await page.waitForSelector('[data-body]:not([hidden])');
    await typeInto(page, inputId('people-declined'), '12');
    await typeInto(page, inputId('referrals-received'), '1O0');
    await page.waitForSelector('[data-save-status]:has-text("not a number")');
    expect(await page.textContent('[data-save-status]')).toContain('1 figure is not a number yet');
    // The server has the number typed beside it, and nothing for the figure that is not one.
    const saved = (await call(submitter, 'GET', `/api/orgs/${ORG}/returns/${period}`)).body.draft.values;
    expect(saved['people-declined']).toBe(12);
    expect(saved['referrals-received'] ?? null).toBe(null);

    await page.reload();
    await page.waitForSelector('[data-body]:not([hidden])');
    expect(await page.inputValue(`#${inputId('referrals-received')}`)).toBe('1O0');
    expect(await page.inputValue(`#${inputId('people-declined')}`)).toBe('12');
    const error = `#${inputId('referrals-received')}-error`;
    expect(await page.isVisible(error)).toBe(true);
    expect(await page.textContent(error)).toContain('“1O0” is not a number: enter “Referrals received” as a number');
    expect(await page.getAttribute(`#${inputId('referrals-received')}`, 'aria-invalid')).toBe('true');
    await noViolations(page, 'en form with a kept figure');

    // Corrected, it is saved as a number and no longer kept on this device.
    await typeInto(page, inputId('referrals-received'), '100');
    await page.waitForSelector('[data-save-status]:has-text("Draft saved")');
    expect((await call(submitter, 'GET', `/api/orgs/${ORG}/returns/${period}`)).body.draft.values['referrals-received']).toBe(100);
    await page.reload();
    await page.waitForSelector('[data-body]:not([hidden])');
    expect(await page.inputValue(`#${inputId('referrals-received')}`)).toBe('100');
    expect(await page.isVisible(error)).toBe(false);
    await ctx.close();
  }, 120_000);

  it('shows running totals of parts of a whole as figures are typed (Welsh)', async () => {
    const ctx = await browser.newContext();
    const page = await signInByKeyboard(ctx, SUBMITTER, 'cy');
    await page.goto(`${HUB_URL}/cy/ffurflenni/ffurflen/?org=${ORG}&period=${period}`);
    await page.waitForSelector('[data-body]:not([hidden])');
    const total = '[data-total-of="referrals-received.gender"]';
    await typeInto(page, inputId('referrals-received'), '100');
    await typeInto(page, inputId(gender[0]!), '40');
    expect(await page.textContent(total)).toBe('Cyfanswm hyd yma: 40 o 100');
    await typeInto(page, inputId(gender[1]!), '60');
    expect(await page.textContent(total)).toBe('Cyfanswm: 100 o 100, sy’n cyfateb');
    await typeInto(page, inputId(gender[1]!), '70');
    expect(await page.textContent(total)).toBe('Cyfanswm: 110, sy’n fwy na 100');
    // A rule's parts too: people with an outcome measure = improved + no change + worse.
    await typeInto(page, inputId('people-with-outcome-measure'), '30');
    await typeInto(page, inputId('outcome-improved'), '20');
    expect(await page.textContent('[data-total-of="outcome-directions-sum"]')).toBe('Cyfanswm hyd yma: 20 o 30');
    // The contents list leads to each section of the form.
    const sections = await page.locator('nav.app-contents a').count();
    expect(sections).toBe(def.sections.length);
    await noViolations(page, 'cy form with running totals');
    await ctx.close();
  }, 120_000);

  for (const lang of ['cy', 'en'] as const) {
    it(`lists each period's deadline, the period open now first (${lang})`, async () => {
      const ctx = await browser.newContext();
      const page = await signInByKeyboard(ctx, SUBMITTER, lang);
      await page.goto(`${HUB_URL}${lang === 'cy' ? '/cy/ffurflenni/' : '/en/returns/'}`);
      await page.waitForSelector('[data-rows] tr');
      const api = (await call(submitter, 'GET', `/api/orgs/${ORG}/returns`)).body.periods as Parameters<typeof currentFirst>[0];
      const now = new Date();
      const expected = currentFirst(api, now);
      const shown = await page.locator('[data-rows] tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-period')));
      expect(shown).toEqual(expected.map((r) => r.period.id));
      const words =
        lang === 'cy'
          ? { closed: 'Wedi cau', open: /^Yn cau (heddiw|mewn \d+ d?diwrnod)$/, notOpen: 'Heb agor eto' }
          : { closed: 'Closed', open: /^Closes (today|in \d+ days?)$/, notOpen: 'Not open yet' };
      for (const row of expected) {
        const text = (await page.textContent(`tr[data-period="${row.period.id}"] [data-deadline]`))!.trim();
        const d = deadlineOf(row.period, now);
        if (d.state === 'closed') expect(text).toBe(words.closed);
        else if (d.state === 'not-open') expect(text).toBe(words.notOpen);
        else expect(text).toMatch(words.open);
      }
      await noViolations(page, `${lang} returns list with deadlines`);
      await ctx.close();
    }, 120_000);
  }
});
