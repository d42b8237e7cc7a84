// `npm start`: build the site, migrate and seed the local D1, then serve the site and
// the API on one port through `wrangler dev`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PORT = process.env.PORT || '8787';
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' };
function step(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

step('Building the site', 'npm', ['run', '--silent', 'build']);
step('Applying migrations to the local D1', 'npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local']);
if (existsSync('scripts/seed.mjs')) step('Seeding demo data', 'node', ['scripts/seed.mjs']);

console.log(`\n▶ Serving the hub on http://127.0.0.1:${PORT}/  (Ctrl+C to stop)\n`);
if (existsSync('scripts/print-demo-users.mjs')) spawnSync('node', ['scripts/print-demo-users.mjs', PORT], { stdio: 'inherit', env });
// wrangler.toml's default is production; local development turns the outbox on explicitly.
const local = ['--var', 'ENVIRONMENT:development', '--var', `PUBLIC_ORIGIN:http://127.0.0.1:${PORT}`];
const dev = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', PORT, ...local], { stdio: 'inherit', env });
dev.on('exit', (code) => process.exit(code ?? 0));
// The seed writes accepted returns straight into D1: once the server answers, publish their open data (as the daily cron would).
(async () => {
  for (let i = 0; i < 240; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const ok = await fetch(`http://127.0.0.1:${PORT}/api/dev/publish`, { method: 'POST' }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
  }
})();
