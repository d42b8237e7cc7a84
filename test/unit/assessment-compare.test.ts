import { describe, expect, it } from 'vitest';
import { compareAssessments, move, sideBySide } from '../../content/assessment/compare.ts';
import { type Assessment, emptyAssessment, type FrameworkCore } from '../../content/assessment/model.ts';
import { supervisorViewSchema } from '../../content/assessment/record.ts';

const T = (en: string) => ({ cy: `${en} (cy)`, en });
const scale = [1, 2, 3, 4].map((rank) => ({ id: `l${rank}`, rank, name: T(`L${rank}`) }));
const v1: FrameworkCore = {
  version: '1',
  scale,
  domains: [
    {
      id: 'da',
      code: 'A',
      title: T('A'),
      competencies: [
        { id: 'a1', code: 'A1', title: T('a1') },
        { id: 'a2', code: 'A2', title: T('a2') },
      ],
    },
    {
      id: 'db',
      code: 'B',
      title: T('B'),
      competencies: [
        { id: 'b1', code: 'B1', title: T('b1') },
        { id: 'old', code: 'B9', title: T('old') },
      ],
    },
  ],
};
const v2: FrameworkCore = {
  ...v1,
  version: '2',
  domains: [
    v1.domains[0]!,
    {
      ...v1.domains[1]!,
      competencies: [
        { id: 'b1', code: 'B1', title: T('b1') },
        { id: 'new', code: 'B2', title: T('new') },
      ],
    },
  ],
};
const mk = (f: FrameworkCore, answers: Assessment['answers']) => ({ framework: f, assessment: { ...emptyAssessment(f), answers } });

describe('compareAssessments', () => {
  it('says what moved per competency and per domain, for held and needed', () => {
    const c = compareAssessments(
      mk(v1, { a1: { held: 1, needed: 3 }, a2: { held: 3 }, b1: { held: 2 } }),
      mk(v1, { a1: { held: 2, needed: 3 }, a2: { held: 1 }, b1: { held: 2, needed: 4 } }),
    );
    const by = Object.fromEntries(c.competencies.map((x) => [x.competencyId, x]));
    expect(by.a1).toMatchObject({ held: 'up', needed: 'same', before: { held: 1, needed: 3 }, after: { held: 2, needed: 3 } });
    expect(by.a2!.held).toBe('down');
    expect(by.b1).toMatchObject({ held: 'same', needed: 'unrated' });
    expect(by.old!.held).toBe('unrated');
    expect(c.counts).toEqual({ up: 1, down: 1, same: 1, unrated: 1 });
    const da = c.domains.find((d) => d.domainId === 'da')!;
    expect(da.before!.meanHeld).toBe(2);
    expect(da.after.meanHeld).toBe(1.5);
    expect(da.held).toBe('down');
    expect(c.sameVersion).toBe(true);
  });

  it('across framework versions compares only shared competencies and lists the dropped ones', () => {
    const c = compareAssessments(mk(v1, { b1: { held: 1 }, old: { held: 4 } }), mk(v2, { b1: { held: 3 }, new: { held: 2 } }));
    expect(c.sameVersion).toBe(false);
    expect(c.removed.map((r) => r.competencyId)).toEqual(['old']);
    const by = Object.fromEntries(c.competencies.map((x) => [x.competencyId, x]));
    expect(by.b1!.held).toBe('up');
    expect(by.new).toMatchObject({ before: null, held: 'unrated' });
  });

  it('move() treats 0 ("not yet") as a level', () => {
    expect(move(0, 1)).toBe('up');
    expect(move(1, 0)).toBe('down');
    expect(move(undefined, 0)).toBe('unrated');
  });
});

describe('supervisor view', () => {
  it('is kept beside the practitioner’s rating, never averaged', () => {
    const a = mk(v1, { a1: { held: 1 }, a2: { held: 4 } }).assessment;
    const rows = sideBySide(v1, a, { a1: { level: 3, comment: 'More than you think' }, b1: { level: 2 } });
    expect(rows.find((r) => r.competencyId === 'a1')).toMatchObject({
      practitioner: 1,
      supervisor: 3,
      agree: false,
      comment: 'More than you think',
    });
    expect(rows.find((r) => r.competencyId === 'a2')).toMatchObject({ practitioner: 4, supervisor: null, agree: null });
    expect(rows.find((r) => r.competencyId === 'b1')).toMatchObject({ practitioner: null, supervisor: 2 });
  });
  it('schema refuses unknown competencies and out-of-scale levels', () => {
    const s = supervisorViewSchema(v1);
    expect(s.safeParse({ ratings: { a1: { level: 0 } } }).success).toBe(true);
    expect(s.safeParse({ ratings: { zz: { level: 1 } } }).success).toBe(false);
    expect(s.safeParse({ ratings: { a1: { level: 5 } } }).success).toBe(false);
  });
});
