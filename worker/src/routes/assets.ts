// Community assets (issue 16): the asset and its members, its self-assessments (a draft with
// optimistic concurrency, submitted ones immutable), peer-review links, and consent to the
// public register. Authorisation: requireAsset (assets/access.ts); every change and its audit
// row in one batch; the database's triggers (migrations 0006, 0008) hold the rules whatever
// a route does.
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
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
import { assetGuard, requireAsset } from '../assets/access.ts';
import {
  ASSET_INVITATION_TTL_MS,
  type AssetInvitationRow,
  assetInvitationForAudit,
  pendingInvitationsOf,
  supersedeAssetInvitations,
} from '../assets/invitations.ts';
import { peerReviewLink } from '../assets/peer-link.ts';
import { publishedSourceQueries, publishStatement, sourceOf } from '../assets/register.ts';
import { saveAssetAssessmentAhead } from '../assets/save-ahead.ts';
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
import { decidedAhead, passes, readAsRoute } from '../lib/decided-ahead.ts';
import { literal } from '../lib/drizzle.ts';
import { configuredOrigin } from '../lib/environment.ts';
import { ApiError } from '../lib/http.ts';
import { requireMail } from '../lib/mail-config.ts';
import { changedNothing } from '../lib/rows.ts';
import { signInUrl } from './auth.ts';

const DAY = 24 * 60 * 60_000;
const r = routeModule();
type Db = Parameters<typeof publishedSourceQueries>[0];

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

/** The id of the assessment the asset publishes, if any (read with `[0]?.id`). */
const publishedIdQuery = (db: Db, assetId: string) =>
  db
    .select({ id: assetRegister.assessmentId })
    .from(assetRegister)
    .where(and(eq(assetRegister.assetId, assetId), isNull(assetRegister.withdrawnAt)))
    .limit(1);

/** One assessment of the asset, by the route's `id` (for the guard's batch; read with `visible`). */
const assessmentQuery = (db: Db, c: Context<AppEnv>, assetId: string) =>
  db
    .select()
    .from(assetAssessments)
    .where(and(eq(assetAssessments.id, c.req.param('id') ?? ''), eq(assetAssessments.assetId, assetId)))
    .limit(1);

