// The self-assessment kept on the account, end to end in Chromium: sign in through the
// outbox as the seeded practitioner, save the browser draft to the account, see it in the
// history, create a share link, open it in a fresh context as the supervisor and add a
// view, and see that view beside the practitioner's own. axe on every page.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCompetencies, draftKey, emptyAssessment } from '../../content/assessment/model.ts';
import { formatDateTime } from '../../content/datetime.ts';
import { currentFramework } from '../../content/index.ts';
import { axe, HUB_URL, launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page, email: string) {
  await page.goto(HUB_URL + '/en/sign-in/');
  await page.fill('#email', email);
  await page.click('form[data-form="sign-in"] button');
  await page.waitForSelector('[data-done]:not([hidden])', { timeout: 10_000 }).catch(async (e) => {
    throw new Error(`${e}\n${await page.locator('main').innerText()}`);
  });
  await page.goto(HUB_URL + '/en/sign-in/outbox/');
  const link = page.locator(`article:has-text("${email}") a`).first();
  await link.waitFor();
  await page.goto((await link.getAttribute('href'))!);
  await page.click('form[data-form="confirm"] button');
  await page.waitForURL(/\/(account|cyfrif)\/$/);
}

// The seeded practitioner signs in once per file (sign-in links are limited per address).
type State = Awaited<ReturnType<import('playwright-core').BrowserContext['storageState']>>;
let practitioner: State | undefined;
async function practitionerContext() {
  if (practitioner) return browser.newContext({ storageState: practitioner });
  const ctx = await browser.newContext();
  await signIn(await ctx.newPage(), 'ymarferydd@demo.cymru');
  practitioner = await ctx.storageState();
  return ctx;
}

