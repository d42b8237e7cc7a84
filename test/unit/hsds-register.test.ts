// The register's HSDS export checked against the Open Referral HSDS 3.0 schemas
// (test/fixtures/hsds/schema, vendored unchanged): every object validates with Ajv, and the
// specification's own field definitions that JSON Schema does not express hold too:
// constraints.unique, required and tabular_required fields in the tabular form, the file
// names (`path`) and columns of each CSV, dates, and the links between tables.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { hsdsId } from '../../content/hsds/ids.ts';
import { hsdsServicePage, registerToHsds } from '../../content/hsds/register.ts';
import { HSDS_TABLES, type HsdsTableName, registerToHsdsTables } from '../../content/hsds/tables.ts';
import { currentStandards } from '../../content/index.ts';
import { CHOIR, entries, GARDEN, LLAN, WITHDRAWN } from './assets-register-fixtures.ts';

interface FieldDef {
  type?: string;
  $ref?: string;
  format?: string;
  enum?: string[];
  constraints?: { unique?: boolean };
  datapackage_type?: string;
}
interface ObjectSchema {
  name: string;
  path: string;
  properties: Record<string, FieldDef>;
  required: string[];
  tabular_required?: string[];
}

const dir = join(import.meta.dirname, '../fixtures/hsds/schema');
const schemas = new Map<string, ObjectSchema>(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as ObjectSchema]),
);
const BASE = 'https://hsds.test/schema/';

