// A signed-in practitioner's own self-assessments: save, list, read, update (optimistic
// concurrency on `rev`), complete (with optional consent to the national skills picture),
// delete, and read-only links for a supervisor. Nobody else can read them: every route
// looks the assessment up by id AND owner, and answers 404 for anyone else's.

import { and, desc, eq, inArray } from 'drizzle-orm';
import { routes } from '../../../content/api/routes/index.ts';
import { assessmentShares, assessments, supervisorViews } from '../../db/schema.ts';
import { completeStatements } from '../assessments/complete.ts';
import { saveAssessment, saveAssessmentAhead } from '../assessments/save.ts';
import {
  type AssessmentRow,
  iso,
  ownAssessment,
  ownAssessmentQuery,
  ownIds,
  ownOrNotFound,
  shareSummary,
  summary,
  validDraft,
} from '../assessments/service.ts';
import { auditEntry } from '../lib/audit.ts';
import { requireUser } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { randomToken, sha256 } from '../lib/crypto.ts';
import { decidedAhead, passes, readAsRoute } from '../lib/decided-ahead.ts';
import { ApiError } from '../lib/http.ts';

const DAY = 24 * 60 * 60_000;

const r = routeModule();

r.openapi(guard(routes.assessmentsList, requireUser), async (c) => {
  const rows = await c
    .get('db')
    .select()
    .from(assessments)
    .where(eq(assessments.userId, c.get('user')!.id))
    .orderBy(desc(assessments.createdAt));
  return c.json({ assessments: rows.map(summary) }, 200);
});

r.openapi(guard(routes.assessmentCreate, requireUser), async (c) => {
  const body = c.req.valid('json');
  const v = validDraft(body.assessment);
  const db = c.get('db');
  const id = crypto.randomUUID();
  const now = Date.now();
  const data = { ...v.assessment, id };
  const row = {
    id,
    userId: c.get('user')!.id,
    frameworkVersion: v.framework.version,
    data: JSON.stringify(data),
    rev: 1,
    status: 'draft' as const,
    answered: v.answered,
    total: v.total,
    createdAt: now,
    updatedAt: now,
    completedAt: null,
    contributedAt: null,
  };
  await db.batch([
    db.insert(assessments).values(row),
    auditEntry(c, {
      action: 'assessment.create',
      entityType: 'assessment',
      entityId: id,
      after: { frameworkVersion: row.frameworkVersion, answered: row.answered, rev: 1 },
    }),
  ]);
  return c.json({ ...summary(row), assessment: data }, 201);
});

r.openapi(guard(routes.assessmentRead, requireUser), async (c) => {
  const { id } = c.req.valid('param');
  const db = c.get('db');
  const userId = c.get('user')!.id;
  // One batch; the links and views are read only through the caller's own assessment.
  const [found, shares, views] = await db.batch([
    ownAssessmentQuery(db, id),
    db
      .select()
      .from(assessmentShares)
      .where(inArray(assessmentShares.assessmentId, ownIds(db, userId, id)))
      .orderBy(desc(assessmentShares.createdAt)),
    db
      .select()
      .from(supervisorViews)
      .where(inArray(supervisorViews.assessmentId, ownIds(db, userId, id))),
  ]);
  const row = ownOrNotFound(found, userId);
  const byShare = new Map(shares.map((s) => [s.id, s]));
  return c.json(
    {
      ...summary(row),
      assessment: JSON.parse(row.data),
      shares: shares.map((s) => shareSummary(s)),
      supervisorViews: views.map((v) => ({
        shareId: v.shareId,
        supervisorName: byShare.get(v.shareId)?.supervisorName ?? null,
        ratings: JSON.parse(v.ratings),
        updatedAt: iso(v.updatedAt),
      })),
    },
    200,
  );
});