describe('assessment kept on the account', () => {
  it('saves, lists, shares, and shows the supervisor’s view beside the practitioner’s', async () => {
    const ctx = await practitionerContext();
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });

    // a finished browser draft
    const comps = allCompetencies(currentFramework);
    const a = emptyAssessment(currentFramework);
    comps.forEach((c, i) => (a.answers[c.id] = { held: (i % 4) + 1, needed: 3 }));
    await page.goto(HUB_URL + '/en/self-assessment/');
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [draftKey(currentFramework.version), JSON.stringify(a)]);
    await page.goto(HUB_URL + '/en/self-assessment/results/');
    await page.waitForSelector('#account-signed-in:not([hidden])');
    expect(await axe(page)).toEqual([]);
    await page.click('#account-save-button');
    await page.waitForSelector('#account-linked:not([hidden])');
    expect(await page.textContent('#sync-status')).toMatch(/Saved to your account/);

    // history
    await page.goto(HUB_URL + '/en/self-assessment/my-assessments/');
    await page.waitForSelector('#history-table');
    expect(await page.textContent('#history-table')).toContain(`${comps.length} of ${comps.length}`.split(' ')[0]!);
    expect(await axe(page)).toEqual([]);
    await page.click('#history-table tbody tr:first-child a');
    await page.waitForSelector('#share-form');
    expect(await axe(page)).toEqual([]);

    // share: an invalid number of days shows the error summary first
    await page.fill('#share-days', '120');
    await page.click('#share-form button[type=submit]');
    await page.waitForSelector('#error-summary:not([hidden])');
    expect(await page.getAttribute('#share-days', 'aria-invalid')).toBe('true');
    await page.fill('#share-days', '14');
    await page.fill('#share-name', 'Siân Supervisor');
    await page.click('#share-form button[type=submit]');
    await page.waitForSelector('#share-url');
    const url = await page.inputValue('#share-url');
    expect(url).toContain('#token=');
    expect(await axe(page)).toEqual([]);

    // the supervisor, in a fresh context (not signed in)
    const sup = await browser.newContext();
    const sp = await sup.newPage();
    await sp.goto(url);
    await sp.waitForSelector('#sup-form');
    expect(await axe(sp)).toEqual([]);
    const c0 = comps[0]!;
    await sp.selectOption(`#sup-${c0.id}`, '4');
    await sp.fill(`#sup-${c0.id}-comment`, 'Strong in practice');
    await sp.click('#sup-form button[type=submit]');
    await sp.waitForFunction(() => document.getElementById('sup-status')?.textContent?.length);
    const supRow = sp.locator('#sup-side-by-side tbody tr').first();
    expect(await supRow.locator('td').nth(0).textContent()).toContain(currentFramework.scale.find((l) => l.rank === 1)!.name.en);
    expect(await supRow.locator('td').nth(1).textContent()).toContain(currentFramework.scale.find((l) => l.rank === 4)!.name.en);
    expect(await axe(sp)).toEqual([]);
    await sup.close();

    // back with the practitioner: both views, side by side, never averaged
    await page.reload();
    await page.waitForSelector('#side-by-side');
    const head = await page.textContent('#side-by-side thead');
    expect(head).toContain('Siân Supervisor');
    const row = page.locator('#side-by-side tbody tr').first();
    expect(await row.locator('td').nth(0).textContent()).toBe(currentFramework.scale.find((l) => l.rank === 1)!.name.en);
    expect(await row.locator('td').nth(1).textContent()).toContain(currentFramework.scale.find((l) => l.rank === 4)!.name.en);
    expect(await row.locator('td').nth(1).textContent()).toContain('Strong in practice');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('compare, conflicts and the skills picture', () => {
  it('compares two saved assessments, refuses a stale save without overwriting, and shows analysts the suppressed picture', {
    timeout: 300_000,
  }, async () => {
    const ctx = await practitionerContext();
    const page = await ctx.newPage();
    const comps = allCompetencies(currentFramework);
    const mk = (held: number) => {
      const a = emptyAssessment(currentFramework);
      comps.forEach((c) => (a.answers[c.id] = { held, needed: 3 }));
      return a;
    };
    // two assessments on the account, straight through the API with the page's session
    await page.goto(HUB_URL + '/en/self-assessment/my-assessments/');
    const ids = await page.evaluate(
      async (drafts) => {
        const me = await (await fetch('/api/auth/me')).json();
        const out: string[] = [];
        for (const d of drafts) {
          const r = await fetch('/api/assessments', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
            body: JSON.stringify({ assessment: d }),
          });
          out.push((await r.json()).id);
          await new Promise((res) => setTimeout(res, 20));
        }
        return out;
      },
      [mk(1), mk(3)],
    );

    for (const [url, lang] of [
      [`/cy/hunanasesiad/cymharu/?a=${ids[0]}&b=${ids[1]}`, 'cy'],
      [`/en/self-assessment/compare/?a=${ids[0]}&b=${ids[1]}`, 'en'],
    ] as const) {
      await page.goto(HUB_URL + url);
      await page.waitForSelector('#compare-competencies');
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const firstMove = await page.locator('#compare-competencies tbody tr').first().locator('td').nth(2).textContent();
      expect(firstMove).toBe(lang === 'cy' ? 'I fyny' : 'Up');
      expect(await page.textContent('#compare-summary')).toContain(String(comps.length));
      expect(await axe(page)).toEqual([]);
    }
    for (const url of ['/cy/hunanasesiad/fy-asesiadau/', `/cy/hunanasesiad/asesiad/?id=${ids[1]}`]) {
      await page.goto(HUB_URL + url);
      await page.waitForSelector('#account-loading[hidden]', { state: 'attached' });
      expect(await axe(page)).toEqual([]);
    }

    // A draft linked to the account, then changed elsewhere: the page's save gets 409 and
    // says so; the account copy is not overwritten.
    await page.goto(HUB_URL + '/en/self-assessment/');
    const key = draftKey(currentFramework.version);
    await page.evaluate(
      ([k, d, id]) => {
        localStorage.setItem(k!, d!);
        localStorage.setItem(`${k}:account`, JSON.stringify({ id, rev: 1 }));
      },
      [key, JSON.stringify({ ...mk(2), id: ids[0] }), ids[0]],
    );
    await page.evaluate(
      async ([id, d]) => {
        const me = await (await fetch('/api/auth/me')).json();
        await fetch(`/api/assessments/${id}`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
          body: JSON.stringify({ rev: 1, assessment: d }),
        });
      },
      [ids[0], { ...mk(4), id: ids[0] }] as const,
    );
    const step = `/en/self-assessment/domain-${currentFramework.domains[0]!.code.toLowerCase()}/`;
    await page.goto(HUB_URL + step);
    await page.locator(`input[name="held-${comps[0]!.id}"]`).nth(0).check();
    await page.waitForSelector('#sync-conflict:not([hidden])');
    expect(await axe(page)).toEqual([]);
    const server = await page.evaluate(async (id) => await (await fetch(`/api/assessments/${id}`)).json(), ids[0]);
    expect(server.rev).toBe(2);
    expect(server.assessment.answers[comps[0]!.id].held).toBe(4);
    // one consented contribution: a group of 1, which the analysts must never see
    await page.evaluate(async (id) => {
      const me = await (await fetch('/api/auth/me')).json();
      await fetch(`/api/assessments/${id}/complete`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify({ contribute: true, healthBoard: 'pthb' }),
      });
    }, ids[1]);
    await ctx.close();

    // the analyst's skills page, both languages
    const actx = await browser.newContext();
    const ap = await actx.newPage();
    await signIn(ap, 'dadansoddwr@demo.cymru');
    for (const url of ['/en/national-team/skills-needs/', '/cy/tim-cenedlaethol/anghenion-sgiliau/?healthBoard=pthb']) {
      await ap.goto(HUB_URL + url);
      await ap.waitForSelector('#skills-table-0');
      const cells = await ap.$$eval('#skills-table-0 tbody td', (tds) => tds.map((td) => td.textContent!.trim()));
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
      // every cell is 0, 5 or more, or "c" (withheld); the local database keeps earlier runs' counts
      expect(cells.every((c) => c === 'c' || c === '0' || Number(c) >= 5)).toBe(true);
      expect(await axe(ap)).toEqual([]);
    }
    await actx.close();
  });
});

