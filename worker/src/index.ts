// The hub's Worker: the API under /api/ and the built site through ASSETS.
// Each capability is a Hono sub-app in routes/<capability>.ts, mounted below.
// Contract for route modules: see worker/README.md.

import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { routes } from '../../content/api/routes/index.ts';
import type { AppEnv, Bindings } from './env.ts';
import { csrfAndWriteLimit, principalLoader } from './lib/auth.ts';
import { cleanup } from './lib/cleanup.ts';
import { guard } from './lib/contract.ts';
import { openSession, returnBookmark } from './lib/database.ts';
import { drizzleOver } from './lib/drizzle.ts';
import { configuredOrigin } from './lib/environment.ts';
import { SECURITY_HEADERS } from './lib/headers.ts';
import { ApiError, apiError, errorResponse, requestLang, validationHook } from './lib/http.ts';
import { openApiDocument } from './lib/openapi.ts';
import { servePage } from './pages/header.ts';
import { publishPending } from './returns/publish.ts';
import { returnFactsPrefetch } from './returns/queries.ts';
import { sendReminders } from './returns/reminders.ts';
import account from './routes/account.ts';
import admin from './routes/admin.ts';
import assessments, { assessmentSaveAhead } from './routes/assessments.ts';
import assetRoutes, { assetAssessmentSaveAhead } from './routes/assets.ts';
import auth from './routes/auth.ts';
import bench from './routes/bench.ts';
import dev from './routes/dev.ts';
import { home } from './routes/home.ts';
import machine, { v1DraftAhead, v1SubmitAhead } from './routes/machine.ts';
import national from './routes/national.ts';
import openData from './routes/opendata.ts';
import orgs from './routes/orgs.ts';
import peerReview from './routes/peer-review.ts';
import register from './routes/register.ts';
import returns, { draftSaveAhead, submitAhead } from './routes/returns.ts';
import share from './routes/share.ts';
import skills from './routes/skills.ts';
import timeliness, { transparencyRoutes } from './routes/timeliness.ts';

const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

// Benchmark baseline (npm run bench): before every middleware on purpose; off in production.
// A plain handler (no validator, no typed answer), so it is only described in the documents.
app.route('/api/bench', bench);
app.openAPIRegistry.registerPath(routes.bareBench);
app.openAPIRegistry.registerPath(routes.d1FloorBench);

// Request id, language, the database session, security headers and one JSON log line per request.
app.use('*', async (c, next) => {
  const started = Date.now();
  const requestId = crypto.randomUUID();
  c.set('requestId', requestId);
  c.set('lang', requestLang(c.req.raw));
  const { d1, counter } = openSession(c);
  c.set('d1', d1);
  c.set('db', drizzleOver(d1));
  c.set('user', null);
  c.set('session', null);
  c.set('apiKey', null);
  c.set('writeCount', null);
  await next();
  const res = new Response(c.res.body, c.res);
  c.res = undefined;
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.headers.set(k, v);
  res.headers.set('X-Request-Id', requestId);
  // Share-link tokens are secrets: never log them (only links from before they moved to a header carry one).
  const path = new URL(c.req.url).pathname.replace(/^\/api\/share\/(?!view$)[^/]+/, '/api/share/[token]');
  if (path.startsWith('/api/')) {
    // Everything under /api is private, except a public download that says so (open data, the register's, by ETag).
    if (!res.headers.get('Cache-Control')?.startsWith('public')) res.headers.set('Cache-Control', 'no-store');
    returnBookmark(c, res, d1);
  }
  if (counter) res.headers.set('X-D1-Round-Trips', String(counter.log.rounds));
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

// Open data is public and published ahead (a snapshot per period): no principal, no session
// lookup, the same answer for everyone, cached publicly. Mounted before the principal.
app.route('/', openData);
app.route('/', transparencyRoutes);
// A draft save or a submission this isolate can decide on what it already holds, by a person or
// an API key, and a self-assessment's save, a practitioner's or an asset's: one round trip
// (routes/returns.ts, routes/machine.ts, routes/assessments.ts, routes/assets.ts).
app.use('/api/orgs/:orgId/returns/:periodId/draft', draftSaveAhead);
app.use('/api/orgs/:orgId/returns/:periodId/submit', submitAhead);
app.use('/api/v1/returns/:periodId/draft', v1DraftAhead);
app.use('/api/v1/returns/:periodId/submit', v1SubmitAhead);
app.use('/api/assessments/:id', assessmentSaveAhead);
app.use('/api/assets/:assetId/assessments/:id', assetAssessmentSaveAhead);
// The return's facts come with the caller's lookup on every route of one return (returns/queries.ts).
app.use('/api/*', principalLoader([returnFactsPrefetch]), csrfAndWriteLimit);

app.openapi(guard(routes.health), (c) => c.json({ ok: true as const }, 200));
// Route modules register full paths from the contract (content/api/routes), so each mounts at '/'.
for (const mod of [
  auth,
  account,
  admin,
  orgs,
  machine,
  returns,
  national,
  timeliness,
  dev,
  assessments,
  share,
  skills,
  assetRoutes,
  register,
  peerReview,
])
  app.route('/', mod);
app.route('/', home);

// The OpenAPI documents, generated from the routes registered above.
// Servers from the configured origin, never the request's Host (relative while it is not set).
app.openapi(guard(routes.v1OpenApi), (c) => c.json(openApiDocument(app.openAPIRegistry, '/api/v1', configuredOrigin(c.env) ?? ''), 200));
app.openapi(guard(routes.apiOpenApi), (c) => c.json(openApiDocument(app.openAPIRegistry, '/api', configuredOrigin(c.env) ?? ''), 200));

// Pages: the built site, with the signed-in header for visitors who have a session.
app.get('/cy/*', servePage);
app.get('/en/*', servePage);

app.onError((err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err);
  // Hono's own refusals (e.g. a body of a media type the route does not take) in the one error shape.
  if (err instanceof HTTPException && err.status === 415) return apiError(c, 415, 'unsupported-media-type', { type: 'application/json' });
  if (err instanceof HTTPException && err.status === 400) return apiError(c, 400, 'invalid-json');
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
    // Open data whose figures changed without a publication (organisations moved or archived, bulk loads).
    ctx.waitUntil(publishPending(env));
  },
} satisfies ExportedHandler<Bindings>;
