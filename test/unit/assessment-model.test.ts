import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  addMonths,
  coreOf,
  csvField,
  developmentAreas,
  domainSummary,
  draftKey,
  emptyAssessment,
  type FrameworkCore,
  gaps,
  isRealIsoDate,
  progress,
  strengths,
  toJson,
  validatePlan,
} from '../../content/assessment/model.ts';
import { assessmentSchema, parseDraft } from '../../content/assessment/record.ts';
import { readAssessment } from '../../content/assessment/records.ts';
import { toCsv } from '../../content/assessment/words.ts';
import { t } from '../../content/i18n.ts';
import { currentFramework, frameworks } from '../../content/index.ts';

const T = (en: string, cy = `${en} (cy)`) => ({ cy, en });
/** A small framework of two domains and five competencies on a four-level scale. */
const fw: FrameworkCore = {
  version: '9.1',
  scale: [
    { id: 'informed', rank: 1, name: T('Informed', 'Gwybodus') },
    { id: 'skilled', rank: 2, name: T('Skilled', 'Medrus') },
    { id: 'enhanced', rank: 3, name: T('Enhanced', 'Uwch') },
    { id: 'expert', rank: 4, name: T('Expert', 'Arbenigol') },
  ],
  domains: [
    {
      id: 'da',
      code: 'A',
      title: T('Domain A', 'Parth A'),
      competencies: [
        { id: 'a1', code: 'A1', title: T('Listening', 'Gwrando') },
        { id: 'a2', code: 'A2', title: T('Planning', 'Cynllunio') },
        { id: 'a3', code: 'A3', title: T('Follow-up', 'Dilyn i fyny') },
      ],
    },
    {
      id: 'db',
      code: 'B',
      title: T('Domain B', 'Parth B'),
      competencies: [
        { id: 'b1', code: 'B1', title: T('Assets', 'Asedau') },
        { id: 'b2', code: 'B2', title: T('Data, "quoted"', 'Data') },
      ],
    },
  ],
};
const at = new Date('2026-11-24T09:00:00Z');
function make(answers: Assessment['answers'], plan: Assessment['plan'] = []): Assessment {
  return { ...emptyAssessment(fw, at), answers, plan };
}

describe('assessment schema', () => {
  it('accepts a valid assessment, with 0 meaning "not yet"', () => {
    const a = make({ a1: { held: 0, needed: 2, notes: 'x' }, b1: { held: 4 } }, [
      { id: 'p1', action: 'Read', competencyIds: ['a1'], targetDate: '2027-01-31' },
    ]);
    expect(assessmentSchema(fw).safeParse(a).success).toBe(true);
  });
  it.each([
    ['held above the top rank', { a1: { held: 5 } }],
    ['negative held', { a1: { held: -1 } }],
    ['fractional held', { a1: { held: 1.5 } }],
    ['needed of 0', { a1: { needed: 0 } }],
    ['an unknown competency', { zz: { held: 1 } }],
    ['notes over 2000 characters', { a1: { notes: 'x'.repeat(2001) } }],
  ])('rejects %s', (_, answers) => {
    expect(assessmentSchema(fw).safeParse(make(answers as Assessment['answers'])).success).toBe(false);
  });
  it('rejects another framework version, a bad date and an unknown linked competency', () => {
    const s = assessmentSchema(fw);
    expect(s.safeParse({ ...make({}), frameworkVersion: '1.0' }).success).toBe(false);
    expect(s.safeParse(make({}, [{ id: 'p', action: 'a', competencyIds: [], targetDate: '2027-02-30' }])).success).toBe(false);
    expect(s.safeParse(make({}, [{ id: 'p', action: 'a', competencyIds: ['nope'], targetDate: '' }])).success).toBe(false);
  });
  it('accepts notes of exactly 2000 characters', () => {
    expect(assessmentSchema(fw).safeParse(make({ a1: { notes: 'x'.repeat(2000) } })).success).toBe(true);
  });
});