/** Ajv for JSON Schema 2020-12 (HSDS 3's dialect), knowing HSDS's annotation keywords and formats. */
function validator() {
  // Strict, except about `format` on objects: HSDS writes each resource's file format ("csv") there.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats.default(ajv);
  ajv.addVocabulary([
    'name',
    'path',
    'mediatype',
    'profile',
    'order',
    'constraints',
    'example',
    'core',
    'datapackage_type',
    'tabular_required',
  ]);
  ajv.addFormat('csv', true); // the resource's file format, written on the object itself
  ajv.addFormat('%Y', /^\d{4}$/);
  for (const [name, s] of schemas) ajv.addSchema({ ...s, $id: `${BASE}${name}.json` });
  return (name: string, value: unknown) => {
    const v = ajv.getSchema(`${BASE}${name}.json`)!;
    return v(value) ? [] : (v.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message}`);
  };
}
const validate = validator();

/** Scalar fields of an HSDS object: the columns of its table. */
const scalarFields = (s: ObjectSchema) =>
  Object.entries(s.properties).filter(([, d]) => d.type !== undefined && d.type !== 'array' && !d.$ref);

describe('HSDS 3 JSON', () => {
  for (const lang of ['cy', 'en'] as const) {
    const { services, taxonomies } = registerToHsds(entries, { lang, origin: 'https://hwb.example.cymru' });

    it(`(${lang}) every service, with its nested organization, areas and attributes, validates against service.json`, () => {
      expect(services).toHaveLength(3);
      for (const s of services) expect(validate('service', s)).toEqual([]);
      for (const tx of taxonomies) {
        expect(validate('taxonomy', tx.taxonomy)).toEqual([]);
        for (const term of tx.terms) expect(validate('taxonomy_term', term)).toEqual([]);
      }
    });

    it(`(${lang}) keeps the field constraints: unique values, consistent records, real dates, known links`, () => {
      const byType = new Map<string, Map<string, unknown>>();
      const add = <T extends { id: string }>(type: string, o: T) => {
        const m = byType.get(type) ?? new Map<string, unknown>();
        const seen = m.get(o.id);
        // The same record nested in several places must be the same record.
        if (seen !== undefined) expect(o).toEqual(seen);
        m.set(o.id, o);
        byType.set(type, m);
      };
      for (const s of services) {
        add('service', s);
        add('organization', s.organization!);
        for (const a of s.service_areas!) add('service_area', a);
        for (const a of s.attributes!) {
          add('attribute', a);
          add('taxonomy_term', a.taxonomy_term!);
        }
      }
      for (const tx of taxonomies) {
        add('taxonomy', tx.taxonomy);
        for (const term of tx.terms) add('taxonomy_term', term);
      }
      for (const [type, records] of byType) {
        const schema = schemas.get(type)!;
        for (const [field, def] of Object.entries(schema.properties)) {
          const values = [...records.values()].map((r) => (r as Record<string, unknown>)[field]).filter((v) => v !== undefined);
          if (def.constraints?.unique) expect(new Set(values).size, `${type}.${field} is unique`).toBe(values.length);
          if (def.datapackage_type === 'date') for (const v of values) expect(String(v)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
      const terms = byType.get('taxonomy_term')!;
      const taxonomyIds = byType.get('taxonomy')!;
      for (const term of terms.values()) expect(taxonomyIds.has((term as { taxonomy_id: string }).taxonomy_id)).toBe(true);
      for (const s of services) {
        expect(s.organization_id).toBe(s.organization!.id);
        for (const a of s.service_areas!) expect(a.service_id).toBe(s.id);
        for (const a of s.attributes!) {
          expect(a.link_id).toBe(s.id);
          expect(a.link_entity).toBe('service');
          expect(terms.has(a.taxonomy_term_id)).toBe(true);
        }
      }
      for (const term of terms.values()) {
        const t = term as { parent_id?: string; language: string };
        if (t.parent_id) expect(terms.has(t.parent_id)).toBe(true);
        expect(t.language).toBe(lang);
      }
    });
  }

  it('classifies each service by its level on every standard, its activities and peer review', () => {
    const { services } = registerToHsds(entries, { lang: 'en' });
    const garden = services.find((s) => s.organization_id === GARDEN)!;
    const levels = garden.attributes!.filter((a) => a.link_type === 'standards_level');
    expect(levels).toHaveLength(currentStandards.standards.length);
    const first = currentStandards.standards[0]!;
    const s1 = levels.find((a) => a.taxonomy_term!.code === `${currentStandards.version}/${first.code}/foundation`)!;
    expect(s1.value).toBe('1');
    expect(s1.taxonomy_term!.description).toBe(first.levels.foundation.en);
    expect(garden.attributes!.filter((a) => a.link_type === 'activity_type').map((a) => a.taxonomy_term!.code)).toEqual([
      'gardening-and-growing',
      'volunteering',
    ]);
    expect(garden.attributes!.find((a) => a.link_type === 'register')!.value).toBe('true');
    expect(garden.assured_date).toBe('2026-10-01');
    expect(garden.service_areas!.map((a) => [a.name, a.uri])).toEqual([
      ['Cardiff', 'http://statistics.data.gov.uk/id/statistical-geography/W06000015'],
    ]);
  });

  it('writes names in the language asked, with the other as the alternate name, and the same ids in both', () => {
    const cy = registerToHsds(entries, { lang: 'cy' }).services;
    const en = registerToHsds(entries, { lang: 'en' }).services;
    const choirCy = cy.find((s) => s.organization_id === CHOIR)!;
    expect(choirCy.name).toBe('Côr Dynion Tref');
    expect(choirCy.alternate_name).toBe('Town Male Voice Choir');
    expect(choirCy.service_areas!.map((a) => a.name)).toEqual(['Gwynedd', 'Ynys Môn', 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr']);
    const ids = (xs: typeof cy) =>
      xs.flatMap((s) => [s.id, ...s.attributes!.map((a) => a.id), ...s.service_areas!.map((a) => a.id)]).sort();
    expect(ids(cy)).toEqual(ids(en));
    expect(JSON.stringify(registerToHsds(entries, { lang: 'cy' }))).toBe(JSON.stringify(registerToHsds(entries, { lang: 'cy' })));
  });

  it('never exports a withdrawn entry', () => {
    for (const lang of ['cy', 'en'] as const) {
      const json = JSON.stringify(registerToHsds(entries, { lang }));
      expect(json).not.toContain(WITHDRAWN);
      expect(json).not.toContain('Withdrawn Walking Club');
      const csv = Object.values(registerToHsdsTables(entries, { lang })).join('\n');
      expect(csv).not.toContain(WITHDRAWN);
      expect(csv).not.toContain('Clwb a Dynnodd');
    }
    expect(registerToHsds([entries[2]!], { lang: 'en' }).services).toEqual([]);
  });

  it('derives ids as name-based UUIDs (v5) that never change, the same in workerd (test/worker/assets-db.test.ts)', () => {
    expect(hsdsId('service', 'x')).toBe('944f2890-b423-5b28-9866-5a349f57a7da');
    const { services } = registerToHsds(entries, { lang: 'en' });
    expect(services.find((s) => s.organization_id === GARDEN)!.id).toBe(hsdsId('service', GARDEN));
  });

  it('wraps the services as one page of the HSDS API list', () => {
    const { services } = registerToHsds(entries, { lang: 'en' });
    expect(hsdsServicePage(services)).toMatchObject({ total_items: 3, total_pages: 1, page_number: 1, empty: false, contents: services });
    expect(hsdsServicePage([])).toMatchObject({ total_items: 0, empty: true });
  });

  it('the check can fail: a broken service is refused by the schema', () => {
    const { services } = registerToHsds(entries, { lang: 'en' });
    const s = services[0]!;
    expect(validate('service', { ...s, status: 'open' })).not.toEqual([]);
    const { name: _, ...noName } = s;
    expect(validate('service', noName)).not.toEqual([]);
    expect(validate('service', { ...s, organization: { ...s.organization!, description: undefined } })).not.toEqual([]);
    expect(validate('service', { ...s, attributes: [{ ...s.attributes![0]!, link_type: 3 }] })).not.toEqual([]);
  });
});

describe('HSDS 3 tabular form (CSV)', () => {
  const tables = registerToHsdsTables(entries, { lang: 'cy' });
  const parsed = Object.fromEntries(
    Object.entries(tables).map(([file, text]) => {
      const r = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
      expect(r.errors).toEqual([]);
      return [file, r];
    }),
  ) as Record<HsdsTableName, Papa.ParseResult<Record<string, string>>>;
  const schemaByPath = new Map([...schemas.values()].map((s) => [s.path, s]));

  it('names each file and column as the specification does, and fills every required field', () => {
    for (const file of Object.keys(HSDS_TABLES) as HsdsTableName[]) {
      const schema = schemaByPath.get(file);
      expect(schema, file).toBeDefined();
      const columns = scalarFields(schema!).map(([k]) => k);
      for (const h of parsed[file].meta.fields!) expect(columns, `${file} column ${h}`).toContain(h);
      for (const row of parsed[file].data) {
        for (const f of [...schema!.required, ...(schema!.tabular_required ?? [])]) expect(row[f], `${file}.${f}`).toBeTruthy();
        for (const [f, def] of scalarFields(schema!)) {
          if (def.enum && row[f]) expect(def.enum).toContain(row[f]);
        }
      }
      for (const [f, def] of scalarFields(schema!)) {
        const values = parsed[file].data.map((r) => r[f]).filter((v) => v);
        if (def.constraints?.unique) expect(new Set(values).size, `${file}.${f} unique`).toBe(values.length);
      }
    }
  });

  it('links rows across tables and carries the same values as the JSON', () => {
    const ids = (file: HsdsTableName) => new Set(parsed[file].data.map((r) => r.id));
    const orgs = ids('organizations.csv');
    const services = ids('services.csv');
    const terms = ids('taxonomy_terms.csv');
    const taxes = ids('taxonomies.csv');
    for (const r of parsed['services.csv'].data) expect(orgs.has(r.organization_id)).toBe(true);
    for (const r of parsed['service_areas.csv'].data) expect(services.has(r.service_id)).toBe(true);
    for (const r of parsed['attributes.csv'].data) {
      expect(services.has(r.link_id)).toBe(true);
      expect(terms.has(r.taxonomy_term_id)).toBe(true);
    }
    for (const r of parsed['taxonomy_terms.csv'].data) {
      expect(taxes.has(r.taxonomy_id)).toBe(true);
      if (r.parent_id) expect(terms.has(r.parent_id)).toBe(true);
    }
    const json = registerToHsds(entries, { lang: 'cy' }).services;
    const garden = parsed['organizations.csv'].data.find((r) => r.id === GARDEN)!;
    expect(garden.name).toBe('Gardd Gymunedol "Tyfu", Caerdydd');
    expect(parsed['services.csv'].data.map((r) => r.id).sort()).toEqual(json.map((s) => s.id).sort());
    expect(parsed['attributes.csv'].data).toHaveLength(json.reduce((n, s) => n + s.attributes!.length, 0));
    expect(parsed['services.csv'].data.find((r) => r.organization_id === LLAN)!.assured_date).toBe('2026-11-20');
  });

  it('is plain RFC 4180: no byte-order mark, CRLF line ends', () => {
    for (const text of Object.values(tables)) {
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(/[^\r]\n/.test(text.replace(/"[^"]*"/g, ''))).toBe(false);
    }
  });
});
