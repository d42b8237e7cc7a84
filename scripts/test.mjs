// `npm test`: type-check, unit and worker tests, build the site (with its parity and
// link checks), then browser tests in Chromium against `wrangler dev`. Prints one
// plain "N passed, N failed" line at the end for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ci = process.env.CI === 'true';
const only = process.argv.slice(2); // e.g. `npm test -- unit worker`
const want = (step) => only.length === 0 || only.includes(step);
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`✗ ${label} failed (exit ${r.status})`);
    return false;
  }
  return true;
}
function vitest(label, projects, wrap = []) {
  mkdirSync('test-results', { recursive: true });
  const out = `test-results/${label}.json`;
  rmSync(out, { force: true });
  const args = [
    ...wrap,
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ];
  const ok = run(`vitest ${projects.join(', ')}`, 'npx', args);
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    skipped += j.numPendingTests + j.numTodoTests;
    if (!ok && j.numFailedTests === 0) failed += 1; // a failing run with no failed test (e.g. a file that failed to load)
  } else if (!ok) failed += 1;
  return ok;
}

let ok = true;
if (want('lint')) {
  const linted = run('lint and format (biome)', 'npm', ['run', '--silent', 'lint']);
  if (linted) passed += 1;
  else failed += 1;
  ok = linted && ok;
}
if (want('typecheck')) {
  ok = run('type-check (tsc, astro check)', 'npm', ['run', '--silent', 'typecheck']) && ok;
  if (ok) passed += 1;
  else failed += 1;
}
if (want('unit') || want('worker')) ok = vitest('unit-worker', ['unit', 'worker'].filter(want)) && ok;
if (want('browser')) {
  const built = run('build the site (astro, pagefind, parity and link checks)', 'npm', ['run', '--silent', 'build']);
  if (built) passed += 1;
  else failed += 1;
  ok = built && ok;
  if (!existsSync(CHROMIUM)) {
    if (ci) {
      console.error(`✗ Chromium not found at ${CHROMIUM}; CI=true requires it (apt-get install chromium).`);
      failed += 1;
      ok = false;
    } else {
      console.warn(`⚠ Chromium not found at ${CHROMIUM}: browser tests SKIPPED. Install it with: apt-get install chromium`);
    }
  } else if (built) {
    ok = vitest('browser', ['browser'], ['node', 'scripts/with-server.mjs', 'npx']) && ok;
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 ? 0 : 1);
