// National scale: quarterly returns from 400 organisations over 10 years (40 × 400 = 16,000
// returns with every value of the dataset, two submitters per organisation) and 5,000 self-assessments, written straight
// into a migrated local D1 file with node:sqlite (the fastest way: one transaction; the
// migrations' triggers derive status and sums as rows go in), then the Worker's own national
// endpoints are timed through `wrangler dev` on that database (open data published first, as
// the cron would), so the figures are the real queries plus the real code. The same runs at
// 400 × 10 and 4,000 × 40 show how cost grows with history and with organisations; each
// answer's X-D1-Round-Trips header gives its round trips.
// Tables are filled by column name (PRAGMA table_info), so small schema changes still work;
// datasets whose tables are not in the migrations are reported as "not available".
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { allCompetencies, maxRank } from '../content/assessment/model.ts';
import { fieldsOf } from '../content/dataset/fields.ts';
import { validateReturn } from '../content/dataset/validate.ts';
import { currentDataset, currentFramework, geography } from '../content/index.ts';
import { defaultDue, defaultOpening, periodId, quarterBounds } from '../content/stats/periods.ts';
import { startServer } from '../scripts/with-server.mjs';
import { median, migrate, round, sha256, token, userWorkerUrl, uuid } from './lib.mjs';

export const SCALE = { organisations: 400, years: 10, assessments: 5000, practitioners: 2000 };
/** The runs: the reference scale, a quarter of its history, ten times its organisations. */
export const SCALES = [
  { id: '400x40', organisations: 400, years: 10 },
  { id: '400x10', organisations: 400, years: 2.5 },
  { id: '4000x40', organisations: 4000, years: 10 },
];

/** A keyset cursor as the Worker writes it (worker/src/lib/cursor.ts), to start a page deep in the list. */
const cursorOf = (key) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The timed queries: the Worker's national endpoints (analyst session) and open data. `quarter`: one quarter's answer (compared across scales). */
export const NATIONAL_QUERIES = [
  { id: 'bare', label: 'The floor: a constant answer before any middleware', path: () => '/api/bench/bare', public: true },
  { id: 'completeness', label: 'Completeness, one quarter', quarter: true, path: (c) => `/api/national/completeness?period=${c.latest}` },
  {
    id: 'completeness-deep',
    label: 'Completeness, one quarter, a page halfway through (Welsh names)',
    quarter: true,
    path: (c) => `/api/national/completeness?period=${c.latest}&lang=cy&cursor=${cursorOf(['cy', c.midOrgCy.name_cy, c.midOrgCy.id])}`,
  },
  {
    id: 'completeness-matrix',
    label: 'Completeness matrix, six quarters, first page',
    quarter: true,
    path: (c) => `/api/national/completeness/matrix?period=${c.latest}&lang=en`,
  },
  { id: 'returns-first', label: 'Returns list, all quarters, first page', path: () => '/api/national/returns' },
  {
    id: 'returns-deep',
    label: 'Returns list, a page halfway through',
    path: (c) => `/api/national/returns?lang=en&cursor=${cursorOf(['en', c.middle, c.midOrg.name_en, c.midOrg.id])}`,
  },
  {
    id: 'returns-quarter',
    label: 'Returns list, one quarter, submitted',
    quarter: true,
    path: (c) => `/api/national/returns?period=${c.latest}&status=submitted`,
  },
  {
    id: 'totals-region',
    label: 'Totals by region, one quarter',
    quarter: true,
    path: (c) => `/api/national/totals?period=${c.latest}&by=region`,
  },
  {
    id: 'totals-series',
    label: 'One item by region over every quarter',
    path: () => '/api/national/totals/series?field=referrals-received&by=region',
  },
  { id: 'open-data', label: 'Open data, first page (public)', path: () => '/api/open-data/totals.json', public: true },
  {
    id: 'open-data-quarter',
    label: 'Open data, one quarter (public)',
    quarter: true,
    path: (c) => `/api/open-data/totals.json?period=${c.latestPublished}`,
    public: true,
  },
  {
    id: 'open-data-304',
    label: 'Open data revalidated (If-None-Match → 304)',
    path: () => '/api/open-data/totals.json',
    public: true,
    revalidate: true,
  },
  {
    id: 'transparency',
    label: 'Transparency, latest due quarter (public)',
    quarter: true,
    path: () => '/api/open-data/transparency.json',
    public: true,
  },
  { id: 'skills-needs', label: 'Skills-needs distribution (5,000 assessments)', path: () => '/api/skills/needs' },
];

