import { describe, expect, it } from 'vitest';
import { fieldMap, fieldsOf, valuesSchema } from '../../content/dataset/fields.ts';
import { dataset as raw } from '../../content/dataset/v1.ts';
import { checkDefinition, ruleRefs } from '../../content/dataset/validate.ts';
import { DatasetDefinition, currentDataset as def, FieldRef, sourceById } from '../../content/index.ts';
import { validReturn } from './dataset-fixtures.ts';

/** Every {cy, en} pair anywhere in a value, with its path. */
function texts(v: unknown, path = ''): [string, { cy: unknown; en: unknown }][] {
  if (!v || typeof v !== 'object') return [];
  const o = v as Record<string, unknown>;
  if ('cy' in o && 'en' in o && (typeof o.cy === 'string' || typeof o.en === 'string')) return [[path, o as { cy: unknown; en: unknown }]];
  return Object.entries(o).flatMap(([k, x]) => texts(x, `${path}.${k}`));
}

describe('dataset definition v1.0', () => {
  it('parses against the schema and is a working version', () => {
    expect(DatasetDefinition.safeParse(raw).success).toBe(true);
    expect(def.version).toBe('1.0');
    expect(def.workingVersion).toBe(true);
  });

  it('has no unknown references (rules, sections, breakdowns) and unique field keys', () => {
    expect(checkDefinition(def)).toEqual([]);
    const keys = fieldsOf(def).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(FieldRef.safeParse(k).success, k).toBe(true);
  });

  it('checkDefinition catches a rule that names an unknown field', () => {
    const broken = { ...def, rules: [...def.rules, { ...def.rules[0]!, id: 'x', field: 'no-such-item' } as (typeof def.rules)[number]] };
    expect(checkDefinition(broken).join('\n')).toMatch(/unknown field no-such-item/);
  });

  it('every Text is present, trimmed and not a placeholder, in both languages', () => {
    const all = texts(def);
    expect(all.length).toBeGreaterThan(150);
    for (const [path, t] of all) {
      for (const lang of ['cy', 'en'] as const) {
        const s = t[lang];
        expect(typeof s, `${path}.${lang}`).toBe('string');
        expect((s as string).trim(), `${path}.${lang}`).toBe(s);
        expect((s as string).length, `${path}.${lang}`).toBeGreaterThan(0);
        expect(s as string, `${path}.${lang}`).not.toMatch(/placeholder|TODO|lorem/i);
      }
    }
  });

  it('guidance is written for every item and breakdown, and differs between languages', () => {
    for (const x of [...def.items, ...def.breakdowns]) {
      expect(x.guidance.en.length, x.id).toBeGreaterThan(40);
      expect(x.guidance.cy.length, x.id).toBeGreaterThan(40);
      expect(x.guidance.cy).not.toBe(x.guidance.en);
    }
  });

  it('covers the four groups: referrals and demographics, support, outcomes, workforce', () => {
    const sections = def.sections.map((s) => s.id);
    for (const s of sections)
      expect(
        def.items.some((i) => i.section === s),
        s,
      ).toBe(true);
    const referrals = def.items.find((i) => i.id === 'referrals-received')!;
    expect(referrals.breakdowns).toEqual(
      expect.arrayContaining(['referral-source', 'referral-reason', 'age-band', 'gender', 'ethnicity', 'preferred-language']),
    );
    const used = new Set(def.items.flatMap((i) => i.breakdowns));
    for (const b of def.breakdowns) expect(used.has(b.id), `breakdown ${b.id} unused`).toBe(true);
    const level = def.breakdowns.find((b) => b.id === 'level-of-support')!;
    expect(level.categories.map((c) => c.id)).toEqual(['signposting', 'light', 'medium', 'holistic']);
    const eth = def.breakdowns.find((b) => b.id === 'ethnicity')!;
    expect(eth.categories).toHaveLength(6); // five Census groups + not stated
  });

  it('gives the outcome measures their real ranges', () => {
    const m = fieldMap(def);
    expect(m.get('swemwbs-mean-start')).toMatchObject({ type: 'decimal', min: 7, max: 35 });
    expect(m.get('swemwbs-mean-end')).toMatchObject({ type: 'decimal', min: 7, max: 35 });
    expect(m.get('ons4-life-satisfaction-mean-start')).toMatchObject({ type: 'decimal', min: 0, max: 10 });
    expect(m.get('practitioner-fte')).toMatchObject({ type: 'decimal' });
  });

  it('has rules of every kind, with messages using only the known placeholders', () => {
    const kinds = new Set(def.rules.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['change-vs-previous', 'not-greater', 'outlier-vs-history', 'requires', 'sum-equals']);
    for (const r of def.rules) {
      for (const lang of ['cy', 'en'] as const) {
        const ph = [...r.message[lang].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(ph, `${r.id}.${lang}`).toContain('field');
        const known =
          r.kind === 'outlier-vs-history'
            ? ['field', 'value', 'low', 'high', 'quarters']
            : ['field', 'value', 'limit', 'total', 'previous'];
        for (const p of ph) expect(known, `${r.id}.${lang}: {${p}}`).toContain(p);
      }
      if (r.kind === 'change-vs-previous') {
        expect(r.maxChange).toBe(0.5);
        expect(r.minBase).toBeGreaterThan(0);
      }
      expect(ruleRefs(r).length).toBeGreaterThan(0);
    }
  });

  it('csv columns are field, label, value, explanation with headers in both languages', () => {
    expect(def.csv.columns.map((c) => c.id)).toEqual(['field', 'label', 'value', 'explanation']);
    expect(def.csv.columns.map((c) => c.header.cy)).toEqual(['maes', 'label', 'gwerth', 'esboniad']);
    expect(def.csv.columns.map((c) => c.header.en)).toEqual(['field', 'label', 'value', 'explanation']);
  });

  it('cites sources that exist', () => {
    for (const id of def.sources) expect(sourceById.has(id), id).toBe(true);
  });
});

describe('fields', () => {
  it('lists each item then its breakdown cells, with full labels in both languages', () => {
    const fields = fieldsOf(def);
    const total = def.items.reduce(
      (n, i) => n + 1 + i.breakdowns.reduce((m, b) => m + def.breakdowns.find((x) => x.id === b)!.categories.length, 0),
      0,
    );
    expect(fields).toHaveLength(total);
    expect(fields[0]!.key).toBe('referrals-received');
    expect(fields[1]!).toMatchObject({
      itemId: 'referrals-received',
      breakdownId: 'referral-source',
      categoryId: 'gp-practice',
      required: true,
      type: 'count',
    });
    const cell = fieldMap(def).get('referrals-received.age-band.age-18-24')!;
    expect(cell.label.en).toBe('Referrals received, age band: 18–24');
    expect(cell.label.cy).toBe('Atgyfeiriadau a gafwyd, band oedran: 18–24');
    // Cells follow their item directly.
    const idx = fields.findIndex((f) => f.key === 'people-supported');
    expect(fields[idx + 1]!.key).toBe('people-supported.level-of-support.signposting');
  });

  it('valuesSchema accepts numbers, strings and null, every key optional, and rejects unknown keys', () => {
    const schema = valuesSchema(def);
    expect(schema.safeParse(validReturn(def)).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ 'referrals-received': '1,234', 'practitioner-fte': null }).success).toBe(true);
    expect(schema.safeParse({ 'referrals-received': 1, 'no-such-field': 2 }).success).toBe(false);
    expect(schema.safeParse({ 'referrals-received': true }).success).toBe(false);
    expect(schema.safeParse({ 'referrals-received': { n: 1 } }).success).toBe(false);
  });
});
