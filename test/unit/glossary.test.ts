import { describe, expect, it } from 'vitest';
import { GlossaryCategory, glossary, sourceById } from '../../content/index.ts';

/** Ids other products reference: they must exist exactly as written. */
const requiredIds = [
  'social-prescribing',
  'social-prescribing-practitioner',
  'the-individual',
  'referrer',
  'care-navigator',
  'community-connector',
  'what-matters-conversation',
  'action-plan',
  'referral',
  'self-referral',
  'targeted-referral',
  'signposting',
  'active-signposting',
  'light-support',
  'medium-support',
  'holistic-support',
  'social-prescribing-pathway',
  'social-prescribing-models',
  'follow-up',
  'community-assets',
  'community-and-voluntary-sector-organisations',
  'third-sector',
  'statutory-services',
  'co-production',
  'asset-based-approach',
  'asset-mapping',
  'wellbeing',
  'social-wellbeing',
  'outcome-measure',
  'outcome-principles',
  'safeguarding',
  'information-governance',
  'consent',
  'supervision',
  'reflective-practice',
  'health-inequalities',
  'cultural-competence',
  'active-offer',
  'core-dataset',
  'competency-framework',
  'national-specification',
  'community-asset-standards',
  'reporting-period',
  'health-board',
  'primary-care-cluster',
  'regional-partnership-board',
  'small-number-suppression',
  'creative-referral',
  'green-referral',
  'blue-referral',
  'exercise-referral',
  'nature-based-interventions',
];

/** Words as a reader counts them: runs of letters/digits, apostrophes and hyphens kept inside a word. */
const words = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];

describe('glossary', () => {
  const ids = glossary.map((t) => t.id);
  const byId = new Map(glossary.map((t) => [t.id, t]));

  it('has at least 64 terms with unique ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(64);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks exactly 36 core terms, as the published glossary suggests', () => {
    expect(glossary.filter((t) => t.core)).toHaveLength(36);
  });

  it('contains every id that other products reference', () => {
    expect(requiredIds).toHaveLength(52);
    const missing = requiredIds.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('relates each term to 2–5 existing other terms', () => {
    for (const t of glossary) {
      expect(t.related.length, t.id).toBeGreaterThanOrEqual(2);
      expect(t.related.length, t.id).toBeLessThanOrEqual(5);
      expect(t.related, t.id).not.toContain(t.id);
      expect(new Set(t.related).size, t.id).toBe(t.related.length);
      expect(
        t.related.filter((r) => !byId.has(r)),
        t.id,
      ).toEqual([]);
    }
  });

  it('makes relations two-way unless the other term already has its five', () => {
    const oneWay = glossary.flatMap((t) =>
      t.related.filter((r) => !byId.get(r)!.related.includes(t.id) && byId.get(r)!.related.length < 5).map((r) => `${t.id} -> ${r}`),
    );
    expect(oneWay).toEqual([]);
  });

  it('cites only sources that exist', () => {
    for (const t of glossary)
      expect(
        t.sources.filter((s) => !sourceById.has(s)),
        t.id,
      ).toEqual([]);
  });

  it('uses every category', () => {
    const used = new Set(glossary.map((t) => t.category));
    expect([...GlossaryCategory.options].filter((c) => !used.has(c))).toEqual([]);
  });

  it('covers the four levels of support', () => {
    const levels = glossary.filter((t) => t.category === 'level-of-support').map((t) => t.id);
    expect(levels).toEqual(expect.arrayContaining(['signposting', 'light-support', 'medium-support', 'holistic-support']));
  });

  it('gives definitions of 2–4 sentences of the same depth in both languages', () => {
    const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[\p{Lu}"'‘“(])/u).filter(Boolean).length;
    const bad: string[] = [];
    for (const t of glossary) {
      const cy = words(t.definition.cy).length;
      const en = words(t.definition.en).length;
      const ratio = cy / en;
      if (ratio < 0.8 || ratio > 1.3) bad.push(`${t.id}: cy ${cy} / en ${en} = ${ratio.toFixed(2)}`);
      for (const lang of ['cy', 'en'] as const) {
        const n = sentences(t.definition[lang]);
        if (n < 2 || n > 4) bad.push(`${t.id} (${lang}): ${n} sentences`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('word counter counts what it should', () => {
    expect(words('Mae\'r sgwrs "beth sy\'n bwysig" yn gyd-gynhyrchu.')).toHaveLength(7);
    expect(words('A 2–4 sentence test.')).toHaveLength(5);
  });

  it('gives alternatives in both languages when one language has them', () => {
    for (const t of glossary) {
      expect(t.alternatives.cy.length > 0, t.id).toBe(t.alternatives.en.length > 0);
    }
  });

  it('translates every name and definition rather than copying one language into the other', () => {
    const same = glossary.filter((t) => t.term.cy === t.term.en || t.definition.cy === t.definition.en).map((t) => t.id);
    expect(same).toEqual([]);
  });

  it('has no term named twice in the same language', () => {
    for (const lang of ['cy', 'en'] as const) {
      const names = glossary.map((t) => t.term[lang].toLocaleLowerCase(lang));
      expect(
        names.filter((n, i) => names.indexOf(n) !== i),
        lang,
      ).toEqual([]);
    }
  });
});
