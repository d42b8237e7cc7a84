// API throughput and latency against a local `wrangler dev` on a temporary, migrated and
// seeded D1. Each scenario runs beside /api/bench/bare (a constant answer before any
// middleware), so the table shows what each route costs on top of the runtime itself.
// Scenarios whose routes are not in this build are reported as "not available".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allCompetencies, maxRank } from '../content/assessment/model.ts';
import { fieldsOf } from '../content/dataset/fields.ts';
import { currentDataset, currentFramework } from '../content/index.ts';
import { latestEndedPeriod, previousPeriod, quarterBounds } from '../content/stats/periods.ts';
import { startServer } from '../scripts/with-server.mjs';
import { apiDbDir, d1File, loadBeside, migrate, q, round, seed, sha256, token, userWorkerUrl, uuid } from './lib.mjs';
import { returnValues } from './national.mjs';

export const PRINCIPALS = 100; // bench organisations, each with a submitter session and an API key
/**
 * The submit scenario's drafts, each submitted once: enough for its warm-up and windows at up to
 * this many submissions a second. Were they to run out, the rest would be refusals (a revision is
 * submitted once) counted as errors, and a faster submission would measure slower.
 */
const SUBMITS_PER_SECOND = 600;
/** More organisations, each with HISTORY_QUARTERS accepted quarters (national scale: 10 years), for the outlier check's cost. */
const HISTORY_ORGS = 20;
const HISTORY_QUARTERS = 40;
/** Their open quarter, far from the demo seed's (some of which are locked) and the submit scenario's. */
const HISTORY_PERIOD = '2085-86-q1';

/** A self-assessment draft in the shape of content/assessment/model.ts, with some answers. */
function assessmentDraft(i) {
  const now = new Date().toISOString();
  const top = maxRank(currentFramework);
  const answers = {};
  for (const [n, c] of allCompetencies(currentFramework).entries())
    if (n <= i % 30)
      answers[c.id] = {
        held: (n + i) % (top + 1),
        needed: 1 + ((n + i) % top),
        notes: n % 7 === 0 ? 'Tystiolaeth o oruchwyliaeth.' : undefined,
      };
  return { id: `bench-${i % 1000}`, frameworkVersion: currentFramework.version, startedAt: now, updatedAt: now, answers, plan: [] };
}

/** A return's values at scale 1–5, built once: the load generator must not spend the measured seconds building bodies. */
const draftValues = Array.from({ length: 5 }, (_, k) => returnValues(fieldsOf(currentDataset), k + 1));

