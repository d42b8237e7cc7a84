// Machine routes, authenticated by an organisation API key (`Authorization: Bearer <key>`):
// /api/machine/whoami, and /api/v1/returns/{periodId}… for the key's own organisation.
// The OpenAPI documents are served by index.ts (they describe the whole app).
import { routes } from '../../../content/api/routes/index.ts';
import type { AppEnv } from '../env.ts';
import { actorOf } from '../lib/actor.ts';
import { requireApiKey } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { saveDraft, submitReturn } from '../returns/commands.ts';
import { returnDetail } from '../returns/views.ts';
import { draftInput } from './returns.ts';

const machine = routeModule();
machine.use('/api/machine/*', requireApiKey);
machine.use('/api/v1/returns/*', requireApiKey);
const orgOf = (c: { get(k: 'apiKey'): AppEnv['Variables']['apiKey'] }) => c.get('apiKey')!.orgId;

machine.openapi(guard(routes.machineWhoAmI), (c) => {
  const k = c.get('apiKey')!;
  return c.json({ apiKeyId: k.id, prefix: k.prefix, orgId: k.orgId }, 200);
});

machine.openapi(guard(routes.v1ReturnRead), async (c) =>
  c.json(await returnDetail(c.get('db'), orgOf(c), c.req.valid('param').periodId, Date.now()), 200),
);
machine.openapi(guard(routes.v1DraftSave), async (c) => {
  const { periodId } = c.req.valid('param');
  return c.json(await saveDraft(actorOf(c), orgOf(c), periodId, draftInput(c.req.valid('json')), 'api'), 200);
});
machine.openapi(guard(routes.v1Submit), async (c) => {
  const { periodId } = c.req.valid('param');
  const key = c.req.valid('header')['Idempotency-Key'];
  return c.json(await submitReturn(actorOf(c), orgOf(c), periodId, c.req.valid('json'), key), 201);
});

export default machine;
