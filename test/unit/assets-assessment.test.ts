import { describe, expect, it } from 'vitest';
import {
  type AssetAssessment,
  assetAssessmentSchema,
  assetCsv,
  assetDraftKey,
  assetJson,
  assetProgress,
  compareAssetAssessments,
  emptyAssetAssessment,
  improvementPlan,
  isComplete,
  overallResult,
  parseAssetDraft,
  peerReviewSchema,
  selfAndPeer,
  standardResults,
  validateAssetPlan,
} from '../../content/assets/assessment.ts';
import { readAssetAssessment } from '../../content/assets/records.ts';
import { maturityName, maturityScale, type StandardsCore, standardsCoreOf } from '../../content/assets/standards.ts';
import { t } from '../../content/i18n.ts';
import { assetStandards, currentStandards, standardsVersion } from '../../content/index.ts';

const T = (en: string, cy = `${en} (cy)`) => ({ cy, en });
const lv = (code: string) => ({ foundation: T(`${code} found`), developing: T(`${code} dev`), mature: T(`${code} mature`) });
/** Three standards of a small working version. */
const s1: StandardsCore = {
  version: '9.1',
  standards: [
    { id: 'welcome', code: 'S1', title: T('Welcome', 'Croeso'), levels: lv('S1') },
    { id: 'safe', code: 'S2', title: T('Safe, "quoted"', 'Diogel'), levels: lv('S2') },
    { id: 'info', code: 'S3', title: T('Information', 'Gwybodaeth'), levels: lv('S3') },
  ],
};
const at = new Date('2026-11-24T09:00:00Z');
const make = (answers: AssetAssessment['answers'], plan: AssetAssessment['plan'] = [], lang: 'cy' | 'en' = 'en'): AssetAssessment => ({
  ...emptyAssetAssessment(s1, lang, at),
  answers,
  plan,
});

describe('asset assessment schema', () => {
  it('accepts levels 0–3 with evidence in either language', () => {
    const a = make({ welcome: { level: 0, evidence: 'Dim eto' }, safe: { level: 3 } }, [
      { id: 'p1', action: 'Do it', standardIds: ['safe'], targetDate: '2027-01-31', priority: 'low', targetLevel: 3 },
    ]);
    expect(assetAssessmentSchema(s1).safeParse(a).success).toBe(true);
    expect(assetAssessmentSchema(s1).safeParse({ ...a, lang: 'cy' }).success).toBe(true);
  });
  it.each([
    ['a level above Mature', { welcome: { level: 4 } }],
    ['a negative level', { welcome: { level: -1 } }],
    ['a fractional level', { welcome: { level: 1.5 } }],
    ['an unknown standard', { nope: { level: 1 } }],
    ['evidence over 2000 characters', { welcome: { evidence: 'x'.repeat(2001) } }],
  ])('rejects %s', (_, answers) => {
    expect(assetAssessmentSchema(s1).safeParse(make(answers as AssetAssessment['answers'])).success).toBe(false);
  });
  it('rejects another version, another language, a bad priority and an unknown linked standard', () => {
    const s = assetAssessmentSchema(s1);
    const row = { id: 'p', action: 'a', standardIds: ['safe'], targetDate: '', priority: 'high' as const };
    expect(s.safeParse({ ...make({}), standardsVersion: '1.0' }).success).toBe(false);
    expect(s.safeParse({ ...make({}), lang: 'fr' }).success).toBe(false);
    expect(s.safeParse(make({}, [{ ...row, priority: 'urgent' as 'high' }])).success).toBe(false);
    expect(s.safeParse(make({}, [{ ...row, standardIds: ['nope'] }])).success).toBe(false);
    expect(s.safeParse(make({}, [{ ...row, targetLevel: 0 }])).success).toBe(false);
    expect(s.safeParse(make({}, [row])).success).toBe(true);
  });
});