// ------------------------------------------------------------------ deterministic random
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s + 0x6d2b79f5) >>> 0), (((s ^ (s >>> 15)) * (1 | s)) >>> 0) / 4294967296);
}
const rand = rng(2026);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const choice = (a) => a[Math.floor(rand() * a.length)];

// ------------------------------------------------------------------ D1 file
function d1Sqlite(persistTo) {
  const dir = join(persistTo, 'v3/d1/miniflare-D1DatabaseObject');
  const f = existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.sqlite') && x !== 'metadata.sqlite') : [];
  if (f.length !== 1) throw new Error(`expected one D1 sqlite file in ${dir}, found ${f.length}`);
  return join(dir, f[0]);
}

class Filler {
  constructor(db) {
    this.db = db;
    this.cols = new Map();
    this.warnings = [];
    this.counts = {};
    this.stmts = new Map();
  }
  has(table) {
    if (!this.cols.has(table)) this.cols.set(table, this.db.prepare(`PRAGMA table_info(${JSON.stringify(table)})`).all());
    return this.cols.get(table).length > 0;
  }
  insert(table, row) {
    const cols = this.cols.get(table);
    const names = cols.map((c) => c.name);
    const values = cols.map((c) => {
      if (c.name in row) {
        const v = row[c.name];
        return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
      }
      if (c.notnull && c.dflt_value === null && !c.pk) {
        const w = `${table}.${c.name} not generated (filled with a blank)`;
        if (!this.warnings.includes(w)) this.warnings.push(w);
        return /INT|REAL|NUM/i.test(c.type) ? 0 : '';
      }
      return c.dflt_value === null ? null : undefined;
    });
    const used = names.filter((_, i) => values[i] !== undefined);
    const key = `${table}|${used.join(',')}`;
    let st = this.stmts.get(key);
    if (!st) {
      st = this.db.prepare(`INSERT INTO "${table}" (${used.map((n) => `"${n}"`).join(',')}) VALUES (${used.map(() => '?').join(',')})`);
      this.stmts.set(key, st);
    }
    st.run(...values.filter((v) => v !== undefined));
    this.counts[table] = (this.counts[table] ?? 0) + 1;
  }
}

/** Values for one return: item totals, each breakdown splitting its item's total exactly, then
 * repaired until the dataset's own validation (content/dataset/validate.ts) finds no error. */
