// Machine routes, authenticated by an organisation API key (`Authorization: Bearer <key>`):
// /api/machine/whoami, and /api/v1/returns/{periodId}… for the key's own organisation.
// The OpenAPI documents are served by index.ts (they describe the whole app).
import { routes } from '../../../content/api/routes/index.ts';
import type { AppEnv } from '../env.ts';
import { actorOf } from '../lib/actor.ts';
import { requireApiKey } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { decidedAhead, passes, readAsRoute } from '../lib/decided-ahead.ts';
import { saveDraft, saveDraftFromSnapshot, submitFromSnapshot, submitReturn } from '../returns/commands.ts';
import { returnDetail } from '../returns/views.ts';
import { draftInput, idempotencyKeyOf } from './returns.ts';

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
const v1DraftRoute = guard(routes.v1DraftSave);
machine.openapi(v1DraftRoute, async (c) => {
  const { periodId } = c.req.valid('param');
  return c.json(await saveDraft(actorOf(c), orgOf(c), periodId, draftInput(c.req.valid('json')), 'api'), 200);
});
const v1SubmitRoute = guard(routes.v1Submit);
machine.openapi(v1SubmitRoute, async (c) => {
  const { periodId } = c.req.valid('param');
  const key = c.req.valid('header')['Idempotency-Key'];
  return c.json(await submitReturn(actorOf(c), orgOf(c), periodId, c.req.valid('json'), key), 201);
});

// The same save and submission decided on what this isolate holds of the key and the return, in
// one round trip, as a person's are (routes/returns.ts `decidedAhead`); mounted before the
// caller's lookup (index.ts).
export const v1DraftAhead = decidedAhead(
  'PUT',
  async (c, verify) => {
    await passes(c, [requireApiKey, ...v1DraftRoute.middleware]);
    const { param, json } = await readAsRoute(c, routes.v1DraftSave);
    return saveDraftFromSnapshot(actorOf(c), orgOf(c), param.periodId, draftInput(json), 'api', verify);
  },
  200,
);
export const v1SubmitAhead = decidedAhead(
  'POST',
  async (c, verify) => {
    await passes(c, [requireApiKey, ...v1SubmitRoute.middleware]);
    const { param, json } = await readAsRoute(c, routes.v1Submit);
    return submitFromSnapshot(actorOf(c), orgOf(c), param.periodId, json, idempotencyKeyOf(c), verify);
  },
  201,
);

export default machine;