describe('results', () => {
  it('counts progress and knows when every standard has a level', () => {
    expect(assetProgress(s1, make({ welcome: { level: 1 }, safe: { evidence: 'notes only' } }))).toEqual({ answered: 1, total: 3 });
    expect(isComplete(s1, make({ welcome: { level: 1 }, safe: { level: 0 } }))).toBe(false);
    expect(isComplete(s1, make({ welcome: { level: 1 }, safe: { level: 0 }, info: { level: 3 } }))).toBe(true);
  });
  it('gives each standard its level and the next level’s descriptor', () => {
    const r = standardResults(s1, make({ welcome: { level: 0 }, safe: { level: 2 }, info: { level: 3 } }));
    expect(r.map((x) => [x.code, x.level, x.next?.rank ?? null])).toEqual([
      ['S1', 0, 1],
      ['S2', 2, 3],
      ['S3', 3, null],
    ]);
    expect(r[0]!.next!.descriptor.en).toBe('S1 found');
    expect(r[1]!.next!.descriptor.cy).toBe('S2 mature (cy)');
    expect(standardResults(s1, make({}))[0]).toMatchObject({ level: null, next: null });
  });
  it('overall is the level every standard has reached, once all are answered', () => {
    expect(overallResult(s1, make({ welcome: { level: 2 }, safe: { level: 3 }, info: { level: 2 } }))).toEqual({
      answered: 3,
      total: 3,
      byLevel: [0, 0, 2, 1],
      overall: 2,
    });
    expect(overallResult(s1, make({ welcome: { level: 3 }, safe: { level: 3 } })).overall).toBeNull();
    expect(overallResult(s1, make({ welcome: { level: 0 }, safe: { level: 3 }, info: { level: 3 } })).overall).toBe(0);
  });
});

describe('improvement plan', () => {
  const a = make({ welcome: { level: 2 }, safe: { level: 0 }, info: { level: 1 } });
  it('draws one action per standard from the next level’s descriptor, highest priority first', () => {
    const plan = improvementPlan(s1, a, '2026-11-30', t);
    expect(plan.map((p) => [p.standardIds[0], p.priority, p.targetLevel, p.targetDate])).toEqual([
      ['safe', 'high', 1, '2027-02-28'],
      ['info', 'medium', 2, '2027-05-30'],
      ['welcome', 'low', 3, '2027-11-30'],
    ]);
    expect(plan[0]!.action).toBe('S2 Safe, "quoted" (Foundation): S2 found');
    expect(assetAssessmentSchema(s1).safeParse({ ...a, plan }).success).toBe(true);
    expect(validateAssetPlan(plan, '2026-11-30')).toEqual([]);
  });
  it('is written in the assessment’s language, or the one asked', () => {
    const cy = improvementPlan(s1, { ...a, lang: 'cy' }, '2026-11-30', t);
    expect(cy[0]!.action).toBe('S2 Diogel (Sylfaen): S2 found (cy)');
    expect(improvementPlan(s1, { ...a, lang: 'cy' }, '2026-11-30', t, 'en')[0]!.action).toContain('S2 found');
  });
  it('leaves out Mature and unanswered standards', () => {
    expect(improvementPlan(s1, make({ welcome: { level: 3 } }), '2026-11-30', t)).toEqual([]);
  });
  it('draws real descriptors from the published standards', () => {
    const core = standardsCoreOf(currentStandards);
    const first = core.standards[0]!;
    const plan = improvementPlan(core, { ...emptyAssetAssessment(core, 'cy', at), answers: { [first.id]: { level: 1 } } }, '2026-11-30', t);
    expect(plan).toHaveLength(1);
    expect(plan[0]!.action).toContain(first.levels.developing.cy);
  });
  it('reports blank actions and past dates through the shared plan rules', () => {
    const errs = validateAssetPlan(
      [
        { id: 'p1', action: ' ', standardIds: [], targetDate: '2027-01-01', priority: 'high' },
        { id: 'p2', action: 'ok', standardIds: [], targetDate: '2026-11-01', priority: 'low' },
      ],
      '2026-11-24',
    );
    expect(errs.map((e) => `${e.itemId}:${e.code}`)).toEqual(['p1:action-missing', 'p2:date-past']);
  });
});

