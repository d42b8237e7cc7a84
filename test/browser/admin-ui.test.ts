// The national team's admin pages in Chromium, signed in as the seeded admin: organisations
// (filter, add by keyboard, change), members, invitations, API keys (shown once, revoked),
// people and roles, the audit log; axe on every admin page in Welsh and English.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, HUB_URL, launch } from './browser.ts';

const ADMIN = 'gweinyddwr@demo.cymru';
let browser: Browser;
let admin: BrowserContext;
const stamp = Date.now();
let orgId = '';

type Mail = { messages: { text: string }[] };
async function outboxText(to: string): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const mail = (await (await fetch(`${HUB_URL}/api/dev/outbox?to=${encodeURIComponent(to)}`)).json()) as Mail;
    if (mail.messages[0]) return mail.messages[0].text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}
/** Signs someone in through the API (request, outbox, verify); returns their session cookie. */
async function apiSignIn(email: string): Promise<string> {
  const req = await fetch(`${HUB_URL}/api/auth/request`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: HUB_URL },
    body: JSON.stringify({ email, lang: 'cy' }),
  });
  expect(req.status).toBe(202);
  const token = /#token=([A-Za-z0-9_-]+)/.exec(await outboxText(email))![1]!;
  const res = await fetch(`${HUB_URL}/api/auth/verify`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: HUB_URL },
    body: JSON.stringify({ token }),
  });
  expect(res.status).toBe(200);
  return /(sphub_session=[^;]*)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
}
/** Opens an admin page and waits until the script has loaded its data. */
async function open(page: Page, path: string) {
  await page.goto(HUB_URL + path);
  await page.waitForSelector(
    '[data-state="ready"]:not([hidden]), [data-state="forbidden"]:not([hidden]), [data-state="missing"]:not([hidden])',
  );
}
async function tabTo(page: Page, selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-form') || document.activeElement?.tagName);

beforeAll(async () => {
  browser = await launch();
  admin = await browser.newContext();
  const page = await admin.newPage();
  await page.goto(HUB_URL + '/cy/mewngofnodi/');
  await page.fill('#email', ADMIN);
  await page.click('form[data-form="sign-in"] button');
  await page.waitForSelector('[data-done]:not([hidden])');
  await page.goto(HUB_URL + '/cy/mewngofnodi/blwch-negeseuon/');
  const link = page.locator(`article:has-text("${ADMIN}") a`).first();
  await link.waitFor();
  await page.goto((await link.getAttribute('href'))!);
  await page.click('form[data-form="confirm"] button');
  await page.waitForURL(HUB_URL + '/cy/cyfrif/');
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

describe('national team admin pages, in Welsh', () => {
  it('filters organisations by health board and adds one by keyboard alone', async () => {
    const page = await admin.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await open(page, '/cy/tim-cenedlaethol/sefydliadau/');
    expect(await page.locator('[data-org-rows] tr').count()).toBeGreaterThanOrEqual(14);

    // Filter (keyboard): choose Powys's health board and apply.
    await page.focus('#filter-hb');
    await page.keyboard.type('Bwrdd Iechyd Addysgu Powys');
    expect(await page.inputValue('#filter-hb')).toBe('pthb');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-org-rows] tr')].every((tr) => tr.textContent!.includes('Powys')));
    const powys = await page.locator('[data-org-rows] tr').count();
    expect(powys).toBeGreaterThanOrEqual(2);
    expect(powys).toBeLessThan(14);
    expect(page.url()).toContain('healthBoard=pthb');
    await page.waitForFunction(() => /sefydliad/.test(document.querySelector('[data-org-count]')!.textContent ?? ''));
    expect(await axe(page)).toEqual([]);

    // Submitting the empty form: the error summary takes focus, in Welsh; its link leads to the field.
    await page.focus('#nameCy');
    await tabTo(page, 'form[data-form="org-create"] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-error-summary]:not([hidden])');
    expect(await focused(page)).toBe('DIV');
    expect(await page.textContent('[data-error-summary] h2')).toBe('Mae problem');
    // The field's message starts with a visually hidden "Gwall:" for screen readers (GOV.UK's pattern).
    expect(await page.textContent('#nameCy-error')).toBe("Gwall: Mae angen llenwi'r maes hwn.");
    expect(await page.getAttribute('#nameCy', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#nameCy', 'aria-describedby')).toContain('nameCy-error');
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('nameCy');

    // Fill it in by keyboard: the local authorities and clusters follow the health board.
    await page.keyboard.type(`Cyfeillion Gweinyddu ${stamp}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Admin Friends ${stamp}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sefydliad trydydd sector');
    expect(await page.inputValue('#type')).toBe('third-sector');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('healthBoard');
    await page.keyboard.type('Bwrdd Iechyd Prifysgol Hywel Dda');
    expect(await page.inputValue('#healthBoard')).toBe('hduhb');
    expect(await page.textContent('[data-region-hint]')).toContain('Gorllewin Cymru');
    const las = await page.$$eval('#localAuthority option:not([hidden])', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(las.sort()).toEqual(['', 'carmarthenshire', 'ceredigion', 'pembrokeshire']);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ceredigion');
    expect(await page.inputValue('#localAuthority')).toBe('ceredigion');
    const visibleClusters = await page.locator('.govuk-checkboxes__item:not([hidden])').count();
    expect(visibleClusters).toBeGreaterThan(0);
    expect(visibleClusters).toBeLessThan(await page.locator('.govuk-checkboxes__item').count());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // the first cluster of Hywel Dda
    const cluster = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await tabTo(page, 'form[data-form="org-create"] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-org-created]:not([hidden])');
    expect(await page.textContent('[data-org-created-text]')).toBe(`Ychwanegwyd Cyfeillion Gweinyddu ${stamp}.`);
    expect(await focused(page)).toBe('DIV');
    // It lies in Hywel Dda, so the Powys filter still leaves it out of the list.
    expect(await page.locator(`[data-org-rows] a:has-text("Cyfeillion Gweinyddu ${stamp}")`).count()).toBe(0);
    expect(await axe(page)).toEqual([]);

    // On to the new organisation's page, still by keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cy\/tim-cenedlaethol\/sefydliadau\/sefydliad\/\?id=/);
    orgId = new URL(page.url()).searchParams.get('id')!;
    await page.waitForSelector('[data-state="ready"]:not([hidden])');
    expect(await page.textContent('h1')).toBe(`Cyfeillion Gweinyddu ${stamp}`);
    expect(await page.textContent('[data-org="localAuthority"]')).toBe('Ceredigion');
    expect(await page.textContent('[data-org="region"]')).toBe('Gorllewin Cymru');
    expect(await page.isChecked(`form[data-form="org-edit"] input[value="${cluster}"]`)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes the organisation, with API errors shown in Welsh', async () => {
    const page = await admin.newPage();
    await open(page, '/cy/tim-cenedlaethol/sefydliadau/?healthBoard=hduhb');
    expect(await page.inputValue('#filter-hb')).toBe('hduhb');
    await page.click(`[data-org-rows] a:has-text("Cyfeillion Gweinyddu ${stamp}")`);
    await page.waitForSelector('[data-state="ready"]:not([hidden])');
    expect(page.url()).toContain(orgId);
    expect(await axe(page)).toEqual([]);
    await page.fill('#edit-nameCy', '');
    await page.click('form[data-form="org-edit"] button[type="submit"]');
    await page.waitForSelector('[data-error-summary]:not([hidden])');
    expect(await page.textContent('[data-error-summary] li')).toBe("Mae angen llenwi'r maes hwn.");
    expect(await page.getAttribute('[data-error-summary] li a', 'href')).toBe('#edit-nameCy');
    expect(await axe(page)).toEqual([]);

    await page.fill('#edit-nameCy', `Cyfeillion Newydd ${stamp}`);
    await page.selectOption('#edit-healthBoard', 'pthb');
    expect(await page.inputValue('#edit-localAuthority')).toBe(''); // Ceredigion is not in Powys
    await page.selectOption('#edit-localAuthority', 'powys');
    await page.click('form[data-form="org-edit"] button[type="submit"]');
    await page.waitForSelector('form[data-form="org-edit"] [data-saved]:not([hidden])');
    expect(await page.isHidden('[data-error-summary]')).toBe(true);
    expect(await page.textContent('h1')).toBe(`Cyfeillion Newydd ${stamp}`);
    expect(await page.textContent('[data-org="healthBoard"]')).toBe('Bwrdd Iechyd Addysgu Powys');
    expect(await page.textContent('[data-org="region"]')).toBe('Powys');
    expect(await page.textContent('[data-org="clusters"]')).toBe('Dim'); // Hywel Dda's cluster went with the health board
    await page.reload();
    await page.waitForSelector('[data-state="ready"]:not([hidden])');
    expect(await page.inputValue('#edit-nameCy')).toBe(`Cyfeillion Newydd ${stamp}`);
    await page.close();
  });

  it('creates an API key that is shown once, then revokes it after confirmation', async () => {
    const page = await admin.newPage();
    await open(page, `/cy/tim-cenedlaethol/sefydliadau/sefydliad/?id=${orgId}`);
    await page.click('form[data-form="key-create"] button[type="submit"]');
    await page.waitForSelector('[data-error-summary]:not([hidden])');
    expect(await page.textContent('#key-name-error')).toBeTruthy();
    await page.fill('#key-name', 'System rheoli achosion');
    await page.click('form[data-form="key-create"] button[type="submit"]');
    await page.waitForSelector('[data-key-new]:not([hidden])');
    const key = await page.inputValue('#key-new-value');
    expect(key).toMatch(/^sph_[A-Za-z0-9_-]{20,}$/);
    expect(await page.getAttribute('#key-new-value', 'readonly')).not.toBeNull();
    expect(await page.textContent('[data-key-new]')).toContain("Dyma'r unig dro y bydd yn cael ei dangos");
    expect(await focused(page)).toBe('DIV');
    await page.waitForSelector(`[data-key-rows] tr:has-text("${key.slice(0, 12)}")`);
    expect(await axe(page)).toEqual([]);
    // The key works for the organisation's own API.
    expect((await fetch(`${HUB_URL}/api/orgs/${orgId}`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);

    // After a reload only the prefix is left.
    await page.reload();
    await page.waitForSelector('[data-state="ready"]:not([hidden])');
    await page.waitForSelector(`[data-key-rows] tr:has-text("${key.slice(0, 12)}…")`);
    expect(await page.isHidden('[data-key-new]')).toBe(true);
    expect(await page.inputValue('#key-new-value')).toBe('');
    expect(await page.content()).not.toContain(key);
    const row = page.locator(`[data-key-rows] tr:has-text("${key.slice(0, 12)}")`);
    expect(await row.textContent()).toContain('Gweithredol');
    expect(await row.textContent()).toMatch(
      /\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4} am \d\d:\d\d/,
    );

    // Revoke: first a confirmation (cancel puts focus back), then the real thing.
    const revoke = row.locator('button[data-revoke]');
    expect(await revoke.textContent()).toBe(`Dirymu (System rheoli achosion, ${key.slice(0, 12)})`);
    await revoke.click();
    await page.waitForSelector('[data-confirm]');
    expect(await page.textContent('[data-confirm]')).toContain('Ni ellir dadwneud hyn');
    expect(await axe(page)).toEqual([]);
    await page.click('[data-confirm] button:not([data-confirm-yes])');
    expect(await page.locator('[data-confirm]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-revoke'))).toBe(true);
    expect((await fetch(`${HUB_URL}/api/orgs/${orgId}`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
    await revoke.click();
    // Not ticking the box: a real error message on the box and in the summary, and nothing revoked.
    await page.click('[data-confirm-yes]');
    await page.waitForSelector('[data-error-summary]:not([hidden])');
    expect(await page.textContent('[data-error-summary] li')).toBe("Ticiwch y blwch os ydych chi'n siŵr eich bod am ddirymu'r allwedd");
    expect(await page.getAttribute('[data-error-summary] li a', 'href')).toBe('#confirm-check');
    expect(await page.textContent('#confirm-check-error')).toContain("Ticiwch y blwch os ydych chi'n siŵr");
    expect(await page.getAttribute('#confirm-check', 'aria-invalid')).toBe('true');
    expect(await axe(page)).toEqual([]);
    expect((await fetch(`${HUB_URL}/api/orgs/${orgId}`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
    await page.check('#confirm-check');
    await page.click('[data-confirm-yes]');
    await page.waitForFunction(
      (p) =>
        [...document.querySelectorAll('[data-key-rows] tr')].some(
          (tr) => tr.textContent!.includes(p) && tr.textContent!.includes('dirymu'),
        ),
      key.slice(0, 12),
    );
    await page.waitForFunction(() => /Dirymwyd yr allwedd/.test(document.querySelector('[data-done-banner]')?.textContent ?? ''));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-done-banner'))).toBe(true);
    expect(await page.isHidden('[data-error-summary]')).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(await page.locator('[data-key-rows] button[data-revoke]').count()).toBe(0);
    expect((await fetch(`${HUB_URL}/api/orgs/${orgId}`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(401);

    // The API keys page shows the same organisation's keys.
    await open(page, `/cy/tim-cenedlaethol/allweddi-api/?org=${orgId}`);
    await page.waitForSelector(`[data-key-rows] tr:has-text("${key.slice(0, 12)}")`);
    expect(await page.inputValue('#key-org')).toBe(orgId);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('invites a submitter, who becomes a member once signed in, and removes them', async () => {
    const page = await admin.newPage();
    await open(page, `/cy/tim-cenedlaethol/sefydliadau/sefydliad/?id=${orgId}`);
    expect(await page.isVisible('[data-members-none]')).toBe(true);
    await page.fill('#invite-email', 'dim-cyfeiriad');
    await page.click('form[data-form="invite-submitter"] button[type="submit"]');
    await page.waitForSelector('[data-error-summary]:not([hidden])');
    expect(await page.textContent('#invite-email-error')).toMatch(/gyfeiriad e-bost/);
    const email = `cyflwynydd-${stamp}@example.cymru`;
    await page.fill('#invite-email', email);
    await page.click('form[data-form="invite-submitter"] button[type="submit"]');
    await page.waitForSelector('form[data-form="invite-submitter"] [data-saved]:not([hidden])');
    expect(await page.isHidden('[data-error-summary]')).toBe(true);
    expect(await outboxText(email)).toContain(`Cyfeillion Newydd ${stamp}`);

    await apiSignIn(email); // accepts the invitation
    await page.reload();
    await page.waitForSelector(`[data-member-rows] tr:has-text("${email}")`);
    expect(await page.textContent(`[data-member-rows] tr:has-text("${email}")`)).toContain('Cyflwynydd ar ran sefydliad');
    expect(await axe(page)).toEqual([]);
    await page.click(`[data-member-rows] tr:has-text("${email}") button`);
    expect(await page.textContent('[data-confirm]')).toContain(
      `Ydych chi'n siŵr eich bod am dynnu ${email} o blith aelodau Cyfeillion Newydd ${stamp}?`,
    );
    await page.check('#confirm-check');
    await page.click('[data-confirm-yes]');
    await page.waitForSelector('[data-members-none]:not([hidden])');
    await page.waitForFunction(() => /Tynnwyd/.test(document.querySelector('[data-done-banner]')?.textContent ?? ''));
    await page.close();
  });

  it('gives, changes and removes a national role, and invites an analyst', async () => {
    const page = await admin.newPage();
    await open(page, '/cy/tim-cenedlaethol/pobl/');
    expect(await page.textContent(`[data-person="${ADMIN}"]`)).toContain('(chi)');
    expect(await page.locator(`[data-person="${ADMIN}"] button`).count()).toBe(0); // no locking yourself out
    expect(await axe(page)).toEqual([]);

    const email = `tim-${stamp}@example.cymru`;
    await page.fill('#grant-email', email);
    await page.click('form[data-form="grant"] button[type="submit"]');
    await page.waitForSelector('[data-error-summary]:not([hidden])');
    expect(await page.textContent('#grant-email-error')).toBe(
      "Gwall: Nid oes neb wedi mewngofnodi gyda'r cyfeiriad hwn eto. Anfonwch wahoddiad yn lle hynny.",
    );
    expect(await axe(page)).toEqual([]);

    await apiSignIn(email);
    await page.reload();
    await page.waitForSelector('[data-state="ready"]:not([hidden])');
    await page.fill('#grant-email', email);
    await page.selectOption('#grant-role', 'analyst');
    await page.click('form[data-form="grant"] button[type="submit"]');
    await page.waitForSelector(`[data-person="${email}"]`);
    expect(await page.textContent(`[data-person="${email}"]`)).toContain('Dadansoddwr cenedlaethol');

    const personRow = `[data-person="${email}"]`;
    await page.selectOption(`${personRow} select`, 'admin');
    await page.click(`${personRow} button[data-change-role]`);
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.querySelector('td:nth-of-type(3)')?.textContent === 'Gweinyddwr cenedlaethol',
      personRow,
    );
    await page.waitForFunction(() => /Newidiwyd rôl/.test(document.querySelector('[data-people-status]')!.textContent ?? ''));
    const role = (await (await fetch(`${HUB_URL}/api/auth/me`, { headers: { Cookie: await apiSignIn(email) } })).json()) as {
      user: { nationalRole: string };
    };
    expect(role.user.nationalRole).toBe('admin');

    await page.click(`${personRow} button[data-remove-role]`);
    expect(await page.textContent('[data-confirm]')).toContain(`Ydych chi'n siŵr eich bod am dynnu rôl genedlaethol ${email}?`);
    await page.check('#confirm-check');
    await page.click('[data-confirm-yes]');
    await page.waitForFunction((sel) => !document.querySelector(sel), personRow);

    const invitee = `dadansoddwr-${stamp}@example.cymru`;
    await page.fill('#invite-email', invitee);
    await page.selectOption('#invite-role', 'analyst');
    await page.click('form[data-form="invite-national"] button[type="submit"]');
    await page.waitForSelector('form[data-form="invite-national"] [data-saved]:not([hidden])');
    expect(await outboxText(invitee)).toMatch(/dadansoddwr|analyst/i);
    // The invitation waits in the list until withdrawn.
    const inv = `[data-invitation="${invitee}"]`;
    await page.waitForSelector(inv);
    expect(await page.textContent(inv)).toContain('Dadansoddwr cenedlaethol');
    expect(await axe(page)).toEqual([]);
    await page.click(`${inv} button`);
    expect(await page.textContent('[data-confirm]')).toContain(`dynnu'r gwahoddiad i ${invitee} yn ôl`);
    await page.check('#confirm-check');
    await page.click('[data-confirm-yes]');
    await page.waitForFunction((sel) => !document.querySelector(sel), inv);
    await page.waitForFunction(() => /Tynnwyd y gwahoddiad/.test(document.querySelector('[data-done-banner]')?.textContent ?? ''));
    await page.close();
  });

  it('shows the audit log newest first, filtered to one organisation', async () => {
    const page = await admin.newPage();
    await open(page, `/cy/tim-cenedlaethol/log-archwilio/?entityType=organisation&entityId=${orgId}`);
    expect(await page.inputValue('#audit-type')).toBe('organisation');
    const actions = await page.$$eval('[data-audit-rows] tr [data-action]', (cs) => cs.map((c) => c.getAttribute('data-action')));
    expect(actions).toEqual(['organisation.update', 'organisation.create']);
    // Shown as words in Welsh, not as codes.
    expect(await page.$$eval('[data-audit-rows] tr td:nth-of-type(1)', (cs) => cs.map((c) => c.textContent))).toEqual([
      'Newidiwyd manylion sefydliad',
      'Ychwanegwyd sefydliad',
    ]);
    expect(await page.textContent('[data-audit-rows] tr:first-child td:nth-of-type(2)')).toBe(`Sefydliad: Cyfeillion Newydd ${stamp}`);
    await page.click('[data-audit-rows] tr:first-child summary');
    expect(await page.textContent('[data-audit-rows] tr:first-child details')).toContain(`Cyfeillion Newydd ${stamp}`);
    expect(await page.textContent('[data-audit-rows] tr:first-child td:nth-of-type(3)')).toBe(ADMIN);
    expect(await axe(page)).toEqual([]);

    // One entry a page: older entries come on request, and focus moves to the first of them.
    await open(page, `/cy/tim-cenedlaethol/log-archwilio/?entityType=organisation&entityId=${orgId}&limit=1`);
    expect(await page.locator('[data-audit-rows] tr').count()).toBe(1);
    await page.click('[data-audit-more]');
    await page.waitForFunction(() => document.querySelectorAll('[data-audit-rows] tr').length === 2);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('[data-audit-rows] tr:nth-child(2) th'))).toBe(true);
    expect(await page.isHidden('[data-audit-more]')).toBe(true);
    expect(await page.getAttribute('[data-audit-rows] tr:nth-child(2) [data-action]', 'data-action')).toBe('organisation.create');

    await page.selectOption('#audit-type', 'api_key');
    await page.fill('#audit-id', '');
    await page.click('form[data-form="audit-filter"] button');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-audit-rows] tr [data-action]')].every((c) =>
        c.getAttribute('data-action')!.startsWith('api-key.'),
      ),
    );
    expect(
      await page.$$eval('[data-audit-rows] tr [data-action]', (cs) => cs.slice(0, 2).map((c) => c.getAttribute('data-action'))),
    ).toEqual(['api-key.revoke', 'api-key.create']);
    await page.close();
  });
});

