// Full site build time: `npm run build` (astro + pagefind + checks), wall clock, N runs.
import { spawnSync } from 'node:child_process';
import { median, ROOT, round } from './lib.mjs';

export function runBuild({ log, runs = 3 }) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const s = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout?.slice(-4000)}\n${r.stderr?.slice(-4000)}`);
    times.push(round(s, 2));
    log(`  build ${i + 1}/${runs}: ${s.toFixed(1)} s`);
  }
  return { runs, seconds: times, median: round(median(times), 2) };
}
