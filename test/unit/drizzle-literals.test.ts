// SQLite plans with a bound LIMIT, or a value compared with a partial index's constant, and so
// compiles such a statement again at every run: the Worker's drizzle writes them into the SQL.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assetAssessments, users } from '../../worker/db/schema.ts';
import { drizzleOver, literal } from '../../worker/src/lib/drizzle.ts';

const db = drizzleOver({} as D1Database);

describe('the Worker’s drizzle', () => {
  it('writes a whole-number limit into the SQL, so each limit is one compiled statement', () => {
    const q = db.select({ id: users.id }).from(users).where(eq(users.email, 'a@b.c')).limit(1).toSQL();
    expect(q.sql).toMatch(/ limit 1$/);
    expect(q.params).toEqual(['a@b.c']);
    expect(db.select().from(users).limit(0).toSQL().sql).toMatch(/ limit 0$/);
  });

  it('binds anything else as drizzle does', () => {
    const q = db.select().from(users).limit(sql.placeholder('n')).toSQL();
    expect(q.sql).toMatch(/ limit \?$/);
    expect(db.select().from(users).limit(2.5).toSQL().params).toEqual([2.5]);
  });

  it('writes a constant compared with a partial index’s condition into the SQL, quoted', () => {
    const q = db
      .delete(assetAssessments)
      .where(eq(assetAssessments.status, literal('draft')))
      .toSQL();
    expect(q.sql).toMatch(/"status" = 'draft'/);
    expect(q.params).toEqual([]);
    expect(
      db
        .select()
        .from(users)
        .where(eq(users.name, literal("O'Neill")))
        .toSQL().sql,
    ).toMatch(/= 'O''Neill'/);
  });
});
