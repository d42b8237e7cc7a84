// Writes of the returns API: save a draft, submit it, review a version. Each takes plain
// inputs (an Actor: database, who, request id, time, mailer), writes the change and its
// audit row in one batch, and answers in the shape of its route's response schema.

import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReviewBody, SubmitBody } from '../../../content/api/schemas/returns.ts';
import { IDEMPOTENCY_KEY } from '../../../content/api/schemas/returns.ts';
import { currentDataset } from '../../../content/index.ts';
import { defOf, type Explanations, issuesOf, unexplained, type Values } from '../../../content/returns/status.ts';
import type { Lang } from '../../../content/schema.ts';
import { periodLabel } from '../../../content/stats/periods.ts';
import { returnReviews, returns, returnVersions } from '../../db/schema.ts';
import { type Actor, actorRef } from '../lib/actor.ts';
import { audit } from '../lib/audit.ts';
import { ApiError } from '../lib/http.ts';
import { assertNotArchived } from '../lib/organisations.ts';
import { dbRefusal } from './db-refusal.ts';
import { mailSubmitters } from './mail.ts';
import { type Db, getOrg, getPeriod, loadReturn, type PeriodRow, previousAccepted } from './queries.ts';
import { assertNotOwnReturn } from './review-rules.ts';
import { assertNewSubmission } from './submission-rules.ts';
import { draftDto } from './views.ts';

export type DraftInput = { rev: number; values: Values; explanations: Explanations };

function assertUnlocked(p: PeriodRow) {
  if (p.lockedAt !== null) throw new ApiError(423, 'period-locked');
}

async function conflict(db: Db, orgId: string, periodId: string, yours: { values: Values; explanations: Explanations }) {
  const l = await loadReturn(db, orgId, periodId);
  return new ApiError(409, 'draft-conflict').with({ draft: await draftDto(db, l.ret), yours });
}

/** Saves a draft if `rev` is its current revision (0 when there is none yet); otherwise 409 with the current draft. */
export async function saveDraft(actor: Actor, orgId: string, periodId: string, input: DraftInput, source: 'web' | 'csv' | 'api') {
  const { db } = actor;
  const period = await getPeriod(db, periodId);
  assertUnlocked(period);
  assertNotArchived(await getOrg(db, orgId));
  const l = await loadReturn(db, orgId, periodId);
  const yours = { values: input.values, explanations: input.explanations };
  const currentRev = l.ret?.draftRev ?? 0;
  if (currentRev !== input.rev) throw await conflict(db, orgId, periodId, yours);
  const now = actor.now;
  const by = actorRef(actor);
  const def = defOf(l.ret?.datasetVersion ?? currentDataset.version);
  const rev = input.rev + 1;
  const id = l.ret?.id ?? crypto.randomUUID();
  const draft = {
    draftValues: input.values,
    draftExplanations: input.explanations,
    draftRev: rev,
    draftUpdatedAt: now,
    draftUpdatedBy: by,
    draftSource: source,
  };
  const write = l.ret
    ? db.update(returns).set(draft).where(eq(returns.id, l.ret.id))
    : db.insert(returns).values({ id, orgId, periodId, datasetVersion: def.version, ...draft, createdAt: now });
  try {
    await db.batch([
      write,
      audit(actor, {
        action: l.ret ? 'return.draft.update' : 'return.draft.create',
        entityType: 'return',
        entityId: id,
        before: l.ret ? { rev: l.ret.draftRev, values: l.ret.draftValues, explanations: l.ret.draftExplanations } : undefined,
        after: { rev, source, values: input.values, explanations: input.explanations },
      }),
    ]);
  } catch (err) {
    const refusal = dbRefusal(err);
    // A concurrent save got in first (the trigger refused rev → rev+1, or the unique org+period index).
    if (refusal && (refusal.code === 'draft-conflict' || refusal.code === 'conflict')) throw await conflict(db, orgId, periodId, yours);
    throw refusal ?? err;
  }
  const previous = await previousAccepted(db, orgId, periodId);
  return { rev, issues: issuesOf(def, input.values, previous?.values) };
}

async function orgShort(orgId: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(orgId));
  return [...new Uint8Array(d)]
    .slice(0, 3)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
/** "SP-2025-26-Q1-1A2B3C-v2": period, a short code of the organisation, version. */
export async function referenceFor(periodId: string, orgId: string, version: number) {
  const [fy, q] = [periodId.slice(0, 7), periodId.slice(8).toUpperCase()];
  return `SP-${fy}-${q}-${await orgShort(orgId)}-v${version}`;
}

