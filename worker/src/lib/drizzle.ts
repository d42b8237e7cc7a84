// Drizzle over one request's D1 session. `drizzle(d1, { schema })` rebuilds the relational
// metadata of every table (extractTablesRelationalConfig) on each call, which was about half a
// millisecond of every request; the metadata and the SQL dialect depend on the schema alone, so
// they are built once per isolate and only the session over this request's D1 is made per request.
import {
  createTableRelationsHelpers,
  type ExtractTablesWithRelations,
  extractTablesRelationalConfig,
  type RelationalSchemaConfig,
} from 'drizzle-orm';
import { DrizzleD1Database, SQLiteD1Session } from 'drizzle-orm/d1';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/schema.ts';

type Tables = ExtractTablesWithRelations<typeof schema>;
/** Drizzle over a D1 session, with that session as `$client` for plain statements (lib/rows.ts). */
export type Database = DrizzleD1Database<typeof schema> & { $client: D1Database | D1DatabaseSession };

let shared: { dialect: SQLiteAsyncDialect; relational: RelationalSchemaConfig<Tables> } | null = null;

function once() {
  if (!shared) {
    const { tables, tableNamesMap } = extractTablesRelationalConfig<Tables>(schema, createTableRelationsHelpers);
    shared = { dialect: new SQLiteAsyncDialect(), relational: { fullSchema: schema, schema: tables, tableNamesMap } };
  }
  return shared;
}

/** What `drizzle(d1, { schema })` gives, without rebuilding the schema's metadata. */
export function drizzleOver(d1: D1Database | D1DatabaseSession): Database {
  const { dialect, relational } = once();
  const session = new SQLiteD1Session<typeof schema, Tables>(d1 as D1Database, dialect, relational, {});
  return Object.assign(new DrizzleD1Database<typeof schema>('async', dialect, session, relational), { $client: d1 });
}