/** The assessment read, or 404; non-members (national roles) see submitted ones only. */
function visible([row]: AssetAssessmentRow[], member: boolean): AssetAssessmentRow {
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

const readAsset = assetGuard('read', (db, _c, id) => [publishedIdQuery(db, id)]);
r.openapi(guard(routes.assetRead, readAsset.middleware), async (c) => {
  const { asset, reads } = readAsset.of(c);
  return c.json(assetView(asset, reads[0].length > 0), 200);
});

const updateAsset = assetGuard('write', (db, _c, id) => publishedSourceQueries(db, id));
r.openapi(guard(routes.assetUpdate, updateAsset.middleware), async (c) => {
  const { asset, reads } = updateAsset.of(c);
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
  const source = sourceOf(reads);
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
  if (changedNothing(upd)) throw new ApiError(409, 'conflict');
  return c.json(assetView(next, republish !== null), 200);
});

const archiveAsset = assetGuard('admin', (db, _c, id) => [publishedIdQuery(db, id)]);
async function setArchived(c: Context<AppEnv>, archive: boolean) {
  const { asset } = archiveAsset.of(c);
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
r.openapi(guard(routes.assetArchive, archiveAsset.middleware), async (c) => c.json(await setArchived(c, true), 200));
r.openapi(guard(routes.assetRestore, archiveAsset.middleware), async (c) => {
  const { asset, reads } = archiveAsset.of(c);
  if (asset.archivedAt === null) return c.json(assetView(asset, reads[0].length > 0), 200);
  return c.json(await setArchived(c, false), 200);
});

const readMembers = assetGuard('read', (db, _c, id) => [
  db
    .select({ userId: users.id, name: users.name, email: users.email, addedAt: assetMembers.createdAt })
    .from(assetMembers)
    .innerJoin(users, eq(users.id, assetMembers.userId))
    .where(eq(assetMembers.assetId, id))
    .orderBy(assetMembers.createdAt),
]);
r.openapi(guard(routes.assetMembers, readMembers.middleware), async (c) => {
  const [rows] = readMembers.of(c).reads;
  return c.json({ members: rows.map((m) => ({ ...m, addedAt: isoOf(m.addedAt) })) }, 200);
});

const removeMember = assetGuard('manage', (db, _c, id) => [
  db.select({ userId: assetMembers.userId }).from(assetMembers).where(eq(assetMembers.assetId, id)),
]);
r.openapi(guard(routes.assetMemberRemove, removeMember.middleware), async (c) => {
  const {
    asset,
    reads: [members],
  } = removeMember.of(c);
  const { userId } = c.req.valid('param');
  const db = c.get('db');
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

const readInvitations = assetGuard('read', (db, _c, id) => [
  db.select().from(assetInvitations).where(eq(assetInvitations.assetId, id)).orderBy(desc(assetInvitations.createdAt)),
]);
r.openapi(guard(routes.assetInvitationsList, readInvitations.middleware), async (c) => {
  const [rows] = readInvitations.of(c).reads;
  return c.json({ invitations: rows.map(invitationView) }, 200);
});

// The asset's pending invitations are read with the guard; the new one supersedes the address's.
const invite = assetGuard('manage', (db, _c, id) => [pendingInvitationsOf(db, id, Date.now())]);
r.openapi(guard(routes.assetInvite, invite.middleware), async (c) => {
  const {
    asset,
    reads: [pending],
  } = invite.of(c);
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
    ...supersedeAssetInvitations(a, pending, email),
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

const revokeInvitation = assetGuard('manage', (db, c, id) => [
  db
    .select()
    .from(assetInvitations)
    .where(and(eq(assetInvitations.id, c.req.param('invitationId') ?? ''), eq(assetInvitations.assetId, id)))
    .limit(1),
]);
r.openapi(guard(routes.assetInvitationRevoke, revokeInvitation.middleware), async (c) => {
  const [[inv]] = revokeInvitation.of(c).reads;
  const db = c.get('db');
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
const listAssessments = assetGuard('read', (db, _c, id) => [
  db.select().from(assetAssessments).where(eq(assetAssessments.assetId, id)).orderBy(desc(assetAssessments.createdAt)),
  publishedIdQuery(db, id),
]);
r.openapi(guard(routes.assetAssessmentsList, listAssessments.middleware), async (c) => {
  const {
    member,
    reads: [rows, reg],
  } = listAssessments.of(c);
  const published = reg[0]?.id ?? null;
  // Non-members (national roles) see submitted ones only.
  const shown = member ? rows : rows.filter((x) => x.status === 'submitted');
  return c.json({ assessments: shown.map((x) => assessmentSummary(x, published)) }, 200);
});

const createAssessment = requireAsset('write');
r.openapi(guard(routes.assetAssessmentCreate, createAssessment.middleware), async (c) => {
  const { asset } = createAssessment.of(c);
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
  if (changedNothing(ins)) throw new ApiError(409, 'draft-exists');
  return c.json({ ...assessmentSummary(row, null), assessment: data }, 201);
});

// The peer links and reviews are read by the assessment's id within the asset, so another asset's never come back.
const readAssessment = assetGuard('read', (db, c, id) => {
  const ofAsset = and(eq(assetAssessments.id, c.req.param('id') ?? ''), eq(assetAssessments.assetId, id));
  const assessmentIds = db.select({ id: assetAssessments.id }).from(assetAssessments).where(ofAsset);
  return [
    assessmentQuery(db, c, id),
    db
      .select()
      .from(assetPeerInvitations)
      .where(inArray(assetPeerInvitations.assessmentId, assessmentIds))
      .orderBy(desc(assetPeerInvitations.createdAt)),
    db.select().from(assetPeerReviews).where(inArray(assetPeerReviews.assessmentId, assessmentIds)),
    publishedIdQuery(db, id),
  ];
});
r.openapi(guard(routes.assetAssessmentRead, readAssessment.middleware), async (c) => {
  const {
    member,
    reads: [found, invs, reviews, reg],
  } = readAssessment.of(c);
  const row = visible(found, member);
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

const saveAssessment = assetGuard('write', (db, c, id) => [assessmentQuery(db, c, id)]);
r.openapi(guard(routes.assetAssessmentSave, saveAssessment.middleware), async (c) => {
  const row = visible(saveAssessment.of(c).reads[0], true);
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const a = actorOf(c);
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
      .where(and(eq(assetAssessments.id, id), eq(assetAssessments.rev, body.rev), eq(assetAssessments.status, literal('draft')))),
  ]);
  if (changedNothing(upd)) throw new ApiError(409, 'draft-conflict');
  const saved = { ...row, data: '', lang: data.lang, rev, answered: v.answered, updatedBy: a.userId!, updatedAt: a.now };
  return c.json({ ...assessmentSummary(saved, null), assessment: data }, 200);
});

/**
 * The asset's self-assessment autosaves: most saves are decided ahead (one round trip), with the
 * caller's session checks and the body's, not the guard's reads (assets/save-ahead.ts proves in
 * its batch what the guard would have found).
 */
export const assetAssessmentSaveAhead = decidedAhead(
  'PUT',
  async (c, verify) => {
    await passes(c, guard(routes.assetAssessmentSave, requireUser).middleware);
    const { param, json } = await readAsRoute(c, routes.assetAssessmentSave);
    const v = validAssessment(json.assessment);
    const data = { ...v.assessment, id: param.id };
    const saved = await saveAssetAssessmentAhead(
      c,
      { ...param, rev: json.rev, standardsVersion: v.standards.version, lang: data.lang, data, answered: v.answered },
      verify,
    );
    return saved && { ...assessmentSummary(saved, null), assessment: data };
  },
  200,
);

const submitAssessment = assetGuard('write', (db, c, id) => [assessmentQuery(db, c, id)]);
r.openapi(guard(routes.assetAssessmentSubmit, submitAssessment.middleware), async (c) => {
  const row = visible(submitAssessment.of(c).reads[0], true);
  const { id } = c.req.valid('param');
  const { rev } = c.req.valid('json');
  const a = actorOf(c);
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
      .where(and(eq(assetAssessments.id, id), eq(assetAssessments.rev, rev), eq(assetAssessments.status, literal('draft')))),
  ]);
  if (changedNothing(upd)) throw new ApiError(409, 'draft-conflict');
  return c.json(
    assessmentSummary({ ...row, status: 'submitted', rev: rev + 1, submittedAt: a.now, submittedBy: a.userId!, updatedAt: a.now }, null),
    200,
  );
});

const deleteAssessment = assetGuard('write', (db, c, id) => [assessmentQuery(db, c, id)]);
r.openapi(guard(routes.assetAssessmentDelete, deleteAssessment.middleware), async (c) => {
  const row = visible(deleteAssessment.of(c).reads[0], true);
  const { id } = c.req.valid('param');
  const db = c.get('db');
  if (row.status === 'submitted') throw new ApiError(409, 'already-submitted');
  await db.batch([
    db.delete(assetAssessments).where(and(eq(assetAssessments.id, id), eq(assetAssessments.status, literal('draft')))),
    auditEntry(c, { action: 'asset_assessment.delete', entityType: 'asset_assessment', entityId: id, before: { rev: row.rev } }),
  ]);
  return c.body(null, 204);
});

const exportAssessment = assetGuard('read', (db, c, id) => [assessmentQuery(db, c, id)]);
r.openapi(guard(routes.assetAssessmentCsv, exportAssessment.middleware), async (c) => {
  const { member, reads } = exportAssessment.of(c);
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const row = visible(reads[0], member);
  const v = validAssessment(JSON.parse(row.data));
  const name = lang === 'cy' ? 'hunanasesiad-ased' : 'asset-self-assessment';
  return c.body(assetCsv(v.standards, v.assessment, lang, t), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}-${row.id.slice(0, 8)}.csv"`,
  });
});

r.openapi(guard(routes.assetAssessmentJson, exportAssessment.middleware), async (c) => {
  const { member, reads } = exportAssessment.of(c);
  const row = visible(reads[0], member);
  return c.json(validAssessment(JSON.parse(row.data)).assessment, 200);
});

// The two ids come from the query string as sent (bound as parameters); the validator checks them after the guard.
const compare = assetGuard('read', (db, c, id) => [
  db
    .select()
    .from(assetAssessments)
    .where(and(eq(assetAssessments.assetId, id), inArray(assetAssessments.id, [c.req.query('a') ?? '', c.req.query('b') ?? '']))),
]);
r.openapi(guard(routes.assetAssessmentsCompare, compare.middleware), async (c) => {
  const {
    member,
    reads: [rows],
  } = compare.of(c);
  const q = c.req.valid('query');
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
const invitePeer = assetGuard('write', (db, c, id) => [assessmentQuery(db, c, id)]);
r.openapi(guard(routes.peerInvitationCreate, invitePeer.middleware), async (c) => {
  const { asset, reads } = invitePeer.of(c);
  const row = visible(reads[0], true);
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const a = actorOf(c);
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

const revokePeer = assetGuard('write', (db, c, id) => [
  db
    .select()
    .from(assetPeerInvitations)
    .where(and(eq(assetPeerInvitations.id, c.req.param('invitationId') ?? ''), eq(assetPeerInvitations.assetId, id)))
    .limit(1),
]);
r.openapi(guard(routes.peerInvitationRevoke, revokePeer.middleware), async (c) => {
  const [[inv]] = revokePeer.of(c).reads;
  const { invitationId } = c.req.valid('param');
  const a = actorOf(c);
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

const readRegister = assetGuard('read', (db, _c, id) => publishedSourceQueries(db, id));
r.openapi(guard(routes.registerStatus, readRegister.middleware), async (c) => {
  const { asset, reads } = readRegister.of(c);
  const source = sourceOf(reads);
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

// The assessment to publish is named in the body, which the guard does not read: so the guard's
// batch reads every assessment of the asset (a handful) with its latest submitted peer review
// (as latestPeerReview), and the consent row; the route picks the one named.
const consent = assetGuard('write', (db, _c, id) => [
  db
    .select({
      assessment: assetAssessments,
      peer: sql<
        number | null
      >`(SELECT MAX(${assetPeerReviews.submittedAt}) FROM ${assetPeerReviews} WHERE ${assetPeerReviews.assessmentId} = ${assetAssessments.id})`.as(
        'peer',
      ),
    })
    .from(assetAssessments)
    .where(eq(assetAssessments.assetId, id)),
  db.select().from(assetRegister).where(eq(assetRegister.assetId, id)).limit(1),
]);
r.openapi(guard(routes.registerConsent, consent.middleware), async (c) => {
  const {
    asset,
    reads: [candidates, [before]],
  } = consent.of(c);
  const { assessmentId } = c.req.valid('json');
  const a = actorOf(c);
  const found = candidates.find((x) => x.assessment.id === assessmentId);
  if (!found) throw new ApiError(404, 'not-found');
  const row = found.assessment;
  const peer = found.peer ?? null;
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

const withdraw = assetGuard('write', (db, _c, id) => [db.select().from(assetRegister).where(eq(assetRegister.assetId, id)).limit(1)]);
r.openapi(guard(routes.registerWithdraw, withdraw.middleware), async (c) => {
  const {
    asset,
    reads: [[reg]],
  } = withdraw.of(c);
  const a = actorOf(c);
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