describe('progress and summaries', () => {
  const a = make({
    a1: { held: 1, needed: 3 },
    a2: { held: 3, needed: 2 },
    a3: { needed: 4 },
    b1: { held: 0 },
    b2: { held: 4, needed: 4 },
  });
  it('counts answered competencies (a needed level alone is not an answer)', () => {
    expect(progress(fw, a)).toEqual({ answered: 4, total: 5 });
    expect(progress(fw, make({}))).toEqual({ answered: 0, total: 5 });
  });
  it('summarises each domain', () => {
    const [da, db] = domainSummary(fw, a);
    expect(da).toMatchObject({ domainId: 'da', answered: 2, total: 3, meanHeld: 2, meanNeeded: 3 });
    expect(db).toMatchObject({ domainId: 'db', answered: 2, total: 2, meanHeld: 2, meanNeeded: 4 });
    expect(domainSummary(fw, make({}))[0]).toMatchObject({ answered: 0, meanHeld: null, meanNeeded: null });
  });
  it('lists gaps largest first, ties in framework order', () => {
    const g = gaps(
      fw,
      make({ a1: { held: 2, needed: 3 }, a2: { held: 0, needed: 4 }, b1: { held: 1, needed: 2 }, b2: { held: 4, needed: 4 } }),
    );
    expect(g.map((x) => [x.competencyId, x.gap])).toEqual([
      ['a2', 4],
      ['a1', 1],
      ['b1', 1],
    ]);
  });
  it('finds strengths: held ≥ 3 and meeting the need', () => {
    expect(strengths(fw, a).map((x) => x.competencyId)).toEqual(['b2', 'a2']);
    // a2 would be strong but its role needs more
    expect(strengths(fw, make({ a2: { held: 3, needed: 4 }, b1: { held: 3 } })).map((x) => x.competencyId)).toEqual(['b1']);
  });
  it('falls back to the top held competencies when none reaches 3', () => {
    expect(strengths(fw, make({ a1: { held: 1 }, a2: { held: 2 }, b1: { held: 2 } })).map((x) => x.competencyId)).toEqual(['a2', 'b1']);
    expect(strengths(fw, make({ a1: { held: 0 } }))).toEqual([]);
  });
  it('areas to develop are the gaps, then low levels without a recorded need', () => {
    expect(developmentAreas(fw, a).map((x) => x.competencyId)).toEqual(['a1', 'b1']);
  });
});

describe('plan validation', () => {
  it('adds months without overflowing short months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
  });
  it('reports blank actions and missing, unreal or past dates', () => {
    const errs = validatePlan(
      [
        { id: 'p1', action: '  ', competencyIds: [], targetDate: '2027-01-01' },
        { id: 'p2', action: 'ok', competencyIds: [], targetDate: '' },
        { id: 'p3', action: 'ok', competencyIds: [], targetDate: '2026-11-23' },
        { id: 'p4', action: 'ok', competencyIds: [], targetDate: '2026-11-23', done: true },
        { id: 'p5', action: 'ok', competencyIds: [], targetDate: '2026-11-24' },
        { id: 'p6', action: 'ok', competencyIds: [], targetDate: '2026-13-01' },
      ],
      '2026-11-24',
    );
    expect(errs.map((e) => `${e.itemId}:${e.code}`)).toEqual(['p1:action-missing', 'p2:date-missing', 'p3:date-past', 'p6:date-invalid']);
  });
  it('knows real dates', () => {
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(isRealIsoDate('2027-02-29')).toBe(false);
    expect(isRealIsoDate('2027-1-01')).toBe(false);
  });
});

