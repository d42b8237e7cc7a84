// National team: organisations, invitations, roles, members, API keys, audit log (read only).
// Reads need 'analyst' (or admin); every change needs 'admin'.

import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { routes } from '../../../content/api/routes/index.ts';
import { OrgCreateBody } from '../../../content/api/schemas/platform.ts';
import { t } from '../../../content/i18n.ts';
import { geography } from '../../../content/index.ts';
import type { Lang } from '../../../content/schema.ts';
import { apiKeys, auditLog, invitations, memberships, organisations, users } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { auditEntry } from '../lib/audit.ts';
import { auditPageQueries, withAuditNames } from '../lib/audit-names.ts';
import { requireRole } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { randomToken, sha256 } from '../lib/crypto.ts';
import { sendEmail } from '../lib/email.ts';
import { ApiError, parseWith } from '../lib/http.ts';
import { invitationForAudit, pendingInvitationsQuery, supersedePendingInvitations } from '../lib/invitations.ts';
import { requireMail } from '../lib/mail-config.ts';
import { assertNotArchived } from '../lib/organisations.ts';
import { signInUrl } from './auth.ts';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;
const Uuid = z.uuid();

/** The organisation by id (checked to be a UUID first), for a batch: read it with `orgOrNotFound`. */
function orgQuery(c: Context<AppEnv>, id: string) {
  parseWith(Uuid, id);
  return c.get('db').select().from(organisations).where(eq(organisations.id, id)).limit(1);
}
function orgOrNotFound([org]: (typeof organisations.$inferSelect)[]) {
  if (!org) throw new ApiError(404, 'not-found');
  return org;
}
async function findOrg(c: Context<AppEnv>, id: string) {
  return orgOrNotFound(await orgQuery(c, id));
}

const admin = routeModule();
admin.use('/api/admin/*', requireRole('analyst'));
const adminOnly = requireRole('admin');

// ---- organisations
admin.openapi(guard(routes.adminOrgs), async (c) => {
  const rows = await c.get('db').select().from(organisations).orderBy(organisations.nameEn);
  return c.json({ organisations: rows }, 200);
});
admin.openapi(guard(routes.adminOrg), async (c) => c.json({ organisation: await findOrg(c, c.req.valid('param').orgId) }, 200));

admin.openapi(guard(routes.adminOrgCreate, adminOnly), async (c) => {
  const body = c.req.valid('json');
  const hb = geography.healthBoards.find((h) => h.id === body.healthBoard)!;
  const now = Date.now();
  const org = {
    id: crypto.randomUUID(),
    nameCy: body.nameCy,
    nameEn: body.nameEn,
    type: body.type,
    healthBoard: hb.id,
    localAuthority: body.localAuthority ?? null,
    region: hb.region,
    clusters: body.clusters ?? [],
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
  };
  const db = c.get('db');
  await db.batch([
    db.insert(organisations).values(org),
    auditEntry(c, { action: 'organisation.create', entityType: 'organisation', entityId: org.id, after: org }),
  ]);
  return c.json({ organisation: org }, 201);
});

admin.openapi(guard(routes.adminOrgUpdate, adminOnly), async (c) => {
  const before = await findOrg(c, c.req.valid('param').orgId);
  assertNotArchived(before);
  const body = c.req.valid('json');
  const merged = { ...before, ...body };
  // Geography is checked on the result, so a health board change must bring a matching local authority.
  parseWith(OrgCreateBody, {
    nameCy: merged.nameCy,
    nameEn: merged.nameEn,
    type: merged.type,
    healthBoard: merged.healthBoard,
    localAuthority: merged.localAuthority,
    clusters: merged.clusters,
    ...(body.region !== undefined ? { region: body.region } : {}),
  });
  const hb = geography.healthBoards.find((h) => h.id === merged.healthBoard)!;
  const after = { ...merged, region: hb.region, localAuthority: merged.localAuthority ?? null, updatedAt: Date.now() };
  const db = c.get('db');
  await db.batch([
    db.update(organisations).set(after).where(eq(organisations.id, before.id)),
    auditEntry(c, { action: 'organisation.update', entityType: 'organisation', entityId: before.id, before, after }),
  ]);
  return c.json({ organisation: after }, 200);
});

/** Organisations are archived, never deleted: their returns and audit history stay. */
admin.openapi(guard(routes.adminOrgArchive, adminOnly), async (c) => {
  const before = await findOrg(c, c.req.valid('param').orgId);
  if (before.archivedAt) return c.json({ organisation: before }, 200);
  const after = { ...before, archivedAt: Date.now() };
  const db = c.get('db');
  await db.batch([
    db.update(organisations).set({ archivedAt: after.archivedAt }).where(eq(organisations.id, before.id)),
    db
      .update(apiKeys)
      .set({ revokedAt: after.archivedAt })
      .where(and(eq(apiKeys.orgId, before.id), isNull(apiKeys.revokedAt))),
    auditEntry(c, { action: 'organisation.archive', entityType: 'organisation', entityId: before.id, before, after }),
  ]);
  return c.json({ organisation: after }, 200);
});

