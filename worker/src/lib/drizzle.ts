// Drizzle over one request's D1 session, made for every request, so made cheaply: the SQL
// dialect is built once per isolate, and there is no relational query API (`db.query.…`), which
// nothing here uses: drizzle builds one query builder per table for it in the constructor, on
// every request (about 4 % of a draft save's JavaScript, measured with the V8 profiler). The
// type leaves `query` out, so code that reached for it would not compile.
//
// The dialect writes each `.limit(n)` into the SQL rather than binding it: SQLite plans with a
// bound LIMIT's value, so every new binding expires the plan and the statement is compiled again
// each time it runs (in production too, on D1's side). Written in, a limit is part of the SQL the
// database caches the compiled statement under: `.limit(1)` is compiled once per isolate.
import { type SQL, sql } from 'drizzle-orm';
import { DrizzleD1Database, SQLiteD1Session } from 'drizzle-orm/d1';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';

/** Drizzle over a D1 session, with that session as `$client` for plain statements (lib/rows.ts). */
export type Database = Omit<DrizzleD1Database, 'query'> & { $client: D1Database | D1DatabaseSession };

let dialect: SQLiteAsyncDialect | null = null;

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

/** What `drizzle(d1)` gives, with the dialect built once. */
export function drizzleOver(d1: D1Database | D1DatabaseSession): Database {
  dialect ??= withLiteralLimits(new SQLiteAsyncDialect());
  const session = new SQLiteD1Session<Record<string, never>, never>(d1 as D1Database, dialect, undefined, {});
  return Object.assign(new DrizzleD1Database<Record<string, never>>('async', dialect, session, undefined), { $client: d1 });
}
