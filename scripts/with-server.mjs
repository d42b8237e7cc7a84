// Builds nothing: starts `wrangler dev` on a free local port over the built site and
// a migrated, seeded local D1, runs the given command with HUB_URL set, then stops
// the whole process group (wrangler leaves esbuild and workerd children behind).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

const wranglerEnv = () => ({ ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' });

/** A fresh local D1 in a temporary folder, migrated and seeded with the demo data. */
export function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'sphub-db-'));
  /** @type {[string, string[]][]} */
  const steps = [
    ['npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir]],
    ['node', ['scripts/seed.mjs', '--persist-to', dir]],
  ];
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { encoding: 'utf8', env: wranglerEnv() });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  }
  return dir;
}

/**
 * Starts `wrangler dev`. Unless `persistTo` is given, it runs on a fresh, migrated and
 * seeded database in a temporary folder, removed again by `stop()`.
 * `inspector: false` (the bench) runs it without the debugger: see scripts/serve-worker.mjs.
 * @param {{ port?: number; persistTo?: string; quiet?: boolean; inspector?: boolean }} [options]
 */
export async function startServer({ port, persistTo, quiet = true, inspector = true } = {}) {
  port ??= Number(process.env.PORT) || (await freePort());
  const temporary = persistTo ? undefined : freshDatabase();
  persistTo ??= temporary;
  // wrangler.toml's default is production: say local development explicitly (outbox on), and
  // give the origin links in emails must use, since this server runs on a port of its own.
  const args = inspector
    ? ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--show-interactive-dev-session=false']
    : ['node', new URL('./serve-worker.mjs', import.meta.url).pathname, '--port', String(port)];
  if (inspector) args.push('--var', 'ENVIRONMENT:development', '--var', `PUBLIC_ORIGIN:http://127.0.0.1:${port}`);
  if (persistTo) args.push('--persist-to', persistTo);
  const child = spawn('npx', args, {
    detached: true,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: wranglerEnv(),
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() >= deadline) throw new Error(`wrangler dev did not answer within 60 s:\n${log}`);
  // The seed writes accepted returns straight into D1: publish their open data, as the daily cron would.
  const published = await fetch(`${url}/api/dev/publish`, { method: 'POST' });
  if (!published.ok) throw new Error(`publishing open data failed: ${published.status} ${await published.text()}`);
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  };
  return { url, port, stop, child };
}

// CLI: node scripts/with-server.mjs <command…>
if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, ...rest] = process.argv.slice(2);
  const { url, stop } = await startServer();
  const run = spawn(cmd, rest, { stdio: 'inherit', env: { ...process.env, HUB_URL: url } });
  const code = await new Promise((r) => run.on('exit', (c) => r(c ?? 1)));
  stop();
  process.exit(code);
}