describe('every admin page in both languages', () => {
  const pages = {
    cy: [
      '/cy/tim-cenedlaethol/',
      '/cy/tim-cenedlaethol/sefydliadau/',
      '/cy/tim-cenedlaethol/sefydliadau/sefydliad/?id=ORG',
      '/cy/tim-cenedlaethol/pobl/',
      '/cy/tim-cenedlaethol/allweddi-api/',
      '/cy/tim-cenedlaethol/allweddi-api/?org=ORG',
      '/cy/tim-cenedlaethol/log-archwilio/',
    ],
    en: [
      '/en/national-team/',
      '/en/national-team/organisations/',
      '/en/national-team/organisations/organisation/?id=ORG',
      '/en/national-team/people/',
      '/en/national-team/api-keys/',
      '/en/national-team/api-keys/?org=ORG',
      '/en/national-team/audit-log/',
    ],
  };
  for (const lang of ['cy', 'en'] as const) {
    it(`has no axe violations and links each page to its twin, in ${lang}`, async () => {
      const page = await admin.newPage();
      const id = orgId || '00000000-0000-4000-b000-000000000001';
      for (const [i, p] of pages[lang].entries()) {
        const path = p.replace('ORG', id);
        if (i === 0) {
          await page.goto(HUB_URL + path);
          await page.waitForSelector('[data-admin-body]:not([hidden])');
        } else {
          await open(page, path);
          expect(await page.isVisible('[data-state="ready"]'), path).toBe(true);
        }
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        const twin = await page.getAttribute(`header a[hreflang="${lang === 'cy' ? 'en' : 'cy'}"]`, 'href');
        expect(twin!.split('?')[0]).toBe(pages[lang === 'cy' ? 'en' : 'cy'][i]!.split('?')[0]);
        expect(await axe(page), path).toEqual([]);
      }
      // The English pages speak English.
      if (lang === 'en') {
        await open(page, `/en/national-team/organisations/organisation/?id=${id}`);
        expect(await page.textContent('#keys-title')).toBe('API keys');
        await page.fill('#key-name', '');
        await page.click('form[data-form="key-create"] button[type="submit"]');
        await page.waitForSelector('[data-error-summary]:not([hidden])');
        expect(await page.textContent('[data-error-summary] h2')).toBe('There is a problem');
        expect(await page.textContent('#key-name-error')).toBe('Error: This field is required.');
      }
      await page.close();
    });
  }

  it('lets a national analyst read organisations and the audit log, but change nothing', async () => {
    const cookie = await apiSignIn('dadansoddwr@demo.cymru');
    const [name, value] = cookie.split('=') as [string, string];
    const ctx = await browser.newContext();
    await ctx.addCookies([{ name, value, url: HUB_URL }]);
    const page = await ctx.newPage();
    const id = orgId || '00000000-0000-4000-b000-000000000001';
    await open(page, `/en/national-team/organisations/organisation/?id=${id}`);
    expect(await page.isVisible('[data-state="ready"]')).toBe(true);
    expect(await page.isVisible('[data-read-only]')).toBe(true);
    expect(await page.isHidden('form[data-form="org-edit"]')).toBe(true);
    expect(await page.isHidden('[data-keys]')).toBe(true);
    expect(await page.locator('[data-member-rows] button').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await open(page, '/en/national-team/organisations/');
    expect(await page.isHidden('form[data-form="org-create"]')).toBe(true);
    expect(await page.locator('[data-org-rows] tr').count()).toBeGreaterThanOrEqual(14);
    await open(page, '/en/national-team/audit-log/');
    expect(await page.isVisible('[data-state="ready"]')).toBe(true);
    expect(await page.locator('[data-audit-rows] tr').count()).toBeGreaterThan(0);
    for (const path of ['/en/national-team/people/', '/cy/tim-cenedlaethol/allweddi-api/']) {
      await open(page, path);
      expect(await page.isVisible('[data-state="forbidden"]'), path).toBe(true);
    }
    expect(await page.textContent('[data-state="forbidden"]')).toContain('Dim ond gweinyddwyr cenedlaethol');
    await ctx.close();
  });

  it('shows a missing organisation plainly, and turns away people who are not signed in', async () => {
    const page = await admin.newPage();
    await open(page, '/en/national-team/organisations/organisation/?id=00000000-0000-4000-b000-999999999999');
    expect(await page.isVisible('[data-state="missing"]')).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.close();
    const anon = await (await browser.newContext()).newPage();
    for (const path of ['/cy/tim-cenedlaethol/sefydliadau/', '/en/national-team/people/', '/en/national-team/audit-log/']) {
      await open(anon, path);
      expect(await anon.isVisible('[data-state="forbidden"]'), path).toBe(true);
      expect(await anon.locator('[data-org-rows] tr, [data-people-rows] tr, [data-audit-rows] tr').count()).toBe(0);
    }
    expect(await axe(anon)).toEqual([]);
    await anon.close();
  });
});
