// Two people saving the same draft (English pages): the second sees "someone else saved
// changes" with both versions, keeps theirs or their own, and nothing is lost. A CSV file
// with problems is shown as a table by row and column and nothing is saved from it.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('return form: concurrent saves and CSV problems', () => {
  it('shows both versions on a conflict, keeps the chosen one, and rejects a bad CSV without saving', async () => {
    const ctx = await browser.newContext();
    const first = await signInByKeyboard(ctx, SUBMITTER, 'en');
    const url = `${HUB_URL}/en/returns/form/?org=${ORG}&period=${period}`;
    await first.goto(url);
    await first.waitForSelector('[data-body]:not([hidden])');
    const second = await ctx.newPage();
    await second.goto(url);
    await second.waitForSelector('[data-body]:not([hidden])');
    await noViolations(second, 'en form');

    // The first tab saves 50; the second, still on revision 0, types 70.
    await typeInto(first, inputId('referrals-received'), '50');
    await first.waitForSelector('[data-save-status]:has-text("Draft saved")');
    await typeInto(second, inputId('referrals-received'), '70');
    await second.waitForSelector('[data-conflict]:not([hidden])');
    const rows = await second.locator('[data-conflict-rows] tr').allTextContents();
    expect(rows.join('\n')).toMatch(/Referrals received\s*5070/);
    expect(await second.evaluate(() => document.activeElement?.hasAttribute('data-conflict'))).toBe(true);
    await noViolations(second, 'en conflict panel');
    // Nothing was overwritten: the server still has the first tab's figure.
    expect((await call(submitter, 'GET', `/api/orgs/${ORG}/returns/${period}`)).body.draft.values['referrals-received']).toBe(50);

    // Keep mine (keyboard): the second tab's figure is saved on top of the current revision.
    await second.focus('[data-keep="yours"]');
    await second.keyboard.press('Enter');
    await second.waitForSelector('[data-save-status]:has-text("Draft saved")');
    const after = (await call(submitter, 'GET', `/api/orgs/${ORG}/returns/${period}`)).body.draft;
    expect(after.values['referrals-received']).toBe(70);

    // The template links point at this return, in both languages.
    const cyHref = await second.getAttribute('a[data-template="cy"]', 'href');
    expect(cyHref).toBe(`/api/orgs/${ORG}/returns/${period}/template.csv?lang=cy`);
    const tpl = await call(submitter, 'GET', cyHref!);
    expect(tpl.status).toBe(200);
    expect(tpl.type).toContain('text/csv');
    expect(String(tpl.body)).toMatch(/^\uFEFF?maes,/); // Welsh headers

    // A file with a word where a number should be: problems by row and column, nothing saved.
    await second.setInputFiles('#csv-file', {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('field,label,value\r\nreferrals-received,Referrals received,lots\r\n'),
    });
    await second.focus('form[data-csv] button');
    await second.keyboard.press('Enter');
    await second.waitForSelector('[data-csv-problems]:not([hidden])');
    const problem = (await second.textContent('[data-csv-rows]'))!;
    expect(problem).toMatch(/2/);
    expect(problem.toLowerCase()).toContain('value');
    expect(await second.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    await noViolations(second, 'en CSV problems');
    const unchanged = (await call(submitter, 'GET', `/api/orgs/${ORG}/returns/${period}`)).body.draft;
    expect(unchanged.rev).toBe(after.rev);
    expect(unchanged.values['referrals-received']).toBe(70);
    await ctx.close();
  }, 120_000);
});
