// Writes of the returns API: save a draft, submit it, review a version. Each takes plain
// inputs (an Actor: database, who, request id, time, mailer), reads what it needs in ONE batch
// (returnFacts, usually with the caller's lookup: lib/prefetch.ts), checks it, then writes the
// change, its audit row and, where mail is the local outbox, its mail in ONE batch: two round
// trips in all (test/worker/round-trips.test.ts). A save or a submission this isolate can decide
// on what it holds of the return is one (`…FromSnapshot`). The return's status, latest and
// accepted versions and the national sums follow from the database's triggers in the same batch
// (migration 0007); a review that changes accepted figures also publishes the period's open data
// in that batch (publish.ts).

import type { z } from 'zod';
import type { ReviewBody, SubmitBody } from '../../../content/api/schemas/returns.ts';
import { IDEMPOTENCY_KEY } from '../../../content/api/schemas/returns.ts';
import { currentDataset } from '../../../content/index.ts';
import { changedFields, defOf, type Explanations, issuesOf, unexplained, type Values } from '../../../content/returns/status.ts';
import type { DatasetDefinition, Lang } from '../../../content/schema.ts';
import { periodLabel } from '../../../content/stats/periods.ts';
import { outbox, returnReviews } from '../../db/schema.ts';
import { type Actor, actorRef } from '../lib/actor.ts';
import { audit, auditStatement } from '../lib/audit.ts';
import { BoundedMap } from '../lib/bounded-map.ts';
import { sha256 } from '../lib/crypto.ts';
import { outboxStatements } from '../lib/email.ts';
import { type HeldCaller, refuseUnlessHeld, staleSnapshot } from '../lib/held-checks.ts';
import { ApiError } from '../lib/http.ts';
import { assertNotArchived } from '../lib/organisations.ts';
import { changedNothing } from '../lib/rows.ts';
import { dbRefusal } from './db-refusal.ts';
import { submitterMail, submitterMailInBatch } from './mail.ts';
import { basisQueries, publicationStatements, publishAfter, publishPeriod } from './publish.ts';
import { forgetPublishedRevision } from './published-revision.ts';
import {
  draftFacts,
  historyStillHeld,
  known,
  type OrgRow,
  type PeriodRow,
  type ReturnFacts,
  type ReturnRow,
  returnFactsWith,
  submitFacts,
} from './queries.ts';
import { assertNotOwnReturn } from './review-rules.ts';
import { assertNewSubmission } from './submission-rules.ts';
import { draftDto } from './views.ts';
import { insertReturn, insertVersion, returnStillHeld, updateDraft, type VersionWrite } from './writes.ts';

export type DraftInput = { rev: number; values: Values; explanations: Explanations };

function assertUnlocked(p: PeriodRow) {
  if (p.lockedAt !== null) throw new ApiError(423, 'period-locked');
}

const conflict = (f: Pick<ReturnFacts, 'ret' | 'draftAuthor'>, yours: { values: Values; explanations: Explanations }) =>
  new ApiError(409, 'draft-conflict').with({ draft: draftDto(f.ret, f.draftAuthor), yours });

/**
 * What a save or a submission decides with: the period, the organisation, the return as it
 * stands (or none yet) and the accepted quarters it is checked against.
 */
export interface ReturnBasis {
  period: PeriodRow | null;
  org: OrgRow | null;
  ret: Pick<
    ReturnRow,
    'id' | 'draftRev' | 'datasetVersion' | 'draftValues' | 'draftExplanations' | 'draftSource' | 'latestVersion' | 'latestAcceptedVersionId'
  > | null;
  history: ReturnFacts['history'];
  historyKey: string | null;
}

/**
 * The save a basis allows: its checks (each refusal thrown; a stale revision through
 * `onConflict`), then the write and its audit row as statements for one batch, and the basis
 * the draft will then have.
 */
