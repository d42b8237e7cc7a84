// The same register in HSDS's tabular form: one CSV file per HSDS object, named and headed as
// the specification's schemas say (`path` and field names), rows linked by their *_id fields.
// Machine-readable exchange, so fields are written as they are (RFC 4180: UTF-8 without a
// byte-order mark, CRLF, quotes only where needed), not neutralised for spreadsheets as the
// people-facing CSV exports are.
import type { RegisterEntry } from '../assets/register.ts';
import { type HsdsOptions, registerToHsds } from './register.ts';

/** Columns of each file, in HSDS field names. */
export const HSDS_TABLES = {
  'organizations.csv': ['id', 'name', 'alternate_name', 'description'],
  'services.csv': ['id', 'organization_id', 'name', 'alternate_name', 'description', 'status', 'assured_date'],
  'service_areas.csv': ['id', 'service_id', 'name', 'description', 'uri'],
  'attributes.csv': ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id', 'value'],
  'taxonomies.csv': ['id', 'name', 'description', 'uri'],
  'taxonomy_terms.csv': ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy_id', 'language', 'term_uri'],
} as const;
export type HsdsTableName = keyof typeof HSDS_TABLES;

const field = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
function table<R extends object>(name: HsdsTableName, rows: readonly R[]): string {
  const cols = HSDS_TABLES[name];
  const cell = (r: R, c: string) => field((r as Record<string, unknown>)[c]);
  return [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r, c)).join(','))].join('\r\n') + '\r\n';
}

/** Every HSDS table of the published register, by file name. */
export function registerToHsdsTables(entries: readonly RegisterEntry[], opts: HsdsOptions): Record<HsdsTableName, string> {
  const { services, taxonomies } = registerToHsds(entries, opts);
  return {
    'organizations.csv': table(
      'organizations.csv',
      services.flatMap((s) => (s.organization ? [s.organization] : [])),
    ),
    'services.csv': table('services.csv', services),
    'service_areas.csv': table(
      'service_areas.csv',
      services.flatMap((s) => s.service_areas ?? []),
    ),
    'attributes.csv': table(
      'attributes.csv',
      services.flatMap((s) => s.attributes ?? []),
    ),
    'taxonomies.csv': table(
      'taxonomies.csv',
      taxonomies.map((x) => x.taxonomy),
    ),
    'taxonomy_terms.csv': table(
      'taxonomy_terms.csv',
      taxonomies.flatMap((x) => x.terms),
    ),
  };
}