/** Submits the draft as a new, immutable version; the same idempotency key again gives the same answer. */
export async function submitReturn(
  actor: Actor,
  orgId: string,
  periodId: string,
  body: z.output<typeof SubmitBody>,
  idempotencyKey: string | undefined,
) {
  const { db } = actor;
  if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) throw new ApiError(400, 'idempotency-key-required');
  const period = await getPeriod(db, periodId);
  const org = await getOrg(db, orgId);
  let l = await loadReturn(db, orgId, periodId);
  const replay = () => {
    const v = l.versions.find((x) => x.idempotencyKey === idempotencyKey);
    return v ? { version: v.version, reference: v.reference, status: 'submitted' as const } : null;
  };
  const done = replay();
  if (done) return done;
  assertUnlocked(period);
  assertNotArchived(org);
  if (!l.ret) throw new ApiError(422, 'no-draft');
  if (l.ret.draftRev !== body.rev) throw await conflict(db, orgId, periodId, { values: {}, explanations: {} });
  assertNewSubmission(l.ret, l.versions, body.rev);
  const def = defOf(l.ret.datasetVersion);
  const previous = await previousAccepted(db, orgId, periodId);
  const issues = issuesOf(def, l.ret.draftValues, previous?.values, true);
  if (issues.errors.length) throw new ApiError(422, 'return-invalid').with({ issues });
  const missing = unexplained(issues.warnings, l.ret.draftExplanations);
  if (missing.length) throw new ApiError(422, 'explanation-required').with({ issues, missing: missing.map((w) => w.field) });
  const everAccepted = l.versions.some((v) => l.reviews.get(v.id)?.decision === 'accepted');
  if (everAccepted && !body.amendmentReason) throw new ApiError(422, 'amendment-reason-required');

  const version = (l.versions[l.versions.length - 1]?.version ?? 0) + 1;
  const reference = await referenceFor(periodId, orgId, version);
  const via = actor.apiKeyId ? 'api' : l.ret.draftSource === 'csv' ? 'csv' : 'web';
  const row = {
    id: crypto.randomUUID(),
    returnId: l.ret.id,
    version,
    reference,
    values: l.ret.draftValues,
    explanations: l.ret.draftExplanations,
    datasetVersion: l.ret.datasetVersion,
    submittedByUserId: actor.apiKeyId ? null : actor.userId,
    apiKeyId: actor.apiKeyId,
    via,
    declarationName: body.declaration.name,
    amendmentReason: body.amendmentReason ?? null,
    idempotencyKey,
    createdAt: actor.now,
    draftRev: body.rev,
  } as const;
  try {
    await db.batch([
      db.insert(returnVersions).values(row),
      audit(actor, {
        action: 'return.submit',
        entityType: 'return',
        entityId: l.ret.id,
        // The declaration name stays in the version row (erasure blanks it there), never in the log.
        after: { version, reference, via, rev: body.rev, amendmentReason: row.amendmentReason },
      }),
    ]);
  } catch (err) {
    const refusal = dbRefusal(err);
    if (refusal && ['conflict', 'already-submitted', 'no-changes'].includes(refusal.code)) {
      // A concurrent submission: the same key → the same answer; the same revision → already submitted.
      l = await loadReturn(db, orgId, periodId);
      const again = replay();
      if (again) return again;
      if (l.ret) assertNewSubmission(l.ret, l.versions, body.rev);
    }
    throw refusal ?? err;
  }
  await mailSubmitters(
    actor,
    orgId,
    { subject: 'email.returns.submitted.subject', body: 'email.returns.submitted.body' },
    (lang: Lang) => ({
      org: lang === 'cy' ? org.nameCy : org.nameEn,
      period: periodLabel(periodId, lang),
      reference,
      version: String(version),
      name: row.declarationName,
    }),
  );
  return { version, reference, status: 'submitted' as const };
}

/** Accepts the latest, unreviewed version, or returns it for amendment with a comment. */
export async function reviewReturn(
  actor: Actor & { userId: string; orgIds: readonly string[] },
  orgId: string,
  periodId: string,
  body: z.output<typeof ReviewBody>,
) {
  const { db } = actor;
  const period = await getPeriod(db, periodId);
  const org = await getOrg(db, orgId);
  assertUnlocked(period);
  assertNotArchived(org);
  const l = await loadReturn(db, orgId, periodId);
  const target = l.versions.find((v) => v.version === body.version);
  if (!target) throw new ApiError(404, 'not-found');
  assertNotOwnReturn({ id: actor.userId, orgIds: actor.orgIds }, orgId, l.versions);
  const latest = l.versions[l.versions.length - 1]!;
  if (target.id !== latest.id || l.reviews.has(target.id)) throw new ApiError(409, 'already-reviewed');
  const decision: 'accepted' | 'returned' = body.decision === 'accept' ? 'accepted' : 'returned';
  const review = {
    id: crypto.randomUUID(),
    versionId: target.id,
    decision,
    comment: body.comment ?? null,
    reviewerId: actor.userId,
    createdAt: actor.now,
  } as const;
  try {
    await db.batch([
      db.insert(returnReviews).values(review),
      audit(actor, {
        action: `return.${decision === 'accepted' ? 'accept' : 'return'}`,
        entityType: 'return',
        entityId: l.ret!.id,
        after: { version: target.version, reference: target.reference, decision, comment: review.comment },
      }),
    ]);
  } catch (err) {
    const refusal = dbRefusal(err);
    if (refusal && refusal.code === 'conflict') throw new ApiError(409, 'already-reviewed');
    throw refusal ?? err;
  }
  const tpl = decision === 'accepted' ? 'accepted' : 'returned';
  await mailSubmitters(actor, orgId, { subject: `email.returns.${tpl}.subject`, body: `email.returns.${tpl}.body` }, (lang: Lang) => ({
    org: lang === 'cy' ? org.nameCy : org.nameEn,
    period: periodLabel(periodId, lang),
    reference: target.reference,
    comment: review.comment ?? '',
  }));
  return { version: target.version, reference: target.reference, decision, reviewedAt: review.createdAt };
}