function draftWrite(
  actor: Actor,
  orgId: string,
  periodId: string,
  f: ReturnBasis,
  toInput: (def: DatasetDefinition) => DraftInput,
  source: 'web' | 'csv' | 'api',
  onConflict: (yours: { values: Values; explanations: Explanations }) => never,
) {
  const { db } = actor;
  const { period, org } = known(f);
  assertUnlocked(period);
  assertNotArchived(org);
  const def = defOf(f.ret?.datasetVersion ?? currentDataset.version);
  const input = toInput(def);
  const yours = { values: input.values, explanations: input.explanations };
  if ((f.ret?.draftRev ?? 0) !== input.rev) onConflict(yours);
  const rev = input.rev + 1;
  const id = f.ret?.id ?? crypto.randomUUID();
  const draft = { values: input.values, explanations: input.explanations, rev, at: actor.now, by: actorRef(actor), source };
  const statements = [
    f.ret
      ? updateDraft(db, id, draft)
      : insertReturn(db, { id, orgId, periodId, datasetVersion: def.version, createdAt: actor.now }, draft),
    auditStatement(actor, {
      action: f.ret ? 'return.draft.update' : 'return.draft.create',
      entityType: 'return',
      entityId: id,
      // What this save changed, field by field: an autosave every few seconds must not copy the whole return twice.
      before: { rev: input.rev },
      after: {
        rev,
        source,
        values: changedFields(f.ret?.draftValues ?? {}, input.values),
        explanations: changedFields(f.ret?.draftExplanations ?? {}, input.explanations),
      },
    }),
  ];
  const next: ReturnBasis = {
    period,
    org,
    ret: {
      id,
      draftRev: rev,
      datasetVersion: def.version,
      draftValues: input.values,
      draftExplanations: input.explanations,
      draftSource: source,
      latestVersion: f.ret?.latestVersion ?? null,
      latestAcceptedVersionId: f.ret?.latestAcceptedVersionId ?? null,
    },
    history: f.history,
    historyKey: f.historyKey,
  };
  return { def, input, rev, statements, next, yours };
}

/**
 * Saves a draft if its `rev` is the draft's current revision (0 when there is none yet);
 * otherwise 409 with the current draft. `toInput` reads the caller's body (JSON or CSV) against
 * the definition the return is checked with (the one it was started on).
 */
export async function saveDraft(
  actor: Actor,
  orgId: string,
  periodId: string,
  toInput: (def: DatasetDefinition) => DraftInput,
  source: 'web' | 'csv' | 'api',
) {
  const { db } = actor;
  const f = await draftFacts(db, orgId, periodId);
  const w = draftWrite(actor, orgId, periodId, f, toInput, source, (yours) => {
    throw conflict(f, yours);
  });
  try {
    await db.$client.batch(w.statements);
  } catch (err) {
    forgetReturn(orgId, periodId);
    const refusal = dbRefusal(err);
    // A concurrent save got in first (the trigger refused rev → rev+1, or the unique org+period index).
    if (refusal && (refusal.code === 'draft-conflict' || refusal.code === 'conflict'))
      throw conflict(await draftFacts(db, orgId, periodId), w.yours);
    throw refusal ?? err;
  }
  rememberReturn(orgId, periodId, w.next);
  return { rev: w.rev, issues: issuesOf(w.def, w.input.values, { periodId, history: f.history }) };
}

/**
 * The same save decided on what this isolate holds of the return (`rememberReturn`), in ONE round
 * trip: `verify` (the caller's own checks, lib/auth.ts `principalFromSnapshot`) lead the batch,
 * then `stillHeld` (the return and the history it is checked against are as held), the write
 * and its audit row; the write's triggers refuse a locked period or an archived organisation.
 * Null when anything would refuse, or the batch was refused: nothing has changed, and the
 * request takes the normal path, which answers from fresh reads.
 */
export async function saveDraftFromSnapshot(
  actor: Actor,
  orgId: string,
  periodId: string,
  toInput: (def: DatasetDefinition) => DraftInput,
  source: 'web' | 'api',
  verify: HeldCaller,
): Promise<{ rev: number; issues: ReturnType<typeof issuesOf> } | null> {
  const held = heldReturns.get(returnKey(orgId, periodId));
  if (!held?.ret) return null;
  const w = await unlessRefused(() => draftWrite(actor, orgId, periodId, held, toInput, source, stale));
  if (!w || !(await inHeldBatch(actor, orgId, periodId, held, verify, w.statements))) return null;
  rememberReturn(orgId, periodId, w.next);
  return { rev: w.rev, issues: issuesOf(w.def, w.input.values, { periodId, history: held.history }) };
}

/**
 * Runs a batch decided on `held`: the caller's statements (its write count), then one statement
 * that refuses the batch unless everything held still holds (lib/held-checks.ts): the caller's
 * checks, the return is this organisation's at the revision, latest and accepted versions held,
 * the organisation has the names held, and the accepted quarters before it are the versions the
 * history was read from; then `statements`. Null (and the copy forgotten) when a check or a
 * trigger refused it.
 */
