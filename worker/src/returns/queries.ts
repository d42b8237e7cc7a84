// Reads of the returns tables. Everything one request needs about a return comes back in ONE
// batch (one round trip): the period, the organisation, the return with its stored status,
// its versions with their reviews and the names behind them, the last accepted quarter before
// it with the accepted quarters before that (one indexed seek) and the organisation's submitters. Queries are built here and run by
// `returnFacts`, which callers extend with their own reads in the same batch.
import { and, asc, desc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { alias } from 'drizzle-orm/sqlite-core';
import { HISTORY_QUARTERS } from '../../../content/dataset/outliers.ts';
import { parsePeriodId } from '../../../content/stats/periods.ts';
import {
  apiKeys,
  memberships,
  organisations,
  periods,
  type ReturnValues,
  returnNotes,
  returnReviews,
  returns,
  returnVersions,
  users,
} from '../../db/schema.ts';
import type { Db } from '../lib/actor.ts';
import { ApiError } from '../lib/http.ts';

export type { Db };
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
  /** The last accepted values of an earlier quarter, for change-vs-previous warnings. */
  previous: { periodId: string; values: ReturnValues } | null;
  /** The accepted quarters before this one, newest first (at most HISTORY_QUARTERS), for outlier-vs-history warnings. */
  history: { periodId: string; values: ReturnValues }[];
  submitters: { id: string; email: string; name: string | null; lang: 'cy' | 'en' }[];
  /** Comments and flags on the values, oldest first, each with its author as shown (null once erased). */
  notes: NoteView[];
}
export type NoteRow = typeof returnNotes.$inferSelect;
export interface NoteView {
  n: NoteRow;
  author: string | null;
}

const submitter = alias(users, 'submitter');
const reviewer = alias(users, 'reviewer');
const author = alias(users, 'author');
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
const onReturn = (orgId: string, periodId: string) => and(eq(returns.orgId, orgId), eq(returns.periodId, periodId));

/**
 * The accepted returns of earlier quarters, newest first (the first is the previous quarter's):
 * a backward seek on the partial index returns_org_accepted_idx (org_id, period_id WHERE
 * accepted) that stops after HISTORY_QUARTERS rows, then one primary-key read each.
 *   SEARCH r USING INDEX returns_org_accepted_idx (org_id=? AND period_id<?)
 *   SEARCH v USING INDEX sqlite_autoindex_return_versions_1 (id=?)
 */
