// The signed-in person's own account.
import { Hono } from 'hono';
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { organisations, users } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { auditEntry } from '../lib/audit.ts';
import { requireUser } from '../lib/auth.ts';
import { PlainText, parseJson } from '../lib/http.ts';

const AccountPatch = z.strictObject({
  name: PlainText(120, 0).nullable().optional(),
  lang: z.enum(['cy', 'en']).optional(),
});

const account = new Hono<AppEnv>();
account.use('*', requireUser);

account.get('/', async (c) => {
  const user = c.get('user')!;
  const orgs = user.orgIds.length
    ? await c.get('db').select({ id: organisations.id, nameCy: organisations.nameCy, nameEn: organisations.nameEn }).from(organisations).where(inArray(organisations.id, user.orgIds))
    : [];
  return c.json({ user: { id: user.id, email: user.email, name: user.name, lang: user.lang, nationalRole: user.nationalRole }, organisations: orgs });
});

account.patch('/', async (c) => {
  const body = await parseJson(c, AccountPatch);
  const user = c.get('user')!;
  const db = c.get('db');
  const before = { name: user.name, lang: user.lang };
  const after = { name: body.name === undefined ? user.name : body.name || null, lang: body.lang ?? user.lang };
  await db.batch([
    db.update(users).set(after).where(eq(users.id, user.id)),
    auditEntry(c, { action: 'user.update', entityType: 'user', entityId: user.id, before, after }),
  ]);
  return c.json({ user: { ...user, ...after } });
});

export default account;