// ---- members
admin.openapi(guard(routes.adminOrgMembers), async (c) => {
  const { orgId } = c.req.valid('param');
  const db = c.get('db');
  const [org, rows] = await db.batch([
    orgQuery(c, orgId),
    db
      .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, since: memberships.createdAt })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.orgId, orgId)),
  ]);
  orgOrNotFound(org);
  return c.json({ members: rows }, 200);
});
admin.openapi(guard(routes.adminMemberRemove, adminOnly), async (c) => {
  const { orgId } = c.req.valid('param');
  const db = c.get('db');
  const orgRead = orgQuery(c, orgId);
  const userId = parseWith(Uuid, c.req.valid('param').userId);
  const [orgRows, [m]] = await db.batch([
    orgRead,
    db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
      .limit(1),
  ]);
  const org = orgOrNotFound(orgRows);
  assertNotArchived(org);
  if (!m) throw new ApiError(404, 'not-found');
  await db.batch([
    db.delete(memberships).where(and(eq(memberships.orgId, org.id), eq(memberships.userId, userId))),
    auditEntry(c, { action: 'membership.delete', entityType: 'membership', entityId: `${org.id}:${userId}`, before: m }),
  ]);
  return c.body(null, 204);
});

// ---- users and national roles
admin.openapi(guard(routes.adminUsers, adminOnly), async (c) => {
  const rows = await c
    .get('db')
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      lang: users.lang,
      nationalRole: users.nationalRole,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .orderBy(users.email);
  return c.json({ users: rows }, 200);
});
admin.openapi(guard(routes.adminUserRole, adminOnly), async (c) => {
  const userId = parseWith(Uuid, c.req.valid('param').userId);
  const body = c.req.valid('json');
  const db = c.get('db');
  const [u] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!u) throw new ApiError(404, 'not-found');
  if (u.id === c.get('user')!.id && body.nationalRole !== 'admin') throw new ApiError(409, 'conflict'); // no locking yourself out
  await db.batch([
    db.update(users).set({ nationalRole: body.nationalRole }).where(eq(users.id, u.id)),
    auditEntry(c, {
      action: 'user.role',
      entityType: 'user',
      entityId: u.id,
      before: { nationalRole: u.nationalRole },
      after: { nationalRole: body.nationalRole },
    }),
  ]);
  return c.json({ user: { id: u.id, email: u.email, nationalRole: body.nationalRole } }, 200);
});

// ---- invitations
admin.openapi(guard(routes.adminInvitations, adminOnly), async (c) => {
  const rows = await c.get('db').select().from(invitations).orderBy(desc(invitations.createdAt)).limit(200);
  return c.json({ invitations: rows }, 200);
});
admin.openapi(guard(routes.adminInvite, adminOnly), async (c) => {
  const body = c.req.valid('json');
  const origin = requireMail(c);
  const db = c.get('db');
  const now = Date.now();
  // The organisation (none is named for a national role: the lookup finds nothing), the
  // address's pending invitations and the invitee's language: one batch.
  const [orgRows, pending, [existing]] = await db.batch([
    db
      .select()
      .from(organisations)
      .where(eq(organisations.id, body.orgId ?? ''))
      .limit(1),
    pendingInvitationsQuery(c, { email: body.email, orgId: body.orgId ?? null, role: body.role }, now),
    db.select({ lang: users.lang }).from(users).where(eq(users.email, body.email)).limit(1),
  ]);
  const org = body.orgId ? orgOrNotFound(orgRows) : null;
  if (org) assertNotArchived(org);
  const inv = {
    id: crypto.randomUUID(),
    email: body.email,
    orgId: org?.id ?? null,
    role: body.role,
    invitedBy: c.get('user')!.id,
    createdAt: now,
    expiresAt: now + INVITATION_TTL_MS,
    acceptedAt: null,
    revokedAt: null,
  };
  await db.batch([
    db.insert(invitations).values(inv),
    ...supersedePendingInvitations(c, pending, now),
    auditEntry(c, { action: 'invitation.create', entityType: 'invitation', entityId: inv.id, after: invitationForAudit(inv) }),
  ]);
  const lang: Lang = existing?.lang ?? body.lang ?? c.get('lang');
  const what = (l: Lang) =>
    org
      ? t(l, 'email.invite.org', { org: l === 'cy' ? org.nameCy : org.nameEn })
      : t(l, body.role === 'admin' ? 'email.invite.admin' : 'email.invite.analyst');
  await sendEmail(c.env, body.email, lang, {
    subject: 'email.invite.subject',
    body: 'email.invite.body',
    vars: { cy: { what: what('cy'), link: signInUrl(origin, 'cy') }, en: { what: what('en'), link: signInUrl(origin, 'en') } },
  });
  return c.json({ invitation: inv }, 201);
});
admin.openapi(guard(routes.adminInvitationRevoke, adminOnly), async (c) => {
  const id = parseWith(Uuid, c.req.valid('param').id);
  const db = c.get('db');
  const [inv] = await db.select().from(invitations).where(eq(invitations.id, id)).limit(1);
  if (!inv) throw new ApiError(404, 'not-found');
  if (inv.acceptedAt || inv.revokedAt) throw new ApiError(409, 'conflict');
  const after = { ...inv, revokedAt: Date.now() };
  await db.batch([
    db.update(invitations).set({ revokedAt: after.revokedAt }).where(eq(invitations.id, id)),
    auditEntry(c, {
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: id,
      before: invitationForAudit(inv),
      after: invitationForAudit(after),
    }),
  ]);
  return c.json({ invitation: after }, 200);
});

