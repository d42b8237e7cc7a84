// Shared set-up for the returns browser tests: sign-in through the API and the pages (outbox
// link), a valid return generated from the dataset definition, free periods, keyboard helpers.

import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { currentDataset as def } from '../../content/index.ts';
import { DEMO_USERS, SUBMITTER_ORG } from '../../scripts/demo-data.mjs';
import { axe, HUB_URL } from './browser.ts';

export const SUBMITTER = DEMO_USERS.find((u) => u.role === 'submitter')!.email;
export const ANALYST = DEMO_USERS.find((u) => u.role === 'analyst')!.email;
export const ADMIN = DEMO_USERS.find((u) => u.role === 'admin')!.email;
export const ORG = SUBMITTER_ORG.id;

// ------------------------------------------------------------------ API set-up (Node fetch)
export interface Session {
  cookie: string;
  csrf: string;
}
export async function apiSignIn(email: string): Promise<Session> {
  const headers = { 'Content-Type': 'application/json', Origin: HUB_URL };
  expect((await fetch(`${HUB_URL}/api/auth/request`, { method: 'POST', headers, body: JSON.stringify({ email }) })).status).toBe(202);
  const out = (await (await fetch(`${HUB_URL}/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { messages: { text: string }[] };
  const token = /#token=([A-Za-z0-9_-]+)/.exec(out.messages[0]!.text)![1]!;
  const res = await fetch(`${HUB_URL}/api/auth/verify`, { method: 'POST', headers, body: JSON.stringify({ token }) });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}
export async function call(s: Session, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(HUB_URL + path, {
    method,
    headers: {
      Cookie: s.cookie,
      'X-CSRF-Token': s.csrf,
      Origin: HUB_URL,
      Accept: 'application/json',
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const json = (res.headers.get('content-type') ?? '').includes('json');
  return { status: res.status, body: json && text ? JSON.parse(text) : text || null, type: res.headers.get('content-type') ?? '' };
}

/** A complete, valid return with `referrals` referrals (every breakdown adds up). */
export function validValues(referrals: number): Record<string, number> {
  const v: Record<string, number> = {
    'referrals-received': referrals,
    'what-matters-conversations': 80,
    'what-matters-conversations-welsh': 20,
    'action-plans-agreed': 60,
    'people-supported': 70,
    'onward-referrals': 55,
    'people-declined': 10,
    'people-not-engaged': 8,
    'people-completed-support': 40,
    'people-with-outcome-measure': 30,
    'outcome-improved': 20,
    'outcome-no-change': 7,
    'outcome-worse': 3,
    'practitioner-fte': 3.5,
    'practitioners-headcount': 4,
    'practitioners-welsh-speaking': 2,
  };
  for (const item of def.items) {
    for (const bId of item.breakdowns) {
      const cats = def.breakdowns.find((b) => b.id === bId)!.categories;
      const total = v[item.id]!;
      const each = Math.floor(total / cats.length);
      cats.forEach((c, i) => {
        v[`${item.id}.${bId}.${c.id}`] = i === 0 ? total - each * (cats.length - 1) : each;
      });
    }
  }
  return v;
}
export const inputId = (key: string) => `f-${key.replace(/\./g, '--')}`;

/** Two consecutive quarters where the demo organisation has nothing yet (created if need be). */
export async function choosePeriods(admin: Session, submitter: Session): Promise<[string, string]> {
  const mine = await call(submitter, 'GET', `/api/orgs/${ORG}/returns`);
  const status = new Map<string, { status: string; locked: boolean }>(
    (mine.body.periods as { period: { id: string; locked: boolean }; status: string }[]).map((p) => [
      p.period.id,
      { status: p.status, locked: p.period.locked },
    ]),
  );
  const free = (id: string) => !status.has(id) || (status.get(id)!.status === 'not-started' && !status.get(id)!.locked);
  for (let y = 2023; y >= 2015; y--) {
    for (let q = 4; q >= 2; q--) {
      const prev = `${y}-${String((y + 1) % 100).padStart(2, '0')}-q${q - 1}`;
      const cur = `${y}-${String((y + 1) % 100).padStart(2, '0')}-q${q}`;
      if (!free(prev) || !free(cur)) continue;
      for (const id of [prev, cur]) {
        if (status.has(id)) continue;
        // Explicit dates: default deadlines need bank holidays, known only for recent years.
        const [fy, qq] = [Number(id.slice(0, 4)), Number(id.slice(-1))];
        const endMonth = [6, 9, 12, 3][qq - 1]!;
        const oy = qq === 4 ? fy + 1 : endMonth === 12 ? fy + 1 : fy;
        const om = String((endMonth % 12) + 1).padStart(2, '0');
        const r = await call(admin, 'POST', '/api/periods', { id, opensAt: `${oy}-${om}-01`, dueAt: `${oy}-${om}-28` });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
      }
      return [prev, cur];
    }
  }
  throw new Error('no free pair of periods');
}

// ------------------------------------------------------------------ keyboard helpers (no click, no fill)
export const active = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || '');
export async function tabTo(page: Page, id: string, max = 600) {
  for (let i = 0; i < max; i++) {
    if ((await active(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach #${id} with Tab`);
}
export async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}
/** Tab through the page; in each field named in `values`, type its value. Stops on the element with id `stop`. */
export async function fillByTab(page: Page, values: Record<string, string>, stopSelector: string) {
  const want = new Map(Object.entries(values).map(([k, v]) => [inputId(k), v]));
  for (let i = 0; i < 1200; i++) {
    await page.keyboard.press('Tab');
    const id = await active(page);
    if (want.has(id)) {
      await page.keyboard.type(want.get(id)!);
      want.delete(id);
    }
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, stopSelector)) break;
  }
  expect([...want.keys()]).toEqual([]);
}
export async function noViolations(page: Page, where: string) {
  expect(await axe(page), where).toEqual([]);
}
export async function signInByKeyboard(ctx: BrowserContext, email: string, lang: 'cy' | 'en'): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${HUB_URL}${lang === 'cy' ? '/cy/mewngofnodi/' : '/en/sign-in/'}`);
  await typeInto(page, 'email', email);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-done]:not([hidden])');
  const out = (await (await fetch(`${HUB_URL}/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { messages: { text: string }[] };
  const link = /(https?:\/\/\S+#token=[A-Za-z0-9_-]+)/.exec(out.messages[0]!.text)![1]!;
  await page.goto(link.replace(/^https?:\/\/[^/]+/, HUB_URL));
  await page.keyboard.press('Tab');
  for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.closest('form[data-form="confirm"]') !== null)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/(cyfrif|account)\/$/);
  return page;
}
