// The national team's admin pages, journey details of issues 11 and 14:
// - removing something (here, archiving an organisation) by keyboard alone: not ticking the
//   box is a GOV.UK error with a real message; once done, a success banner takes focus;
// - the audit log reads as words in each language: action labels, records and people by
//   name, a person who has since erased their account described, dates with times, no ids;
// - the national navigation lists exactly the pages the Worker lets each national role use.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, HUB_URL, launch } from './browser.ts';
import { ADMIN, ANALYST, apiSignIn, call, type Session } from './returns-helpers.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const stamp = Date.now();
let browser: Browser;
let admin: Session;

async function contextFor(s: Session): Promise<BrowserContext> {
  const ctx = await browser.newContext();
  await ctx.addCookies(
    s.cookie.split('; ').map((c) => {
      const [name = '', value = ''] = c.split('=');
      return { name, value, url: HUB_URL };
    }),
  );
  return ctx;
}
async function open(page: Page, path: string) {
  await page.goto(HUB_URL + path);
  await page.waitForSelector(
    '[data-state="ready"]:not([hidden]), [data-state="forbidden"]:not([hidden]), [data-state="missing"]:not([hidden])',
  );
}
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
const isFocused = (page: Page, selector: string) => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);

beforeAll(async () => {
  browser = await launch();
  admin = await apiSignIn(ADMIN);
});
afterAll(async () => {
  await browser?.close();
});

const text = {
  cy: {
    page: '/cy/tim-cenedlaethol/sefydliadau/sefydliad/',
    required: "Ticiwch y blwch os ydych chi'n siŵr eich bod am archifo'r sefydliad",
    done: (org: string) => `Archifwyd ${org}.`,
    archived: "Wedi'i archifo",
    summary: 'Mae problem',
  },
  en: {
    page: '/en/national-team/organisations/organisation/',
    required: 'Tick the box if you are sure you want to archive the organisation',
    done: (org: string) => `${org} has been archived.`,
    archived: 'Archived',
    summary: 'There is a problem',
  },
} as const;

describe('archiving an organisation, by keyboard alone', () => {
  for (const lang of ['cy', 'en'] as const) {
    it(`asks for the box to be ticked, then confirms with a banner, in ${lang}`, async () => {
      const body = { nameCy: `Archif ${lang} ${stamp}`, nameEn: `Archive ${lang} ${stamp}`, type: 'other', healthBoard: 'pthb' };
      const made = await call(admin, 'POST', '/api/admin/organisations', body);
      expect(made.status).toBe(201);
      const id = made.body.organisation.id as string;
      const name = lang === 'cy' ? body.nameCy : body.nameEn;
      const ctx = await contextFor(admin);
      const page = await ctx.newPage();
      await open(page, `${text[lang].page}?id=${id}`);

      await tabTo(page, '[data-archive]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-confirm]');
      expect(await isFocused(page, '[data-confirm]')).toBe(true);
      expect(await page.textContent('[data-confirm]')).toContain(name);
      expect(await axe(page)).toEqual([]);

      // Straight to the warning button without ticking the box.
      await tabTo(page, '[data-confirm-yes]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-error-summary]:not([hidden])');
      expect(await isFocused(page, '[data-error-summary]')).toBe(true);
      expect(await page.textContent('[data-error-summary] h2')).toBe(text[lang].summary);
      expect(await page.textContent('[data-error-summary] li')).toBe(text[lang].required);
      expect(await page.textContent('#confirm-check-error')).toContain(text[lang].required);
      expect(await axe(page)).toEqual([]);
      expect((await call(admin, 'GET', `/api/admin/organisations/${id}`)).body.organisation.archivedAt).toBeNull();

      // The summary's link leads to the box; Space ticks it; the warning button does it.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await isFocused(page, '#confirm-check')).toBe(true);
      await page.keyboard.press('Space');
      await tabTo(page, '[data-confirm-yes]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-done-banner]');
      expect(await isFocused(page, '[data-done-banner]')).toBe(true);
      expect(await page.textContent('[data-done-banner] .govuk-notification-banner__heading')).toBe(text[lang].done(name));
      expect(await page.isHidden('[data-error-summary]')).toBe(true);
      expect(await page.locator('[data-confirm]').count()).toBe(0);
      expect(await page.textContent('[data-org="status"]')).toBe(text[lang].archived);
      expect(await page.isHidden('[data-archive]')).toBe(true);
      expect(await page.isHidden('form[data-form="org-edit"]')).toBe(true);
      expect(await axe(page)).toEqual([]);
      expect((await call(admin, 'GET', `/api/admin/organisations/${id}`)).body.organisation.archivedAt).toBeGreaterThan(0);
      await ctx.close();
    });
  }
});

