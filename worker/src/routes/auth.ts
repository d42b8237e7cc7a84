// Passwordless sign-in: emailed one-time link → confirmation page → POST /verify → session cookie.

import { and, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { routes } from '../../../content/api/routes/index.ts';
import { t } from '../../../content/i18n.ts';
import { path } from '../../../content/routes.ts';
import type { Lang } from '../../../content/schema.ts';
import { invitations, loginTokens, memberships, organisations, sessions, users } from '../../db/schema.ts';
import { acceptAssetInvitations, pendingAssetInvitations } from '../assets/invitations.ts';
import type { AppEnv } from '../env.ts';
import { actorOf } from '../lib/actor.ts';
import { auditEntry } from '../lib/audit.ts';
import {
  clearSessionCookie,
  LOGIN_TOKEN_TTL_MS,
  requireUser,
  SESSION_ABSOLUTE_MS,
  sessionCookieName,
  setSessionCookie,
} from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { randomToken, sha256 } from '../lib/crypto.ts';
import { sendEmail } from '../lib/email.ts';
import { ApiError } from '../lib/http.ts';
import { invitationForAudit } from '../lib/invitations.ts';
import { requireMail } from '../lib/mail-config.ts';
import { assertWithin, clientIp, countQuery, limitOf, withinSql } from '../lib/ratelimit.ts';
import { retireUnusedLinks } from '../lib/sign-in-links.ts';

/** Where the emailed link points: the confirmation page, token in the fragment (never sent to servers or in Referer). */
export function confirmUrl(origin: string, lang: Lang, token: string) {
  return `${origin}${path(lang, 'signIn', lang === 'cy' ? 'cadarnhau' : 'confirm')}#token=${token}`;
}
export const signInUrl = (origin: string, lang: Lang) => `${origin}${path(lang, 'signIn')}`;

export async function me(c: Context<AppEnv>) {
  const user = c.get('user');
  const session = c.get('session');
  // A person is only ever signed in through a session (API keys are not people).
  if (!user || !session) return { user: null, csrfToken: null };
  return {
    user: { id: user.id, email: user.email, name: user.name, lang: user.lang, nationalRole: user.nationalRole, orgIds: user.orgIds },
    csrfToken: session.csrfToken,
  };
}

const auth = routeModule();

auth.openapi(guard(routes.signInRequest), async (c) => {
  const body = c.req.valid('json');
  const lang = body.lang ?? c.get('lang');
  // Links come from the configured origin only (never the request's Host); no mail setup, no link.
  const origin = requireMail(c);
  const db = c.get('db');
  const now = Date.now();
  // Both limits are counted, and the address's language read, in one batch; the writes in the next.
  const [[ip], [email], [existing]] = await db.batch([
    countQuery(c, 'signInIp', clientIp(c), now),
    countQuery(c, 'signInEmail', await sha256(body.email), now),
    db.select({ lang: users.lang }).from(users).where(eq(users.email, body.email)).limit(1),
  ]);
  assertWithin('signInIp', ip?.count, now, limitOf(c, 'signInIp'));
  assertWithin('signInEmail', email?.count, now, limitOf(c, 'signInEmail'));
  const token = randomToken(32);
  const id = crypto.randomUUID();
  await db.batch([
    retireUnusedLinks(db, body.email),
    db
      .insert(loginTokens)
      .values({ id, tokenHash: await sha256(token), email: body.email, lang, createdAt: now, expiresAt: now + LOGIN_TOKEN_TTL_MS }),
    auditEntry(c, {
      action: 'login-token.create',
      entityType: 'login_token',
      entityId: id,
      after: { expiresAt: now + LOGIN_TOKEN_TTL_MS, earlierLinksRetired: true },
    }),
  ]);
  const mailLang = existing?.lang ?? lang;
  await sendEmail(c.env, body.email, mailLang, {
    subject: 'email.signIn.subject',
    body: 'email.signIn.body',
    vars: { cy: { link: confirmUrl(origin, 'cy', token) }, en: { link: confirmUrl(origin, 'en', token) } },
  });
  // The same answer whether or not the address has an account.
  return c.json({ message: t(lang, 'auth.requestAccepted') }, 202);
});

auth.openapi(guard(routes.signInVerify), async (c) => {
  const body = c.req.valid('json');
  const db = c.get('db');
  const now = Date.now();
  const ip = clientIp(c);
  const tokenHash = await sha256(body.token);
  // One batch (one transaction): count the attempt; consume the token (single use: a conditional
  // UPDATE, which a refused attempt leaves untouched); and read everything sign-in needs about
  // the token's address, found by subquery. Nothing read is used unless the token was consumed.
  const address = sql`(SELECT ${loginTokens.email} FROM ${loginTokens} WHERE ${loginTokens.tokenHash} = ${tokenHash})`;
  const [[counted], [tok], [existing], pending, archivedRows, assetPending] = await db.batch([
    countQuery(c, 'verifyIp', ip, now),
    db
      .update(loginTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(loginTokens.tokenHash, tokenHash),
          isNull(loginTokens.usedAt),
          gt(loginTokens.expiresAt, now),
          withinSql(c, 'verifyIp', ip, now),
        ),
      )
      .returning(),
    db.select().from(users).where(eq(users.email, address)).limit(1),
    // Signing in with the invited address accepts every pending invitation ...
    db
      .select()
      .from(invitations)
      .where(
        and(eq(invitations.email, address), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)),
      ),
    db.select({ id: organisations.id }).from(organisations).where(isNotNull(organisations.archivedAt)),
    pendingAssetInvitations(actorOf(c), address),
  ]);
  assertWithin('verifyIp', counted?.count, now, limitOf(c, 'verifyIp'));
  if (!tok) throw new ApiError(400, 'token-invalid');
  const userId = existing?.id ?? crypto.randomUUID();
  const ops: unknown[] = [];
  if (!existing) {
    const u = { id: userId, email: tok.email, lang: tok.lang, createdAt: now, lastSignInAt: now };
    // The audit row holds no email: the log is append-only, and erasing an account must leave
    // nothing that identifies the person.
    ops.push(
      db.insert(users).values(u),
      auditEntry(c, {
        action: 'user.create',
        entityType: 'user',
        entityId: userId,
        after: { id: userId, lang: u.lang, createdAt: now },
        actorUserId: userId,
      }),
    );
  } else {
    ops.push(db.update(users).set({ lastSignInAt: now }).where(eq(users.id, userId)));
  }
  ops.push(retireUnusedLinks(db, tok.email));
  let nationalRole = existing?.nationalRole ?? null;
  const archived = new Set(archivedRows.map((o) => o.id));
  for (const inv of pending) {
    if (inv.orgId && archived.has(inv.orgId)) continue; // the organisation has closed since the invitation
    ops.push(db.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, inv.id)));
    ops.push(
      auditEntry(c, {
        action: 'invitation.accept',
        entityType: 'invitation',
        entityId: inv.id,
        before: invitationForAudit(inv),
        after: invitationForAudit({ ...inv, acceptedAt: now }),
        actorUserId: userId,
      }),
    );
    if (inv.orgId) {
      const m = { userId, orgId: inv.orgId, role: 'submitter' as const, createdAt: now };
      ops.push(db.insert(memberships).values(m).onConflictDoNothing());
      ops.push(
        auditEntry(c, {
          action: 'membership.create',
          entityType: 'membership',
          entityId: `${inv.orgId}:${userId}`,
          after: m,
          actorUserId: userId,
        }),
      );
    } else if (inv.role === 'admin' || (inv.role === 'analyst' && nationalRole !== 'admin')) {
      ops.push(db.update(users).set({ nationalRole: inv.role }).where(eq(users.id, userId)));
      ops.push(
        auditEntry(c, {
          action: 'user.role',
          entityType: 'user',
          entityId: userId,
          before: { nationalRole },
          after: { nationalRole: inv.role },
          actorUserId: userId,
        }),
      );
      nationalRole = inv.role;
    }
  }
  // ... and every pending invitation to act for a community asset.
  ops.push(...acceptAssetInvitations(actorOf(c), assetPending, userId));
  // Rotate: any session this browser had is ended; a fresh one starts.
  const old = getCookie(c, sessionCookieName(c));
  if (old) ops.push(db.delete(sessions).where(eq(sessions.tokenHash, await sha256(old))));
  const token = randomToken(32);
  const sessionId = crypto.randomUUID();
  const csrfToken = randomToken(24);
  ops.push(
    db.insert(sessions).values({
      id: sessionId,
      tokenHash: await sha256(token),
      userId,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + SESSION_ABSOLUTE_MS,
    }),
    auditEntry(c, {
      action: 'session.create',
      entityType: 'session',
      entityId: sessionId,
      after: { userId, loginTokenId: tok.id, expiresAt: now + SESSION_ABSOLUTE_MS },
      actorUserId: userId,
    }),
  );
  // The person's organisations, read at the end of the same batch (after the memberships it adds).
  ops.push(db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, userId)));
  const written = await db.batch(ops as [never, ...never[]]);
  const orgs = written[written.length - 1] as unknown as { orgId: string }[];
  setSessionCookie(c, token);
  const lang = existing?.lang ?? tok.lang;
  return c.json(
    {
      user: { id: userId, email: tok.email, name: existing?.name ?? null, lang, nationalRole, orgIds: orgs.map((o) => o.orgId) },
      csrfToken,
    },
    200,
  );
});

auth.openapi(guard(routes.me), async (c) => c.json(await me(c), 200));

auth.openapi(guard(routes.signOut, requireUser), async (c) => {
  const db = c.get('db');
  const s = c.get('session')!;
  await db.batch([
    db.delete(sessions).where(eq(sessions.id, s.id)),
    auditEntry(c, { action: 'session.delete', entityType: 'session', entityId: s.id }),
  ]);
  clearSessionCookie(c);
  return c.json({ message: t(c.get('lang'), 'auth.signedOut') }, 200);
});

auth.openapi(guard(routes.signOutEverywhere, requireUser), async (c) => {
  const db = c.get('db');
  const user = c.get('user')!;
  await db.batch([
    db.delete(sessions).where(eq(sessions.userId, user.id)),
    auditEntry(c, { action: 'session.delete-all', entityType: 'user', entityId: user.id }),
  ]);
  clearSessionCookie(c);
  return c.json({ message: t(c.get('lang'), 'auth.signedOutEverywhere') }, 200);
});

export default auth;