function write(ctx, method, path, principal, body) {
  const headers = { Origin: ctx.url, Cookie: `sphub_session=${principal.cookie}`, 'X-CSRF-Token': principal.csrf };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return [ctx.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }];
}
const read = (ctx, path, principal) => [ctx.url + path, { headers: principal ? { Cookie: `sphub_session=${principal.cookie}` } : {} }];
const keyed = (ctx, path, k, init = {}) => [ctx.url + path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${k.key}` } }];
const pick = (arr, i) => arr[i % arr.length];

/**
 * The scenarios. `request(ctx, i)` gives the i-th request; `expect` its status; optional
 * `setup(ctx)` prepares data through the API and returns a reason when it cannot.
 */
/** The baseline every scenario runs beside: a constant JSON before any middleware. */
export const BASELINE = { id: 'bare', label: 'GET /api/bench/bare', request: (ctx) => [ctx.url + '/api/bench/bare', {}] };

export const API_SCENARIOS = [
  { id: 'health', label: 'GET /api/health (all middleware, no DB)', expect: 200, request: (ctx) => [ctx.url + '/api/health', {}] },
  { id: 'static-page', label: 'GET /cy/ static content page (assets)', expect: 200, request: (ctx) => [ctx.url + '/cy/', {}] },
  {
    id: 'signed-in-page',
    label: 'GET /cy/ content page, signed in (header rewrite)',
    expect: 200,
    request: (ctx, i) => read(ctx, '/cy/', pick(ctx.subs, i)),
  },
  {
    id: 'session-read',
    label: 'GET /api/auth/me (session lookup)',
    expect: 200,
    request: (ctx, i) => read(ctx, '/api/auth/me', pick(ctx.subs, i)),
  },
  {
    id: 'api-key-read',
    label: 'GET /api/orgs/:org (API key)',
    expect: 200,
    request: (ctx, i) => {
      const s = pick(ctx.subs, i);
      return keyed(ctx, `/api/orgs/${s.orgId}`, s);
    },
  },
  {
    id: 'account-write',
    label: 'PATCH /api/account (write + audit)',
    expect: 200,
    request: (ctx, i) => write(ctx, 'PATCH', '/api/account', pick(ctx.subs, i), { name: `Meinciwr ${i}` }),
  },
  {
    id: 'write-floor',
    // What two D1 calls cost here with nothing else: every save and submission reads, then writes.
    label: 'GET /api/bench/d1 (two trivial D1 calls, no middleware: the floor of a write)',
    expect: 200,
    request: (ctx) => [ctx.url + '/api/bench/d1', {}],
  },
  { id: 'content-read', label: 'GET /api/periods (reporting periods)', expect: 200, request: (ctx) => [ctx.url + '/api/periods', {}] },
  {
    id: 'assessment-draft',
    label: 'PUT /api/assessments/:id (save draft)',
    expect: 200,
    // One server-side assessment per practitioner, created through the API; each save sends the next rev.
    setup: async (ctx) => {
      for (const s of ctx.subs) {
        const [url, init] = write(ctx, 'POST', '/api/assessments', s, { assessment: assessmentDraft(0) });
        const res = await fetch(url, init);
        if (res.status === 404) return 'route not in this build';
        if (res.status !== 201) return `creating an assessment answered ${res.status} ${await res.text()}`;
        const body = await res.json();
        s.assessment = { id: body.id ?? body.assessment?.id, rev: body.rev ?? 1 };
      }
      return null;
    },
    request: (ctx, i) => {
      const s = pick(ctx.subs, i);
      return write(ctx, 'PUT', `/api/assessments/${s.assessment?.id ?? uuid()}`, s, {
        rev: s.assessment?.rev ?? 1,
        assessment: assessmentDraft(i),
      });
    },
    onOk: (ctx, i) => {
      const s = pick(ctx.subs, i);
      s.assessment.rev++;
    },
  },
  {
    id: 'return-draft',
    label: 'PUT …/returns/:period/draft (save draft)',
    expect: 200,
    // The admin opens a reporting period through the API; each save sends the org's next rev.
    setup: async (ctx) => {
      const [url, init] = write(ctx, 'POST', '/api/periods', ctx.admin, { id: ctx.period, opensAt: '2020-01-01', dueAt: '2099-12-31' });
      const res = await fetch(url, init);
      if (res.status === 404) return 'route not in this build';
      if (res.status !== 201 && res.status !== 409) return `opening a period answered ${res.status} ${await res.text()}`;
      for (const s of ctx.subs) s.returnRev = 0;
      return null;
    },
    request: (ctx, i) => {
      const s = pick(ctx.subs, i);
      return write(ctx, 'PUT', `/api/orgs/${s.orgId}/returns/${ctx.period}/draft`, s, {
        rev: s.returnRev ?? 0,
        values: draftValues[i % 5],
      });
    },
    onOk: (ctx, i) => {
      pick(ctx.subs, i).returnRev++;
    },
  },
  {
    id: 'return-draft-history',
    label: 'PUT …/returns/:period/draft, 40 accepted quarters before (outlier check)',
    expect: 200,
    // The same save as return-draft, by organisations with 10 years of accepted returns: the
    // save reads the last 12 of them with its other reads and runs the outlier rules on them.
    request: (ctx, i) => {
      const s = pick(ctx.histSubs, i);
      return write(ctx, 'PUT', `/api/orgs/${s.orgId}/returns/${HISTORY_PERIOD}/draft`, s, {
        rev: s.returnRev ?? 0,
        values: draftValues[i % 5],
      });
    },
    onOk: (ctx, i) => {
      const s = pick(ctx.histSubs, i);
      s.returnRev = (s.returnRev ?? 0) + 1;
    },
  },
  {
    id: 'return-submit',
    label: 'POST …/returns/:period/submit (new version)',
    expect: 201,
    // Submitting consumes the draft revision (a revision is submitted once), so every request
    // submits a draft of its own: the admin opens enough spare periods for SUBMITS_PER_SECOND and
    // each bench organisation saves a draft in each, before the clock starts.
    setup: async (ctx) => {
      if (ctx.subs.some((s) => s.returnRev === undefined)) return 'needs the open period of the return-draft scenario';
      const periods = Math.ceil(((ctx.seconds + 1) * SUBMITS_PER_SECOND) / PRINCIPALS);
      // Quarters of years no other scenario uses (the history organisations' run from 2075 to 2085).
      const years = [...Array.from({ length: 9 }, (_, k) => 2090 + k), ...Array.from({ length: 25 }, (_, k) => 2050 + k)];
      if (periods > years.length * 4) return `${ctx.seconds} s windows need more spare periods than there are spare years`;
      ctx.submitPeriods = Array.from({ length: periods }, (_, k) => {
        const year = years[k % years.length];
        return `${year}-${String((year + 1) % 100).padStart(2, '0')}-q${1 + Math.floor(k / years.length)}`;
      });
      for (const id of ctx.submitPeriods) {
        const [url, init] = write(ctx, 'POST', '/api/periods', ctx.admin, { id, opensAt: '2020-01-01', dueAt: '2099-12-31' });
        const res = await fetch(url, init);
        if (res.status !== 201 && res.status !== 409) return `opening period ${id} answered ${res.status} ${await res.text()}`;
      }
      const jobs = ctx.subs.flatMap((s) => ctx.submitPeriods.map((p) => [s, p]));
      for (let j = 0; j < jobs.length; j += 8) {
        const results = await Promise.all(
          jobs.slice(j, j + 8).map(([s, p]) => {
            const [url, init] = write(ctx, 'PUT', `/api/orgs/${s.orgId}/returns/${p}/draft`, s, {
              rev: 0,
              values: returnValues(fieldsOf(currentDataset), 1),
            });
            return fetch(url, init).then(async (r) =>
              r.status === 200 ? null : `saving a draft answered ${r.status} ${(await r.text()).slice(0, 200)}`,
            );
          }),
        );
        const failed = results.find((x) => x);
        if (failed) return failed;
      }
      return null;
    },
    request: (ctx, i) => {
      const s = pick(ctx.subs, i);
      const period = ctx.submitPeriods[Math.floor(i / ctx.subs.length) % ctx.submitPeriods.length];
      const [url, init] = write(ctx, 'POST', `/api/orgs/${s.orgId}/returns/${period}/submit`, s, {
        rev: 1,
        declaration: { name: 'Meinciwr Prawf', confirmed: true },
      });
      init.headers['Idempotency-Key'] = `bench-${uuid()}`;
      return [url, init];
    },
  },
  {
    id: 'national-totals',
    label: 'GET /api/national/totals (analyst)',
    expect: 200,
    request: (ctx) => read(ctx, `/api/national/totals?period=${ctx.period}&by=region`, ctx.analyst),
  },
];

/** Principals straight into the D1 before the server starts: one org, submitter session and API key each. */
function principalsSql(n) {
  const now = Date.now();
  const sql = [];
  const subs = [];
  for (let i = 0; i < n; i++) {
    const orgId = uuid();
    const userId = uuid();
    const cookie = token();
    const csrf = token();
    const key = `sph_bench_${token()}`;
    sql.push(
      `INSERT INTO organisations (id, name_cy, name_en, type, health_board, local_authority, region, clusters, created_at, updated_at) VALUES (${[orgId, `Sefydliad meincnodi ${i}`, `Bench organisation ${i}`, 'third-sector', 'cavuhb', 'cardiff', 'cardiff-and-vale', '[]', now, now].map(q).join(', ')});`,
    );
    sql.push(
      `INSERT INTO users (id, email, lang, national_role, created_at) VALUES (${[userId, `bench-${i}@bench.cymru`, 'cy', null, now].map(q).join(', ')});`,
    );
    sql.push(
      `INSERT INTO memberships (user_id, org_id, role, created_at) VALUES (${[userId, orgId, 'submitter', now].map(q).join(', ')});`,
    );
    sql.push(
      `INSERT INTO sessions (id, token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (${[uuid(), sha256(cookie), userId, csrf, now, now + 3_600_000, now + 86_400_000].map(q).join(', ')});`,
    );
    sql.push(
      `INSERT INTO api_keys (id, org_id, name, prefix, key_hash, created_by, created_at) VALUES (${[uuid(), orgId, 'bench', key.slice(0, 12), sha256(key), 'bench', now].map(q).join(', ')});`,
    );
    subs.push({ orgId, userId, cookie, csrf, key });
  }
  /** @type {Record<'analyst' | 'admin', { userId: string; cookie: string; csrf: string }>} */
  const national = { analyst: { userId: '', cookie: '', csrf: '' }, admin: { userId: '', cookie: '', csrf: '' } };
  for (const role of ['analyst', 'admin']) {
    const userId = uuid();
    const cookie = token();
    const csrf = token();
    sql.push(
      `INSERT INTO users (id, email, lang, national_role, created_at) VALUES (${[userId, `bench-${role}@bench.cymru`, 'en', role, now].map(q).join(', ')});`,
    );
    sql.push(
      `INSERT INTO sessions (id, token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (${[uuid(), sha256(cookie), userId, csrf, now, now + 3_600_000, now + 86_400_000].map(q).join(', ')});`,
    );
    national[role] = { userId, cookie, csrf };
  }
  return { sql: sql.join('\n'), subs, ...national };
}

/** `period`, open, and HISTORY_QUARTERS accepted returns before it for each organisation (reviewed by `reviewerId`); the migrations' triggers derive their status. */
function historySql(subs, reviewerId, period) {
  const sql = [];
  const fields = fieldsOf(currentDataset);
  const pool = Array.from({ length: 8 }, (_, k) => JSON.stringify(returnValues(fields, 2 + (k % 2))));
  const quarters = [];
  for (let p = previousPeriod(period); quarters.length < HISTORY_QUARTERS; p = previousPeriod(p)) quarters.push(p);
  // Dates from the quarter's end (default deadlines need bank holidays, known only for recent years).
  const end = (p) => Date.parse(`${quarterBounds(p).end}T12:00:00Z`);
  const day = 86_400_000;
  for (const p of [period, ...quarters])
    sql.push(
      `INSERT OR IGNORE INTO periods (id, opens_at, due_at, locked_at, created_at) VALUES (${[p, end(p) + day, end(p) + 28 * day, null, 0].map(q).join(', ')});`,
    );
  for (const [oi, s] of subs.entries())
    for (const [pi, p] of quarters.entries()) {
      const [id, vid, values] = [uuid(), uuid(), pool[(oi + pi) % pool.length]];
      const t = end(p) + 20 * day;
      sql.push(
        `INSERT INTO returns (id, org_id, period_id, dataset_version, draft_values, draft_explanations, draft_rev, draft_updated_at, draft_updated_by, draft_source, created_at) VALUES (${[id, s.orgId, p, currentDataset.version, values, '{}', 1, t, s.userId, 'web', t].map(q).join(', ')});`,
        `INSERT INTO return_versions (id, return_id, version, reference, "values", explanations, dataset_version, submitted_by_user_id, via, declaration_name, idempotency_key, created_at, draft_rev) VALUES (${[vid, id, 1, `BH-${p}-${s.orgId}`, values, '{}', currentDataset.version, s.userId, 'web', 'Meinciwr', uuid(), t, 1].map(q).join(', ')});`,
        `INSERT INTO return_reviews (id, version_id, decision, reviewer_id, created_at) VALUES (${[uuid(), vid, 'accepted', reviewerId, t + 86_400_000].map(q).join(', ')});`,
      );
    }
  return sql.join('\n');
}

/** A temporary database with migrations, the demo seed and the bench principals. */
export function prepareDb(dir = tmpdir()) {
  const persistTo = mkdtempSync(join(dir, 'sphub-bench-db-'));
  migrate(persistTo);
  seed(persistTo);
  const p = principalsSql(PRINCIPALS + HISTORY_ORGS);
  const histSubs = p.subs.slice(PRINCIPALS);
  d1File(persistTo, `${p.sql}\n${historySql(histSubs, p.analyst.userId, HISTORY_PERIOD)}`);
  return { persistTo, subs: p.subs.slice(0, PRINCIPALS), histSubs, analyst: p.analyst, admin: p.admin };
}

async function errorCode(res) {
  try {
    return (await res.json())?.error?.code ?? null;
  } catch {
    return null;
  }
}

/**
 * `direct`: send the load straight to the workerd that runs the hub's Worker, past wrangler's dev
 * proxy (bench/lib.mjs userWorkerUrl). Through the proxy the baseline's rate is largely the
 * proxy's own; straight to the Worker it is the runtime's, which production is closer to.
 */
export async function runApi({ log, seconds = 5, concurrency = 8, keepServer = false, ids = null, dbDir = null, direct = false }) {
  const database = apiDbDir(dbDir);
  const db = prepareDb(database.dir);
  const server = await startServer({ persistTo: db.persistTo, inspector: false });
  const url = direct ? await userWorkerUrl(server) : server.url;
  if (!url) {
    server.stop();
    rmSync(db.persistTo, { recursive: true, force: true });
    throw new Error('--direct: the workerd that runs the Worker was not found among the dev server’s processes');
  }
  const ctx = { url, period: latestEndedPeriod(new Date()), seconds, ...db };
  const results = [];
  try {
    for (const s of API_SCENARIOS.filter((x) => !ids || ids.includes(x.id))) {
      const note = s.setup ? await s.setup(ctx) : null;
      if (note) {
        results.push({ id: s.id, label: s.label, available: false, note });
        log(`  ${s.label}: not available (${note})`);
        continue;
      }
      const [url, init] = s.request(ctx, 0);
      const probe = await fetch(url, init);
      if (probe.status !== s.expect) {
        const code = await errorCode(probe);
        const note =
          probe.status === 404 && code === 'not-found'
            ? 'route not in this build'
            : `probe answered ${probe.status}${code ? ` ${code}` : ''}`;
        results.push({ id: s.id, label: s.label, available: false, note });
        log(`  ${s.label}: not available (${note})`);
        continue;
      }
      await probe.arrayBuffer().catch(() => {});
      // Sequential D1 round trips of one request (the Worker counts them locally: worker/src/lib/round-trips.ts):
      // the first request's, and how many the measured requests made, since a request may decide
      // on what an earlier one left the isolate holding (a draft save: one round trip, not two).
      const trips = (res) => (res.headers.has('X-D1-Round-Trips') ? Number(res.headers.get('X-D1-Round-Trips')) : null);
      const firstRoundTrips = trips(probe);
      const tally = new Map();
      s.onOk?.(ctx, 0);
      const { scenario: r, baseline: b } = await loadBeside({
        scenario: {
          makeRequest: (i) => s.request(ctx, i + 1),
          ok: (res, i) => {
            const good = res.status === s.expect;
            if (good) s.onOk?.(ctx, i + 1);
            const n = trips(res);
            if (good && n !== null) tally.set(n, (tally.get(n) ?? 0) + 1);
            return good;
          },
        },
        baseline: { makeRequest: () => BASELINE.request(ctx), ok: (res) => res.status === 200 },
        concurrency,
        seconds,
      });
      const row = {
        id: s.id,
        label: s.label,
        available: true,
        concurrency,
        ...r,
        // The count most measured requests made, with every count seen and how often.
        roundTrips: tally.size ? [...tally].sort((a, b) => b[1] - a[1])[0][0] : firstRoundTrips,
        roundTripsSeen: Object.fromEntries([...tally].sort((a, b) => a[0] - b[0])),
        firstRoundTrips,
        bare: { rps: b.rps, p50: b.p50, p95: b.p95, p99: b.p99, errors: b.errors },
        rpsVsBare: round(r.rps / b.rps, 2),
        p50VsBare: round(r.p50 / b.p50, 1),
      };
      results.push(row);
      log(
        `  ${s.label}: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms (bare beside it: ${b.rps} req/s, p50 ${b.p50} ms)${r.errors ? `, ${r.errors} unexpected (${JSON.stringify(r.statuses)})` : ''}`,
      );
    }
  } finally {
    if (!keepServer) {
      server.stop();
      rmSync(db.persistTo, { recursive: true, force: true });
    }
  }
  return {
    results,
    concurrency,
    seconds,
    database: database.where,
    path: direct ? 'direct' : 'proxy',
    server: keepServer ? { ...server, persistTo: db.persistTo } : null,
  };
}
