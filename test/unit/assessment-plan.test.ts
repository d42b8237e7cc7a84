import { describe, expect, it } from 'vitest';
import { ACTION_MAX, type Assessment, assessmentCsv, coreOf, emptyAssessment } from '../../content/assessment/model.ts';
import { planItemPriority, priorityOf, STEP_MONTHS, soonestFirst, suggestedStepsIn } from '../../content/assessment/plan.ts';
import { assessmentSchema } from '../../content/assessment/record.ts';
import { suggestedPlan, suggestedSteps, toCsv } from '../../content/assessment/words.ts';
import { t } from '../../content/i18n.ts';
import { currentFramework } from '../../content/index.ts';

const f = coreOf(currentFramework, { descriptors: true });
const [c1, c2, c3] = currentFramework.domains.flatMap((d) => d.competencies);
const make = (answers: Assessment['answers']): Assessment => ({
  ...emptyAssessment(f, new Date('2026-11-24T09:00:00Z')),
  answers,
});
const levelId = (rank: number) => currentFramework.scale.find((s) => s.rank === rank)!.id;

describe('suggested development plan', () => {
  it('sets priority by the size of the gap', () => {
    expect(priorityOf({ gap: 3 })).toBe('high');
    expect(priorityOf({ gap: 2 })).toBe('high');
    expect(priorityOf({ gap: 1 })).toBe('medium');
    expect(priorityOf({ gap: 0 })).toBe('low');
  });

  it('gives one step per level between held and needed, worded from that level’s descriptor', () => {
    const a = make({ [c1!.id]: { held: 1, needed: 3 } });
    const en = suggestedPlan(f, a, 'en', '2026-11-30');
    expect(en).toHaveLength(2);
    expect(en[0]!.action).toContain(c1!.descriptors[levelId(2)]!.en);
    expect(en[1]!.action).toContain(c1!.descriptors[levelId(3)]!.en);
    expect(en.map((p) => p.targetDate)).toEqual(['2027-01-30', '2027-03-30']);
    const cy = suggestedPlan(f, a, 'cy', '2026-11-30');
    expect(cy[0]!.action).toContain(c1!.descriptors[levelId(2)]!.cy);
    expect(cy[0]!.action).toContain(c1!.title.cy);
    expect(assessmentSchema(f).safeParse({ ...a, plan: cy }).success).toBe(true);
  });

  it('dates steps by priority and puts the soonest first', () => {
    const a = make({
      [c1!.id]: { held: 2, needed: 3 }, // one level: medium
      [c2!.id]: { held: 0, needed: 3 }, // three levels: high
      [c3!.id]: { held: 1 }, // low level, no stated need: low
    });
    const steps = suggestedSteps(f, a, 'en', '2026-11-30');
    expect(steps.map((s) => [s.priority, s.item.targetDate])).toEqual([
      ['high', '2027-01-30'],
      ['medium', '2027-02-28'],
      ['high', '2027-03-30'],
      ['high', '2027-05-30'],
      ['low', '2027-05-30'],
    ]);
    expect(STEP_MONTHS.high).toBeLessThan(STEP_MONTHS.medium);
    expect(STEP_MONTHS.medium).toBeLessThan(STEP_MONTHS.low);
  });

  it('never repeats an action', () => {
    const answers = Object.fromEntries(currentFramework.domains.flatMap((d) => d.competencies).map((c) => [c.id, { held: 0, needed: 4 }]));
    const plan = suggestedPlan(f, make(answers), 'cy', '2026-11-30');
    expect(plan.length).toBeGreaterThan(16);
    expect(new Set(plan.map((p) => p.action)).size).toBe(plan.length);
    for (const lang of ['cy', 'en'] as const) {
      for (const p of suggestedPlan(f, make(answers), lang, '2026-11-30')) expect(p.action.length).toBeLessThanOrEqual(ACTION_MAX);
    }
  });

  it('falls back to a starter action when a framework has no descriptors', () => {
    const slim = coreOf(currentFramework);
    const plan = suggestedPlan(slim, make({ [c1!.id]: { held: 2, needed: 3 } }), 'en', '2026-11-30');
    expect(plan).toHaveLength(1);
    expect(plan[0]!.action).toContain(c1!.code);
  });
});

describe('the plan as the results page shows it', () => {
  it('words the same steps from any translator of the strings (a page ships only its own)', () => {
    const a = make({ [c1!.id]: { held: 1, needed: 3 }, [c2!.id]: { held: 2, needed: 3 } });
    const strip = (xs: { item: { action: string; targetDate: string } }[]) => xs.map((x) => [x.item.action, x.item.targetDate]);
    for (const lang of ['cy', 'en'] as const) {
      expect(strip(suggestedStepsIn(f, a, lang, '2026-11-30', (k, v) => t(lang, k, v)))).toEqual(
        strip(suggestedSteps(f, a, lang, '2026-11-30')),
      );
      expect(assessmentCsv(f, a, lang, (k) => t(lang, k))).toBe(toCsv(f, a, lang));
    }
  });

  it('tags a row with the priority of the most urgent area it is linked to, or none', () => {
    const a = make({ [c1!.id]: { held: 1, needed: 3 }, [c2!.id]: { held: 2, needed: 3 }, [c3!.id]: { held: 1 } });
    expect(planItemPriority(f, a, { competencyIds: [c1!.id] })).toBe('high');
    expect(planItemPriority(f, a, { competencyIds: [c2!.id] })).toBe('medium');
    expect(planItemPriority(f, a, { competencyIds: [c3!.id] })).toBe('low');
    expect(planItemPriority(f, a, { competencyIds: [c3!.id, c2!.id, c1!.id] })).toBe('high');
    expect(planItemPriority(f, a, { competencyIds: [] })).toBeNull();
    expect(planItemPriority(f, make({ [c1!.id]: { held: 4 } }), { competencyIds: [c1!.id] })).toBeNull();
  });

  it('puts rows soonest first, undated rows last in their own order', () => {
    const rows = [
      { id: 'a', targetDate: '' },
      { id: 'b', targetDate: '2027-05-01' },
      { id: 'c', targetDate: '2027-01-01' },
      { id: 'd', targetDate: '' },
      { id: 'e', targetDate: '2027-01-01' },
    ];
    expect(soonestFirst(rows).map((r) => r.id)).toEqual(['c', 'e', 'b', 'a', 'd']);
  });
});
