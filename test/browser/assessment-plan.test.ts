// The development plan on the results page, in Welsh and English: one action per level to
// climb, worded from that level's descriptor (so no two read alike), each with its priority as
// a GOV.UK tag, dated by priority and soonest first; and still editable. axe on each state.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, allCompetencies, draftKey, emptyAssessment } from '../../content/assessment/model.ts';
import { assessmentPaths } from '../../content/assessment/paths.ts';
import { STEP_MONTHS } from '../../content/assessment/plan.ts';
import { t } from '../../content/i18n.ts';
import { currentFramework } from '../../content/index.ts';
import { axe, HUB_URL, launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const codes = currentFramework.domains.map((d) => d.code);
const comps = allCompetencies(currentFramework);

/** Three areas to develop: a gap of two levels (high), a gap of one (medium), a low level with no need stated (low). */
function draft() {
  const a = emptyAssessment(currentFramework);
  a.answers[comps[0]!.id] = { held: 1, needed: 3 };
  a.answers[comps[1]!.id] = { held: 2, needed: 3 };
  a.answers[comps[2]!.id] = { held: 1 };
  return a;
}

interface Shown {
  action: string;
  date: string;
  priority: string | null;
  tag: string;
}
const shownPlan = (page: Page): Promise<Shown[]> =>
  page.$$eval('[data-plan-item]', (items) =>
    items.map((item) => {
      const v = (sel: string) => (item.querySelector(sel) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
      const tag = item.querySelector('legend .govuk-tag');
      const date = [v('input[id$="-year"]'), v('input[id$="-month"]').padStart(2, '0'), v('input[id$="-day"]').padStart(2, '0')].join('-');
      return { action: v('textarea'), date, priority: tag?.getAttribute('data-priority') ?? null, tag: tag?.textContent ?? '' };
    }),
  );

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('development plan', () => {
  for (const lang of ['cy', 'en'] as const) {
    it(`suggests different actions, tagged and dated by priority, soonest first, and keeps edits (${lang})`, async () => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const paths = assessmentPaths(lang, codes);
      await page.goto(HUB_URL + paths.start);
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [draftKey(currentFramework.version), JSON.stringify(draft())]);
      await page.goto(HUB_URL + paths.results);
      await page.waitForSelector('[data-plan-item]');
      const plan = await shownPlan(page);

      // held 1 → needed 3 is two steps; 2 → 3 one; 1 with no need one (towards level 2)
      expect(plan).toHaveLength(4);
      expect(new Set(plan.map((p) => p.action)).size).toBe(plan.length);
      expect(plan.map((p) => p.priority).sort()).toEqual(['high', 'high', 'low', 'medium']);
      for (const p of plan) expect(p.tag).toBe(t(lang, `assess.plan.priority.${p.priority as 'high' | 'medium' | 'low'}`));
      // dates by priority: the k-th step of an area is k × the priority's interval away
      const start = today();
      expect(plan.map((p) => p.date)).toEqual(
        [
          addMonths(start, STEP_MONTHS.high),
          addMonths(start, STEP_MONTHS.medium),
          addMonths(start, 2 * STEP_MONTHS.high),
          addMonths(start, STEP_MONTHS.low),
        ].sort(),
      );
      expect(plan.map((p) => p.date)).toEqual([...plan.map((p) => p.date)].sort());
      expect(await axe(page)).toEqual([]);

      // still editable: a changed action survives a reload, with its tag
      const first = page.locator('[data-plan-item]').first();
      await first.locator('textarea').fill('Fy ngham fy hun / My own step');
      await page.reload();
      await page.waitForSelector('[data-plan-item]');
      const again = await shownPlan(page);
      expect(again[0]).toMatchObject({ action: 'Fy ngham fy hun / My own step', priority: plan[0]!.priority, date: plan[0]!.date });
      await ctx.close();
    });
  }
});
