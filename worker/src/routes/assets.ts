// Community assets (issue 16): the asset and its members, its self-assessments (a draft with
// optimistic concurrency, submitted ones immutable), peer-review links, and consent to the
// public register. Authorisation: requireAsset (assets/access.ts); every change and its audit
// row in one batch; the database's triggers (migrations 0006, 0008) hold the rules whatever
// a route does.
import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { routes } from '../../../content/api/routes/index.ts';
import { assetCsv, compareAssetAssessments, isComplete } from '../../../content/assets/assessment.ts';
import { readAssetAssessment } from '../../../content/assets/records.ts';
import { formatDate } from '../../../content/datetime.ts';
import { t } from '../../../content/i18n.ts';
import { geography } from '../../../content/index.ts';
import type { Lang } from '../../../content/schema.ts';
import {
  assetAssessments,
  assetInvitations,
  assetMembers,
  assetPeerInvitations,
  assetPeerReviews,
  assetRegister,
  assets,
  users,
} from '../../db/schema.ts';
import { auditIf } from '../assessments/audit.ts';
import { assetOf, requireAsset } from '../assets/access.ts';
import {
  ASSET_INVITATION_TTL_MS,
  type AssetInvitationRow,
  assetInvitationForAudit,
  supersedeAssetInvitations,
} from '../assets/invitations.ts';
import { peerReviewLink } from '../assets/peer-link.ts';
import { publishedSource, publishStatement } from '../assets/register.ts';
import {
  type AssetAssessmentRow,
  assessmentSummary,
  assetView,
  isoOf,
  isoOrNull,
  peerInvitationView,
  peerReviewView,
} from '../assets/views.ts';
import type { AppEnv } from '../env.ts';
import { actorOf } from '../lib/actor.ts';
import { auditEntry } from '../lib/audit.ts';
import { hasRole, requireUser } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { randomToken, sha256 } from '../lib/crypto.ts';
import { configuredOrigin } from '../lib/environment.ts';
import { ApiError } from '../lib/http.ts';
import { requireMail } from '../lib/mail-config.ts';
import { signInUrl } from './auth.ts';

const DAY = 24 * 60 * 60_000;
const r = routeModule();
type Db = Parameters<typeof publishedSource>[0];

/** Home local authority → its health board and region, as stored. */
function placeOf(localAuthority: string) {
  const la = geography.localAuthorities.find((x) => x.id === localAuthority)!;
  const region = geography.regions.find((x) => x.healthBoard === la.healthBoard)!;
  return { localAuthority: la.id, healthBoard: la.healthBoard, region: region.id };
}

/** The asset's assessment as stored, validated against its own standards version; a bad record is the bilingual 400. */
function validAssessment(value: unknown) {
  const v = readAssetAssessment(value);
  if ('error' in v)
    throw new ApiError(400, 'validation', {}, [
      { field: 'assessment', key: 'error.assets.invalid', vars: { detail: v.error.slice(0, 300) } },
    ]);
  const answered = Object.values(v.assessment.answers).filter((a) => a.level !== undefined).length;
  return { ...v, answered, total: v.standards.standards.length };
}

const publishedAssessmentId = async (db: Db, assetId: string) => {
  const [reg] = await db
    .select({ id: assetRegister.assessmentId })
    .from(assetRegister)
    .where(and(eq(assetRegister.assetId, assetId), isNull(assetRegister.withdrawnAt)))
    .limit(1);
  return reg?.id ?? null;
};

/** One assessment of the asset; non-members (national roles) see submitted ones only. */
async function assessmentOf(db: Db, assetId: string, id: string, member: boolean): Promise<AssetAssessmentRow> {
  const [row] = await db
    .select()
    .from(assetAssessments)
    .where(and(eq(assetAssessments.id, id), eq(assetAssessments.assetId, assetId)))
    .limit(1);
  if (!row || (!member && row.status !== 'submitted')) throw new ApiError(404, 'not-found');
  return row;
}

