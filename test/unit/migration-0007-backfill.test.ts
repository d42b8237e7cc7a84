// Migration 0007 backfills what it now stores (status, latest and accepted versions, first
// submission, the national sums) from history written the old way: the migrations before it
// are applied to an empty SQLite database, returns in every state are written as the Worker
// used to write them, then 0007 runs and its results are compared with the history.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeAll, describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../migrations');
const files = readdirSync(DIR)
  .filter((f) => /^\d{4}_.*\.sql$/.test(f))
  .sort();
const apply = (db: DatabaseSync, f: string) => db.exec(readFileSync(join(DIR, f), 'utf8'));

const db = new DatabaseSync(':memory:');
const P = '2025-26-q1';
const T = Date.UTC(2025, 6, 1);
let n = 0;

function org(id: string, region: string) {
  db.prepare(
    `INSERT INTO organisations (id, name_cy, name_en, type, health_board, local_authority, region, clusters, created_at, updated_at)
     VALUES (?, ?, ?, 'third-sector', 'cavuhb', NULL, ?, '[]', 0, 0)`,
  ).run(id, `${id} cy`, id, region);
}
function ret(id: string, orgId: string) {
  db.prepare(
    `INSERT INTO returns (id, org_id, period_id, dataset_version, draft_values, draft_explanations, draft_rev, draft_updated_at, draft_updated_by, draft_source, created_at)
     VALUES (?, ?, ?, '1.0', '{}', '{}', 1, ?, 'user:u', 'web', ?)`,
  ).run(id, orgId, P, T, T);
}
function version(returnId: string, v: number, values: Record<string, number | null>, at: number) {
  const id = `${returnId}-v${v}`;
  db.prepare(
    `INSERT INTO return_versions (id, return_id, version, reference, "values", explanations, dataset_version, via, declaration_name, amendment_reason, idempotency_key, created_at)
     VALUES (?, ?, ?, ?, ?, '{}', '1.0', 'web', 'Enw', ?, ?, ?)`,
  ).run(id, returnId, v, `REF-${++n}`, JSON.stringify(values), v > 1 ? 'Cywiriad' : null, `idem-${n}`, at);
  return id;
}
function review(versionId: string, decision: 'accepted' | 'returned', at: number) {
  db.prepare('INSERT INTO return_reviews (id, version_id, decision, comment, reviewer_id, created_at) VALUES (?, ?, ?, NULL, ?, ?)').run(
    `rv-${++n}`,
    versionId,
    decision,
    'analyst',
    at,
  );
}
const row = (id: string) => db.prepare('SELECT * FROM returns WHERE id = ?').get(id) as Record<string, unknown>;

beforeAll(() => {
  for (const f of files.filter((f) => f < '0007')) apply(db, f);
  db.prepare('INSERT INTO periods (id, opens_at, due_at, created_at) VALUES (?, 0, ?, 0)').run(P, T);
  org('a', 'cardiff-and-vale');
  org('a2', 'cardiff-and-vale');
  org('b', 'cardiff-and-vale');
  org('c', 'west-wales');
  // draft only; submitted; returned then accepted; accepted, revised and accepted, then resubmitted
  ret('draft', 'a');
  ret('sub', 'a2');
  version('sub', 1, { 'referrals-received': 1 }, T + 1);
  ret('acc', 'b');
  review(version('acc', 1, { 'referrals-received': 5 }, T + 2), 'returned', T + 3);
  review(version('acc', 2, { 'referrals-received': 7, 'people-supported': 3 }, T + 4), 'accepted', T + 5);
  ret('rev', 'c');
  review(version('rev', 1, { 'referrals-received': 10 }, T + 6), 'accepted', T + 7);
  review(version('rev', 2, { 'referrals-received': 12, 'people-supported': null }, T + 8), 'accepted', T + 9);
  version('rev', 3, { 'referrals-received': 13 }, T + 10);
  for (const f of files.filter((f) => f.startsWith('0007'))) apply(db, f);
});

describe('migration 0007 backfill', () => {
  it('derives each return’s status and versions from its history', () => {
    expect(row('draft')).toMatchObject({
      status: 'draft',
      latest_version: null,
      first_submitted_at: null,
      latest_accepted_version_id: null,
    });
    expect(row('sub')).toMatchObject({ status: 'submitted', latest_version: 1, latest_version_id: 'sub-v1', first_submitted_at: T + 1 });
    expect(row('acc')).toMatchObject({
      status: 'accepted',
      latest_version: 2,
      latest_version_id: 'acc-v2',
      first_submitted_at: T + 2,
      latest_accepted_version_id: 'acc-v2',
      accepted_at: T + 5,
      accepted_revision: 0,
    });
    expect(row('rev')).toMatchObject({
      status: 'submitted',
      latest_version: 3,
      latest_version_id: 'rev-v3',
      first_submitted_at: T + 6,
      latest_accepted_version_id: 'rev-v2',
      accepted_at: T + 9,
      accepted_revision: 1,
    });
  });

  it('sums the latest accepted figures by area, and counts the returns behind them', () => {
    const sums = db
      .prepare('SELECT region, field, value, n FROM accepted_sums WHERE period_id = ? AND n <> 0 ORDER BY region, field')
      .all(P);
    expect(sums).toEqual([
      { region: 'cardiff-and-vale', field: 'people-supported', value: 3, n: 1 },
      { region: 'cardiff-and-vale', field: 'referrals-received', value: 7, n: 1 },
      { region: 'west-wales', field: 'referrals-received', value: 12, n: 1 },
    ]);
    const counts = db.prepare('SELECT region, returns FROM accepted_counts WHERE period_id = ? AND returns <> 0 ORDER BY region').all(P);
    expect(counts).toEqual([
      { region: 'cardiff-and-vale', returns: 1 },
      { region: 'west-wales', returns: 1 },
    ]);
    // The figures changed, so the period waits for its first publication (the cron publishes it).
    expect((db.prepare('SELECT data_rev FROM periods WHERE id = ?').get(P) as { data_rev: number }).data_rev).toBeGreaterThan(0);
  });

  it('keeps deriving as new reviews come in', () => {
    review('rev-v3', 'accepted', T + 11);
    expect(row('rev')).toMatchObject({ status: 'accepted', latest_accepted_version_id: 'rev-v3', accepted_revision: 1 });
    const s = db
      .prepare("SELECT value, n FROM accepted_sums WHERE period_id = ? AND region = 'west-wales' AND field = 'referrals-received'")
      .get(P);
    expect(s).toEqual({ value: 13, n: 1 });
    // a review of an earlier version is refused
    expect(() => review('rev-v1', 'returned', T + 12)).toThrow(/already-reviewed/);
  });
});
