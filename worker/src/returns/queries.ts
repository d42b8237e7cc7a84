// Reads of the returns tables. Everything one request needs about a return comes back in ONE
// batch (one round trip): the period, the organisation, the return with its stored status,
// its versions with their reviews and the names behind them, the last accepted quarter before
// it with the accepted quarters before that (one indexed seek), the organisation's submitters
// and the return's notes. `returnFacts` runs them; `returnFactsWith` sends a caller's own reads
// beside them.
import { asc, eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { HISTORY_QUARTERS, historyFields } from '../../../content/dataset/outliers.ts';
import { datasets } from '../../../content/index.ts';
import { parsePeriodId } from '../../../content/stats/periods.ts';
import { memberships, organisations, periods, type ReturnValues, returnNotes, returns, returnVersions, users } from '../../db/schema.ts';
import type { Db } from '../lib/actor.ts';
import type { HeldCheck } from '../lib/held-checks.ts';
import { ApiError } from '../lib/http.ts';
import type { Prefetcher } from '../lib/prefetch.ts';
import { type RawRow, rowReader } from '../lib/rows.ts';

export type { Db };

type D1Client = Db['$client'];
export type PeriodRow = typeof periods.$inferSelect;
export type ReturnRow = typeof returns.$inferSelect;
export type VersionRow = typeof returnVersions.$inferSelect;
export type OrgRow = typeof organisations.$inferSelect;

/** A version as the views show it: the row, its review (if any) and who submitted and reviewed it. */
export interface VersionView {
  v: VersionRow;
  review: { decision: 'accepted' | 'returned'; comment: string | null; reviewedAt: number; reviewer: string | null } | null;
  submittedBy: string | null;
}
export interface ReturnFacts {
  period: PeriodRow | null;
  org: OrgRow | null;
  ret: ReturnRow | null;
  /** Who last saved the draft, as shown ("name", or "API (prefix)"). */
  draftAuthor: string | null;
  /** Oldest first. */
  versions: VersionView[];
  /** The last accepted values of an earlier quarter, for change-vs-previous warnings (the first of `history`). */
  previous: { periodId: string; values: ReturnValues } | null;
  /**
   * The accepted quarters before this one, newest first (at most HISTORY_QUARTERS), for
   * outlier-vs-history warnings. On routes that only check a draft, each holds just the fields
   * the history rules compare (`historyFields`).
   */
  history: { periodId: string; values: ReturnValues }[];
  /**
   * The accepted versions `history` was read from, as `HISTORY_HELD` names them (null for none):
   * versions never change, so the same names mean the same history.
   */
  historyKey: string | null;
  submitters: { id: string; email: string; name: string | null; lang: 'cy' | 'en' }[];
  /** Comments and flags on the values, oldest first, each with its author as shown (null once erased). */
  notes: NoteView[];
}
export type NoteRow = typeof returnNotes.$inferSelect;
export interface NoteView {
  n: NoteRow;
  author: string | null;
}

const shown = (name: string | null | undefined, email: string | null | undefined) => name ?? email ?? null;

/** The period, or 404 period-not-found (also for an id that is not a period id at all). */
export function periodQuery(db: Db, id: string) {
  return db
    .select()
    .from(periods)
    .where(eq(periods.id, parsePeriodId(id) ? id : ''))
    .limit(1);
}
export function orgQuery(db: Db, orgId: string) {
  return db.select().from(organisations).where(eq(organisations.id, orgId)).limit(1);
}

/** Submitters of an organisation (members), each with their language. */
export function submittersQuery(db: Db, orgId: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, lang: users.lang })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.email));
}