describe('exports', () => {
  const a = make({ welcome: { level: 0, evidence: 'Line one\nline "two", =SUM(1)' }, safe: { level: 3 } }, [
    { id: 'p1', action: '=cmd', standardIds: ['welcome', 'safe'], targetDate: '2027-03-31', priority: 'high', targetLevel: 1, done: true },
  ]);
  it('writes CSV with a BOM, CRLF and headers and level names in the language asked', () => {
    const en = assetCsv(s1, a, 'en', t);
    expect(en.startsWith('\uFEFFStandard code,Standard,Level,Level number,Next level,Evidence\r\n')).toBe(true);
    const lines = en.split('\r\n');
    expect(lines[1]).toBe('S1,Welcome,Not yet,0,Foundation,"Line one\nline ""two"", =SUM(1)"');
    expect(lines).toContain('S2,"Safe, ""quoted""",Mature,3,,');
    expect(lines).toContain('S3,Information,,,,');
    expect(lines).toContain('Priority,Action,Standards,Target level,Target date,Done');
    expect(lines).toContain(`High,"'=cmd",S1 S2,Foundation,2027-03-31,Yes`);
    const cy = assetCsv(s1, a, 'cy', t);
    expect(cy.startsWith('\uFEFFCod y safon,Safon,Lefel,Rhif y lefel,Y lefel nesaf,Tystiolaeth')).toBe(true);
    expect(cy).toContain('S1,Croeso,Ddim eto,0,Sylfaen,');
    expect(cy).toContain('Uchel,');
    expect(cy).toContain(',Ydy\r\n');
  });
  it('writes JSON that reads back, and salvages a draft that no longer fits', () => {
    expect(parseAssetDraft(s1, assetJson(a))).toEqual(a);
    expect(parseAssetDraft(s1, '{nope')).toBeNull();
    expect(parseAssetDraft(s1, JSON.stringify({ ...a, standardsVersion: '1.0' }))).toBeNull();
    const old = make({ welcome: { level: 2 }, gone: { level: 1 }, safe: { level: 9 } }, [
      { id: 'p1', action: 'keep', standardIds: ['welcome', 'gone'], targetDate: '2027-01-01', priority: 'medium' },
      { id: 'p2', action: 'bad', standardIds: [], targetDate: '2027-02-30', priority: 'low' },
    ]);
    const r = parseAssetDraft(s1, JSON.stringify(old));
    expect(r?.answers).toEqual({ welcome: { level: 2 } });
    expect(r?.plan).toEqual([{ id: 'p1', action: 'keep', standardIds: ['welcome'], targetDate: '2027-01-01', priority: 'medium' }]);
  });
  it('keeps a draft key per standards version apart from the practitioner tool’s', () => {
    expect(assetDraftKey('1.0')).not.toBe(assetDraftKey('2.0'));
    expect(assetDraftKey('1.0')).not.toMatch(/^nffsp-self-assessment/);
  });
});

describe('versions', () => {
  it('resolves a stored record against its own standards version', () => {
    const core = currentStandards;
    const a = { ...emptyAssetAssessment(core, 'cy', at), answers: { [core.standards[0]!.id]: { level: 2 } } };
    const r = readAssetAssessment(JSON.parse(assetJson(a)));
    expect('assessment' in r && r.standards.version).toBe(core.version);
    expect(readAssetAssessment({ ...a, standardsVersion: '0.1' })).toEqual({ error: 'unknown standards version 0.1' });
    expect(readAssetAssessment(null)).toEqual({ error: 'missing standardsVersion' });
    expect('error' in readAssetAssessment({ ...a, answers: { nope: { level: 1 } } })).toBe(true);
    expect(standardsVersion(core.version)).toBe(core);
    expect(new Set(assetStandards.map((s) => s.version)).size).toBe(assetStandards.length);
  });
  it('has twelve standards on a three-level scale with names in both languages', () => {
    expect(currentStandards.standards).toHaveLength(12);
    expect(maturityScale().map((l) => [l.rank, l.name.en])).toEqual([
      [1, 'Foundation'],
      [2, 'Developing'],
      [3, 'Mature'],
    ]);
    expect(maturityName(0, 'cy')).toBe('Ddim eto');
    expect(maturityName(2, 'cy')).toBe('Datblygu');
    expect(JSON.stringify(standardsCoreOf(currentStandards))).not.toContain('"why"');
  });
});

