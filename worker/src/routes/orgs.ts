// Organisation-scoped reads: members (and the organisation's API keys) read their own
// organisation; national analysts and admins may read any. Issue 6 (returns) adds its
// routes under /api/orgs/:orgId/returns with the same middleware.

import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { memberships, organisations, users } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { requireOrgAccess } from '../lib/auth.ts';
import { ApiError } from '../lib/http.ts';

const orgs = new Hono<AppEnv>();

orgs.get('/:orgId', requireOrgAccess('orgId', 'read'), async (c) => {
  const [org] = await c
    .get('db')
    .select()
    .from(organisations)
    .where(eq(organisations.id, c.req.param('orgId')))
    .limit(1);
  if (!org) throw new ApiError(404, 'not-found');
  return c.json({ organisation: org });
});

orgs.get('/:orgId/members', requireOrgAccess('orgId', 'read'), async (c) => {
  if (c.get('apiKey')) throw new ApiError(403, 'forbidden'); // people's addresses are not for machines
  const rows = await c
    .get('db')
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, c.req.param('orgId')));
  return c.json({ members: rows });
});

export default orgs;