// The facts of one return, as plain statements with bound parameters: their SQL is built once
// (building the same reads with drizzle's query builder cost ~3 ms of CPU per request, more than
// the database spent running them). Own names (x_…) for joined columns, so none shadows another.
// Query plans (EXPLAIN QUERY PLAN, recorded where a statement is not a plain primary-key read):
const FACTS_SQL = {
  // SEARCH periods USING INDEX sqlite_autoindex_periods_1 (id=?)
  period: 'SELECT * FROM periods WHERE id = ?1',
  // SEARCH organisations USING INDEX sqlite_autoindex_organisations_1 (id=?)
  org: 'SELECT * FROM organisations WHERE id = {org}',
  // SEARCH r USING INDEX returns_org_period_uq (org_id=? AND period_id=?)
  // SEARCH a USING INDEX sqlite_autoindex_users_1 (id=?) LEFT-JOIN; SEARCH k USING INDEX sqlite_autoindex_api_keys_1 (id=?) LEFT-JOIN
  ret: `SELECT r.*, a.name AS x_author_name, a.email AS x_author_email, k.prefix AS x_key_prefix
   FROM returns r
   LEFT JOIN users a ON a.id = substr(r.draft_updated_by, 6) AND r.draft_updated_by LIKE 'user:%'
   LEFT JOIN api_keys k ON k.id = substr(r.draft_updated_by, 9) AND r.draft_updated_by LIKE 'api-key:%'
   WHERE r.org_id = {org} AND r.period_id = ?2`,
  // SEARCH r USING INDEX returns_org_period_uq (org_id=? AND period_id=?)
  // SEARCH v USING INDEX return_versions_version_uq (return_id=?), then a primary-key or unique-index read per join
  versions: `SELECT v.*, rv.decision AS x_decision, rv.comment AS x_comment, rv.created_at AS x_reviewed_at,
     reviewer.name AS x_reviewer_name, reviewer.email AS x_reviewer_email,
     submitter.name AS x_submitter_name, submitter.email AS x_submitter_email, k.prefix AS x_key_prefix
   FROM returns r
   JOIN return_versions v ON v.return_id = r.id
   LEFT JOIN return_reviews rv ON rv.version_id = v.id
   LEFT JOIN users reviewer ON reviewer.id = rv.reviewer_id
   LEFT JOIN users submitter ON submitter.id = v.submitted_by_user_id
   LEFT JOIN api_keys k ON k.id = v.api_key_id
   WHERE r.org_id = {org} AND r.period_id = ?2
   ORDER BY v.version`,
  // The accepted returns of earlier quarters, newest first (the first is the previous quarter's):
  // a backward seek on the partial index returns_org_accepted_idx (org_id, period_id WHERE
  // accepted) that stops after HISTORY_QUARTERS rows, then one primary-key read each. The
  // limit is written in, not bound: SQLite plans with a bound LIMIT's value, so it would compile
  // the statement again every time it runs (lib/drizzle.ts does the same for drizzle's limits).
  //   SEARCH r USING INDEX returns_org_accepted_idx (org_id=? AND period_id<?)
  //   SEARCH v USING INDEX sqlite_autoindex_return_versions_1 (id=?)
  history: `SELECT r.period_id AS x_period_id, r.latest_accepted_version_id AS x_version_id, {history_values} AS x_values
   FROM returns r JOIN return_versions v ON v.id = r.latest_accepted_version_id
   WHERE r.org_id = {org} AND r.period_id < ?2 AND r.latest_accepted_version_id IS NOT NULL
   ORDER BY r.period_id DESC LIMIT ${HISTORY_QUARTERS}`,
  // SEARCH m USING INDEX memberships_org_idx (org_id=?); SEARCH u USING INDEX sqlite_autoindex_users_1 (id=?); USE TEMP B-TREE FOR ORDER BY
  submitters:
    'SELECT u.id, u.email, u.name, u.lang FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = {org} ORDER BY u.email',
  // SEARCH r USING INDEX returns_org_period_uq (org_id=? AND period_id=?)
  // SEARCH n USING INDEX return_notes_return_idx (return_id=?)
  notes: `SELECT n.*, a.name AS x_author_name, a.email AS x_author_email
   FROM returns r
   JOIN return_notes n ON n.return_id = r.id
   LEFT JOIN users a ON a.id = n.author_id
   WHERE r.org_id = {org} AND r.period_id = ?2
   ORDER BY n.created_at, n.rowid`,
} as const;
type Part = keyof typeof FACTS_SQL;
// {org} is the organisation's id (?1), or for the machine API, whose addresses name no
// organisation, the API key's own, found from the key's hash (?1) in the same statement; the
// plans above hold, with one more read per statement (SCALAR SUBQUERY: SEARCH api_keys USING
// INDEX api_keys_key_hash_unique (key_hash=?)).
// {history_values} is every value of each earlier quarter, or on the routes that only check a
// draft (save, submit, CSV upload, validate) just the fields the history rules compare, as one
// small JSON object built by SQLite: twelve quarters of every value would be about 45 kB from D1
// on every autosave of an established organisation.
const ORG_BY = { id: '?1', key: '(SELECT org_id FROM api_keys WHERE key_hash = ?1)' } as const;
const RULE_FIELDS = historyFields(datasets).map((f) => {
  if (!/^[a-z0-9.-]+$/.test(f)) throw new Error(`field key not safe in a JSON path: ${f}`);
  return `'${f}', json_extract(v."values", '$."${f}"')`;
});
const HISTORY_VALUES = { all: 'v."values"', rules: `json_object(${RULE_FIELDS.join(', ')})` } as const;
type FactsSql = Record<Part, string>;
const factsSql = (org: keyof typeof ORG_BY, history: keyof typeof HISTORY_VALUES): FactsSql =>
  Object.fromEntries(
    Object.entries(FACTS_SQL).map(([part, q]) => [
      part,
      q.replaceAll('{org}', ORG_BY[org]).replace('{history_values}', HISTORY_VALUES[history]),
    ]),
  ) as FactsSql;
