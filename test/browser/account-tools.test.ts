// The account page is where sign-in lands: from it each demo role reaches its main task
// within 3 clicks (continue an assessment; open the current return; the review queue).
// Erasing an account through the interface, by keyboard alone, leaves nothing to see when
// the same address signs in again. axe on every new state, in both languages.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCompetencies, draftKey, emptyAssessment } from '../../content/assessment/model.ts';
import { currentFramework } from '../../content/index.ts';
import { SUBMITTER_ORG as DEMO_ORG, DEMO_USERS } from '../../scripts/demo-data.mjs';
import { axe, HUB_URL, launch } from './browser.ts';
import { apiSignIn, call, type Session } from './returns-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const emailOf = (role: string) => DEMO_USERS.find((u) => u.role === role)!.email;
async function contextFor(s: Session): Promise<BrowserContext> {
  const ctx = await browser.newContext();
  for (const pair of s.cookie.split('; ')) {
    const [name, value] = pair.split('=') as [string, string];
    await ctx.addCookies([{ name, value, url: HUB_URL }]);
  }
  return ctx;
}
/** Clicks a link (counted by the caller) and waits for the next page. */
async function click(page: Page, selector: string) {
  const before = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== before), page.locator(selector).first().click()]);
}
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  return errors;
}

describe('your tools, the landing page after sign-in', () => {
  it('practitioner (cy): continues the self-assessment in 2 clicks', async () => {
    const s = await apiSignIn(emailOf('practitioner'));
    const ctx = await contextFor(s);
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    // a draft in this browser, one competency answered, also kept on the account
    const a = emptyAssessment(currentFramework);
    a.answers[allCompetencies(currentFramework)[0]!.id] = { held: 2, needed: 3 };
    expect((await call(s, 'POST', '/api/assessments', { assessment: a })).status).toBe(201);
    await page.goto(`${HUB_URL}/cy/hunanasesiad/`);
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [draftKey(currentFramework.version), JSON.stringify(a)]);

    await page.goto(`${HUB_URL}/cy/cyfrif/`);
    await page.waitForSelector('[data-tools-assessments] a');
    expect(await page.textContent('[data-tools-assessments]')).toMatch(/Eich drafft diweddaraf: .+, 1 o \d+ wedi’u hateb/);
    expect(await page.isVisible('[data-tools-national]')).toBe(false);
    expect(await axe(page)).toEqual([]);
    await click(page, '[data-tools-continue]'); // 1
    await click(page, '#continue-link:visible'); // 2
    expect(new URL(page.url()).pathname).toMatch(/^\/cy\/hunanasesiad\/parth-/);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('submitter (en): opens the current quarter’s return in 1 click', async () => {
    const s = await apiSignIn(emailOf('submitter'));
    const orgId = DEMO_ORG.id;
    const opened = async () => {
      const r = await call(s, 'GET', `/api/orgs/${orgId}/returns`);
      const today = new Date().toISOString().slice(0, 10);
      return (r.body.periods as { period: { id: string; opensAt: string } }[]).map((p) => p.period).filter((p) => p.opensAt <= today);
    };
    // A quarter that has opened (the national team creates one when the database has none yet).
    if (!(await opened()).length) {
      const admin = await apiSignIn(emailOf('admin'));
      expect((await call(admin, 'POST', '/api/periods', { id: '2019-20-q2', opensAt: '2019-10-01', dueAt: '2019-10-28' })).status).toBe(
        201,
      );
    }
    const current = (await opened()).sort((x, y) => y.opensAt.localeCompare(x.opensAt))[0]!;
    const ctx = await contextFor(s);
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(`${HUB_URL}/en/account/`);
    await page.waitForSelector('[data-tools-returns]:not([hidden]) [data-tools-org] a');
    const first = page.locator('[data-tools-org] tbody tr').first();
    expect(await first.locator('.govuk-tag').first().textContent()).toMatch(/Not started|Draft|Submitted|Returned for amendment|Accepted/);
    // It counts down to the due date while the return is still to do and the quarter open (not locked, not past due).
    const rows = (await call(s, 'GET', `/api/orgs/${orgId}/returns`)).body.periods as {
      period: { id: string; dueAt: string; locked: boolean };
      status: string;
    }[];
    const row = rows.find((p) => p.period.id === current.id)!;
    const today = new Date().toISOString().slice(0, 10);
    const toDo = !row.period.locked && row.period.dueAt >= today && !['accepted', 'submitted'].includes(row.status);
    const due = (await first.locator('td').last().textContent()) ?? '';
    if (toDo) expect(due).toMatch(/Closes (today|tomorrow|in \d+ days?)/);
    else expect(due).not.toContain('Closes');
    expect(await axe(page)).toEqual([]);
    // the first row is the quarter open now: the latest that has opened
    await click(page, '[data-tools-org] tbody tr a'); // 1
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/returns/form/');
    expect(url.searchParams.get('period')).toBe(current.id);
    await page.waitForSelector('[data-body]:not([hidden])');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('analyst (cy): reaches the review queue in 1 click, and sees no admin-only page', async () => {
    const s = await apiSignIn(emailOf('analyst'));
    const ctx = await contextFor(s);
    const page = await ctx.newPage();
    await page.goto(`${HUB_URL}/cy/cyfrif/`);
    await page.waitForSelector('[data-tools-national]:not([hidden])');
    expect(await page.locator('[data-tools-national] [data-needs="admin"]').count()).toBe(0);
    expect(await page.locator('[data-tools-national] a').count()).toBeGreaterThanOrEqual(6);
    expect(await axe(page)).toEqual([]);
    await click(page, '[data-tools-national] a:text-is("Adolygu ffurflenni")'); // 1
    expect(new URL(page.url()).pathname).toBe('/cy/tim-cenedlaethol/ffurflenni/');
    await page.waitForSelector('[data-body]:not([hidden])');
    await ctx.close();
  });
});

describe('erasing an account', () => {
  for (const [lang, account, deleted, required, gone] of [
    ['cy', '/cy/cyfrif/', '/cy/cyfrif/wedi-dileu/', 'Ticiwch y blwch', 'Mae eich cyfrif wedi’i ddileu'],
    ['en', '/en/account/', '/en/account/deleted/', 'Tick the box', 'Your account has been deleted'],
  ] as const) {
    it(`erases everything by keyboard alone, in ${lang}`, async () => {
      const email = `dileu-${lang}-${Date.now()}@example.cymru`;
      const s = await apiSignIn(email);
      expect((await call(s, 'PATCH', '/api/account', { name: 'Ana Prawf' })).status).toBe(200);
      expect((await call(s, 'POST', '/api/assessments', { assessment: emptyAssessment(currentFramework) })).status).toBe(201);
      const ctx = await contextFor(s);
      const page = await ctx.newPage();
      const errors = watchErrors(page);
      await page.goto(HUB_URL + account);
      await page.waitForSelector('[data-account-user]:not([hidden])');

      // Without the box ticked: the error summary, focused, links to the box.
      await page.locator('form[data-form="erase"] button').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-error-summary]:not([hidden])');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
      expect(await page.textContent('#erase-confirm-error')).toContain(required);
      expect(await page.getAttribute('#erase-confirm', 'aria-invalid')).toBe('true');
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('erase-confirm');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await Promise.all([page.waitForURL(HUB_URL + deleted), page.keyboard.press('Enter')]);

      expect(await page.textContent('h1')).toContain(gone);
      expect(await page.locator('[data-account-slot]').textContent()).not.toContain(email);
      expect(await axe(page)).toEqual([]);
      // The old session is gone, and the account page says so.
      expect((await call(s, 'GET', '/api/account')).status).toBe(401);
      await page.goto(HUB_URL + account);
      await page.waitForSelector('[data-account-anon]:not([hidden])');

      // The same address again: a new, empty account.
      const again = await apiSignIn(email);
      const mine = await call(again, 'GET', '/api/account');
      expect(mine.body.user.name).toBeNull();
      expect(mine.body.organisations).toEqual([]);
      expect((await call(again, 'GET', '/api/assessments')).body.assessments).toEqual([]);
      expect(errors).toEqual([]);
      await ctx.close();
    });
  }
});