// ------------------------------------------------------------------ assets and members
r.openapi(guard(routes.assetsList, requireUser), async (c) => {
  const user = c.get('user')!;
  const db = c.get('db');
  const national = hasRole(user.nationalRole, 'analyst');
  const rows = await db
    .select({
      asset: assets,
      published: sql<number>`EXISTS (SELECT 1 FROM ${assetRegister} WHERE ${assetRegister.assetId} = ${assets.id} AND ${assetRegister.withdrawnAt} IS NULL)`,
    })
    .from(assets)
    .where(
      national
        ? undefined
        : sql`${assets.id} IN (SELECT ${assetMembers.assetId} FROM ${assetMembers} WHERE ${assetMembers.userId} = ${user.id})`,
    )
    .orderBy(assets.nameCy);
  return c.json({ assets: rows.map((x) => assetView(x.asset, Boolean(x.published))) }, 200);
});

r.openapi(guard(routes.assetCreate, requireUser), async (c) => {
  const body = c.req.valid('json');
  const a = actorOf(c);
  const id = crypto.randomUUID();
  const row = {
    id,
    nameCy: body.nameCy,
    nameEn: body.nameEn,
    type: body.type,
    ...placeOf(body.localAuthority),
    areaServed: body.areaServed,
    activityTypes: [...new Set(body.activityTypes)],
    rev: 1,
    createdBy: a.userId!,
    createdAt: a.now,
    updatedAt: a.now,
    archivedAt: null,
  };
  await a.db.batch([
    a.db.insert(assets).values(row),
    a.db.insert(assetMembers).values({ userId: a.userId!, assetId: id, addedBy: a.userId!, createdAt: a.now }),
    auditEntry(c, {
      action: 'asset.create',
      entityType: 'asset',
      entityId: id,
      after: { type: row.type, localAuthority: row.localAuthority },
    }),
  ]);
  return c.json(assetView(row, false), 201);
});

r.openapi(guard(routes.assetRead, requireAsset('read')), async (c) => {
  const { asset } = assetOf(c);
  return c.json(assetView(asset, (await publishedAssessmentId(c.get('db'), asset.id)) !== null), 200);
});

r.openapi(guard(routes.assetUpdate, requireAsset('write')), async (c) => {
  const { asset } = assetOf(c);
  const { rev, localAuthority, activityTypes, ...rest } = c.req.valid('json');
  if (rev !== asset.rev) throw new ApiError(409, 'conflict');
  const a = actorOf(c);
  const next = {
    ...asset,
    ...rest,
    ...(localAuthority ? placeOf(localAuthority) : {}),
    ...(activityTypes ? { activityTypes: [...new Set(activityTypes)] } : {}),
    rev: rev + 1,
    updatedAt: a.now,
  };
  const source = await publishedSource(a.db, asset.id);
  const republish =
    source && source.register.withdrawnAt === null
      ? publishStatement(a.db, next, source.assessment, source.peerReviewSubmittedAt, { givenAt: source.register.consentGivenAt }, a.now)
      : null;
  const changed = Object.keys(rest).concat(localAuthority ? ['localAuthority'] : [], activityTypes ? ['activityTypes'] : []);
  const [, upd] = await a.db.batch([
    auditIf(
      a,
      { action: 'asset.update', entityType: 'asset', entityId: asset.id, before: { rev }, after: { rev: rev + 1, changed } },
      sql`EXISTS (SELECT 1 FROM ${assets} WHERE ${assets.id} = ${asset.id} AND ${assets.rev} = ${rev})`,
    ),
    a.db
      .update(assets)
      .set({
        nameCy: next.nameCy,
        nameEn: next.nameEn,
        type: next.type,
        localAuthority: next.localAuthority,
        healthBoard: next.healthBoard,
        region: next.region,
        areaServed: next.areaServed,
        activityTypes: next.activityTypes,
        rev: next.rev,
        updatedAt: a.now,
      })
      .where(and(eq(assets.id, asset.id), eq(assets.rev, rev))),
    // The published entry follows the change in the same batch (a lost race writes nothing: see the update's rev).
    ...(republish ? [republish.statement] : []),
  ]);
  if ((upd as { meta: { changes: number } }).meta.changes !== 1) throw new ApiError(409, 'conflict');
  return c.json(assetView(next, republish !== null), 200);
});

