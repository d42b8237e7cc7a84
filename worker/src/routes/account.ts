// The signed-in person's own account.

import { eq, inArray } from 'drizzle-orm';
import { routes } from '../../../content/api/routes/index.ts';
import { memberships, organisations, users } from '../../db/schema.ts';
import { exportOf, exportQueries } from '../assessments/service.ts';
import { auditEntry } from '../lib/audit.ts';
import { clearSessionCookie, requireUser } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { erasureReads, erasureStatements } from '../lib/erasure.ts';

const account = routeModule();

account.openapi(guard(routes.accountRead, requireUser), async (c) => {
  const user = c.get('user')!;
  const orgs = user.orgIds.length
    ? await c
        .get('db')
        .select({ id: organisations.id, nameCy: organisations.nameCy, nameEn: organisations.nameEn })
        .from(organisations)
        .where(inArray(organisations.id, user.orgIds))
    : [];
  return c.json(
    { user: { id: user.id, email: user.email, name: user.name, lang: user.lang, nationalRole: user.nationalRole }, organisations: orgs },
    200,
  );
});

account.openapi(guard(routes.accountUpdate, requireUser), async (c) => {
  const body = c.req.valid('json');
  const user = c.get('user')!;
  const db = c.get('db');
  const before = { name: user.name, lang: user.lang };
  const after = { name: body.name === undefined ? user.name : body.name || null, lang: body.lang ?? user.lang };
  await db.batch([
    db.update(users).set(after).where(eq(users.id, user.id)),
    // Which fields changed, never the name itself (see user.create in auth.ts).
    auditEntry(c, {
      action: 'user.update',
      entityType: 'user',
      entityId: user.id,
      before: { lang: before.lang },
      after: { lang: after.lang, nameChanged: before.name !== after.name },
    }),
  ]);
  return c.json({ user: { ...user, ...after } }, 200);
});

/** Everything the hub holds about the signed-in person, as one JSON download. */
account.openapi(guard(routes.accountExport, requireUser), async (c) => {
  const user = c.get('user')!;
  const db = c.get('db');
  // Every table's rows in one batch (one round trip).
  const [[row], orgs, ...assessmentRows] = await db.batch([
    db.select().from(users).where(eq(users.id, user.id)).limit(1),
    db
      .select({ orgId: memberships.orgId, role: memberships.role, createdAt: memberships.createdAt })
      .from(memberships)
      .where(eq(memberships.userId, user.id)),
    ...exportQueries(db, user.id),
  ]);
  c.header('Content-Disposition', 'attachment; filename="sphub-account-export.json"');
  return c.json(
    {
      exportedAt: new Date().toISOString(),
      user: {
        id: row!.id,
        email: row!.email,
        name: row!.name,
        lang: row!.lang,
        nationalRole: row!.nationalRole,
        createdAt: new Date(row!.createdAt).toISOString(),
      },
      memberships: orgs.map((m) => ({ ...m, createdAt: new Date(m.createdAt).toISOString() })),
      ...exportOf(assessmentRows),
    },
    200,
  );
});

/**
 * Deletes the account and everything of the person (lib/erasure.ts): sessions, memberships,
 * sign-in tokens, invitations, rate-limit windows and mail of their address, their
 * self-assessments with shares and supervisor views, and their name in the declarations of
 * returns they submitted. Consented skills contributions are anonymous counts and stay.
 * The audit log is append-only and holds no personal data: it keeps the bare user id of past actions.
 */
account.openapi(guard(routes.accountDelete, requireUser), async (c) => {
  const user = c.get('user')!;
  const db = c.get('db');
  const reads = await db.batch(erasureReads(db, user.id));
  await db.batch([
    auditEntry(c, { action: 'user.delete', entityType: 'user', entityId: user.id }),
    ...(await erasureStatements(db, user, reads)),
  ]);
  clearSessionCookie(c);
  return c.body(null, 204);
});

export default account;