export function returnValues(fields, scale) {
  /** @type {Record<string, number>} */
  const v = {};
  const byItem = new Map();
  const groups = new Map();
  for (const f of fields)
    if (f.breakdownId) {
      const k = `${f.itemId}.${f.breakdownId}`;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(f);
    }
  const split = (itemId) => {
    for (const [, fs] of groups) {
      if (fs[0].itemId !== itemId) continue;
      const total = v[itemId];
      if (fs[0].type !== 'count' || typeof total !== 'number') {
        for (const f of fs) v[f.key] = int(0, 10);
        continue;
      }
      let left = total;
      fs.forEach((f, i) => {
        const n = i === fs.length - 1 ? left : int(0, left);
        v[f.key] = n;
        left -= n;
      });
    }
  };
  for (const f of fields)
    if (!f.breakdownId) {
      v[f.key] =
        f.type === 'decimal'
          ? round(int(Math.ceil((f.min ?? 0) * 10), Math.floor((f.max ?? 50) * 10)) / 10, f.decimals ?? 1)
          : int(1, 40 * scale);
      byItem.set(f.itemId, f);
    }
  for (const id of byItem.keys()) split(id);
  const rules = new Map(currentDataset.rules.map((r) => [r.id, r]));
  for (let pass = 0; pass < 20; pass++) {
    const { errors } = validateReturn(currentDataset, v, { requireComplete: true });
    if (errors.length === 0) return v;
    for (const e of errors) {
      const r = rules.get(e.code);
      if (r?.kind === 'not-greater' && typeof v[r.limit] === 'number') {
        v[r.field] =
          byItem.get(r.field)?.type === 'decimal'
            ? Math.min(v[r.field], v[r.limit])
            : v[r.limit] >= 1
              ? Math.max(1, Math.floor(v[r.limit] * 0.8))
              : 0;
        split(r.field);
      } else if (r?.kind === 'sum-equals') {
        let left = v[r.total] ?? 0;
        r.parts.forEach((p, i) => {
          v[p] = i === r.parts.length - 1 ? left : int(0, left);
          left -= v[p];
          split(p);
        });
      } else if (r?.kind === 'requires') {
        v[r.requires] = byItem.get(r.requires)?.type === 'decimal' ? v[r.requires] || 1 : Math.max(1, v[r.requires] ?? 0);
        split(r.requires);
      }
    }
  }
  const left = validateReturn(currentDataset, v, { requireComplete: true }).errors.map((e) => `${e.code} ${e.field}`);
  throw new Error(`could not generate a valid return: ${left.join(', ')}`);
}