async function inHeldBatch(
  actor: Actor,
  orgId: string,
  periodId: string,
  held: ReturnBasis,
  verify: HeldCaller,
  statements: D1PreparedStatement[],
): Promise<D1Result[] | null> {
  const { org } = known(held);
  const ret = held.ret!;
  const checks = [
    ...verify.checks,
    returnStillHeld({
      id: ret.id,
      orgId,
      periodId,
      rev: ret.draftRev,
      latestVersion: ret.latestVersion,
      latestAcceptedVersionId: ret.latestAcceptedVersionId,
      org,
    }),
    historyStillHeld(orgId, periodId, held.historyKey),
  ];
  const d1 = actor.db.$client;
  try {
    const results = await d1.batch([...verify.statements, refuseUnlessHeld(d1, checks), ...statements]);
    return results.slice(verify.statements.length + 1);
  } catch (err) {
    forgetReturn(orgId, periodId);
    if (staleSnapshot(err) || dbRefusal(err)) return null;
    throw err;
  }
}

/** What deciding on a held copy gives, or null where the route must answer: a refusal, or the copy is stale. */
async function unlessRefused<T>(decide: () => T | Promise<T>): Promise<T | null> {
  try {
    return await decide();
  } catch (err) {
    if (err === STALE || err instanceof ApiError) return null;
    throw err;
  }
}

const STALE = Symbol('stale');
const stale = (): never => {
  throw STALE;
};
/** What this isolate last saved or submitted of each return (by organisation and period), for the `…FromSnapshot` writes. */
const heldReturns = new BoundedMap<string, ReturnBasis>(4096);
const returnKey = (orgId: string, periodId: string) => `${orgId}|${periodId}`;
const rememberReturn = (orgId: string, periodId: string, basis: ReturnBasis) => heldReturns.set(returnKey(orgId, periodId), basis);
const forgetReturn = (orgId: string, periodId: string) => heldReturns.delete(returnKey(orgId, periodId));

/** The first three bytes of the SHA-256 of the organisation's id, in upper-case hex. */
const orgShort = async (orgId: string): Promise<string> => (await sha256(orgId)).slice(0, 6).toUpperCase();
/** "SP-2025-26-Q1-1A2B3C-v2": period, a short code of the organisation, version. */
export async function referenceFor(periodId: string, orgId: string, version: number) {
  const [fy, q] = [periodId.slice(0, 7), periodId.slice(8).toUpperCase()];
  return `SP-${fy}-${q}-${await orgShort(orgId)}-v${version}`;
}

type SubmitInput = z.output<typeof SubmitBody>;

/**
 * The checks a submission makes of what it decides with (each refusal thrown; a stale revision
 * through `onConflict`, a repeat through `assertNew`), then what it writes: the version after
 * `latestVersion` and its audit row, the words of its mail, and the basis the return will then have.
 */
async function submission(
  actor: Actor,
  orgId: string,
  periodId: string,
  f: ReturnBasis,
  body: SubmitInput,
  idempotencyKey: string,
  on: { latestVersion: number | null; onConflict: () => never; assertNew: () => void },
) {
  const { period, org } = known(f);
  assertUnlocked(period);
  assertNotArchived(org);
  const ret = f.ret;
  if (!ret) throw new ApiError(422, 'no-draft');
  if (ret.draftRev !== body.rev) on.onConflict();
  on.assertNew();
  const def = defOf(ret.datasetVersion);
  const issues = issuesOf(def, ret.draftValues, { periodId, history: f.history }, true);
  if (issues.errors.length) throw new ApiError(422, 'return-invalid').with({ issues });
  const missing = unexplained(issues.warnings, ret.draftExplanations);
  if (missing.length) throw new ApiError(422, 'explanation-required').with({ issues, missing: missing.map((w) => w.field) });
  if (ret.latestAcceptedVersionId !== null && !body.amendmentReason) throw new ApiError(422, 'amendment-reason-required');

  const version = (on.latestVersion ?? 0) + 1;
  const reference = await referenceFor(periodId, orgId, version);
  const via = actor.apiKeyId ? 'api' : ret.draftSource === 'csv' ? 'csv' : 'web';
  const row: VersionWrite = {
    id: crypto.randomUUID(),
    returnId: ret.id,
    draftRev: body.rev,
    version,
    reference,
    submittedByUserId: actor.apiKeyId ? null : actor.userId,
    apiKeyId: actor.apiKeyId,
    via,
    declarationName: body.declaration.name,
    amendmentReason: body.amendmentReason ?? null,
    idempotencyKey,
    createdAt: actor.now,
  };
  const statements = [
    insertVersion(actor.db, row),
    auditStatement(actor, {
      action: 'return.submit',
      entityType: 'return',
      entityId: ret.id,
      // The declaration name stays in the version row (erasure blanks it there), never in the log.
      after: { version, reference, via, rev: body.rev, amendmentReason: row.amendmentReason },
    }),
  ];
  const mail = {
    template: { subject: 'email.returns.submitted.subject', body: 'email.returns.submitted.body' } as const,
    vars: (lang: Lang) => ({
      org: lang === 'cy' ? org.nameCy : org.nameEn,
      period: periodLabel(periodId, lang),
      reference,
      version: String(version),
      name: row.declarationName,
    }),
  };
  const next: ReturnBasis = { period, org, ret: heldReturn(ret, { latestVersion: version }), history: f.history, historyKey: f.historyKey };
  return { answer: { version, reference, status: 'submitted' as const }, statements, mail, next };
}