async function setArchived(c: Context<AppEnv>, archive: boolean) {
  const { asset } = assetOf(c);
  if (archive && asset.archivedAt !== null) throw new ApiError(409, 'asset-archived');
  const a = actorOf(c);
  const archivedAt = archive ? a.now : null;
  await a.db.batch([
    // Archiving withdraws the register entry (trigger of 0006) and so removes the published row (0008).
    a.db.update(assets).set({ archivedAt, updatedAt: a.now }).where(eq(assets.id, asset.id)),
    auditEntry(c, {
      action: archive ? 'asset.archive' : 'asset.restore',
      entityType: 'asset',
      entityId: asset.id,
      before: { archivedAt: asset.archivedAt },
      after: { archivedAt },
    }),
  ]);
  return assetView({ ...asset, archivedAt, updatedAt: a.now }, false);
}
r.openapi(guard(routes.assetArchive, requireAsset('admin')), async (c) => c.json(await setArchived(c, true), 200));
r.openapi(guard(routes.assetRestore, requireAsset('admin')), async (c) => {
  const { asset } = assetOf(c);
  if (asset.archivedAt === null) return c.json(assetView(asset, (await publishedAssessmentId(c.get('db'), asset.id)) !== null), 200);
  return c.json(await setArchived(c, false), 200);
});

r.openapi(guard(routes.assetMembers, requireAsset('read')), async (c) => {
  const { asset } = assetOf(c);
  const rows = await c
    .get('db')
    .select({ userId: users.id, name: users.name, email: users.email, addedAt: assetMembers.createdAt })
    .from(assetMembers)
    .innerJoin(users, eq(users.id, assetMembers.userId))
    .where(eq(assetMembers.assetId, asset.id))
    .orderBy(assetMembers.createdAt);
  return c.json({ members: rows.map((m) => ({ ...m, addedAt: isoOf(m.addedAt) })) }, 200);
});

r.openapi(guard(routes.assetMemberRemove, requireAsset('manage')), async (c) => {
  const { asset } = assetOf(c);
  const { userId } = c.req.valid('param');
  const db = c.get('db');
  const members = await db.select({ userId: assetMembers.userId }).from(assetMembers).where(eq(assetMembers.assetId, asset.id));
  if (!members.some((m) => m.userId === userId)) throw new ApiError(404, 'not-found');
  if (members.length === 1) throw new ApiError(409, 'last-member');
  await db.batch([
    db.delete(assetMembers).where(and(eq(assetMembers.assetId, asset.id), eq(assetMembers.userId, userId))),
    auditEntry(c, { action: 'asset_member.delete', entityType: 'asset_member', entityId: `${asset.id}:${userId}` }),
  ]);
  return c.body(null, 204);
});

// ------------------------------------------------------------------ invitations to act for the asset
const invitationView = (inv: AssetInvitationRow) => ({
  id: inv.id,
  email: inv.email,
  createdAt: isoOf(inv.createdAt),
  expiresAt: isoOf(inv.expiresAt),
  acceptedAt: isoOrNull(inv.acceptedAt),
  revokedAt: isoOrNull(inv.revokedAt),
});

r.openapi(guard(routes.assetInvitationsList, requireAsset('read')), async (c) => {
  const { asset } = assetOf(c);
  const rows = await c
    .get('db')
    .select()
    .from(assetInvitations)
    .where(eq(assetInvitations.assetId, asset.id))
    .orderBy(desc(assetInvitations.createdAt));
  return c.json({ invitations: rows.map(invitationView) }, 200);
});