export function generate(persistTo, log, scale = SCALE) {
  const file = d1Sqlite(persistTo);
  const db = new DatabaseSync(file);
  const fill = new Filler(db);
  const t0 = performance.now();
  const now = Date.now();
  const fields = fieldsOf(currentDataset);
  const comps = allCompetencies(currentFramework);
  const top = maxRank(currentFramework);
  const quarters = Math.round(scale.years * 4);
  const firstFy = new Date().getUTCFullYear() - Math.ceil(scale.years) - (new Date().getUTCMonth() < 3 ? 1 : 0);
  const periods = [];
  for (let k = 0; k < quarters; k++) periods.push(periodId(firstFy + Math.floor(k / 4), (k % 4) + 1));
  const ms = (iso) => Date.parse(`${iso}T09:00:00Z`);
  const has = {
    returns: ['periods', 'returns', 'return_versions'].every((t) => fill.has(t)),
    reviews: fill.has('return_reviews'),
    assessments: fill.has('assessments'),
    skills: fill.has('skills_contributions'),
  };
  for (const t of ['organisations', 'users', 'sessions', 'memberships']) fill.has(t);

  db.exec('BEGIN');
  // National team: an analyst session for the timed queries.
  const analyst = { id: uuid(), cookie: token(), csrf: token() };
  fill.insert('users', { id: analyst.id, email: 'bench-analyst@bench.cymru', lang: 'en', national_role: 'admin', created_at: now });
  fill.insert('sessions', {
    id: uuid(),
    token_hash: sha256(analyst.cookie),
    user_id: analyst.id,
    csrf_token: analyst.csrf,
    created_at: now,
    last_seen_at: now + 3_600_000,
    expires_at: now + 86_400_000,
  });
  // 400 organisations spread over the local authorities of Wales.
  const las = geography.localAuthorities;
  const regionOf = new Map(geography.healthBoards.map((h) => [h.id, h.region ?? null]));
  const orgs = [];
  for (let i = 0; i < scale.organisations; i++) {
    const la = las[i % las.length];
    const region = regionOf.get(la.healthBoard) ?? geography.regions[i % geography.regions.length].id;
    const o = {
      id: uuid(),
      name_cy: `Sefydliad ${i + 1}`,
      name_en: `Organisation ${i + 1}`,
      type: choice(['third-sector', 'local-authority', 'primary-care', 'housing', 'health-board']),
      health_board: la.healthBoard,
      local_authority: la.id,
      region,
      clusters: [],
      created_at: now,
      updated_at: now,
    };
    fill.insert('organisations', o);
    orgs.push(o);
  }
  const submitter = { id: uuid() };
  fill.insert('users', { id: submitter.id, email: 'bench-submitter@bench.cymru', lang: 'cy', created_at: now });
  // Two submitters of their own per organisation: completeness lists every organisation's contacts.
  orgs.forEach((o, i) => {
    for (const k of [1, 2]) {
      const id = uuid();
      fill.insert('users', {
        id,
        email: `cyflwynydd-${i + 1}-${k}@bench.cymru`,
        name: `Cyflwynydd ${i + 1}.${k}`,
        lang: k === 1 ? 'cy' : 'en',
        created_at: now,
      });
      fill.insert('memberships', { user_id: id, org_id: o.id, role: 'submitter', created_at: now });
    }
  });
  if (has.returns) {
    const pool = Array.from({ length: 250 }, (_, i) => returnValues(fields, 1 + (i % 5)));
    for (const p of periods)
      fill.insert('periods', {
        id: p,
        opens_at: ms(safe(defaultOpening, p, 1)),
        due_at: ms(safe(defaultDue, p, 28)),
        locked_at: null,
        created_at: now,
      });
    periods.forEach((p, pi) => {
      const latest = pi === periods.length - 1;
      const submittedAt = ms(quarterBounds(p).end) + 86_400_000 * int(3, 40);
      for (const [oi, o] of orgs.entries()) {
        const r = rand();
        const id = uuid();
        const values = pool[(oi * 7 + pi) % pool.length]; // valid returns, reused (the values do not change query cost)
        const draftOnly = r < (latest ? 0.2 : 0.01); // not submitted (yet)
        fill.insert('returns', {
          id,
          org_id: o.id,
          period_id: p,
          dataset_version: currentDataset.version,
          draft_values: values,
          draft_explanations: {},
          draft_rev: 1,
          draft_updated_at: submittedAt,
          draft_updated_by: submitter.id,
          draft_source: 'web',
          created_at: submittedAt,
        });
        if (draftOnly) continue;
        const versions = rand() < 0.05 ? 2 : 1;
        for (let v = 1; v <= versions; v++) {
          const vid = uuid();
          fill.insert('return_versions', {
            id: vid,
            return_id: id,
            version: v,
            reference: `B-${p}-${o.id.slice(0, 8)}-${v}`,
            values,
            explanations: {},
            dataset_version: currentDataset.version,
            submitted_by_user_id: submitter.id,
            api_key_id: null,
            via: 'web',
            declaration_name: 'Meinciwr',
            amendment_reason: v > 1 ? 'Cywiriad' : null,
            idempotency_key: uuid(),
            created_at: submittedAt + v * 3_600_000,
          });
          if (has.reviews && (v < versions || !latest || rand() < 0.5)) {
            fill.insert('return_reviews', {
              id: uuid(),
              version_id: vid,
              decision: v < versions ? 'returned' : 'accepted',
              comment: v < versions ? 'Gwiriwch y cyfansymiau' : null,
              reviewer_id: analyst.id,
              created_at: submittedAt + v * 3_600_000 + 86_400_000,
            });
          }
        }
      }
    });
  }
  if (has.assessments) {
    const users = [];
    for (let i = 0; i < SCALE.practitioners; i++) {
      const id = uuid();
      fill.insert('users', { id, email: `ymarferydd-${i}@bench.cymru`, lang: i % 3 ? 'cy' : 'en', created_at: now });
      users.push(id);
    }
    const counts = new Map();
    const settings = ['primary-care', 'third-sector', 'local-authority', 'housing', 'other', ''];
    const hbs = [...geography.healthBoards.map((h) => h.id), ''];
    for (let i = 0; i < SCALE.assessments; i++) {
      const started = now - int(1, 3 * 365) * 86_400_000;
      const answers = {};
      for (const c of comps)
        answers[c.id] = { held: int(0, top), needed: int(1, top), ...(rand() < 0.2 ? { notes: 'Nodyn byr am y dystiolaeth.' } : {}) };
      const data = {
        id: `a${i}`,
        frameworkVersion: currentFramework.version,
        startedAt: new Date(started).toISOString(),
        updatedAt: new Date(started + 3_600_000).toISOString(),
        answers,
        plan: [],
      };
      const contributed = rand() < 0.6;
      fill.insert('assessments', {
        id: uuid(),
        user_id: users[i % users.length],
        framework_version: currentFramework.version,
        data,
        rev: 3,
        status: 'completed',
        answered: comps.length,
        total: comps.length,
        created_at: started,
        updated_at: started + 3_600_000,
        completed_at: started + 3_600_000,
        contributed_at: contributed ? started + 3_600_000 : null,
      });
      if (contributed) {
        const quarter = periodOfMs(started);
        const hb = choice(hbs);
        const setting = choice(settings);
        for (const c of comps) {
          const k = [quarter, currentFramework.version, c.id, answers[c.id].held, hb, setting].join('|');
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
      }
    }
    if (has.skills)
      for (const [k, count] of counts) {
        const [quarter, fv, cid, held, hb, setting] = k.split('|');
        fill.insert('skills_contributions', {
          quarter,
          framework_version: fv,
          competency_id: cid,
          held: Number(held),
          health_board: hb,
          setting,
          count,
        });
      }
  }
  db.exec('COMMIT');
  db.close();
  const seconds = round((performance.now() - t0) / 1000, 1);
  log(
    `  generated in ${seconds} s: ${Object.entries(fill.counts)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')}`,
  );
  for (const w of fill.warnings) log(`  warning: ${w}`);
  const order = (key) => (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id < b.id ? -1 : 1);
  const byName = [...orgs].sort(order('name_en'));
  const byNameCy = [...orgs].sort(order('name_cy'));
  return {
    seconds,
    rows: fill.counts,
    warnings: fill.warnings,
    has,
    analyst,
    latest: periods.at(-1),
    latestPublished: periods.at(-2),
    middle: periods[Math.floor(periods.length / 2)],
    midOrg: byName[Math.floor(byName.length / 2)],
    midOrgCy: byNameCy[Math.floor(byNameCy.length / 2)],
    periods: periods.length,
  };
}
/** The Worker's default dates, or (before the years its bank-holiday table covers) end + n days. */
function safe(fn, p, days) {
  try {
    return fn(p);
  } catch {
    return new Date(Date.parse(quarterBounds(p).end) + days * 86_400_000).toISOString().slice(0, 10);
  }
}
function periodOfMs(t) {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth(); // 0 = January
  return m < 3 ? periodId(y - 1, 4) : periodId(y, Math.floor((m - 3) / 3) + 1);
}

/**
 * Requests timed per national query, scale and path (each waits for the one before): a median of
 * 3 moved by milliseconds with the machine (the constant floor row from 5.8 to 9.9 ms in one
 * run); 15 cost seconds per scale.
 */
export const NATIONAL_REPEATS = 15;
/**
 * Untimed requests per national query and path before its timed ones. The first requests to a
 * route compile its code (V8 tiers up over several calls); with one warm-up the constant floor,
 * measured first, took 6.2 ms against 4.6–4.7 ms with ten in the same hour. A public endpoint in
 * service answers from a warm isolate, so the table reports that.
 */
export const NATIONAL_WARMUP = 10;
/**
 * Timed requests in a row to one scale and path before the next: a server in service answers a
 * stream of requests. Taken one at a time across three scales and two paths, every request met
 * processes idle since their last turn: three servers, three pairs of rounds back to back, the
 * floor took 6.2–8.5 ms one at a time against 5.5–6.8 ms in bursts, open data's first page
 * 8.2–8.3 against 6.9–7.3. A round of every scale still takes well under a second, so the
 * scales' figures still come from the same minutes.
 */
export const NATIONAL_BURST = 5;

/** A scale's database generated and migrated, and the dev server on it (which publishes its open data, as the cron would). */
async function prepareScale(scale, log) {
  const persistTo = mkdtempSync(join(tmpdir(), 'sphub-bench-national-'));
  try {
    migrate(persistTo);
    const gen = generate(persistTo, log, scale);
    const server = await startServer({ persistTo, inspector: false });
    const direct = await userWorkerUrl(server);
    if (!direct) log('  (the Worker without the dev proxy was not found: direct times not measured)');
    const stop = () => {
      server.stop();
      rmSync(persistTo, { recursive: true, force: true });
    };
    return { scale, gen, ctx: { url: server.url, ...gen }, direct, stop };
  } catch (err) {
    rmSync(persistTo, { recursive: true, force: true });
    throw err;
  }
}

/**
 * One national query at every prepared scale. The first response (reported) and the warm-ups
 * go to each scale in turn; then each timed round asks every scale NATIONAL_BURST times through
 * the dev proxy and as often straight to the Worker, so the scales' figures (and the ratios
 * between them) come from the same minutes of the machine, not from runs minutes apart.
 */
async function timeQuery(qy, prepared, repeats) {
  const at = prepared.map((p) => {
    const url = p.ctx.url + qy.path(p.ctx);
    const init = { headers: { ...(qy.public ? {} : { Cookie: `sphub_session=${p.gen.analyst.cookie}` }), 'Accept-Language': 'en' } };
    return { p, url, init, directUrl: p.direct && url.replace(p.ctx.url, p.direct), times: [], directTimes: [], row: null };
  });
  for (const a of at) {
    const first = await fetch(a.url, a.init); // the response reported (and the first warm-up)
    const body = await first.text();
    if (first.status !== 200) {
      let code = null;
      try {
        code = JSON.parse(body).error?.code;
      } catch {}
      const note =
        first.status === 404 && code === 'not-found' ? 'route not in this build' : `answered ${first.status}${code ? ` ${code}` : ''}`;
      a.row = { id: qy.id, label: qy.label, available: false, note };
      continue;
    }
    const etag = first.headers.get('ETag');
    a.timedInit = qy.revalidate && etag ? { headers: { ...a.init.headers, 'If-None-Match': etag } } : a.init;
    a.roundTrips = Number(first.headers.get('X-D1-Round-Trips') ?? Number.NaN);
    a.responseBytes = qy.revalidate ? 0 : Buffer.byteLength(body);
  }
  const live = at.filter((a) => !a.row);
  const want = qy.revalidate ? 304 : 200;
  const timed = async (a, u, i) => {
    const t0 = performance.now();
    const r = await fetch(u, a.timedInit);
    await r.arrayBuffer();
    if (r.status !== want) throw new Error(`${qy.id}: ${r.status} on repeat ${i} (${u})`);
    a.roundTrips = Number(r.headers.get('X-D1-Round-Trips') ?? a.roundTrips);
    return performance.now() - t0;
  };
  for (const a of live)
    for (let w = 0; w < NATIONAL_WARMUP; w++) {
      if (w > 0) await timed(a, a.url, -1);
      if (a.directUrl) await timed(a, a.directUrl, -1);
    }
  const budget = performance.now() + 20_000 * live.length; // at least one round; more only within 20 s per query and scale
  for (let i = 0; i < repeats && (i === 0 || performance.now() < budget); i += NATIONAL_BURST)
    for (const a of live) {
      const n = Math.min(NATIONAL_BURST, repeats - i);
      for (let b = 0; b < n; b++) a.times.push(await timed(a, a.url, i + b));
      if (a.directUrl) for (let b = 0; b < n; b++) a.directTimes.push(await timed(a, a.directUrl, i + b));
    }
  for (const a of live)
    a.row = {
      id: qy.id,
      label: qy.label,
      quarter: !!qy.quarter,
      available: true,
      path: qy.path(a.p.ctx),
      repeats: a.times.length,
      medianMs: round(median(a.times), 1),
      directMs: a.directTimes.length ? round(median(a.directTimes), 1) : null,
      minMs: round(Math.min(...a.times), 1),
      maxMs: round(Math.max(...a.times), 1),
      responseBytes: a.responseBytes,
      roundTrips: Number.isNaN(a.roundTrips) ? null : a.roundTrips,
    };
  return at.map((a) => a.row);
}

/**
 * Every scale of SCALES (or those named in `scales`), generated and served side by side, each
 * query timed at every scale in turn (timeQuery); then the ratios that show what cost grows
 * with: one-quarter answers at 400 × 40 over 400 × 10 (history) and 4,000 × 40 over 400 × 40
 * (organisations). Timed one scale after another, minutes apart, those ratios moved with the
 * machine: in one run totals by region for a quarter took 17.9 ms at 400 × 40 and 11.4 ms at
 * 4,000 × 40. The 400 × 40 run is also reported as `queries`, as before.
 */
export async function runNational({ log, repeats = NATIONAL_REPEATS, scales = SCALES.map((s) => s.id) }) {
  const prepared = [];
  const runs = [];
  try {
    for (const scale of SCALES.filter((s) => scales.includes(s.id))) {
      log(`  — ${scale.organisations} organisations × ${Math.round(scale.years * 4)} quarters`);
      prepared.push(await prepareScale(scale, log));
    }
    for (const { scale, gen } of prepared)
      runs.push({ ...scale, generated: { seconds: gen.seconds, rows: gen.rows, warnings: gen.warnings, tables: gen.has }, queries: [] });
    log(`  Each query at every scale in turn (${prepared.map((p) => p.scale.id).join(', ')}):`);
    for (const qy of NATIONAL_QUERIES) {
      const rows = await timeQuery(qy, prepared, repeats);
      rows.forEach((row, k) => {
        runs[k].queries.push(row);
        const where = prepared.length > 1 ? ` [${prepared[k].scale.id}]` : '';
        log(
          row.available
            ? `  ${row.label}${where}: median ${row.medianMs} ms, direct ${row.directMs ?? '–'} ms (min ${row.minMs}, max ${row.maxMs}; ${row.responseBytes} bytes; ${row.roundTrips} round trips)`
            : `  ${row.label}${where}: not available (${row.note})`,
        );
      });
    }
  } finally {
    for (const p of prepared) p.stop();
  }
  const at = (id) => runs.find((r) => r.id === id);
  const ratio = (a, b) => {
    if (!a || !b) return [];
    return a.queries
      .filter((q) => q.available && q.quarter)
      .map((q) => {
        const other = b.queries.find((x) => x.id === q.id && x.available);
        return other ? { id: q.id, label: q.label, ratio: round(q.medianMs / other.medianMs, 2) } : null;
      })
      .filter(Boolean);
  };
  const comparisons = { history: ratio(at('400x40'), at('400x10')), organisations: ratio(at('4000x40'), at('400x40')) };
  for (const c of comparisons.history) log(`  ${c.label}: 400×40 / 400×10 = ${c.ratio}×`);
  for (const c of comparisons.organisations) log(`  ${c.label}: 4000×40 / 400×40 = ${c.ratio}×`);
  const main = at('400x40') ?? runs[0];
  return { scale: SCALE, generated: main.generated, queries: main.queries, runs, comparisons };
}
