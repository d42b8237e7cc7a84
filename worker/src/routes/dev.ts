// Development/test only: the email outbox, and publishing open data on demand. 404 in any other environment.

import { desc, eq, sql } from 'drizzle-orm';
import { routes } from '../../../content/api/routes/index.ts';
import { outbox } from '../../db/schema.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { isDevMail } from '../lib/email.ts';
import { ApiError } from '../lib/http.ts';
import { publishPending } from '../returns/publish.ts';

const dev = routeModule();
dev.use('/api/dev/*', async (c, next) => {
  if (!isDevMail(c.env)) throw new ApiError(404, 'not-found');
  return next();
});
/** Newest first; `?to=` filters by recipient. */
dev.openapi(guard(routes.devOutbox), async (c) => {
  const to = c.req.valid('query').to?.trim().toLowerCase();
  const q = c.get('db').select().from(outbox);
  const rows = await (to ? q.where(eq(outbox.to, to)) : q).orderBy(desc(outbox.createdAt), desc(sql`rowid`)).limit(100);
  return c.json({ messages: rows }, 200);
});
/** What the daily cron does, on demand: the seed writes accepted returns straight into D1, and they are published here. */
dev.openapi(guard(routes.devPublish), async (c) => c.json({ periods: await publishPending(c.env) }, 200));
export default dev;