const FACTS: Record<keyof typeof ORG_BY, Record<keyof typeof HISTORY_VALUES, FactsSql>> = {
  id: { all: factsSql('id', 'all'), rules: factsSql('id', 'rules') },
  key: { all: factsSql('key', 'all'), rules: factsSql('key', 'rules') },
};

const readPeriod = rowReader(periods);
const readOrg = rowReader(organisations);
const readReturn = rowReader(returns);
const readVersion = rowReader(returnVersions);
const readNote = rowReader(returnNotes);
// The column is JSON text typed as ReturnValues ($type in the schema), as drizzle reads it.
const readValues = (raw: unknown) => returnVersions.values.mapFromDriverValue(raw as string) as ReturnValues;
const text = (raw: unknown) => (typeof raw === 'string' ? raw : null);
const historyOf = (rows: RawRow[]): ReturnFacts['history'] =>
  rows.map((h) => ({ periodId: String(h.x_period_id), values: readValues(h.x_values) }));
const historyKeyOf = (rows: RawRow[]): string | null => (rows.length ? rows.map((h) => String(h.x_version_id)).join(',') : null);

/**
 * What each kind of request reads of a return. A draft save, a CSV upload or a check needs the
 * draft, its period and organisation and the quarters it is checked against; a submission also
 * the versions (the idempotency key, the next version number) and whom to tell; the views and
 * the review read everything. Each statement left out is one the database need not run.
 */
const READS = {
  draft: ['period', 'org', 'ret', 'history'],
  submit: ['period', 'org', 'ret', 'versions', 'history', 'submitters'],
  all: ['period', 'org', 'ret', 'versions', 'history', 'submitters', 'notes'],
} as const satisfies Record<string, readonly Part[]>;
export type Reads = keyof typeof READS;
/** A read that holds everything `wanted` needs (every set above holds the ones before it). */
const covers = (have: Reads, wanted: Reads) => READS[have].length >= READS[wanted].length;

/** The facts a read of `reads` gives: only what it read. */
export type FactsOf<R extends Reads> = R extends 'draft' ? DraftFacts : R extends 'submit' ? Omit<ReturnFacts, 'notes'> : ReturnFacts;
export type DraftFacts = Pick<ReturnFacts, 'period' | 'org' | 'ret' | 'draftAuthor' | 'previous' | 'history' | 'historyKey'>;

/** `org` is the organisation's id, or with `FACTS.key` the API key's hash. */
function factStatements(d1: D1Client, org: string, periodId: string, reads: Reads, sql: FactsSql): D1PreparedStatement[] {
  return READS[reads].map((part) => d1.prepare(sql[part]).bind(...BINDS[part](org, periodId)));
}
/** Each statement's parameters. */
const BINDS: Record<Part, (org: string, periodId: string) => unknown[]> = {
  period: (_, periodId) => [parsePeriodId(periodId) ? periodId : ''],
  org: (org) => [org],
  ret: (org, periodId) => [org, periodId],
  versions: (org, periodId) => [org, periodId],
  history: (org, periodId) => [org, periodId],
  submitters: (org) => [org],
  notes: (org, periodId) => [org, periodId],
};

