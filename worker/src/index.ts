// The hub's Worker: the API under /api/ and the built site through ASSETS.
// Each capability is a Hono sub-app in routes/<capability>.ts, mounted below.
// Contract for route modules: see worker/README.md.

import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import * as schema from '../db/schema.ts';
import type { AppEnv, Bindings } from './env.ts';
import { csrfAndWriteLimit, loadPrincipal } from './lib/auth.ts';
import { cleanup } from './lib/cleanup.ts';
import { SECURITY_HEADERS } from './lib/headers.ts';
import { ApiError, apiError, errorResponse, requestLang } from './lib/http.ts';
import { servePage } from './pages/header.ts';
import { ReturnsError, renderReturnsError } from './returns/errors.ts';
import { sendReminders } from './returns/reminders.ts';
import account from './routes/account.ts';
import admin from './routes/admin.ts';
import assessments from './routes/assessments.ts';
import auth from './routes/auth.ts';
import bench from './routes/bench.ts';
import dev from './routes/dev.ts';
import { home } from './routes/home.ts';
import machine, { v1 } from './routes/machine.ts';
import national from './routes/national.ts';
import openData from './routes/opendata.ts';
import orgs from './routes/orgs.ts';
import returns, { periodsApp } from './routes/returns.ts';
import share from './routes/share.ts';
import skills from './routes/skills.ts';

const app = new Hono<AppEnv>();

// Benchmark baseline (npm run bench): before every middleware on purpose; off in production.
app.route('/api/bench', bench);

// Request id, language, db handle, security headers and one JSON log line per request.
app.use('*', async (c, next) => {
  const started = Date.now();
  const requestId = crypto.randomUUID();
  c.set('requestId', requestId);
  c.set('lang', requestLang(c.req.raw));
  c.set('db', drizzle(c.env.DB, { schema }));
  c.set('user', null);
  c.set('session', null);
  c.set('apiKey', null);
  await next();
  const res = new Response(c.res.body, c.res);
  c.res = undefined;
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.headers.set(k, v);
  res.headers.set('X-Request-Id', requestId);
  // Share-link tokens are secrets: never log them.
  const path = new URL(c.req.url).pathname.replace(/^\/api\/share\/[^/]+/, '/api/share/[token]');
  if (path.startsWith('/api/')) res.headers.set('Cache-Control', 'no-store');
  c.res = res;
  console.log(
    JSON.stringify({
      requestId,
      method: c.req.method,
      path,
      status: res.status,
      ms: Date.now() - started,
      userId: c.get('user')?.id ?? null,
      apiKeyId: c.get('apiKey')?.id ?? null,
    }),
  );
});

app.use('/api/*', loadPrincipal, csrfAndWriteLimit);

app.get('/api/health', (c) => c.json({ ok: true }));
app.route('/api/auth', auth);
app.route('/api/account', account);
app.route('/api/admin', admin);
app.route('/api/orgs', orgs);
app.route('/api/machine', machine);
app.route('/api/orgs', returns);
app.route('/api/periods', periodsApp);
app.route('/api/national', national);
app.route('/api/v1', v1);
app.route('/api/open-data', openData);
app.route('/api/dev', dev);
app.route('/', home);
// Pages: the built site, with the signed-in header for visitors who have a session.
app.get('/cy/*', servePage);
app.get('/en/*', servePage);
app.route('/api/assessments', assessments);
app.route('/api/share', share);
app.route('/api/skills', skills);

app.onError((err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err);
  if (err instanceof ReturnsError) return renderReturnsError(c, err);
  console.error(JSON.stringify({ requestId: c.get('requestId'), error: String(err), stack: err instanceof Error ? err.stack : undefined }));
  return apiError(c, 500, 'internal');
});
app.notFound((c) => {
  if (new URL(c.req.url).pathname.startsWith('/api/')) return apiError(c, 404, 'not-found');
  return c.env.ASSETS.fetch(c.req.raw);
});

export { app, sendReminders };
export default {
  fetch: app.fetch,
  async scheduled(_event: ScheduledController, env: Bindings, ctx: ExecutionContext) {
    ctx.waitUntil(cleanup(env));
    ctx.waitUntil(sendReminders(env));
  },
} satisfies ExportedHandler<Bindings>;
