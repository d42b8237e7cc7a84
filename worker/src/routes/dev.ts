// Development/test only: the email outbox. 404 in any other environment.

import { desc, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { outbox } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { isDevMail } from '../lib/email.ts';
import { ApiError } from '../lib/http.ts';

const dev = new Hono<AppEnv>();
dev.use('*', async (c, next) => {
  if (!isDevMail(c.env)) throw new ApiError(404, 'not-found');
  return next();
});
/** Newest first; `?to=` filters by recipient. */
dev.get('/outbox', async (c) => {
  const to = c.req.query('to')?.trim().toLowerCase();
  const q = c.get('db').select().from(outbox);
  const rows = await (to ? q.where(eq(outbox.to, to)) : q).orderBy(desc(outbox.createdAt), desc(sql`rowid`)).limit(100);
  return c.json({ messages: rows });
});
export default dev;