r.openapi(guard(routes.assetInvite, requireAsset('manage')), async (c) => {
  const { asset } = assetOf(c);
  const body = c.req.valid('json');
  const origin = requireMail(c);
  const a = actorOf(c);
  const email = body.email.toLowerCase();
  const inv: AssetInvitationRow = {
    id: crypto.randomUUID(),
    assetId: asset.id,
    email,
    invitedBy: a.userId!,
    createdAt: a.now,
    expiresAt: a.now + ASSET_INVITATION_TTL_MS,
    acceptedAt: null,
    revokedAt: null,
  };
  // The invitee's language (if they have an account) is read in the same batch as the writes.
  const written = await a.db.batch([
    a.db.select({ lang: users.lang }).from(users).where(eq(users.email, email)).limit(1),
    a.db.insert(assetInvitations).values(inv),
    ...(await supersedeAssetInvitations(a, asset.id, email)),
    auditEntry(c, {
      action: 'asset_invitation.create',
      entityType: 'asset_invitation',
      entityId: inv.id,
      after: assetInvitationForAudit(inv),
    }),
  ]);
  const [existing] = written[0];
  const lang: Lang = existing?.lang ?? body.lang ?? c.get('lang');
  const vars = (l: Lang) => ({ asset: l === 'cy' ? asset.nameCy : asset.nameEn, link: signInUrl(origin, l) });
  await a.mail(email, lang, {
    subject: 'email.assetInvite.subject',
    body: 'email.assetInvite.body',
    vars: { cy: vars('cy'), en: vars('en') },
  });
  return c.json({ invitation: invitationView(inv) }, 201);
});

r.openapi(guard(routes.assetInvitationRevoke, requireAsset('manage')), async (c) => {
  const { asset } = assetOf(c);
  const { invitationId } = c.req.valid('param');
  const db = c.get('db');
  const [inv] = await db
    .select()
    .from(assetInvitations)
    .where(and(eq(assetInvitations.id, invitationId), eq(assetInvitations.assetId, asset.id)))
    .limit(1);
  if (!inv) throw new ApiError(404, 'not-found');
  if (inv.acceptedAt !== null || inv.revokedAt !== null) throw new ApiError(409, 'conflict');
  const now = Date.now();
  await db.batch([
    db.update(assetInvitations).set({ revokedAt: now }).where(eq(assetInvitations.id, inv.id)),
    auditEntry(c, { action: 'asset_invitation.revoke', entityType: 'asset_invitation', entityId: inv.id, after: { revokedAt: now } }),
  ]);
  return c.json({ invitation: invitationView({ ...inv, revokedAt: now }) }, 200);
});

// ------------------------------------------------------------------ self-assessments
r.openapi(guard(routes.assetAssessmentsList, requireAsset('read')), async (c) => {
  const { asset, member } = assetOf(c);
  const db = c.get('db');
  const [rows, reg] = await db.batch([
    db
      .select()
      .from(assetAssessments)
      .where(and(eq(assetAssessments.assetId, asset.id), member ? undefined : eq(assetAssessments.status, 'submitted')))
      .orderBy(desc(assetAssessments.createdAt)),
    db
      .select({ id: assetRegister.assessmentId })
      .from(assetRegister)
      .where(and(eq(assetRegister.assetId, asset.id), isNull(assetRegister.withdrawnAt))),
  ]);
  const published = reg[0]?.id ?? null;
  return c.json({ assessments: rows.map((x) => assessmentSummary(x, published)) }, 200);
});

r.openapi(guard(routes.assetAssessmentCreate, requireAsset('write')), async (c) => {
  const { asset } = assetOf(c);
  const v = validAssessment(c.req.valid('json').assessment);
  const a = actorOf(c);
  const id = crypto.randomUUID();
  const data = { ...v.assessment, id };
  const row: AssetAssessmentRow = {
    id,
    assetId: asset.id,
    standardsVersion: v.standards.version,
    lang: data.lang,
    data: JSON.stringify(data),
    rev: 1,
    status: 'draft',
    answered: v.answered,
    total: v.total,
    createdBy: a.userId!,
    createdAt: a.now,
    updatedBy: a.userId!,
    updatedAt: a.now,
    submittedBy: null,
    submittedAt: null,
  };
  // One draft per asset (unique index): a second start is refused, never a second draft.
  const [ins] = await a.db.batch([
    a.db.insert(assetAssessments).values(row).onConflictDoNothing(),
    auditIf(
      a,
      {
        action: 'asset_assessment.create',
        entityType: 'asset_assessment',
        entityId: id,
        after: { assetId: asset.id, standardsVersion: row.standardsVersion, rev: 1 },
      },
      sql`EXISTS (SELECT 1 FROM ${assetAssessments} WHERE ${assetAssessments.id} = ${id})`,
    ),
  ]);
  if ((ins as { meta: { changes: number } }).meta.changes !== 1) throw new ApiError(409, 'draft-exists');
  return c.json({ ...assessmentSummary(row, null), assessment: data }, 201);
});