const assessmentSaveRoute = guard(routes.assessmentSave, requireUser);
r.openapi(assessmentSaveRoute, async (c) => c.json(await saveAssessment(c, c.req.valid('param').id, c.req.valid('json')), 200));

/** The self-assessment autosaves as people answer: most saves are decided ahead (one round trip). */
export const assessmentSaveAhead = decidedAhead(
  'PUT',
  async (c, verify) => {
    await passes(c, assessmentSaveRoute.middleware);
    const { param, json } = await readAsRoute(c, routes.assessmentSave);
    return saveAssessmentAhead(c, param.id, json, verify);
  },
  200,
);

r.openapi(guard(routes.assessmentComplete, requireUser), async (c) => {
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const db = c.get('db');
  const userId = c.get('user')!.id;
  const row = await ownAssessment(db, userId, id);
  // The completed row is read back at the end of the same batch (one round trip, one transaction).
  const done: unknown[] = await db.batch([...completeStatements(c, row, body, Date.now()), ownAssessmentQuery(db, id)] as unknown as [
    never,
    ...never[],
  ]);
  return c.json(summary(ownOrNotFound(done.at(-1) as AssessmentRow[], userId)), 200);
});

r.openapi(guard(routes.assessmentDelete, requireUser), async (c) => {
  const { id } = c.req.valid('param');
  const db = c.get('db');
  const row = await ownAssessment(db, c.get('user')!.id, id);
  await db.batch([
    db.delete(supervisorViews).where(eq(supervisorViews.assessmentId, id)),
    db.delete(assessmentShares).where(eq(assessmentShares.assessmentId, id)),
    db.delete(assessments).where(eq(assessments.id, id)),
    auditEntry(c, { action: 'assessment.delete', entityType: 'assessment', entityId: id, before: { rev: row.rev, status: row.status } }),
  ]);
  return c.body(null, 204);
});

// ---------------------------------------------------------------- links for a supervisor
r.openapi(guard(routes.shareCreate, requireUser), async (c) => {
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const db = c.get('db');
  await ownAssessment(db, c.get('user')!.id, id);
  const token = randomToken(32);
  const now = Date.now();
  const share = {
    id: crypto.randomUUID(),
    assessmentId: id,
    tokenHash: await sha256(token),
    supervisorName: body.supervisorName ?? null,
    createdAt: now,
    expiresAt: now + body.expiresInDays * DAY,
    revokedAt: null,
  };
  await db.batch([
    db.insert(assessmentShares).values(share),
    auditEntry(c, {
      action: 'assessment_share.create',
      entityType: 'assessment_share',
      entityId: share.id,
      after: { assessmentId: id, expiresAt: share.expiresAt },
    }),
  ]);
  // The token travels in the fragment, so it never reaches a server log or a Referer header.
  return c.json({ share: shareSummary(share), token }, 201);
});

r.openapi(guard(routes.shareRevoke, requireUser), async (c) => {
  const { id, shareId } = c.req.valid('param');
  const db = c.get('db');
  const userId = c.get('user')!.id;
  const [own, [share]] = await db.batch([
    ownAssessmentQuery(db, id),
    db
      .select()
      .from(assessmentShares)
      .where(and(eq(assessmentShares.id, shareId), inArray(assessmentShares.assessmentId, ownIds(db, userId, id))))
      .limit(1),
  ]);
  ownOrNotFound(own, userId);
  if (!share) throw new ApiError(404, 'not-found');
  const now = Date.now();
  const revokedAt = share.revokedAt ?? now;
  await db.batch([
    db.update(assessmentShares).set({ revokedAt }).where(eq(assessmentShares.id, shareId)),
    auditEntry(c, {
      action: 'assessment_share.revoke',
      entityType: 'assessment_share',
      entityId: shareId,
      before: { revokedAt: share.revokedAt },
      after: { revokedAt },
    }),
  ]);
  return c.json({ share: shareSummary({ ...share, revokedAt }, now) }, 200);
});

export default r;