describe('two assessments saved on one day', () => {
  it('are told apart by their time on the history and compare pages, in Welsh', async () => {
    const ctx = await practitionerContext();
    const page = await ctx.newPage();
    await page.goto(HUB_URL + '/cy/hunanasesiad/fy-asesiadau/');
    const save = () =>
      page.evaluate(async (d) => {
        const me = await (await fetch('/api/auth/me')).json();
        const r = await fetch('/api/assessments', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
          body: JSON.stringify({ assessment: d }),
        });
        const body = await r.json();
        return { id: body.id as string, createdAt: body.createdAt as string };
      }, emptyAssessment(currentFramework));
    const first = await save();
    // The pages show hours and minutes: the second is saved once the clock has moved on a minute.
    await page.waitForFunction((at) => new Date().getUTCMinutes() !== new Date(at).getUTCMinutes(), first.createdAt, { timeout: 70_000 });
    const second = await save();
    const [a, b] = [formatDateTime(first.createdAt, 'cy'), formatDateTime(second.createdAt, 'cy')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^\d{1,2} \p{L}+ \d{4} am \d{2}:\d{2}$/u);

    await page.reload();
    await page.waitForSelector('#history-table');
    const started = (id: string) => page.locator(`#history-table tr:has(a[href$="id=${id}"]) td`).first().textContent();
    expect(await started(first.id)).toBe(a);
    expect(await started(second.id)).toBe(b);
    const options = await page.$$eval('#a option', (os) => os.map((o) => o.textContent ?? ''));
    expect(options.some((o) => o.startsWith(`${a} –`))).toBe(true);
    expect(options.some((o) => o.startsWith(`${b} –`))).toBe(true);
    expect(await page.textContent('main')).not.toMatch(/\bM\d{1,2}\b/);
    expect(await axe(page)).toEqual([]);

    await page.goto(`${HUB_URL}/cy/hunanasesiad/cymharu/?a=${first.id}&b=${second.id}`);
    await page.waitForSelector('#compare-competencies');
    const lead = (await page.textContent('#compare-lead')) ?? '';
    expect(lead).toContain(a);
    expect(lead).toContain(b);
    expect(lead.indexOf(a)).toBeLessThan(lead.indexOf(b)); // earlier first
    expect(await axe(page)).toEqual([]);
    await ctx.close();
  });
});