export function acceptedHistoryQuery(db: Db, orgId: string, periodId: string) {
  return db
    .select({ periodId: returns.periodId, values: returnVersions.values })
    .from(returns)
    .innerJoin(returnVersions, eq(returnVersions.id, returns.latestAcceptedVersionId))
    .where(and(eq(returns.orgId, orgId), lt(returns.periodId, periodId), isNotNull(returns.latestAcceptedVersionId)))
    .orderBy(desc(returns.periodId))
    .limit(HISTORY_QUARTERS);
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

/**
 * The return's notes, oldest first, with their authors' names.
 *   SEARCH r USING INDEX returns_org_period_uq (org_id=? AND period_id=?)
 *   SEARCH n USING INDEX return_notes_return_idx (return_id=?)
 */
function notesQuery(db: Db, orgId: string, periodId: string) {
  return db
    .select({
      n: returnNotes,
      authorName: sql<string | null>`${author.name}`.as('author_name'),
      authorEmail: sql<string | null>`${author.email}`.as('author_email'),
    })
    .from(returns)
    .innerJoin(returnNotes, eq(returnNotes.returnId, returns.id))
    .leftJoin(author, eq(author.id, returnNotes.authorId))
    .where(onReturn(orgId, periodId))
    .orderBy(asc(returnNotes.createdAt), asc(sql`${returnNotes}.rowid`));
}

function factQueries(db: Db, orgId: string, periodId: string) {
  return [
    periodQuery(db, periodId),
    orgQuery(db, orgId),
    db
      .select({ r: returns, authorName: author.name, authorEmail: author.email, keyPrefix: apiKeys.prefix })
      .from(returns)
      .leftJoin(author, sql`${author.id} = substr(${returns.draftUpdatedBy}, 6) AND ${returns.draftUpdatedBy} LIKE 'user:%'`)
      .leftJoin(apiKeys, sql`${apiKeys.id} = substr(${returns.draftUpdatedBy}, 9) AND ${returns.draftUpdatedBy} LIKE 'api-key:%'`)
      .where(onReturn(orgId, periodId))
      .limit(1),
    db
      .select({
        v: returnVersions,
        decision: returnReviews.decision,
        comment: returnReviews.comment,
        // Own names: drizzle's D1 batch maps rows by column name, and these share theirs (created_at, name, email).
        reviewedAt: sql<number | null>`${returnReviews.createdAt}`.as('reviewed_at'),
        reviewerName: sql<string | null>`${reviewer.name}`.as('reviewer_name'),
        reviewerEmail: sql<string | null>`${reviewer.email}`.as('reviewer_email'),
        submitterName: sql<string | null>`${submitter.name}`.as('submitter_name'),
        submitterEmail: sql<string | null>`${submitter.email}`.as('submitter_email'),
        keyPrefix: apiKeys.prefix,
      })
      .from(returns)
      .innerJoin(returnVersions, eq(returnVersions.returnId, returns.id))
      .leftJoin(returnReviews, eq(returnReviews.versionId, returnVersions.id))
      .leftJoin(reviewer, eq(reviewer.id, returnReviews.reviewerId))
      .leftJoin(submitter, eq(submitter.id, returnVersions.submittedByUserId))
      .leftJoin(apiKeys, eq(apiKeys.id, returnVersions.apiKeyId))
      .where(onReturn(orgId, periodId))
      .orderBy(asc(returnVersions.version)),
    acceptedHistoryQuery(db, orgId, periodId),
    submittersQuery(db, orgId),
    notesQuery(db, orgId, periodId),
  ] as const;
}
type FactResults = Awaited<ReturnType<typeof runFacts>>;
const runFacts = (db: Db, orgId: string, periodId: string) => db.batch(factQueries(db, orgId, periodId));

function factsOf([[period], [org], [row], versions, history, submitters, notes]: FactResults): ReturnFacts {
  const previous = history[0];
  const ret = row?.r ?? null;
  const by = ret?.draftUpdatedBy ?? null;
  const draftAuthor = !by
    ? null
    : by.startsWith('api-key:')
      ? `API (${row?.keyPrefix ?? by.slice(8)})`
      : shown(row?.authorName, row?.authorEmail);
  return {
    period: period ?? null,
    org: org ?? null,
    ret,
    draftAuthor,
    versions: versions.map((x) => ({
      v: x.v,
      review:
        x.decision && x.reviewedAt !== null
          ? { decision: x.decision, comment: x.comment, reviewedAt: x.reviewedAt, reviewer: shown(x.reviewerName, x.reviewerEmail) }
          : null,
      submittedBy: x.v.submittedByUserId
        ? shown(x.submitterName, x.submitterEmail)
        : x.v.apiKeyId
          ? `API (${x.keyPrefix ?? x.v.apiKeyId})`
          : null,
    })),
    previous: previous ? { periodId: previous.periodId, values: previous.values } : null,
    history: history.map((h) => ({ periodId: h.periodId, values: h.values })),
    submitters,
    notes: notes.map((x) => ({ n: x.n, author: shown(x.authorName, x.authorEmail) })),
  };
}

/** Everything about one return, in one round trip. */
export async function returnFacts(db: Db, orgId: string, periodId: string): Promise<ReturnFacts> {
  return factsOf(await runFacts(db, orgId, periodId));
}

/** The same, with more reads of the caller's in the same batch (one round trip for all). */
export async function returnFactsWith<const T extends readonly BatchItem<'sqlite'>[]>(
  db: Db,
  orgId: string,
  periodId: string,
  more: T,
): Promise<[ReturnFacts, { [K in keyof T]: Awaited<T[K]> }]> {
  const facts = factQueries(db, orgId, periodId);
  const all = (await db.batch([...facts, ...more] as unknown as Parameters<Db['batch']>[0])) as unknown as unknown[];
  return [factsOf(all.slice(0, facts.length) as unknown as FactResults), all.slice(facts.length) as { [K in keyof T]: Awaited<T[K]> }];
}

/** The period and organisation must exist. */
export function known(f: Pick<ReturnFacts, 'period' | 'org'>): { period: PeriodRow; org: OrgRow } {
  if (!f.period) throw new ApiError(404, 'period-not-found');
  if (!f.org) throw new ApiError(404, 'not-found');
  return { period: f.period, org: f.org };
}
