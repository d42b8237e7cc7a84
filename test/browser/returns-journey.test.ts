// The quarterly return journey in Chromium, end to end against `wrangler dev` and a real
// local D1: the demo submitter fills in a return in Welsh with the keyboard only (Tab, typing,
// Enter, Space: no click or fill), meets errors and a warning, fixes and explains them, and
// submits; the analyst returns it with a comment; the submitter amends and resubmits; the
// analyst accepts. axe runs on every page of the journey and must find nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HUB_URL, axe, launch } from './browser.ts';
import { currentDataset as def } from '../../content/index.ts';
import { DEMO_USERS, SUBMITTER_ORG } from '../../scripts/demo-data.mjs';

const SUBMITTER = DEMO_USERS.find((u) => u.role === 'submitter')!.email;
const ANALYST = DEMO_USERS.find((u) => u.role === 'analyst')!.email;
const ADMIN = DEMO_USERS.find((u) => u.role === 'admin')!.email;
const ORG = SUBMITTER_ORG.id;

// ------------------------------------------------------------------ API set-up (Node fetch)
interface Session { cookie: string; csrf: string }
async function apiSignIn(email: string): Promise<Session> {
  const headers = { 'Content-Type': 'application/json', Origin: HUB_URL };
  expect((await fetch(`${HUB_URL}/api/auth/request`, { method: 'POST', headers, body: JSON.stringify({ email }) })).status).toBe(202);
  const out = (await (await fetch(`${HUB_URL}/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { messages: { text: string }[] };
  const token = /#token=([A-Za-z0-9_-]+)/.exec(out.messages[0]!.text)![1]!;
  const res = await fetch(`${HUB_URL}/api/auth/verify`, { method: 'POST', headers, body: JSON.stringify({ token }) });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}
async function call(s: Session, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(HUB_URL + path, {
    method,
    headers: { Cookie: s.cookie, 'X-CSRF-Token': s.csrf, Origin: HUB_URL, Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** A complete, valid return with `referrals` referrals (every breakdown adds up). */
function validValues(referrals: number): Record<string, number> {
  const v: Record<string, number> = {
    'referrals-received': referrals, 'what-matters-conversations': 80, 'what-matters-conversations-welsh': 20, 'action-plans-agreed': 60,
    'people-supported': 70, 'onward-referrals': 55, 'people-declined': 10, 'people-not-engaged': 8, 'people-completed-support': 40,
    'people-with-outcome-measure': 30, 'outcome-improved': 20, 'outcome-no-change': 7, 'outcome-worse': 3,
    'practitioner-fte': 3.5, 'practitioners-headcount': 4, 'practitioners-welsh-speaking': 2,
  };
  for (const item of def.items) {
    for (const bId of item.breakdowns) {
      const cats = def.breakdowns.find((b) => b.id === bId)!.categories;
      const total = v[item.id]!;
      const each = Math.floor(total / cats.length);
      cats.forEach((c, i) => { v[`${item.id}.${bId}.${c.id}`] = i === 0 ? total - each * (cats.length - 1) : each; });
    }
  }
  return v;
}
const inputId = (key: string) => `f-${key.replace(/\./g, '--')}`;

/** Two consecutive quarters where the demo organisation has nothing yet (created if need be). */
async function choosePeriods(admin: Session, submitter: Session): Promise<[string, string]> {
  const mine = await call(submitter, 'GET', `/api/orgs/${ORG}/returns`);
  const status = new Map<string, { status: string; locked: boolean }>((mine.body.periods as { period: { id: string; locked: boolean }; status: string }[]).map((p) => [p.period.id, { status: p.status, locked: p.period.locked }]));
  const free = (id: string) => !status.has(id) || (status.get(id)!.status === 'not-started' && !status.get(id)!.locked);
  for (let y = 2023; y >= 2015; y--) {
    for (let q = 4; q >= 2; q--) {
      const prev = `${y}-${String((y + 1) % 100).padStart(2, '0')}-q${q - 1}`;
      const cur = `${y}-${String((y + 1) % 100).padStart(2, '0')}-q${q}`;
      if (!free(prev) || !free(cur)) continue;
      for (const id of [prev, cur]) {
        if (status.has(id)) continue;
        const r = await call(admin, 'POST', '/api/periods', { id });
        expect(r.status).toBe(201);
      }
      return [prev, cur];
    }
  }
  throw new Error('no free pair of periods');
}

// ------------------------------------------------------------------ keyboard helpers (no click, no fill)
const active = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || '');
async function tabTo(page: Page, id: string, max = 600) {
  for (let i = 0; i < max; i++) {
    if ((await active(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach #${id} with Tab`);
}
async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}
/** Tab through the page; in each field named in `values`, type its value. Stops on the element with id `stop`. */
async function fillByTab(page: Page, values: Record<string, string>, stopSelector: string) {
  const want = new Map(Object.entries(values).map(([k, v]) => [inputId(k), v]));
  for (let i = 0; i < 1200; i++) {
    await page.keyboard.press('Tab');
    const id = await active(page);
    if (want.has(id)) { await page.keyboard.type(want.get(id)!); want.delete(id); }
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, stopSelector)) break;
  }
  expect([...want.keys()]).toEqual([]);
}
async function noViolations(page: Page, where: string) {
  expect(await axe(page), where).toEqual([]);
}
async function signInByKeyboard(ctx: BrowserContext, email: string, lang: 'cy' | 'en'): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${HUB_URL}${lang === 'cy' ? '/cy/mewngofnodi/' : '/en/sign-in/'}`);
  await typeInto(page, 'email', email);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-done]:not([hidden])');
  const out = (await (await fetch(`${HUB_URL}/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { messages: { text: string }[] };
  const link = /(https?:\/\/\S+#token=[A-Za-z0-9_-]+)/.exec(out.messages[0]!.text)![1]!;
  await page.goto(link.replace(/^https?:\/\/[^/]+/, HUB_URL));
  await page.keyboard.press('Tab');
  for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.closest('form[data-form="confirm"]') !== null)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/(cyfrif|account)\/$/);
  return page;
}

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
  const s = await call(submitter, 'POST', `/api/orgs/${ORG}/returns/${prev}/submit`, { rev: d.body.rev, declaration: { name: 'Siân Prys', confirmed: true } }, { 'Idempotency-Key': `prev-${Date.now()}` });
  expect(s.status, JSON.stringify(s.body)).toBe(201);
  const a = await call(analyst, 'POST', `/api/national/returns/${ORG}/${prev}/review`, { version: 1, decision: 'accept' });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
}, 60_000);
afterAll(async () => { await browser?.close(); });