r.openapi(guard(routes.assetAssessmentRead, requireAsset('read')), async (c) => {
  const { asset, member } = assetOf(c);
  const { id } = c.req.valid('param');
  const db = c.get('db');
  const row = await assessmentOf(db, asset.id, id, member);
  const [invs, reviews, reg] = await db.batch([
    db.select().from(assetPeerInvitations).where(eq(assetPeerInvitations.assessmentId, id)).orderBy(desc(assetPeerInvitations.createdAt)),
    db.select().from(assetPeerReviews).where(eq(assetPeerReviews.assessmentId, id)),
    db
      .select({ id: assetRegister.assessmentId })
      .from(assetRegister)
      .where(and(eq(assetRegister.assetId, asset.id), isNull(assetRegister.withdrawnAt))),
  ]);
  const byId = new Map(invs.map((i) => [i.id, i]));
  return c.json(
    {
      ...assessmentSummary(row, reg[0]?.id ?? null),
      assessment: JSON.parse(row.data),
      peerInvitations: invs.map((i) => peerInvitationView(i)),
      peerReviews: reviews.flatMap((rv) => {
        const inv = byId.get(rv.invitationId);
        return inv ? [peerReviewView(rv, inv)] : [];
      }),
    },
    200,
  );
});

r.openapi(guard(routes.assetAssessmentSave, requireAsset('write')), async (c) => {
  const { asset } = assetOf(c);
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const a = actorOf(c);
  const row = await assessmentOf(a.db, asset.id, id, true);
  if (row.status === 'submitted') throw new ApiError(409, 'already-submitted');
  const v = validAssessment(body.assessment);
  if (v.standards.version !== row.standardsVersion)
    throw new ApiError(400, 'validation', {}, [{ field: 'assessment.standardsVersion', key: 'error.assets.version' }]);
  if (body.rev !== row.rev) throw new ApiError(409, 'draft-conflict');
  const data = { ...v.assessment, id };
  const rev = body.rev + 1;
  const [, upd] = await a.db.batch([
    auditIf(
      a,
      {
        action: 'asset_assessment.update',
        entityType: 'asset_assessment',
        entityId: id,
        before: { rev: body.rev, answered: row.answered },
        after: { rev, answered: v.answered },
      },
      sql`EXISTS (SELECT 1 FROM ${assetAssessments} WHERE ${assetAssessments.id} = ${id} AND ${assetAssessments.rev} = ${body.rev} AND ${assetAssessments.status} = 'draft')`,
    ),
    a.db
      .update(assetAssessments)
      .set({ data: JSON.stringify(data), lang: data.lang, rev, answered: v.answered, updatedBy: a.userId!, updatedAt: a.now })
      .where(and(eq(assetAssessments.id, id), eq(assetAssessments.rev, body.rev), eq(assetAssessments.status, 'draft'))),
  ]);
  if ((upd as { meta: { changes: number } }).meta.changes !== 1) throw new ApiError(409, 'draft-conflict');
  const saved = { ...row, data: '', lang: data.lang, rev, answered: v.answered, updatedBy: a.userId!, updatedAt: a.now };
  return c.json({ ...assessmentSummary(saved, null), assessment: data }, 200);
});