describe('exports', () => {
  const a = make({ a1: { held: 0, needed: 2, notes: 'Line one\nline "two", =SUM(1)' }, b2: { held: 3 } }, [
    { id: 'p1', action: '=cmd', competencyIds: ['a1', 'b2'], targetDate: '2027-03-31', done: true },
  ]);
  it('writes CSV with a BOM, CRLF and headers in the language asked', () => {
    const en = toCsv(fw, a, 'en');
    expect(en.startsWith('\uFEFFDomain code,Domain,Competency code,Competency,Level I hold')).toBe(true);
    expect(en.endsWith('\r\n')).toBe(true);
    expect(/[^\r]\n/.test(en.replace(/"[^"]*"/g, ''))).toBe(false); // every line ends CRLF outside quoted fields
    const lines = en.split('\r\n');
    expect(lines[1]).toBe('A,Domain A,A1,Listening,Not yet,0,Skilled,2,"Line one\nline ""two"", =SUM(1)"');
    expect(lines).toContain('B,Domain B,B2,"Data, ""quoted""",Enhanced,3,,,');
    expect(lines).toContain('Action,Target date,Competencies,Done');
    expect(lines).toContain(`"'=cmd",2027-03-31,A1 B2,Yes`);
    const cy = toCsv(fw, a, 'cy');
    expect(cy.startsWith('\uFEFFCod y parth,Parth,Cod y cymhwysedd')).toBe(true);
    expect(cy).toContain('A,Parth A,A1,Gwrando,Ddim eto,0,Medrus,2');
    expect(cy).toContain(',Ydy\r\n');
  });
  it('neutralises formula prefixes', () => {
    expect(csvField('+1')).toBe(`"'+1"`);
    expect(csvField('plain')).toBe('plain');
    expect(csvField(3)).toBe('3');
  });
  it('writes JSON that reads back through its framework version', () => {
    const json = toJson(a);
    expect(JSON.parse(json)).toEqual(a);
    expect(parseDraft(fw, json)).toEqual(a);
    expect(parseDraft(fw, '{nope')).toBeNull();
    expect(parseDraft(fw, JSON.stringify({ ...a, frameworkVersion: '1.0' }))).toBeNull();
    expect(parseDraft(fw, JSON.stringify({ ...a, startedAt: 'yesterday' }))).toBeNull();
  });
  it('salvages a draft with answers or links that no longer fit the framework', () => {
    const a = make({ a1: { held: 2 }, gone: { held: 1 }, b1: { held: 9 } }, [
      { id: 'p1', action: 'keep', competencyIds: ['a1', 'gone'], targetDate: '2027-01-01' },
      { id: 'p2', action: 'bad date', competencyIds: [], targetDate: '2027-02-30' },
    ]);
    const r = parseDraft(fw, JSON.stringify(a));
    expect(r?.answers).toEqual({ a1: { held: 2 } });
    expect(r?.plan).toEqual([{ id: 'p1', action: 'keep', competencyIds: ['a1'], targetDate: '2027-01-01' }]);
    expect(r?.id).toBe(a.id);
  });
});

describe('versions', () => {
  it('resolves a stored record against its own framework version', () => {
    const a = { ...emptyAssessment(currentFramework, at), answers: { [currentFramework.domains[0]!.competencies[0]!.id]: { held: 2 } } };
    const r = readAssessment(JSON.parse(toJson(a)));
    expect('assessment' in r && r.framework.version).toBe(currentFramework.version);
    expect(readAssessment({ ...a, frameworkVersion: '0.1' })).toEqual({ error: 'unknown framework version 0.1' });
    expect(readAssessment(null)).toEqual({ error: 'missing frameworkVersion' });
    expect('error' in readAssessment({ ...a, answers: { 'no-such-competency': { held: 1 } } })).toBe(true);
  });
  it('keeps one draft key per version and a slim framework that still works', () => {
    expect(new Set(frameworks.map((f) => draftKey(f.version))).size).toBe(frameworks.length);
    expect(draftKey('1.0')).not.toBe(draftKey('2.0'));
    const core = coreOf(currentFramework);
    expect(JSON.stringify(core)).not.toContain('descriptors');
    const a = emptyAssessment(core, at);
    expect(progress(core, a)).toEqual(progress(currentFramework, a));
  });
});

describe('progress string', () => {
  it('uses all six Welsh plural forms', () => {
    const cy = (count: number) => t('cy', 'assess.progress', { count, total: 30 });
    expect(cy(0)).toBe('Nid ydych wedi ateb yr un o’r 30 cymhwysedd eto');
    expect(cy(1)).toBe('1 cymhwysedd o 30 wedi’i ateb');
    expect(cy(2)).toBe('2 gymhwysedd o 30 wedi’u hateb');
    expect(cy(3)).toBe('3 chymhwysedd o 30 wedi’u hateb');
    expect(cy(6)).toBe('6 chymhwysedd o 30 wedi’u hateb');
    expect(cy(12)).toBe('12 cymhwysedd o 30 wedi’u hateb');
    expect(new Set([0, 1, 2, 3, 6, 12].map(cy)).size).toBe(6);
  });
  it('reads naturally in English', () => {
    expect(t('en', 'assess.progress', { count: 12, total: 30 })).toBe('12 of 30 competencies answered');
    expect(t('en', 'assess.progress', { count: 1, total: 30 })).toBe('1 of 30 competencies answered');
  });
});

describe('paths', () => {
  it('gives both languages the same steps, one per domain, all distinct', async () => {
    const { assessmentPaths } = await import('../../content/assessment/paths.ts');
    const codes = currentFramework.domains.map((d) => d.code);
    const cy = assessmentPaths('cy', codes);
    const en = assessmentPaths('en', codes);
    expect(cy.steps).toHaveLength(codes.length);
    expect(en.steps).toHaveLength(codes.length);
    expect(cy.start).toBe('/cy/hunanasesiad/');
    expect(en.results).toBe('/en/self-assessment/results/');
    const all = [...Object.values(cy).flat(), ...Object.values(en).flat()];
    expect(new Set(all).size).toBe(all.length);
    expect(assessmentPaths('cy', ['A', 'B']).steps).toEqual(['/cy/hunanasesiad/parth-a/', '/cy/hunanasesiad/parth-b/']);
  });
});
