// Shared helpers for `npm run bench`: statistics, tables, compression, a bounded
// concurrent HTTP load generator, and a local D1 + wrangler dev on a temporary database.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zc } from 'node:zlib';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const WRANGLER_ENV = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };

export const sha256 = (s) => createHash('sha256').update(s).digest('hex');
export const uuid = () => randomUUID();
export const token = () => randomBytes(32).toString('base64url');

// ------------------------------------------------------------------ statistics
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
export const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);

// ------------------------------------------------------------------ sizes
export function sizes(buf) {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  return {
    raw: b.length,
    gzip: b.length ? gzipSync(b, { level: 9 }).length : 0,
    brotli: b.length ? brotliCompressSync(b, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length : 0,
  };
}
export const addSizes = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
export const ZERO = { raw: 0, gzip: 0, brotli: 0 };
export const kb = (n) => (n === null || n === undefined ? '–' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} kB`);

// ------------------------------------------------------------------ tables
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => (c === null || c === undefined ? '–' : String(c))));
  const w = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(cells[0]), w.map((n) => '─'.repeat(n)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

// ------------------------------------------------------------------ load generator
/**
 * Keeps `concurrency` requests in flight for `seconds`, adding latencies and statuses to `acc`.
 * Throughput counts the successes that finish within the window, over the window's length: the
 * requests still in flight at its end finish (their latencies count) but neither they nor the
 * wait for them count towards req/s. Counting them with that wait would favour fast routes: the
 * slower a route, the longer the tail of each window in which fewer than `concurrency` run.
 */
async function window({ makeRequest, ok, concurrency, seconds }, acc) {
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const idx = acc.next++;
      const [url, init] = makeRequest(idx);
      const started = performance.now();
      let good = false;
      try {
        const res = await fetch(url, init);
        await res.arrayBuffer();
        acc.statuses[res.status] = (acc.statuses[res.status] ?? 0) + 1;
        good = ok(res, idx);
      } catch {
        acc.statuses.network = (acc.statuses.network ?? 0) + 1;
      }
      const finished = performance.now();
      if (good) {
        acc.lat.push(finished - started);
        if (finished <= end) acc.done++;
      } else acc.errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  acc.wall += seconds;
}
const newAcc = () => ({ next: 0, lat: [], done: 0, statuses: {}, errors: 0, wall: 0 });
function summary(acc) {
  const lat = [...acc.lat].sort((a, b) => a - b);
  return {
    requests: lat.length + acc.errors,
    ok: lat.length,
    errors: acc.errors,
    statuses: acc.statuses,
    seconds: round(acc.wall, 2),
    rps: round(acc.done / acc.wall, 0),
    p50: round(percentile(lat, 50), 2),
    p95: round(percentile(lat, 95), 2),
    p99: round(percentile(lat, 99), 2),
    max: round(lat.at(-1) ?? null, 2),
  };
}

/**
 * Load for one scenario BESIDE a baseline: alternating 1-second windows of the baseline and
 * the scenario (`seconds` of each, after a warm-up of each), so both see the same machine load.
 * `makeRequest(i)` returns [url, init]; `ok(res, i)` says whether a response counts as a success.
 */
export async function loadBeside({ scenario, baseline, concurrency = 8, seconds = 5, warmup = 1 }) {
  const opts = (x) => ({ makeRequest: x.makeRequest, ok: x.ok ?? ((r) => r.ok), concurrency });
  const acc = { s: newAcc(), b: newAcc() };
  const scratch = newAcc();
  if (warmup > 0) {
    await window({ ...opts(baseline), seconds: warmup }, scratch);
    await window({ ...opts(scenario), seconds: warmup }, acc.s); // counts for state (indices), not for figures
    acc.s = { ...newAcc(), next: acc.s.next };
  }
  for (let k = 0; k < seconds; k++) {
    await window({ ...opts(baseline), seconds: 1 }, acc.b);
    await window({ ...opts(scenario), seconds: 1 }, acc.s);
  }
  return { scenario: summary(acc.s), baseline: summary(acc.b) };
}

// ------------------------------------------------------------------ local D1
/**
 * Where the API scenarios' temporary database lives: memory (/dev/shm) where the machine has it.
 * The local D1 is SQLite inside workerd, which commits each write with an fsync on the one
 * thread that also runs the Worker: on this machine's virtual disk, draft saves alone ran
 * 5–10 % fewer a second than with the database in memory. In production the commit waits on
 * D1's own machines while the Worker's thread goes on, so the API load measures the Worker with
 * its database in memory.
 * `--db-dir=<dir>` puts it elsewhere (e.g. `--db-dir=/tmp` to see the local disk's share).
 */
export function apiDbDir(requested) {
  if (requested) return { dir: requested, where: requested };
  try {
    accessSync('/dev/shm', constants.W_OK);
    return { dir: '/dev/shm', where: 'memory (/dev/shm)' };
  } catch {
    return { dir: tmpdir(), where: `disk (${tmpdir()})` };
  }
}
/** Runs SQL (a string) against the local D1 in `persistTo` with wrangler. */
export function d1File(persistTo, sql) {
  const dir = mkdtempSync(join(tmpdir(), 'sphub-bench-sql-'));
  const file = join(dir, 'x.sql');
  writeFileSync(file, sql);
  const r = spawnSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--file', file], {
    cwd: ROOT,
    env: WRANGLER_ENV,
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`wrangler d1 execute failed:\n${r.stdout}\n${r.stderr}`);
}
export function migrate(persistTo) {
  const r = spawnSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], {
    cwd: ROOT,
    env: WRANGLER_ENV,
    encoding: 'utf8',
    input: 'y\n',
  });
  if (r.status !== 0) throw new Error(`migrations failed:\n${r.stdout}\n${r.stderr}`);
}
export function seed(persistTo) {
  const r = spawnSync('node', ['scripts/seed.mjs', '--persist-to', persistTo], { cwd: ROOT, env: WRANGLER_ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`seed failed:\n${r.stdout}\n${r.stderr}`);
}
export const q = (v) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);

// ------------------------------------------------------------------ the Worker without wrangler's proxy
/**
 * `wrangler dev` answers through a proxy Worker in a second workerd process (it holds requests
 * during reloads and serves the inspector); production has no such hop. This finds the port of
 * the workerd that runs our Worker itself, among the dev server's processes (Linux: `pgrep`,
 * `ss`), by asking each candidate for /api/health. Null where that cannot be found.
 * @param {{ child: import('node:child_process').ChildProcess; port: number }} server
 */
export async function userWorkerUrl(server) {
  const pids =
    spawnSync('pgrep', ['-g', String(server.child.pid), 'workerd'], { encoding: 'utf8' })
      .stdout?.trim()
      .split('\n') ?? [];
  const sockets = spawnSync('ss', ['-ltnpH'], { encoding: 'utf8' }).stdout ?? '';
  const ports = [...sockets.matchAll(/127\.0\.0\.1:(\d+)\s.*pid=(\d+),/g)]
    .filter(([, port, pid]) => pids.includes(pid) && Number(port) !== server.port)
    .map(([, port]) => port);
  for (const port of ports) {
    const url = `http://127.0.0.1:${port}`;
    try {
      const r = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (r.ok && (await r.json()).ok === true) return url;
    } catch {}
  }
  return null;
}