r.openapi(guard(routes.assetAssessmentSubmit, requireAsset('write')), async (c) => {
  const { asset } = assetOf(c);
  const { id } = c.req.valid('param');
  const { rev } = c.req.valid('json');
  const a = actorOf(c);
  const row = await assessmentOf(a.db, asset.id, id, true);
  if (row.status === 'submitted') throw new ApiError(409, 'already-submitted');
  if (rev !== row.rev) throw new ApiError(409, 'draft-conflict');
  const v = validAssessment(JSON.parse(row.data));
  if (!isComplete(v.standards, v.assessment)) throw new ApiError(422, 'assessment-incomplete', { count: v.total - v.answered });
  // One conditional update: the draft as it was at `rev`, or nothing (and no audit row).
  const [, upd] = await a.db.batch([
    auditIf(
      a,
      {
        action: 'asset_assessment.submit',
        entityType: 'asset_assessment',
        entityId: id,
        before: { rev, status: 'draft' },
        after: { rev: rev + 1, status: 'submitted' },
      },
      sql`EXISTS (SELECT 1 FROM ${assetAssessments} WHERE ${assetAssessments.id} = ${id} AND ${assetAssessments.rev} = ${rev} AND ${assetAssessments.status} = 'draft')`,
    ),
    a.db
      .update(assetAssessments)
      .set({ status: 'submitted', rev: rev + 1, submittedAt: a.now, submittedBy: a.userId!, updatedAt: a.now, updatedBy: a.userId! })
      .where(and(eq(assetAssessments.id, id), eq(assetAssessments.rev, rev), eq(assetAssessments.status, 'draft'))),
  ]);
  if ((upd as { meta: { changes: number } }).meta.changes !== 1) throw new ApiError(409, 'draft-conflict');
  return c.json(
    assessmentSummary({ ...row, status: 'submitted', rev: rev + 1, submittedAt: a.now, submittedBy: a.userId!, updatedAt: a.now }, null),
    200,
  );
});

r.openapi(guard(routes.assetAssessmentDelete, requireAsset('write')), async (c) => {
  const { asset } = assetOf(c);
  const { id } = c.req.valid('param');
  const db = c.get('db');
  const row = await assessmentOf(db, asset.id, id, true);
  if (row.status === 'submitted') throw new ApiError(409, 'already-submitted');
  await db.batch([
    db.delete(assetAssessments).where(and(eq(assetAssessments.id, id), eq(assetAssessments.status, 'draft'))),
    auditEntry(c, { action: 'asset_assessment.delete', entityType: 'asset_assessment', entityId: id, before: { rev: row.rev } }),
  ]);
  return c.body(null, 204);
});

r.openapi(guard(routes.assetAssessmentCsv, requireAsset('read')), async (c) => {
  const { asset, member } = assetOf(c);
  const { id } = c.req.valid('param');
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const row = await assessmentOf(c.get('db'), asset.id, id, member);
  const v = validAssessment(JSON.parse(row.data));
  const name = lang === 'cy' ? 'hunanasesiad-ased' : 'asset-self-assessment';
  return c.body(assetCsv(v.standards, v.assessment, lang, t), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}-${row.id.slice(0, 8)}.csv"`,
  });
});

r.openapi(guard(routes.assetAssessmentJson, requireAsset('read')), async (c) => {
  const { asset, member } = assetOf(c);
  const { id } = c.req.valid('param');
  const row = await assessmentOf(c.get('db'), asset.id, id, member);
  return c.json(validAssessment(JSON.parse(row.data)).assessment, 200);
});

r.openapi(guard(routes.assetAssessmentsCompare, requireAsset('read')), async (c) => {
  const { asset, member } = assetOf(c);
  const q = c.req.valid('query');
  const db = c.get('db');
  const rows = await db
    .select()
    .from(assetAssessments)
    .where(and(eq(assetAssessments.assetId, asset.id), inArray(assetAssessments.id, [q.a, q.b])));
  const pick = (id: string) => {
    const row = rows.find((x) => x.id === id);
    if (!row || (!member && row.status !== 'submitted')) throw new ApiError(404, 'not-found');
    const v = validAssessment(JSON.parse(row.data));
    return { row, side: { standards: v.standards, assessment: v.assessment } };
  };
  const a = pick(q.a);
  const b = pick(q.b);
  const cmp = compareAssetAssessments(a.side, b.side);
  return c.json(
    {
      a: assessmentSummary(a.row, null),
      b: assessmentSummary(b.row, null),
      sameVersion: cmp.sameVersion,
      standards: cmp.standards.map((s) => ({
        standardId: s.standardId,
        code: s.code,
        title: s.title,
        before: s.before ?? null,
        after: s.after ?? null,
        move: s.move,
      })),
      overall: cmp.overall,
    },
    200,
  );
});