describe('quarterly return journey', () => {
  it('submitter (Welsh, keyboard) → analyst returns → submitter amends → analyst accepts; axe clean throughout', async () => {
    const [, cur] = periods;
    const errors: string[] = [];
    const watch = (p: Page) => p.on('pageerror', (e) => errors.push(String(e))).on('console', (m) => { if (process.env.DEBUG_RUI) console.log('[console]', m.type(), m.text()); if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });

    // ---- submitter, in Welsh, keyboard only
    const subCtx = await browser.newContext();
    let sub = await signInByKeyboard(subCtx, SUBMITTER, 'cy');
    watch(sub);
    await sub.goto(`${HUB_URL}/cy/ffurflenni/`);
    await sub.waitForSelector(`tr[data-period="${cur}"]`, { timeout: 10_000 }).catch(async (e) => { console.log(errors); throw e; });
    expect(await sub.textContent(`tr[data-period="${cur}"]`)).toContain('Heb ddechrau');
    expect(await sub.textContent(`tr[data-period="${periods[0]}"]`)).toContain("Wedi'i derbyn");
    await noViolations(sub, 'cy returns list');
    // Follow the link to this quarter's form with Tab and Enter.
    for (let i = 0; i < 100; i++) {
      await sub.keyboard.press('Tab');
      if (await sub.evaluate((p) => (document.activeElement as HTMLAnchorElement | null)?.href?.includes(`period=${p}`) ?? false, cur)) break;
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
    await sub.keyboard.type('Mae meddygfa newydd yn y clwstwr wedi dechrau atgyfeirio atom ym mis Gorffennaf.');
    await typeInto(sub, inputId(genderFirst), String(good[genderFirst]));
    await typeInto(sub, inputId('what-matters-conversations-welsh'), '20');
    for (let i = 0; i < 400 && !(await sub.evaluate(() => document.activeElement?.matches('button[data-continue]') ?? false)); i++) await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');

    // Check and submit with the declaration.
    await sub.waitForSelector('[data-check]:not([hidden])');
    expect(await active(sub)).toBe('check-title');
    expect(await sub.textContent('[data-check-body]')).toContain('Mae meddygfa newydd');
    await noViolations(sub, 'cy check and submit');
    // Submitting without the declaration is refused.
    await tabTo(sub, 'declName');
    for (let i = 0; i < 10 && !(await sub.evaluate(() => document.activeElement?.matches('[data-submit-button]') ?? false)); i++) await sub.keyboard.press('Tab');
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
    for (let i = 0; i < 400 && !(await sub.evaluate(() => document.activeElement?.matches('button[data-continue]') ?? false)); i++) await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForSelector('[data-check]:not([hidden])');
    await typeInto(sub, 'declName', 'Siân Prys');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Space');
    await sub.keyboard.press('Tab');
    await sub.keyboard.press('Enter');
    await sub.waitForURL(/\/cy\/ffurflenni\/cadarnhad\/\?/);
    await sub.waitForSelector('[data-body]:not([hidden])');
    expect((await sub.textContent('[data-reference]'))!.trim()).toMatch(/^SP-.*-v2$/);

    // History: both versions, and what changed between them.
    await sub.goto(`${HUB_URL}/cy/ffurflenni/hanes/?org=${ORG}&period=${cur}`);
    await sub.waitForSelector('[data-diff] table');
    expect(await sub.locator('[data-versions] tr').count()).toBe(2);
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
    await an.goto(`${HUB_URL}/cy/tim-cenedlaethol/cyfansymiau/`);
    await an.waitForSelector('[data-body]:not([hidden])');
    await noViolations(an, 'cy totals');
    await an.goto(`${HUB_URL}/cy/data-agored/`);
    await an.waitForSelector('[data-loading][hidden]', { state: 'attached' });
    await noViolations(an, 'cy open data');

    sub = await subCtx.newPage();
    await sub.goto(`${HUB_URL}/cy/ffurflenni/`);
    await sub.waitForSelector(`tr[data-period="${cur}"]`);
    expect(await sub.textContent(`tr[data-period="${cur}"]`)).toContain("Wedi'i derbyn");

    expect(errors).toEqual([]);
    await subCtx.close();
    await anCtx.close();
  }, 240_000);
});
