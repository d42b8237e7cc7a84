import { describe, expect, it } from 'vitest';
import { assetStandards, currentFramework, currentStandards, frameworks, MaturityLevel, sourceById } from '../../content/index.ts';
import type { Text } from '../../content/schema.ts';

// The glossary is written in parallel, so the ids it promises are fixed here
// (from the shared list of glossary ids that WILL exist).
const GLOSSARY_IDS = new Set(
  `social-prescribing, social-prescribing-practitioner, the-individual, referrer, care-navigator, community-connector,
what-matters-conversation, action-plan, referral, self-referral, targeted-referral, signposting, active-signposting,
light-support, medium-support, holistic-support, social-prescribing-pathway, social-prescribing-models, follow-up,
community-assets, community-and-voluntary-sector-organisations, third-sector, statutory-services, co-production,
asset-based-approach, asset-mapping, wellbeing, social-wellbeing, outcome-measure, outcome-principles,
safeguarding, information-governance, consent, supervision, reflective-practice, health-inequalities, cultural-competence,
active-offer, core-dataset, competency-framework, national-specification, community-asset-standards,
reporting-period, health-board, primary-care-cluster, regional-partnership-board, small-number-suppression,
creative-referral, green-referral, blue-referral, exercise-referral, nature-based-interventions`
    .split(',')
    .map((s) => s.trim()),
);

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Every bilingual text pair in a value, with a path for error messages. */
function textPairs(value: unknown, path = ''): { path: string; text: Text }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textPairs(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 2 && typeof o.cy === 'string' && typeof o.en === 'string') return [{ path, text: o as Text }];
    return keys.flatMap((k) => textPairs(o[k], path ? `${path}.${k}` : k));
  }
  return [];
}

/** Pairs whose Welsh is out of proportion to the English (0.8–1.3 × the English word count). */
function badRatios(value: unknown): string[] {
  return textPairs(value)
    .filter(({ text }) => words(text.en) > 5 || words(text.cy) > 5)
    .map(({ path, text }) => ({ path, r: words(text.cy) / words(text.en) }))
    .filter(({ r }) => r < 0.8 || r > 1.3)
    .map(({ path, r }) => `${path}: ${r.toFixed(2)}`);
}

