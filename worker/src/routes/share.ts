// What a supervisor sees through a practitioner's read-only link (no sign-in): the
// assessment, and their OWN view of each competency, stored beside the practitioner's
// ratings and never combined with them. Unknown token → 404; expired or revoked → 410.
// Supervisor writes are rate-limited per link and audited with the link as the actor.
// The token never travels in the request path, which access logs record: the page keeps it
// in its URL fragment and sends it in the X-Share-Token header (shareToken, lib/share-token.ts).

import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { routes } from '../../../content/api/routes/index.ts';
import { PlainText } from '../../../content/api/schemas/common.ts';
import { SUPERVISOR_COMMENT_MAX } from '../../../content/assessment/compare.ts';
import { allCompetencies, type FrameworkCore, maxRank } from '../../../content/assessment/model.ts';
import { readAssessment } from '../../../content/assessment/records.ts';
import { oncePer } from '../../../content/once-per.ts';
import { assessmentShares, assessments, supervisorViews, users } from '../../db/schema.ts';
import { iso } from '../assessments/service.ts';
import type { AppEnv } from '../env.ts';
import { auditEntry } from '../lib/audit.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { sha256 } from '../lib/crypto.ts';
import { ApiError, parseWith } from '../lib/http.ts';
import { rateLimit } from '../lib/ratelimit.ts';
import { shareToken, supervisorPageLink } from '../lib/share-token.ts';

/** The supervisor's view (same rules as `supervisorViewSchema` in content/assessment/record.ts), built once per framework. */
const viewSchema = oncePer((f: FrameworkCore) => {
  const ids = new Set(allCompetencies(f).map((x) => x.id));
  return z.strictObject({
    ratings: z.record(
      z.string().refine((id) => ids.has(id), { params: { i18n: 'error.field.unknownKey' } }),
      z.strictObject({ level: z.int().min(0).max(maxRank(f)), comment: PlainText(SUPERVISOR_COMMENT_MAX, 0).optional() }),
    ),
  });
});

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

async function openShare(c: Context<AppEnv>) {
  const token = shareToken(c);
  if (!TOKEN.test(token)) throw new ApiError(404, 'not-found');
  const db = c.get('db');
  const [row] = await db
    .select({ share: assessmentShares, a: assessments, name: users.name, view: supervisorViews })
    .from(assessmentShares)
    .innerJoin(assessments, eq(assessments.id, assessmentShares.assessmentId))
    .innerJoin(users, eq(users.id, assessments.userId))
    // The supervisor's own view, if any, in the same query (one round trip).
    .leftJoin(supervisorViews, eq(supervisorViews.shareId, assessmentShares.id))
    .where(eq(assessmentShares.tokenHash, await sha256(token)))
    .limit(1);
  if (!row) throw new ApiError(404, 'not-found');
  if (row.share.revokedAt !== null || row.share.expiresAt <= Date.now()) throw new ApiError(410, 'gone');
  const read = readAssessment(JSON.parse(row.a.data));
  if ('error' in read) throw new Error(`stored assessment ${row.a.id} does not read: ${read.error}`);
  return { ...row, ...read };
}

const r = routeModule();

r.openapi(guard(routes.sharedRead), async (c) => {
  const { share, a, name, assessment, view } = await openShare(c);
  return c.json(
    {
      practitionerName: name?.trim() || null, // a blank name is no name: the page says "a practitioner"
      supervisorName: share.supervisorName,
      expiresAt: iso(share.expiresAt),
      frameworkVersion: a.frameworkVersion,
      status: a.status,
      completedAt: iso(a.completedAt),
      updatedAt: iso(a.updatedAt),
      assessment: {
        frameworkVersion: assessment.frameworkVersion,
        answers: assessment.answers,
        plan: assessment.plan,
        startedAt: assessment.startedAt,
        updatedAt: assessment.updatedAt,
      },
      supervisorView: view ? { ratings: JSON.parse(view.ratings), updatedAt: iso(view.updatedAt) } : null,
    },
    200,
  );
});

r.openapi(guard(routes.sharedViewSave), async (c) => {
  const { share, a, framework, view: before } = await openShare(c);
  // Nobody reviews their own work: the practitioner may open their link, not rate themself through it.
  if (c.get('user')?.id === a.userId) throw new ApiError(403, 'forbidden');
  await rateLimit(c, 'shareWrite', share.id);
  // The contract checks the shape; the ids and levels depend on the assessment's framework.
  const body = parseWith(viewSchema(framework), c.req.valid('json'));
  const db = c.get('db');
  const now = Date.now();
  const ratings = JSON.stringify(body.ratings);
  await db.batch([
    db
      .insert(supervisorViews)
      .values({ shareId: share.id, assessmentId: a.id, ratings, updatedAt: now })
      .onConflictDoUpdate({ target: supervisorViews.shareId, set: { ratings, updatedAt: now } }),
    auditEntry(c, {
      action: before ? 'supervisor_view.update' : 'supervisor_view.create',
      entityType: 'supervisor_view',
      entityId: share.id,
      before: before ? { competencies: Object.keys(JSON.parse(before.ratings)).length } : undefined,
      after: { assessmentId: a.id, competencies: Object.keys(body.ratings).length },
      actorUserId: `share:${share.id}`,
    }),
  ]);
  return c.json({ supervisorView: { ratings: body.ratings, updatedAt: iso(now) } }, 200);
});

// Links from before the token moved out of the path: send the browser to the supervisor's page
// with the token in the fragment (no lookup here; the page reads it as usual).
r.openapi(guard(routes.sharedLegacyLink), (c) => {
  const { token } = c.req.valid('param');
  if (!TOKEN.test(token)) throw new ApiError(404, 'not-found');
  return c.redirect(supervisorPageLink(c.get('lang'), token), 302);
});

export default r;