describe('the audit log in words', () => {
  it('labels actions and names records and people in each language, with dates and times and no ids', async () => {
    const body = { nameCy: `Cofnod ${stamp}`, nameEn: `Record ${stamp}`, type: 'other', healthBoard: 'pthb' };
    expect((await call(admin, 'POST', '/api/admin/organisations', body)).status).toBe(201);
    const ctx = await contextFor(admin);
    const page = await ctx.newPage();
    for (const [lang, path, orgWord, dateTime] of [
      ['cy', '/cy/tim-cenedlaethol/log-archwilio/', 'Sefydliad: ', / \d{4} am \d\d:\d\d$/],
      ['en', '/en/national-team/audit-log/', 'Organisation: ', / \d{4} at \d\d:\d\d$/],
    ] as const) {
      await open(page, `${path}?entityType=organisation`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const cells = await page.$$eval('[data-audit-rows] tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 4).map((c) => c.textContent ?? '')),
      );
      expect(cells.length).toBeGreaterThan(0);
      for (const [when, action, record, by] of cells) {
        expect(when).toMatch(dateTime);
        expect(action).not.toMatch(/^organisation\./);
        expect(record!.startsWith(orgWord)).toBe(true);
        expect(`${record} ${by}`).not.toMatch(UUID);
      }
      expect(await axe(page)).toEqual([]);
    }
    await ctx.close();
  });

  it('describes a person who has since erased their account', async () => {
    const email = `dileu-${stamp}@example.cymru`;
    const gone = await apiSignIn(email);
    const me = await call(gone, 'GET', '/api/auth/me');
    const userId = me.body.user.id as string;
    expect((await call(gone, 'DELETE', '/api/account')).status).toBe(204);
    const ctx = await contextFor(admin);
    const page = await ctx.newPage();
    await open(page, `/cy/tim-cenedlaethol/log-archwilio/?entityType=user&entityId=${userId}`);
    const erasure = page.locator('[data-audit-rows] tr:has([data-action="user.delete"])');
    expect(await erasure.locator('td:nth-of-type(1)').textContent()).toBe('Dilëwyd cyfrif');
    expect(await erasure.locator('td:nth-of-type(2)').textContent()).toBe('Defnyddiwr: rhywun sydd wedi dileu eu cyfrif ers hynny');
    expect(await erasure.locator('td:nth-of-type(3)').textContent()).toBe('Rhywun sydd wedi dileu eu cyfrif ers hynny');
    expect(await page.textContent('[data-audit-rows]')).not.toContain(email);
    expect(await axe(page)).toEqual([]);
    await open(page, `/en/national-team/audit-log/?entityType=user&entityId=${userId}`);
    expect(await page.locator('[data-audit-rows] tr:has([data-action="user.delete"]) td:nth-of-type(3)').textContent()).toBe(
      'A person who has since erased their account',
    );
    expect(await axe(page)).toEqual([]);
    await ctx.close();
  });
});

describe('national navigation by role, against the Worker', () => {
  // Each national page and an API call it cannot work without (ORG: an organisation's id).
  const needs: Record<string, string> = {
    '/en/national-team/': '/api/admin/organisations',
    '/en/national-team/returns/': '/api/national/returns',
    '/en/national-team/completeness/': '/api/national/completeness',
    '/en/national-team/totals/': '/api/national/totals',
    '/en/national-team/skills-needs/': '/api/skills/needs',
    '/en/national-team/assets/': '/api/national/assets/picture',
    '/en/national-team/timeliness/': '/api/national/timeliness',
    '/en/national-team/organisations/': '/api/admin/organisations',
    '/en/national-team/people/': '/api/admin/users',
    '/en/national-team/api-keys/': '/api/admin/organisations/ORG/api-keys',
    '/en/national-team/audit-log/': '/api/admin/audit',
  };
  for (const [role, email] of [
    ['analyst', ANALYST],
    ['admin', ADMIN],
  ] as const) {
    it(`lists every national page a national ${role} may use and none other`, async () => {
      const s = role === 'admin' ? admin : await apiSignIn(email);
      const ctx = await contextFor(s);
      const page = await ctx.newPage();
      await open(page, '/en/national-team/audit-log/');
      const links = await page.$$eval('[data-national-nav] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const org = (await call(admin, 'GET', '/api/admin/organisations')).body.organisations[0].id as string;
      const allowed: string[] = [];
      for (const [path, api] of Object.entries(needs)) {
        const status = (await call(s, 'GET', api.replace('ORG', org))).status;
        expect(status, `${api} as ${role}`).not.toBe(401);
        if (status !== 403) allowed.push(path);
      }
      // The navigation is exactly the pages the Worker lets the role use.
      expect([...links].sort()).toEqual(allowed.sort());
      expect(allowed.length).toBe(role === 'admin' ? 11 : 9);
      if (role === 'analyst') expect(links.some((l) => /people|api-keys/.test(l))).toBe(false);
      // Each admin page in the navigation opens for the role rather than turning them away.
      for (const path of links.filter((l) => /organisations|people|api-keys|audit-log/.test(l))) {
        await open(page, path);
        expect(await page.isVisible('[data-state="ready"]'), path).toBe(true);
      }
      await ctx.close();
    });
  }
});