function factsOf<R extends Reads>(reads: R, results: D1Result<RawRow>[]): FactsOf<R> {
  const rows = Object.fromEntries(READS[reads].map((part, i) => [part, results[i]!.results])) as Partial<Record<Part, RawRow[]>>;
  const row = rows.ret![0];
  const ret = row ? readReturn(row) : null;
  const by = ret?.draftUpdatedBy ?? null;
  const draftAuthor = !by
    ? null
    : by.startsWith('api-key:')
      ? `API (${text(row!.x_key_prefix) ?? by.slice(8)})`
      : shown(text(row!.x_author_name), text(row!.x_author_email));
  const history = historyOf(rows.history!);
  const facts: DraftFacts & Partial<ReturnFacts> = {
    period: rows.period![0] ? readPeriod(rows.period![0]) : null,
    org: rows.org![0] ? readOrg(rows.org![0]) : null,
    ret,
    draftAuthor,
    previous: history[0] ?? null,
    history,
    historyKey: historyKeyOf(rows.history!),
  };
  if (rows.versions) facts.versions = rows.versions.map(versionView);
  if (rows.submitters) facts.submitters = rows.submitters.map(submitterOf);
  if (rows.notes) facts.notes = rows.notes.map((x) => ({ n: readNote(x), author: shown(text(x.x_author_name), text(x.x_author_email)) }));
  return facts as FactsOf<R>;
}

function submitterOf(s: RawRow): ReturnFacts['submitters'][number] {
  return { id: String(s.id), email: String(s.email), name: text(s.name), lang: s.lang === 'en' ? 'en' : 'cy' };
}

function versionView(x: RawRow): VersionView {
  const v = readVersion(x);
  const decision = x.x_decision === 'accepted' || x.x_decision === 'returned' ? x.x_decision : null;
  return {
    v,
    review:
      decision && typeof x.x_reviewed_at === 'number'
        ? {
            decision,
            comment: text(x.x_comment),
            reviewedAt: x.x_reviewed_at,
            reviewer: shown(text(x.x_reviewer_name), text(x.x_reviewer_email)),
          }
        : null,
    submittedBy: v.submittedByUserId
      ? shown(text(x.x_submitter_name), text(x.x_submitter_email))
      : v.apiKeyId
        ? `API (${text(x.x_key_prefix) ?? v.apiKeyId})`
        : null,
  };
}

// Fails (lib/held-checks.ts) unless the accepted quarters before this one are still the versions
// a held history was read from (`historyKey`): the history statement's own seek, with the
// version ids alone, so a write decided on a held history proves it without reading it.
// SEARCH r USING INDEX returns_org_accepted_idx (org_id=? AND period_id<?)
const HISTORY_HELD = `(SELECT group_concat(id, ',') FROM
  (SELECT r.latest_accepted_version_id AS id FROM returns r
   WHERE r.org_id = ?1 AND r.period_id < ?2 AND r.latest_accepted_version_id IS NOT NULL
   ORDER BY r.period_id DESC LIMIT ${HISTORY_QUARTERS})) IS NOT ?3`;

/** A check, for a batch, that the history a draft was checked against is still the one held. */
export function historyStillHeld(orgId: string, periodId: string, historyKey: string | null): HeldCheck {
  return { failsWhen: HISTORY_HELD, binds: [...BINDS.history(orgId, periodId), historyKey] };
}

/** The organisation's submitters (email, lang…), the organisation's id as ?1: for a statement that acts on them in a batch. */
export const SUBMITTERS_SQL = FACTS.id.rules.submitters;
/** The organisation's submitters as a statement of its own, for a batch that decides without reading them first. */
export function submittersStatement(d1: D1Client, orgId: string): D1PreparedStatement {
  return d1.prepare(SUBMITTERS_SQL).bind(...BINDS.submitters(orgId, ''));
}
/** Its rows as `ReturnFacts['submitters']`. */
export const submittersOf = (result: D1Result): ReturnFacts['submitters'] => (result.results as RawRow[]).map(submitterOf);

/** Everything about one return, in one round trip (none when it came with the caller's lookup). */
export function returnFacts(db: Db, orgId: string, periodId: string): Promise<ReturnFacts> {
  return factsFor(db, orgId, periodId, 'all');
}
/** What a draft save or a check reads (READS.draft). */
export function draftFacts(db: Db, orgId: string, periodId: string): Promise<DraftFacts> {
  return factsFor(db, orgId, periodId, 'draft');
}
/** What a submission reads (READS.submit). */
export function submitFacts(db: Db, orgId: string, periodId: string): Promise<FactsOf<'submit'>> {
  return factsFor(db, orgId, periodId, 'submit');
}