// ---- organisation API keys (the key is shown once; only its hash and prefix are kept)
admin.openapi(guard(routes.adminApiKeys, adminOnly), async (c) => {
  const { orgId } = c.req.valid('param');
  const db = c.get('db');
  const [org, rows] = await db.batch([
    orgQuery(c, orgId),
    db
      .select({
        id: apiKeys.id,
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        createdAt: apiKeys.createdAt,
        lastUsedAt: apiKeys.lastUsedAt,
        revokedAt: apiKeys.revokedAt,
      })
      .from(apiKeys)
      .where(eq(apiKeys.orgId, orgId))
      .orderBy(desc(apiKeys.createdAt)),
  ]);
  orgOrNotFound(org);
  return c.json({ apiKeys: rows }, 200);
});
admin.openapi(guard(routes.adminApiKeyCreate, adminOnly), async (c) => {
  const org = await findOrg(c, c.req.valid('param').orgId);
  const body = c.req.valid('json');
  assertNotArchived(org);
  const key = `sph_${randomToken(32)}`;
  const row = {
    id: crypto.randomUUID(),
    orgId: org.id,
    name: body.name,
    prefix: key.slice(0, 12),
    keyHash: await sha256(key),
    createdBy: c.get('user')!.id,
    createdAt: Date.now(),
    lastUsedAt: null,
    revokedAt: null,
  };
  const { keyHash: _h, ...shown } = row;
  const db = c.get('db');
  await db.batch([
    db.insert(apiKeys).values(row),
    auditEntry(c, { action: 'api-key.create', entityType: 'api_key', entityId: row.id, after: shown }),
  ]);
  return c.json({ apiKey: { ...shown, key } }, 201);
});
admin.openapi(guard(routes.adminApiKeyRevoke, adminOnly), async (c) => {
  const { orgId } = c.req.valid('param');
  const db = c.get('db');
  const orgRead = orgQuery(c, orgId);
  const keyId = parseWith(Uuid, c.req.valid('param').keyId);
  const [orgRows, [k]] = await db.batch([
    orgRead,
    db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.orgId, orgId)))
      .limit(1),
  ]);
  orgOrNotFound(orgRows);
  if (!k) throw new ApiError(404, 'not-found');
  if (k.revokedAt) throw new ApiError(409, 'conflict');
  const { keyHash: _h, ...before } = k;
  const after = { ...before, revokedAt: Date.now() };
  await db.batch([
    db.update(apiKeys).set({ revokedAt: after.revokedAt }).where(eq(apiKeys.id, k.id)),
    auditEntry(c, { action: 'api-key.revoke', entityType: 'api_key', entityId: k.id, before, after }),
  ]);
  return c.json({ apiKey: after }, 200);
});

// ---- audit log: read only (there is no route that changes it). Analysts and admins,
// newest first, optionally one kind of entity (and one entity), paged with ?before=<seq>.
admin.openapi(guard(routes.adminAudit), async (c) => {
  const q = c.req.valid('query');
  const limit = q.limit ?? 50;
  const conds = [
    q.entityType ? eq(auditLog.entityType, q.entityType) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    q.before ? lt(auditLog.seq, q.before) : undefined,
  ].filter((x) => x !== undefined);
  const read = await c.get('db').batch(auditPageQueries(c.get('db'), conds.length ? and(...conds) : undefined, limit + 1));
  const rows = read[0];
  const page = rows.slice(0, limit);
  const entries = withAuditNames(read, limit, c.get('lang'));
  return c.json({ entries, nextBefore: rows.length > limit ? page[page.length - 1]!.seq : null }, 200);
});

export default admin;
