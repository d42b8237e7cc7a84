// Rows of plain D1 statements as drizzle would give them: keys in camelCase and values mapped
// from the driver (JSON text parsed, 0/1 as booleans), from the table's own column definitions.
// Hot reads use plain statements with bound parameters (their SQL is a constant) because
// building a query with drizzle costs far more CPU than running it (returns/queries.ts).
import { getTableColumns, type InferSelectModel, type Table } from 'drizzle-orm';

export type RawRow = Record<string, unknown>;

/** A reader of `table`'s rows; `prefix` when its columns were selected under other names (`v_id`…). */
export function rowReader<T extends Table>(table: T, prefix = ''): (raw: RawRow) => InferSelectModel<T> {
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({ key, name: prefix + column.name, column }));
  return (raw) => {
    const out: RawRow = {};
    for (const { key, name, column } of columns) {
      const value = raw[name];
      out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return out as InferSelectModel<T>;
  };
}

/**
 * Whether a write of one row by its key changed nothing (its guard, a revision or a status, did
 * not match). D1 counts the rows that the statement's triggers change as well (counters and sums
 * kept beside the data, migrations 0007, 0013–0015), so success is any count above zero, not one.
 */
export const changedNothing = (result: unknown): boolean => (result as { meta: { changes: number } }).meta.changes === 0;