// ------------------------------------------------------------------ peer-review links
r.openapi(guard(routes.peerInvitationCreate, requireAsset('write')), async (c) => {
  const { asset } = assetOf(c);
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const a = actorOf(c);
  const row = await assessmentOf(a.db, asset.id, id, true);
  if (row.status !== 'submitted') throw new ApiError(409, 'not-submitted');
  const origin = body.email ? requireMail(c) : configuredOrigin(c.env);
  const token = randomToken(32);
  const inv = {
    id: crypto.randomUUID(),
    assetId: asset.id,
    assessmentId: id,
    tokenHash: await sha256(token),
    reviewerKind: body.reviewerKind,
    reviewerName: body.reviewerName ?? null,
    createdBy: a.userId!,
    createdAt: a.now,
    expiresAt: a.now + body.expiresInDays * DAY,
    revokedAt: null,
  };
  await a.db.batch([
    a.db.insert(assetPeerInvitations).values(inv),
    auditEntry(c, {
      action: 'asset_peer_invitation.create',
      entityType: 'asset_peer_invitation',
      entityId: inv.id,
      after: { assessmentId: id, reviewerKind: inv.reviewerKind, expiresAt: inv.expiresAt },
    }),
  ]);
  // Sent by email when asked (the address is not kept); a failed mail never loses the link, shown once here.
  if (origin && body.email) {
    const lang: Lang = body.lang ?? c.get('lang');
    const expires = (l: Lang) => formatDate(inv.expiresAt, l);
    const vars = (l: Lang) => ({
      asset: l === 'cy' ? asset.nameCy : asset.nameEn,
      link: peerReviewLink(origin, l, token),
      expires: expires(l),
    });
    await a.mail(body.email, lang, {
      subject: 'email.peerReview.subject',
      body: 'email.peerReview.body',
      vars: { cy: vars('cy'), en: vars('en') },
    });
  }
  return c.json(
    { invitation: peerInvitationView(inv, a.now), token, link: origin ? peerReviewLink(origin, c.get('lang'), token) : null },
    201,
  );
});

r.openapi(guard(routes.peerInvitationRevoke, requireAsset('write')), async (c) => {
  const { asset } = assetOf(c);
  const { invitationId } = c.req.valid('param');
  const a = actorOf(c);
  const [inv] = await a.db
    .select()
    .from(assetPeerInvitations)
    .where(and(eq(assetPeerInvitations.id, invitationId), eq(assetPeerInvitations.assetId, asset.id)))
    .limit(1);
  if (!inv) throw new ApiError(404, 'not-found');
  if (inv.revokedAt !== null) return c.json({ invitation: peerInvitationView(inv, a.now) }, 200);
  await a.db.batch([
    a.db.update(assetPeerInvitations).set({ revokedAt: a.now }).where(eq(assetPeerInvitations.id, invitationId)),
    auditEntry(c, {
      action: 'asset_peer_invitation.revoke',
      entityType: 'asset_peer_invitation',
      entityId: invitationId,
      after: { revokedAt: a.now },
    }),
  ]);
  return c.json({ invitation: peerInvitationView({ ...inv, revokedAt: a.now }, a.now) }, 200);
});

// ------------------------------------------------------------------ consent to the register
function registerStatusOf(reg: typeof assetRegister.$inferSelect, entry: unknown) {
  return {
    assetId: reg.assetId,
    assessmentId: reg.assessmentId,
    published: reg.withdrawnAt === null,
    consentGivenAt: isoOf(reg.consentGivenAt),
    withdrawnAt: isoOrNull(reg.withdrawnAt),
    entry: reg.withdrawnAt === null ? (entry as ReturnType<typeof publishStatement>['entry']) : null,
  };
}

