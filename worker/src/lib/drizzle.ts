// Drizzle over one request's D1 session. `drizzle(d1, { schema })` rebuilds the relational
// metadata of every table (extractTablesRelationalConfig) on each call, which was about half a
// millisecond of every request; the metadata and the SQL dialect depend on the schema alone, so
// they are built once per isolate and only the session over this request's D1 is made per request.
//
// The dialect writes each `.limit(n)` into the SQL rather than binding it: SQLite plans with a
// bound LIMIT's value, so every new binding expires the plan and the statement is compiled again
// each time it runs (in production too, on D1's side). Written in, a limit is part of the SQL the
// database caches the compiled statement under: `.limit(1)` is compiled once per isolate.
import {
  createTableRelationsHelpers,
  type ExtractTablesWithRelations,
  extractTablesRelationalConfig,
  type RelationalSchemaConfig,
  type SQL,
  sql,
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
    shared = { dialect: withLiteralLimits(new SQLiteAsyncDialect()), relational: { fullSchema: schema, schema: tables, tableNamesMap } };
  }
  return shared;
}

/** The dialect with whole-number limits written into the SQL; anything else as drizzle binds it. */
function withLiteralLimits(dialect: SQLiteAsyncDialect): SQLiteAsyncDialect {
  // `buildLimit` is private in drizzle's types: the unit test of this module fails if it is renamed.
  const own = dialect as unknown as { buildLimit(limit: unknown): SQL | undefined };
  const bound = own.buildLimit.bind(dialect);
  own.buildLimit = (limit) => (Number.isSafeInteger(limit) && (limit as number) >= 0 ? sql.raw(` limit ${limit}`) : bound(limit));
  return dialect;
}

/**
 * A constant written into the SQL, for a comparison with a partial index's condition (such as
 * asset_assessments_one_draft_uq's `status = 'draft'`): SQLite compares a bound value with the
 * index's constant when it plans, so binding it would compile the statement again at every run.
 */
export function literal<const T extends string>(value: T): SQL {
  return sql.raw(`'${value.replaceAll("'", "''")}'`);
}

/** What `drizzle(d1, { schema })` gives, without rebuilding the schema's metadata. */
export function drizzleOver(d1: D1Database | D1DatabaseSession): Database {
  const { dialect, relational } = once();
  const session = new SQLiteD1Session<typeof schema, Tables>(d1 as D1Database, dialect, relational, {});
  return Object.assign(new DrizzleD1Database<typeof schema>('async', dialect, session, relational), { $client: d1 });
}