/** Of a return, what a held basis keeps. */
function heldReturn(
  ret: NonNullable<ReturnBasis['ret']>,
  change: Partial<NonNullable<ReturnBasis['ret']>> = {},
): NonNullable<ReturnBasis['ret']> {
  const { id, draftRev, datasetVersion, draftValues, draftExplanations, draftSource, latestVersion, latestAcceptedVersionId } = ret;
  return { id, draftRev, datasetVersion, draftValues, draftExplanations, draftSource, latestVersion, latestAcceptedVersionId, ...change };
}

/** Submits the draft as a new, immutable version; the same idempotency key again gives the same answer. */
export async function submitReturn(actor: Actor, orgId: string, periodId: string, body: SubmitInput, idempotencyKey: string | undefined) {
  const { db } = actor;
  if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) throw new ApiError(400, 'idempotency-key-required');
  let f = await submitFacts(db, orgId, periodId);
  known(f);
  const replay = () => {
    const v = f.versions.find((x) => x.v.idempotencyKey === idempotencyKey)?.v;
    return v ? { version: v.version, reference: v.reference, status: 'submitted' as const } : null;
  };
  const done = replay();
  if (done) return done;
  const versions = f.versions.map((x) => x.v);
  const s = await submission(actor, orgId, periodId, f, body, idempotencyKey, {
    latestVersion: versions.at(-1)?.version ?? null,
    onConflict: () => {
      throw conflict(f, { values: {}, explanations: {} });
    },
    assertNew: () => assertNewSubmission(f.ret!, versions, body.rev),
  });
  const mail = submitterMail(actor, f.submitters, s.mail.template, s.mail.vars);
  try {
    await db.$client.batch([...s.statements, ...outboxStatements(db.$client, mail.rows)]);
  } catch (err) {
    forgetReturn(orgId, periodId);
    const refusal = dbRefusal(err);
    if (refusal && ['conflict', 'already-submitted', 'no-changes'].includes(refusal.code)) {
      // A concurrent submission: the same key → the same answer; the same revision → already submitted.
      f = await submitFacts(db, orgId, periodId);
      const again = replay();
      if (again) return again;
      if (f.ret)
        assertNewSubmission(
          f.ret,
          f.versions.map((x) => x.v),
          body.rev,
        );
    }
    throw refusal ?? err;
  }
  rememberReturn(orgId, periodId, s.next);
  await mail.send();
  return s.answer;
}

/**
 * The same submission decided on what this isolate holds of the return (`rememberReturn`), in ONE
 * round trip, as `saveDraftFromSnapshot` saves: `verify` and `stillHeld` lead the batch, then the
 * version and its audit row, then the mail to the submitters as the batch finds them. What the
 * route checks against the versions, the database refuses itself: a key already used (the unique
 * key per return), a revision already submitted (its unique index), a version that repeats the
 * latest (trigger). Null when anything would refuse, or the batch was refused: nothing has
 * changed, and the route answers from fresh reads (and replays a key already used).
 */