describe('competency framework', () => {
  const fw = currentFramework;
  const competencies = fw.domains.flatMap((d) => d.competencies);
  const levelIds = fw.scale.map((l) => l.id);

  it('is a working version with the agreed four-level scale', () => {
    expect(fw.workingVersion).toBe(true);
    expect(fw.scale.map((l) => [l.id, l.rank, l.name.cy, l.name.en])).toEqual([
      ['informed', 1, 'Gwybodus', 'Informed'],
      ['skilled', 2, 'Medrus', 'Skilled'],
      ['enhanced', 3, 'Uwch', 'Enhanced'],
      ['expert', 4, 'Arbenigol', 'Expert'],
    ]);
  });

  it('has 6–8 domains and at least 28 competencies', () => {
    expect(fw.domains.length).toBeGreaterThanOrEqual(6);
    expect(fw.domains.length).toBeLessThanOrEqual(8);
    expect(competencies.length).toBeGreaterThanOrEqual(28);
  });

  it('gives every competency a descriptor for each scale level and no others', () => {
    for (const c of competencies) expect(Object.keys(c.descriptors).sort(), c.id).toEqual([...levelIds].sort());
  });

  it('has unique ids and codes', () => {
    const ids = [...fw.domains.map((d) => d.id), ...competencies.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const codes = competencies.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const domainCodes = fw.domains.map((d) => d.code);
    expect(new Set(domainCodes).size).toBe(domainCodes.length);
  });

  it('codes domains A, B, C… and numbers competencies 1, 2, 3… within their domain', () => {
    fw.domains.forEach((d, i) => {
      expect(d.code).toBe(String.fromCharCode(65 + i));
      expect(d.competencies.map((c) => c.code)).toEqual(d.competencies.map((_, j) => `${d.code}${j + 1}`));
    });
  });

  it('names only glossary ids in terms, and every competency names at least one', () => {
    for (const c of competencies) {
      expect(c.terms.length, c.id).toBeGreaterThan(0);
      for (const term of c.terms) expect(GLOSSARY_IDS.has(term), `${c.id}: ${term}`).toBe(true);
    }
  });

  it('cites sources that exist', () => {
    for (const s of fw.sources) expect(sourceById.has(s), s).toBe(true);
  });

  it('writes introduction and basis as 2–4 paragraphs in each language', () => {
    for (const field of [fw.introduction, fw.basis])
      for (const lang of ['cy', 'en'] as const) {
        const n = field[lang].split(/\n\s*\n/).length;
        expect(n).toBeGreaterThanOrEqual(2);
        expect(n).toBeLessThanOrEqual(4);
      }
    expect(fw.introduction.cy.split(/\n\s*\n/).length).toBe(fw.introduction.en.split(/\n\s*\n/).length);
    expect(fw.basis.cy.split(/\n\s*\n/).length).toBe(fw.basis.en.split(/\n\s*\n/).length);
  });

  it('has no placeholder text', () => {
    for (const { path, text } of textPairs(fw)) expect(`${text.cy} ${text.en}`, path).not.toMatch(/placeholder|lorem|TODO/i);
  });

  it('keeps Welsh and English the same depth (word ratio 0.8–1.3)', () => {
    expect(badRatios(fw)).toEqual([]);
  });

  it('keeps every earlier version readable', () => {
    expect(frameworks.map((f) => f.version)).toContain('1.0');
  });
});

describe('community asset standards', () => {
  const st = currentStandards;

  it('is a working version with 10–12 standards coded S1, S2, …', () => {
    expect(st.workingVersion).toBe(true);
    expect(st.standards.length).toBeGreaterThanOrEqual(10);
    expect(st.standards.length).toBeLessThanOrEqual(12);
    expect(st.standards.map((s) => s.code)).toEqual(st.standards.map((_, i) => `S${i + 1}`));
    const ids = st.standards.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes all three maturity levels for every standard', () => {
    for (const s of st.standards) expect(Object.keys(s.levels).sort(), s.id).toEqual([...MaturityLevel.options].sort());
  });

  it('gives 2–4 examples of evidence in each language, the same number in both', () => {
    for (const s of st.standards) {
      expect(s.evidence.en.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.evidence.en.length, s.id).toBeLessThanOrEqual(4);
      expect(s.evidence.cy.length, s.id).toBe(s.evidence.en.length);
    }
  });

  it('names only glossary ids in terms', () => {
    for (const s of st.standards) {
      expect(s.terms.length, s.id).toBeGreaterThan(0);
      for (const term of s.terms) expect(GLOSSARY_IDS.has(term), `${s.id}: ${term}`).toBe(true);
    }
  });

  it('cites sources that exist', () => {
    for (const s of st.sources) expect(sourceById.has(s), s).toBe(true);
  });

  it('has no placeholder text', () => {
    for (const { path, text } of textPairs(st)) expect(`${text.cy} ${text.en}`, path).not.toMatch(/placeholder|lorem|TODO/i);
  });

  it('keeps Welsh and English the same depth (word ratio 0.8–1.3), evidence included', () => {
    expect(badRatios(st)).toEqual([]);
    const evidencePairs = st.standards.flatMap((s) =>
      s.evidence.en.map((en, i) => ({ path: `${s.id}.evidence[${i}]`, text: { en, cy: s.evidence.cy[i] ?? '' } })),
    );
    expect(badRatios(evidencePairs)).toEqual([]);
  });

  it('keeps every earlier version readable', () => {
    expect(assetStandards.map((s) => s.version)).toContain('1.0');
  });
});

describe('the ratio check itself', () => {
  it('flags a Welsh text far shorter or longer than its English', () => {
    expect(badRatios({ a: { cy: 'un dau', en: 'one two three four five six seven' } })).toEqual(['a: 0.29']);
    expect(badRatios({ a: { cy: 'un dau tri pedwar pump chwech saith wyth naw deg', en: 'one two three four five six' } })).toEqual([
      'a: 1.67',
    ]);
    expect(badRatios({ a: { cy: 'un dau tri pedwar pump chwech', en: 'one two three four five six' } })).toEqual([]);
  });
});