describe('over time and peer review', () => {
  const s2: StandardsCore = { ...s1, version: '9.2', standards: [s1.standards[0]!, s1.standards[1]!, { ...s1.standards[2]!, id: 'new' }] };
  it('compares two assessments per standard and overall', () => {
    const c = compareAssetAssessments(
      { standards: s1, assessment: make({ welcome: { level: 1 }, safe: { level: 2 }, info: { level: 1 } }) },
      { standards: s1, assessment: make({ welcome: { level: 2 }, safe: { level: 1 }, info: { level: 1 } }) },
    );
    expect(c.standards.map((x) => [x.standardId, x.move])).toEqual([
      ['welcome', 'up'],
      ['safe', 'down'],
      ['info', 'same'],
    ]);
    expect(c.overall).toMatchObject({ before: 1, after: 1 });
    expect(c.counts).toEqual({ up: 1, down: 1, same: 1, unrated: 0 });
  });
  it('across versions compares shared standards and lists dropped ones', () => {
    const c = compareAssetAssessments(
      { standards: s1, assessment: make({ welcome: { level: 0 }, info: { level: 2 } }) },
      { standards: s2, assessment: { ...emptyAssetAssessment(s2, 'en', at), answers: { welcome: { level: 1 }, new: { level: 1 } } } },
    );
    expect(c.sameVersion).toBe(false);
    expect(c.removed.map((r) => r.standardId)).toEqual(['info']);
    expect(c.standards.find((x) => x.standardId === 'new')).toMatchObject({ before: null, move: 'unrated' });
    expect(c.standards.find((x) => x.standardId === 'welcome')!.move).toBe('up');
  });
  it('keeps the peer reviewer’s levels beside the asset’s own, never averaged', () => {
    const a = make({ welcome: { level: 1 }, safe: { level: 3 } });
    const rows = selfAndPeer(s1, a, { ratings: { welcome: { level: 2, comment: 'More than you think' }, info: { level: 1 } } });
    expect(rows.find((r) => r.standardId === 'welcome')).toMatchObject({ self: 1, peer: 2, agree: false, comment: 'More than you think' });
    expect(rows.find((r) => r.standardId === 'safe')).toMatchObject({ self: 3, peer: null, agree: null });
    expect(rows.find((r) => r.standardId === 'info')).toMatchObject({ self: null, peer: 1 });
    for (const r of rows) for (const v of [r.self, r.peer]) expect(v === null || Number.isInteger(v)).toBe(true);
  });
  it('peer review schema refuses unknown standards, out-of-scale levels and long text', () => {
    const p = peerReviewSchema(s1);
    expect(p.safeParse({ ratings: { welcome: { level: 0 } }, summary: 'Da iawn' }).success).toBe(true);
    expect(p.safeParse({ ratings: { nope: { level: 1 } } }).success).toBe(false);
    expect(p.safeParse({ ratings: { welcome: { level: 4 } } }).success).toBe(false);
    expect(p.safeParse({ ratings: { welcome: { level: 1, comment: 'x'.repeat(1001) } } }).success).toBe(false);
    expect(p.safeParse({ ratings: {}, summary: 'x'.repeat(2001) }).success).toBe(false);
  });
});