export async function submitFromSnapshot(
  actor: Actor,
  orgId: string,
  periodId: string,
  body: SubmitInput,
  idempotencyKey: string | undefined,
  verify: HeldCaller,
): Promise<Awaited<ReturnType<typeof submitReturn>> | null> {
  const held = heldReturns.get(returnKey(orgId, periodId));
  if (!held?.ret || !idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) return null;
  const s = await unlessRefused(() =>
    submission(actor, orgId, periodId, held, body, idempotencyKey, {
      latestVersion: held.ret!.latestVersion,
      onConflict: stale,
      assertNew: () => {},
    }),
  );
  if (!s) return null;
  const mail = submitterMailInBatch(actor, actor.db.$client, orgId, s.mail.template, s.mail.vars);
  const results = await inHeldBatch(actor, orgId, periodId, held, verify, [...s.statements, mail.statement]);
  if (!results) return null;
  rememberReturn(orgId, periodId, s.next);
  await mail.send(results.at(-1)!);
  return s.answer;
}

/**
 * Accepts the latest, unreviewed version, or returns it for amendment with a comment. An
 * acceptance changes the figures the period's open data is built from, so the same batch
 * publishes it again (the basis is read with the return's facts, before the change).
 */
export async function reviewReturn(
  actor: Actor & { userId: string; orgIds: readonly string[] },
  orgId: string,
  periodId: string,
  body: z.output<typeof ReviewBody>,
) {
  const { db } = actor;
  const [f, basis] = await returnFactsWith(db, orgId, periodId, basisQueries(db, periodId));
  const { period, org } = known(f);
  assertUnlocked(period);
  assertNotArchived(org);
  const target = f.versions.find((x) => x.v.version === body.version)?.v;
  if (!target || !f.ret) throw new ApiError(404, 'not-found');
  const versions = f.versions.map((x) => x.v);
  assertNotOwnReturn({ id: actor.userId, orgIds: actor.orgIds }, orgId, versions);
  const latest = f.versions.at(-1)!;
  if (target.id !== latest.v.id || latest.review) throw new ApiError(409, 'already-reviewed');
  const decision: 'accepted' | 'returned' = body.decision === 'accept' ? 'accepted' : 'returned';
  const review = {
    id: crypto.randomUUID(),
    versionId: target.id,
    decision,
    comment: body.comment ?? null,
    reviewerId: actor.userId,
    createdAt: actor.now,
  } as const;
  const previousAccepted = f.versions.find((x) => x.v.id === f.ret!.latestAcceptedVersionId)?.v ?? null;
  const publication =
    decision === 'accepted'
      ? publishAfter(
          basis,
          { periodId, now: actor.now },
          {
            returnId: f.ret.id,
            region: org.region,
            out: previousAccepted?.values ?? null,
            in: target.values,
            revision: previousAccepted !== null,
            acceptedAt: actor.now,
            note: target.amendmentReason,
          },
        )
      : null;
  const tpl = decision === 'accepted' ? 'accepted' : 'returned';
  const mail = submitterMail(
    actor,
    f.submitters,
    { subject: `email.returns.${tpl}.subject`, body: `email.returns.${tpl}.body` },
    (lang: Lang) => ({
      org: lang === 'cy' ? org.nameCy : org.nameEn,
      period: periodLabel(periodId, lang),
      reference: target.reference,
      comment: review.comment ?? '',
    }),
  );
  let published = true;
  try {
    const results = await db.batch([
      db.insert(returnReviews).values(review),
      audit(actor, {
        action: `return.${decision === 'accepted' ? 'accept' : 'return'}`,
        entityType: 'return',
        entityId: f.ret.id,
        after: { version: target.version, reference: target.reference, decision, comment: review.comment },
      }),
      ...(publication ? publicationStatements(db, publication) : []),
      ...(mail.rows.length ? [db.insert(outbox).values(mail.rows)] : []),
    ] as unknown as Parameters<typeof db.batch>[0]);
    if (publication) {
      forgetPublishedRevision();
      published = !changedNothing(results[2]);
    }
  } catch (err) {
    const refusal = dbRefusal(err);
    if (refusal && (refusal.code === 'conflict' || refusal.code === 'already-reviewed')) throw new ApiError(409, 'already-reviewed');
    throw refusal ?? err;
  }
  // Another change to the period landed between the read and the write: publish from fresh figures (rare).
  if (!published) await publishPeriod(db, periodId, 'review', actor.now);
  await mail.send();
  return { version: target.version, reference: target.reference, decision, reviewedAt: review.createdAt };
}
