// The dataset definition as a Frictionless Data Package (v1 specification, profile
// `tabular-data-package`): one Table Schema for each file the definition shapes. The site
// publishes it beside the human pages (/data/core-dataset/<version>/datapackage.json).
//
// Bilingual convention: the standard's own `title` and `description` are in English, which
// every Frictionless tool reads; the same text in Welsh sits beside them as `title_cy` and
// `description_cy` (the specification allows extra properties), on the package, on each
// resource and on each field. The CSV template has different headings in each language, so
// it is two resources (`return-template-cy`, `return-template-en`); so is the open data CSV.
//
// Resources:
// - the CSV template (one row per field: code, label, value, explanation), files beside the package;
// - the API body's `values` (one row per return, one column per field: the per-field types and
//   constraints), JSON sent to PUT /api/v1/returns/{periodId}/draft;
// - the open data CSV (national totals by quarter and region), served by the API.
// Resources the API serves have a `path` absolute on the hub's origin: the static build does
// not know the origin, which is a deployment setting.
//
// Constraints say what a field allows on its own (required, minimum, maximum, enum, a pattern
// for decimal places). Rules across fields (breakdowns that add up, one figure not above
// another, change against last quarter) have no place in Table Schema: they are listed in the
// custom property `x-rules` of the values schema, each with its kind, fields, severity and
// message in both languages, generated from the definition (so new kinds pass through).
import { t } from '../i18n.ts';
import type { DatasetDefinition, Lang, Text } from '../schema.ts';
import type { StringKey } from '../ui/strings.ts';
import { fieldsOf } from './fields.ts';

/** Where a version's package and template files live on the site. */
export const datapackageDir = (def: DatasetDefinition) => `/data/core-dataset/${def.version}/`;
export const datapackageHref = (def: DatasetDefinition) => `${datapackageDir(def)}datapackage.json`;
export const templateFileName = (lang: Lang) => `return-template-${lang}.csv`;

type Described = { title: string; title_cy: string; description?: string; description_cy?: string };
const named = (title: Text, description?: Text): Described => ({
  title: title.en,
  title_cy: title.cy,
  ...(description ? { description: description.en, description_cy: description.cy } : {}),
});
const both = (key: StringKey, vars: Record<string, string | number> = {}): Text => ({ cy: t('cy', key, vars), en: t('en', key, vars) });

export interface TableField extends Described {
  name: string;
  type: 'string' | 'integer' | 'number';
  format?: 'default';
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; enum?: string[]; pattern?: string };
}
export interface DataRule {
  id: string;
  kind: string;
  severity: 'error' | 'warning';
  message: string;
  message_cy: string;
  [property: string]: unknown;
}
export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string[];
  'x-rules'?: DataRule[];
}
export interface DataResource extends Described {
  profile: 'tabular-data-resource';
  name: string;
  path: string;
  format: 'csv' | 'json';
  mediatype: string;
  encoding: 'utf-8';
  schema: TableSchema;
  dialect?: typeof CSV_DIALECT;
}
export interface DataPackage extends Described {
  profile: 'tabular-data-package';
  name: string;
  id: string;
  version: string;
  created: string;
  keywords: string[];
  licenses: { name: string; path: string; title: string }[];
  resources: DataResource[];
  'x-working-version': boolean;
}

/** The CSV files the hub writes: comma, CRLF, a header row, quotes doubled inside quoted cells (RFC 4180). */
const CSV_DIALECT = { delimiter: ',', doubleQuote: true, quoteChar: '"', lineTerminator: '\r\n', header: true } as const;

/** One column per field of the definition, with its type and constraints. */
export function valueFields(def: DatasetDefinition): TableField[] {
  const items = new Map(def.items.map((i) => [i.id, i]));
  const breakdowns = new Map(def.breakdowns.map((b) => [b.id, b]));
  return fieldsOf(def).map((f) => {
    const guidance = f.breakdownId ? breakdowns.get(f.breakdownId)?.guidance : items.get(f.itemId)?.guidance;
    const constraints: TableField['constraints'] = {
      required: f.required,
      ...(f.min !== undefined ? { minimum: f.min } : {}),
      ...(f.max !== undefined ? { maximum: f.max } : {}),
      // Decimal places are the one constraint of the definition only a pattern can say.
      ...(f.type === 'decimal' && f.decimals !== undefined ? { pattern: decimalPattern(f.decimals) } : {}),
    };
    return { name: f.key, type: f.type === 'count' ? 'integer' : 'number', ...named(f.label, guidance), constraints };
  });
}

/** A number written with at most `decimals` decimal places ("12", "12.5"). */
export const decimalPattern = (decimals: number) => (decimals === 0 ? '-?[0-9]+' : `-?[0-9]+(\\.[0-9]{1,${decimals}})?`);

