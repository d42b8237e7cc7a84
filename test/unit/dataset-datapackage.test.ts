// The dataset definition as a Frictionless Data Package (content/dataset/datapackage.ts):
// valid against the Frictionless v1 profiles (test/fixtures/frictionless, vendored unchanged),
// and saying exactly what the definition says: every field with its type and constraints,
// every rule, both languages, the CSV template's real headings and the open data's columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { templateCsv } from '../../content/dataset/csv.ts';
import { type DataPackage, datapackageHref, datapackageOf } from '../../content/dataset/datapackage.ts';
import { fieldsOf } from '../../content/dataset/fields.ts';
import { datasets, geography } from '../../content/index.ts';
import { csvHeaderLine, WALES } from '../../content/stats/opendata.ts';

const dir = join(import.meta.dirname, '../fixtures/frictionless/profiles');
const profile = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as object;
// Not strict: the profiles carry the specification's own annotations (propertyOrder, context, …).
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv); // the profiles' formats (date-time, uri, email) are checked, not ignored
const check = (name: string) => {
  const v = ajv.compile(profile(name));
  return (value: unknown) => (v(value) ? [] : (v.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message}`));
};
const asPackage = check('tabular-data-package');
const asDataPackage = check('data-package');
const asResource = check('tabular-data-resource');
const asDataResource = check('data-resource');

const areas = [WALES.id, ...geography.regions.map((r) => r.id)];
const resource = (p: DataPackage, name: string) => {
  const r = p.resources.find((x) => x.name === name);
  if (!r) throw new Error(`no resource ${name}`);
  return r;
};

describe.each(datasets.map((def) => [def.version, def] as const))('Data Package of dataset %s', (_, def) => {
  const pkg = datapackageOf(def, areas);
  const plain = JSON.parse(JSON.stringify(pkg)) as DataPackage;

  it('is a valid tabular data package, and each resource a valid tabular data resource', () => {
    expect(asPackage(plain)).toEqual([]);
    expect(asDataPackage(plain)).toEqual([]);
    for (const r of plain.resources) {
      expect(asResource(r), r.name).toEqual([]);
      expect(asDataResource(r), r.name).toEqual([]);
    }
    expect(datapackageHref(def)).toBe(`/data/core-dataset/${def.version}/datapackage.json`);
  });

  it('fails the profiles when it breaks the specification (the check can fail)', () => {
    const badName = { ...plain, name: 'Not A Name' };
    expect(asPackage(badName)).not.toEqual([]);
    const values = resource(plain, 'return-values');
    const badType = { ...values, schema: { ...values.schema, fields: [{ name: 'x', type: 'count' }] } };
    expect(asResource(badType)).not.toEqual([]);
    expect(asPackage({ ...plain, resources: [] })).not.toEqual([]);
  });

  it('has every field of the definition, with the same type and constraints, in both languages', () => {
    const fields = fieldsOf(def);
    const schema = resource(pkg, 'return-values').schema;
    expect(schema.fields.map((f) => f.name)).toEqual(fields.map((f) => f.key));
    for (const [i, f] of fields.entries()) {
      const col = schema.fields[i]!;
      expect(col.type).toBe(f.type === 'count' ? 'integer' : 'number');
      expect(col.constraints?.required).toBe(f.required);
      expect(col.constraints?.minimum).toBe(f.min);
      expect(col.constraints?.maximum).toBe(f.max);
      if (f.type === 'decimal' && f.decimals !== undefined) {
        const re = new RegExp(`^(${col.constraints?.pattern})$`);
        expect(re.test(`1.${'5'.repeat(f.decimals)}`)).toBe(true);
        expect(re.test(`1.${'5'.repeat(f.decimals + 1)}`)).toBe(false);
      }
      expect([col.title, col.title_cy]).toEqual([f.label.en, f.label.cy]);
      expect(col.description?.trim()).toBeTruthy();
      expect(col.description_cy?.trim()).toBeTruthy();
    }
  });

  it('lists every rule across fields: each breakdown sum and each rule of the definition', () => {
    const rules = resource(pkg, 'return-values').schema['x-rules'] ?? [];
    const ids = new Set(rules.map((r) => r.id));
    for (const r of def.rules) {
      const out = rules.find((x) => x.id === r.id)!;
      expect(out).toMatchObject({ kind: r.kind, severity: r.severity, message: r.message.en, message_cy: r.message.cy });
    }
    const keys = new Set(fieldsOf(def).map((f) => f.key));
    for (const item of def.items)
      for (const b of item.breakdowns) {
        const sum = rules.find((x) => x.id === `breakdown-${item.id}-${b}`)!;
        expect(sum.total).toBe(item.id);
        expect((sum.parts as string[]).every((p) => keys.has(p) && p.startsWith(`${item.id}.${b}.`))).toBe(true);
      }
    expect(ids.size).toBe(rules.length);
    for (const r of rules) expect(r.message_cy).not.toBe(r.message);
  });

  it.each(['cy', 'en'] as const)('describes the %s CSV template as the file it is', (lang) => {
    const r = resource(pkg, `return-template-${lang}`);
    const parsed = Papa.parse<string[]>(templateCsv(def, lang).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(r.schema.fields.map((f) => f.name)).toEqual(parsed.data[0]);
    const codes = r.schema.fields[0]!;
    expect(codes.constraints?.enum).toEqual(parsed.data.slice(1).map((row) => row[0]));
    expect(r.path).toBe(`return-template-${lang}.csv`);
  });

  it.each(['cy', 'en'] as const)('describes the %s open data CSV with its real headings', (lang) => {
    const r = resource(pkg, `open-data-totals-${lang}`);
    const header = Papa.parse<string[]>(csvHeaderLine(lang)).data[0];
    expect(r.schema.fields.map((f) => f.name)).toEqual(header);
    const measure = r.schema.fields[4]!;
    expect(measure.constraints?.enum).toEqual(
      fieldsOf(def)
        .filter((f) => f.type === 'count')
        .map((f) => f.key),
    );
    expect(r.schema.fields[2]!.constraints?.enum).toEqual(areas);
  });

  it('gives the package and every resource a title and description in Welsh and English', () => {
    expect([pkg.title, pkg.title_cy]).toEqual([def.title.en, def.title.cy]);
    for (const r of pkg.resources) {
      expect(r.title_cy).toBeTruthy();
      expect(r.description_cy).toBeTruthy();
      expect(r.title_cy).not.toBe(r.title);
    }
  });
});