r.openapi(guard(routes.registerStatus, requireAsset('read')), async (c) => {
  const { asset } = assetOf(c);
  const source = await publishedSource(c.get('db'), asset.id);
  if (!source) throw new ApiError(404, 'not-found');
  const entry =
    source.register.withdrawnAt === null
      ? publishStatement(
          c.get('db'),
          asset,
          source.assessment,
          source.peerReviewSubmittedAt,
          { givenAt: source.register.consentGivenAt },
          Date.now(),
        ).entry
      : null;
  return c.json(registerStatusOf(source.register, entry), 200);
});

r.openapi(guard(routes.registerConsent, requireAsset('write')), async (c) => {
  const { asset } = assetOf(c);
  const { assessmentId } = c.req.valid('json');
  const a = actorOf(c);
  // The assessment (as assessmentOf), the consent row and the latest peer review (as latestPeerReview) in one batch.
  const [[row], [before], [latest]] = await a.db.batch([
    a.db
      .select()
      .from(assetAssessments)
      .where(and(eq(assetAssessments.id, assessmentId), eq(assetAssessments.assetId, asset.id)))
      .limit(1),
    a.db.select().from(assetRegister).where(eq(assetRegister.assetId, asset.id)).limit(1),
    a.db
      .select({ at: assetPeerReviews.submittedAt })
      .from(assetPeerReviews)
      .where(and(eq(assetPeerReviews.assessmentId, assessmentId), isNotNull(assetPeerReviews.submittedAt)))
      .orderBy(desc(assetPeerReviews.submittedAt))
      .limit(1),
  ]);
  if (!row) throw new ApiError(404, 'not-found');
  const peer = latest?.at ?? null;
  if (row.status !== 'submitted') throw new ApiError(409, 'not-submitted');
  const reg = {
    assetId: asset.id,
    assessmentId,
    consentGivenAt: a.now,
    consentGivenBy: a.userId!,
    withdrawnAt: null,
    withdrawnBy: null,
    updatedAt: a.now,
  };
  const published = publishStatement(a.db, asset, row, peer, { givenAt: a.now }, a.now);
  await a.db.batch([
    a.db
      .insert(assetRegister)
      .values(reg)
      .onConflictDoUpdate({
        target: assetRegister.assetId,
        set: { assessmentId, consentGivenAt: a.now, consentGivenBy: a.userId!, withdrawnAt: null, withdrawnBy: null, updatedAt: a.now },
      }),
    published.statement,
    auditEntry(c, {
      action: 'asset_register.consent',
      entityType: 'asset_register',
      entityId: asset.id,
      before: before ? { assessmentId: before.assessmentId, withdrawnAt: before.withdrawnAt } : null,
      after: { assessmentId, consentGivenAt: a.now },
    }),
  ]);
  return c.json(registerStatusOf(reg, published.entry), 200);
});

r.openapi(guard(routes.registerWithdraw, requireAsset('write')), async (c) => {
  const { asset } = assetOf(c);
  const a = actorOf(c);
  const [reg] = await a.db.select().from(assetRegister).where(eq(assetRegister.assetId, asset.id)).limit(1);
  if (!reg) throw new ApiError(404, 'not-found');
  if (reg.withdrawnAt !== null) return c.json(registerStatusOf(reg, null), 200);
  await a.db.batch([
    // The trigger of 0008 removes the published entry in the same transaction.
    a.db
      .update(assetRegister)
      .set({ withdrawnAt: a.now, withdrawnBy: a.userId!, updatedAt: a.now })
      .where(and(eq(assetRegister.assetId, asset.id), isNull(assetRegister.withdrawnAt))),
    auditEntry(c, { action: 'asset_register.withdraw', entityType: 'asset_register', entityId: asset.id, after: { withdrawnAt: a.now } }),
  ]);
  return c.json(registerStatusOf({ ...reg, withdrawnAt: a.now, withdrawnBy: a.userId!, updatedAt: a.now }, null), 200);
});

export default r;
