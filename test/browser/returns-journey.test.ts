// The quarterly return journey in Chromium, end to end against `wrangler dev` and a real
// local D1: the demo submitter fills in a return in Welsh with the keyboard only (Tab, typing,
// Enter, Space: no click or fill), meets errors and a warning, fixes and explains them, and
// submits; the analyst returns it with a comment; the submitter amends and resubmits; the
// analyst accepts. axe runs on every page of the journey and must find nothing.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDataset as def } from '../../content/index.ts';
import { HUB_URL, launch } from './browser.ts';
import {
  ADMIN,
  ANALYST,
  active,
  apiSignIn,
  call,
  choosePeriods,
  fillByTab,
  inputId,
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
  // A previous quarter, submitted and accepted through the API, so that this quarter's figures can raise a warning.
  const admin = await apiSignIn(ADMIN);
  const submitter = await apiSignIn(SUBMITTER);
  const analyst = await apiSignIn(ANALYST);
  periods = await choosePeriods(admin, submitter);
  const [prev] = periods;
  const d = await call(submitter, 'PUT', `/api/orgs/${ORG}/returns/${prev}/draft`, { rev: 0, values: validValues(60), explanations: {} });
  expect(d.status, JSON.stringify(d.body)).toBe(200);
  expect(d.body.issues.errors).toEqual([]);
  const s = await call(
    submitter,
    'POST',
    `/api/orgs/${ORG}/returns/${prev}/submit`,
    { rev: d.body.rev, declaration: { name: 'Siân Prys', confirmed: true } },
    { 'Idempotency-Key': `prev-${Date.now()}` },
  );
  expect(s.status, JSON.stringify(s.body)).toBe(201);
  const a = await call(analyst, 'POST', `/api/national/returns/${ORG}/${prev}/review`, { version: 1, decision: 'accept' });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('quarterly return journey', () => {
  it('submitter (Welsh, keyboard) → analyst returns → submitter amends → analyst accepts; axe clean throughout', async () => {
    const [, cur] = periods;
    const errors: string[] = [];
    const watch = (p: Page) =>
      p
        .on('pageerror', (e) => errors.push(String(e)))
        .on('console', (m) => {
          if (process.env.DEBUG_RUI) console.log('[console]', m.type(), m.text());
          if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
        });

    // ---- submitter, in Welsh, keyboard only
    const subCtx = await browser.newContext();
    let sub = await signInByKeyboard(subCtx, SUBMITTER, 'cy');
    watch(sub);
    await sub.goto(`${HUB_URL}/cy/ffurflenni/`);
    await sub.waitForSelector(`tr[data-period="${cur}"]`, { timeout: 10_000 }).catch(async (e) => {
      console.log(errors);
      throw e;
    });
    expect(await sub.textContent(`tr[data-period="${cur}"]`)).toContain('Heb ddechrau');
    expect(await sub.textContent(`tr[data-period="${periods[0]}"]`)).toContain("Wedi'i derbyn");
    await noViolations(sub, 'cy returns list');
    // Follow the link to this quarter's form with Tab and Enter.
    for (let i = 0; i < 100; i++) {
      await sub.keyboard.press('Tab');
      if (await sub.evaluate((p) => (document.activeElement as HTMLAnchorElement | null)?.href?.includes(`period=${p}`) ?? false, cur))
        break;
    }
    await sub.keyboard.press('Enter');
    await sub.waitForURL(/\/cy\/ffurflenni\/ffurflen\/\?/);
    await sub.waitForSelector('[data-body]:not([hidden])');
    expect(await sub.getAttribute(`#${inputId('referrals-received')}`, 'inputmode')).toBe('numeric');
    expect(await sub.textContent(`label[for="${inputId('referrals-received')}"]`)).toContain('Atgyfeiriadau a gafwyd');
    await noViolations(sub, 'cy form (empty)');

    // Type every figure: a Welsh-language figure larger than all conversations, a gender breakdown
    // that does not add up, and referrals doubled since last quarter (a warning).
    const good = validValues(120);
    const typed: Record<string, string> = Object.fromEntries(Object.entries(good).map(([k, v]) => [k, String(v)]));
    typed['what-matters-conversations-welsh'] = '90';
    const genderFirst = `referrals-received.gender.${def.breakdowns.find((b) => b.id === 'gender')!.categories[0]!.id}`;
    typed[genderFirst] = String(good[genderFirst]! + 5);
    await sub.keyboard.press('Home');
    await fillByTab(sub, typed, 'button[data-continue]');
    await sub.keyboard.press('Enter');

    // Error summary: focused, every error and the warning at once, each a link to its field.
    await sub.waitForSelector('#error-summary:not([hidden])');
    expect(await active(sub)).toBe('error-summary');
    const summary = (await sub.textContent('#error-summary'))!;
    expect(summary).toContain('Mae problem');
    expect(summary).toContain('Cywirwch y canlynol');
    expect(summary).toContain('Esboniwch y canlynol');
    expect(summary).toMatch(/fwy na'r ffigur ar gyfer/); // Welsh conversations > all conversations
    expect(summary).toMatch(/rhywedd/); // gender breakdown
    expect(summary).toMatch(/chwarter blaenorol/); // the warning
    expect(await sub.getAttribute('#error-summary a[href="#x-referrals-received"]', 'href')).toBe('#x-referrals-received');
    expect(await sub.getAttribute(`#${inputId('what-matters-conversations-welsh')}`, 'aria-invalid')).toBe('true');
    expect(await sub.isVisible('#x-referrals-received')).toBe(true);
    await noViolations(sub, 'cy form with errors and a warning');

    // The summary link takes the keyboard to the field.
    await tabTo(sub, 'error-summary');
    for (let i = 0; i < 10; i++) {
      await sub.keyboard.press('Tab');
      if (await sub.evaluate(() => document.activeElement?.getAttribute('href') === '#x-referrals-received')) break;
    }
    await sub.keyboard.press('Enter');
    expect(await active(sub)).toBe('x-referrals-received');
    // The red "enter an explanation" message goes as soon as something is typed, and comes back if it is emptied.
    expect(await sub.isVisible('#x-referrals-received-error')).toBe(true);
    await sub.keyboard.type('M');
    expect(await sub.isVisible('#x-referrals-received-error')).toBe(false);
    expect(await sub.getAttribute('#x-referrals-received', 'aria-invalid')).toBe(null);
    await sub.keyboard.press('Backspace');
    expect(await sub.isVisible('#x-referrals-received-error')).toBe(true);
    expect(await sub.textContent('#x-referrals-received-error')).toContain('Rhowch esboniad');
    await sub.keyboard.type('Mae meddygfa newydd yn y clwstwr wedi dechrau atgyfeirio atom ym mis Gorffennaf.');
    expect(await sub.isVisible('#x-referrals-received-error')).toBe(false);
    await typeInto(sub, inputId(genderFirst), String(good[genderFirst]));
    await typeInto(sub, inputId('what-matters-conversations-welsh'), '20');
    for (let i = 0; i < 400 && !(await sub.evaluate(() => document.activeElement?.matches('button[data-continue]') ?? false)); i++)
      await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');

    // Check and submit with the declaration.
    await sub.waitForSelector('[data-check]:not([hidden])');
    expect(await active(sub)).toBe('check-title');
    expect(await sub.textContent('[data-check-body]')).toContain('Mae meddygfa newydd');
    await noViolations(sub, 'cy check and submit');
    // Submitting without the declaration is refused.
    await tabTo(sub, 'declName');
    for (let i = 0; i < 10 && !(await sub.evaluate(() => document.activeElement?.matches('[data-submit-button]') ?? false)); i++)
      await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForSelector('#error-summary:not([hidden])');
    expect(await sub.textContent('#error-summary')).toContain('Rhowch eich enw llawn');
    await noViolations(sub, 'cy declaration errors');
    await typeInto(sub, 'declName', 'Siân Prys');
    await sub.keyboard.press('Tab');
    expect(await active(sub)).toBe('declConfirm');
    await sub.keyboard.press('Space');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForURL(/\/cy\/ffurflenni\/cadarnhad\/\?/);
    await sub.waitForSelector('[data-body]:not([hidden])');
    const ref1 = (await sub.textContent('[data-reference]'))!.trim();
    expect(ref1).toMatch(/^SP-.*-v1$/);
    await noViolations(sub, 'cy confirmation');

    // ---- analyst returns it with a comment (English pages)
    const anCtx = await browser.newContext();
    let an = await signInByKeyboard(anCtx, ANALYST, 'en');
    watch(an);
    await an.goto(`${HUB_URL}/en/national-team/returns/?period=${cur}&status=submitted`);
    await an.waitForSelector('[data-body]:not([hidden])');
    await an.waitForSelector(`a[href*="period=${cur}"]`);
    await noViolations(an, 'en review queue');
    await an.goto(`${HUB_URL}/en/national-team/review/?org=${ORG}&period=${cur}`);
    await an.waitForSelector('form[data-decision]:not([hidden])');
    expect(await an.textContent('[data-values]')).toContain('Mae meddygfa newydd');
    await noViolations(an, 'en review page');
    await tabTo(an, 'decision-accept');
    await an.keyboard.press('ArrowDown'); // radio group: move to "return"
    expect(await an.isChecked('#decision-return')).toBe(true);
    const comment = 'Please check people declined: it looks low against last quarter.';
    await typeInto(an, 'comment', comment);
    await an.keyboard.press('Tab');
    await an.keyboard.press('Enter');
    await an.waitForSelector('[data-recorded]:has-text("recorded")');
    await noViolations(an, 'en review recorded');

    // ---- submitter sees the comment, amends and resubmits
    sub = await subCtx.newPage();
    watch(sub);
    await sub.goto(`${HUB_URL}/cy/ffurflenni/`);
    await sub.waitForSelector(`tr[data-period="${cur}"]`);
    expect(await sub.textContent(`tr[data-period="${cur}"]`)).toContain("Wedi'i dychwelyd");
    await sub.goto(`${HUB_URL}/cy/ffurflenni/ffurflen/?org=${ORG}&period=${cur}`);
    await sub.waitForSelector('[data-returned]:not([hidden])');
    expect(await sub.textContent('[data-returned-comment]')).toBe(comment);
    expect(await sub.inputValue(`#${inputId('people-declined')}`)).toBe('10');
    await noViolations(sub, 'cy form returned with comment');
    await typeInto(sub, inputId('people-declined'), '14');
    for (let i = 0; i < 400 && !(await sub.evaluate(() => document.activeElement?.matches('button[data-continue]') ?? false)); i++)
      await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForSelector('[data-check]:not([hidden])');
    // A returned return asks for the reason for the amendment (keyboard, error summary).
    expect(await sub.isVisible('#amendmentReason')).toBe(true);
    expect(await sub.textContent('[data-amend]')).toContain('wedi dychwelyd y ffurflen hon');
    await typeInto(sub, 'declName', 'Siân Prys');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Space');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForSelector('#error-summary:not([hidden])');
    expect(await active(sub)).toBe('error-summary');
    expect(await sub.textContent('#error-summary')).toContain('Rhowch reswm dros ddiwygio’r ffurflen a ddychwelwyd');
    expect(await sub.getAttribute('#amendmentReason', 'aria-invalid')).toBe('true');
    await noViolations(sub, 'cy amendment reason required after a return');
    await typeInto(sub, 'amendmentReason', 'Roedd dau berson wedi gwrthod heb gael eu cofnodi.');
    await tabTo(sub, 'declConfirm');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForURL(/\/cy\/ffurflenni\/cadarnhad\/\?/);
    await sub.waitForSelector('[data-body]:not([hidden])');
    expect((await sub.textContent('[data-reference]'))!.trim()).toMatch(/^SP-.*-v2$/);

    // History: both versions, and what changed between them.
    await sub.goto(`${HUB_URL}/cy/ffurflenni/hanes/?org=${ORG}&period=${cur}`);
    await sub.waitForSelector('[data-diff] table');
    expect(await sub.locator('[data-versions] tr').count()).toBe(2);
    expect(await sub.textContent('[data-versions]')).toContain('Roedd dau berson wedi gwrthod');
    const diff = (await sub.textContent('[data-diff]'))!;
    expect(diff).toContain('10');
    expect(diff).toContain('14');
    await noViolations(sub, 'cy history with diff');

    // ---- analyst accepts version 2
    an = await anCtx.newPage();
    watch(an);
    await an.goto(`${HUB_URL}/en/national-team/review/?org=${ORG}&period=${cur}`);
    await an.waitForSelector('form[data-decision]:not([hidden])');
    expect(await an.textContent('[data-diff]')).toContain('14');
    await tabTo(an, 'decision-accept');
    await an.keyboard.press('Space');
    await tabTo(an, 'comment');
    await an.keyboard.press('Tab');
    await an.keyboard.press('Enter');
    await an.waitForSelector('[data-recorded]:has-text("recorded")');
    expect(await an.textContent('[data-versions]')).toContain('Accepted');

    // National views and open data, with the accepted figures.
    await an.goto(`${HUB_URL}/en/national-team/completeness/`);
    await an.waitForSelector('[data-body]:not([hidden])');
    await noViolations(an, 'en completeness');
    await an.goto(`${HUB_URL}/cy/tim-cenedlaethol/cyfansymiau/?period=${cur}`);
    await an.waitForSelector('[data-body]:not([hidden])');
    // Totals by health board: a chart with a text alternative, and the same figure in a table.
    await an.waitForSelector('[data-by-chart] [role="img"]');
    expect(await an.getAttribute('[data-by-chart] [role="img"]', 'aria-label')).toContain('Atgyfeiriadau a gafwyd');
    expect(await an.textContent('[data-by-table] table')).toContain('120');
    await an.waitForSelector('[data-series-table] table');
    await noViolations(an, 'cy totals');
    await an.goto(`${HUB_URL}/cy/data-agored/`);
    await an.waitForSelector('[data-table] table tbody tr');
    expect(await an.textContent('[data-table] caption')).toContain('Atgyfeiriadau a gafwyd');
    await noViolations(an, 'cy open data');

    sub = await subCtx.newPage();
    await sub.goto(`${HUB_URL}/cy/ffurflenni/`);
    await sub.waitForSelector(`tr[data-period="${cur}"]`);
    expect(await sub.textContent(`tr[data-period="${cur}"]`)).toContain("Wedi'i derbyn");

    // Amending an accepted return asks for a reason before it can be submitted.
    await sub.goto(`${HUB_URL}/cy/ffurflenni/ffurflen/?org=${ORG}&period=${cur}`);
    await sub.waitForSelector('[data-state-note]:not([hidden])');
    expect(await sub.textContent('[data-state-note]')).toContain('wedi derbyn fersiwn 2');
    await typeInto(sub, inputId('people-not-engaged'), '9');
    for (let i = 0; i < 400 && !(await sub.evaluate(() => document.activeElement?.matches('button[data-continue]') ?? false)); i++)
      await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForSelector('[data-check]:not([hidden])');
    expect(await sub.isVisible('#amendmentReason')).toBe(true);
    await typeInto(sub, 'declName', 'Siân Prys');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Space');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForSelector('#error-summary:not([hidden])');
    expect(await sub.textContent('#error-summary')).toContain('Rhowch reswm dros ddiwygio');
    await noViolations(sub, 'cy amendment reason required');
    await typeInto(sub, 'amendmentReason', 'Roedd un atgyfeiriad wedi’i gofnodi ddwywaith.');
    await tabTo(sub, 'declConfirm');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForURL(/\/cy\/ffurflenni\/cadarnhad\/\?/);
    await sub.waitForSelector('[data-body]:not([hidden])');
    expect((await sub.textContent('[data-reference]'))!.trim()).toMatch(/^SP-.*-v3$/);

    expect(errors).toEqual([]);
    await subCtx.close();
    await anCtx.close();
  }, 480_000);
});