/** The rules across fields: each breakdown adds up to its item, then the definition's own rules. */
export function crossFieldRules(def: DatasetDefinition): DataRule[] {
  const breakdowns = new Map(def.breakdowns.map((b) => [b.id, b]));
  const sums: DataRule[] = def.items.flatMap((item) =>
    item.breakdowns.map((bId) => {
      const b = breakdowns.get(bId)!;
      const fill = (lang: Lang) => t(lang, 'dataset.rule.breakdown', { breakdown: b.label[lang], item: item.label[lang] });
      return {
        id: `breakdown-${item.id}-${b.id}`,
        kind: 'breakdown-sum',
        severity: 'error' as const,
        total: item.id,
        parts: b.categories.map((c) => `${item.id}.${b.id}.${c.id}`),
        message: fill('en'),
        message_cy: fill('cy'),
      };
    }),
  );
  const own: DataRule[] = def.rules.map((rule) => {
    const { message, ...rest } = rule;
    return { ...rest, message: message.en, message_cy: message.cy };
  });
  return [...sums, ...own];
}

function templateResource(def: DatasetDefinition, lang: Lang): DataResource {
  const keys = fieldsOf(def).map((f) => f.key);
  const fields = def.csv.columns.map((c): TableField => {
    const base = { name: c.header[lang], ...named(c.header, c.description) };
    if (c.id === 'field') return { ...base, type: 'string', constraints: { required: true, unique: true, enum: keys } };
    if (c.id === 'value') return { ...base, type: 'number' };
    return { ...base, type: 'string' };
  });
  return {
    profile: 'tabular-data-resource',
    name: `return-template-${lang}`,
    path: templateFileName(lang),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    ...named(both(`datapackage.template.${lang}.title`), both('datapackage.template.description')),
    schema: { fields, missingValues: [''], primaryKey: [def.csv.columns.find((c) => c.id === 'field')!.header[lang]] },
  };
}

function valuesResource(def: DatasetDefinition): DataResource {
  return {
    profile: 'tabular-data-resource',
    name: 'return-values',
    path: '/api/v1/returns/{periodId}/draft',
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    ...named(both('datapackage.values.title'), both('datapackage.values.description')),
    schema: { fields: valueFields(def), missingValues: [''], 'x-rules': crossFieldRules(def) },
  };
}

/** The open data CSV's columns: the headings are the API's (content/stats/opendata.ts csvHeaderLine). */
function openDataResource(def: DatasetDefinition, lang: Lang, areas: readonly string[]): DataResource {
  const counts = fieldsOf(def)
    .filter((f) => f.type === 'count')
    .map((f) => f.key);
  const col = (key: string, type: TableField['type'], constraints?: TableField['constraints']): TableField => ({
    name: t(lang, `stats.csv.${key}` as StringKey),
    type,
    ...named(both(`stats.csv.${key}` as StringKey), both(`datapackage.openData.${key}` as StringKey)),
    ...(constraints ? { constraints } : {}),
  });
  return {
    profile: 'tabular-data-resource',
    name: `open-data-totals-${lang}`,
    path: `/api/open-data/totals.csv?lang=${lang}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    ...named(both(`datapackage.openData.${lang}.title`), both('datapackage.openData.description')),
    schema: {
      fields: [
        col('period', 'string', { required: true, pattern: '[0-9]{4}-[0-9]{2}-q[1-4]' }),
        col('periodLabel', 'string', { required: true }),
        col('areaCode', 'string', { required: true, enum: [...areas] }),
        col('areaName', 'string', { required: true }),
        col('measure', 'string', { required: true, enum: counts }),
        col('measureName', 'string', { required: true }),
        col('value', 'integer', { minimum: 0 }),
        col('noteCodes', 'string', { pattern: '[cprxz]*' }),
      ],
      missingValues: [''],
      primaryKey: [t(lang, 'stats.csv.period'), t(lang, 'stats.csv.areaCode'), t(lang, 'stats.csv.measure')],
    },
  };
}

/**
 * The Data Package of one version of the dataset definition. `areas` are the open data's area
 * codes (Wales and the regions), passed in so this module stays free of the geography.
 */
export function datapackageOf(def: DatasetDefinition, areas: readonly string[]): DataPackage {
  return {
    profile: 'tabular-data-package',
    name: 'social-prescribing-core-dataset',
    id: `social-prescribing-core-dataset-${def.version}`,
    version: def.version,
    created: `${def.published}T00:00:00Z`,
    ...named(def.title, def.introduction),
    keywords: ['social prescribing', 'presgripsiynu cymdeithasol', 'Wales', 'Cymru', 'core dataset'],
    licenses: [
      {
        name: 'OGL-UK-3.0',
        path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
        title: 'Open Government Licence v3.0',
      },
    ],
    'x-working-version': def.workingVersion,
    resources: [
      templateResource(def, 'cy'),
      templateResource(def, 'en'),
      valuesResource(def),
      openDataResource(def, 'cy', areas),
      openDataResource(def, 'en', areas),
    ],
  };
}
