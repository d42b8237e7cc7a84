// Machine routes, authenticated by an organisation API key (`Authorization: Bearer <key>`).
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { requireApiKey } from '../lib/auth.ts';

const machine = new Hono<AppEnv>();
machine.use('*', requireApiKey);
machine.get('/whoami', (c) => {
  const k = c.get('apiKey')!;
  return c.json({ apiKeyId: k.id, prefix: k.prefix, orgId: k.orgId });
});
export default machine;
