// Organisation-scoped reads: members (and the organisation's API keys) read their own
// organisation; national analysts and admins may read any. Their returns: routes/returns.ts.

import { eq } from 'drizzle-orm';
import { routes } from '../../../content/api/routes/index.ts';
import { memberships, organisations, users } from '../../db/schema.ts';
import { requireOrgAccess } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { ApiError } from '../lib/http.ts';

const orgs = routeModule();

orgs.openapi(guard(routes.orgRead, requireOrgAccess('orgId', 'read')), async (c) => {
  const [org] = await c
    .get('db')
    .select()
    .from(organisations)
    .where(eq(organisations.id, c.req.param('orgId')))
    .limit(1);
  if (!org) throw new ApiError(404, 'not-found');
  return c.json({ organisation: org }, 200);
});

orgs.openapi(guard(routes.orgMembers, requireOrgAccess('orgId', 'read')), async (c) => {
  if (c.get('apiKey')) throw new ApiError(403, 'forbidden'); // people's addresses are not for machines
  const rows = await c
    .get('db')
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, c.req.param('orgId')));
  return c.json({ members: rows }, 200);
});

export default orgs;