async function factsFor<R extends Reads>(db: Db, orgId: string, periodId: string, reads: R): Promise<FactsOf<R>> {
  const ready = prefetched.get(db);
  // Once only: a second read in the same request (after a refused write) must see the database anew.
  if (ready?.orgId === orgId && ready.periodId === periodId && covers(ready.reads, reads)) {
    prefetched.delete(db);
    return ready.facts as FactsOf<R>;
  }
  const d1 = db.$client;
  // Away from the views, the history is only checked against the rules (FACTS.id.rules).
  const sql = FACTS.id[reads === 'all' ? 'all' : 'rules'];
  return factsOf(reads, await d1.batch<RawRow>(factStatements(d1, orgId, periodId, reads, sql)));
}

/** Facts read with the caller's session lookup, by the request's database handle. */
const prefetched = new WeakMap<Db, { orgId: string; periodId: string; reads: Reads; facts: FactsOf<Reads> }>();
/** Every route of one return that starts from its facts: the organisation's own, and the review. */
const RETURN_ROUTE =
  /^\/api\/(?:orgs\/([^/]+)\/returns\/([^/]+)(?:\/(?:draft|submit|notes|validate|csv|diff|versions\/[^/]+))?|national\/returns\/([^/]+)\/([^/]+)\/review)$/;
/** Writes that only check a draft against its rules (and the submission, which also needs its versions). */
const DRAFT_WRITE = /\/(?:draft|csv|validate)$/;
const SUBMIT = /\/submit$/;
/** The machine API's return routes: the organisation is the API key's own. */
const KEY_RETURN_ROUTE = /^\/api\/v1\/returns\/([^/]+)(?:\/(?:draft|submit))?$/;

/** The facts of the return a request names, read in the batch that looks up its caller (lib/prefetch.ts). */
export const returnFactsPrefetch: Prefetcher = (c, caller) => {
  const path = c.req.path;
  const m = RETURN_ROUTE.exec(path);
  const k = m ? null : KEY_RETURN_ROUTE.exec(path);
  if (!m && !(k && caller.keyHash)) return null;
  let org: string;
  let periodId: string;
  try {
    [org, periodId] = m
      ? [decodeURIComponent((m[1] ?? m[3])!), decodeURIComponent((m[2] ?? m[4])!)]
      : [caller.keyHash!, decodeURIComponent(k![1]!)];
  } catch {
    return null; // not an address the route would accept either
  }
  const write = c.req.method !== 'GET' && c.req.method !== 'HEAD';
  const reads: Reads = write && DRAFT_WRITE.test(path) ? 'draft' : write && SUBMIT.test(path) ? 'submit' : 'all';
  const db = c.get('db');
  return {
    statements: factStatements(db.$client, org, periodId, reads, FACTS[m ? 'id' : 'key'][reads === 'all' ? 'all' : 'rules']),
    take: (results) => {
      const facts = factsOf(reads, results as D1Result<RawRow>[]);
      // By key, the facts are the organisation's that the key names (none for an unknown key).
      const orgId = m ? org : facts.org?.id;
      if (orgId) prefetched.set(db, { orgId, periodId, reads, facts });
    },
  };
};

/**
 * The same, with more reads of the caller's (drizzle queries) sent at the same time: two calls
 * in flight together, so one round trip's wait (drizzle cannot put plain statements in its batch).
 */
export async function returnFactsWith<const T extends readonly BatchItem<'sqlite'>[]>(
  db: Db,
  orgId: string,
  periodId: string,
  more: T,
): Promise<[ReturnFacts, { [K in keyof T]: Awaited<T[K]> }]> {
  const [facts, rest] = await Promise.all([
    returnFacts(db, orgId, periodId),
    db.batch(more as unknown as Parameters<Db['batch']>[0]) as unknown as Promise<{ [K in keyof T]: Awaited<T[K]> }>,
  ]);
  return [facts, rest];
}

/** The period and organisation must exist. */
export function known(f: Pick<ReturnFacts, 'period' | 'org'>): { period: PeriodRow; org: OrgRow } {
  if (!f.period) throw new ApiError(404, 'period-not-found');
  if (!f.org) throw new ApiError(404, 'not-found');
  return { period: f.period, org: f.org };
}
