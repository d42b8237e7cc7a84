// Shared helpers for `npm run bench`: statistics, tables, compression, a bounded
// concurrent HTTP load generator, and a local D1 + wrangler dev on a temporary database.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
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
 * Keeps `concurrency` requests in flight for `seconds` (after a short warm-up that is not
 * counted) and returns throughput and latency percentiles. `makeRequest(i)` returns
 * [url, init]; `ok(res)` says whether a response counts as a success.
 */
export async function load({ makeRequest, ok = (r) => r.ok, concurrency = 8, seconds = 5, warmup = 1 }) {
  const run = async (dur, record) => {
    const end = performance.now() + dur * 1000;
    const lat = [];
    const statuses = {};
    let errors = 0;
    let i = 0;
    const worker = async () => {
      while (performance.now() < end) {
        const [url, init] = makeRequest(i++);
        const t0 = performance.now();
        let good = false;
        try {
          const res = await fetch(url, init);
          await res.arrayBuffer();
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          good = ok(res);
        } catch {
          statuses.network = (statuses.network ?? 0) + 1;
        }
        const t = performance.now() - t0;
        if (good) lat.push(t);
        else errors++;
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const wall = (performance.now() - t0) / 1000;
    if (!record) return null;
    lat.sort((a, b) => a - b);
    return {
      requests: lat.length + errors,
      ok: lat.length,
      errors,
      statuses,
      seconds: round(wall, 2),
      rps: round(lat.length / wall, 0),
      p50: round(percentile(lat, 50), 2),
      p95: round(percentile(lat, 95), 2),
      p99: round(percentile(lat, 99), 2),
      max: round(lat.at(-1) ?? null, 2),
    };
  };
  if (warmup > 0) await run(warmup, false);
  return run(seconds, true);
}

// ------------------------------------------------------------------ local D1
/** Runs SQL (a string) against the local D1 in `persistTo` with wrangler. */
export function d1File(persistTo, sql) {
  const dir = mkdtempSync(join(tmpdir(), 'sphub-bench-sql-'));
  const file = join(dir, 'x.sql');
  writeFileSync(file, sql);
  const r = spawnSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--file', file], { cwd: ROOT, env: WRANGLER_ENV, encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`wrangler d1 execute failed:\n${r.stdout}\n${r.stderr}`);
}
export function migrate(persistTo) {
  const r = spawnSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], { cwd: ROOT, env: WRANGLER_ENV, encoding: 'utf8', input: 'y\n' });
  if (r.status !== 0) throw new Error(`migrations failed:\n${r.stdout}\n${r.stderr}`);
}
export function seed(persistTo) {
  const r = spawnSync('node', ['scripts/seed.mjs', '--persist-to', persistTo], { cwd: ROOT, env: WRANGLER_ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`seed failed:\n${r.stdout}\n${r.stderr}`);
}
export const q = (v) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
