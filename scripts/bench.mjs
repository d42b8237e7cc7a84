// `npm run bench`: page weights, build time, API throughput/latency beside a bare baseline,
// national-scale query times, and Lighthouse scores. Prints tables and writes
// bench/results.json (with the machine they came from). Options:
//   --only=build,pages,api,lighthouse,national   --seconds=4   --concurrency=8   --builds=3   --repeats=15
//   --scales=400x40,400x10,4000x40 (national runs)   --readme   also put the compact tables (bench/results.md) into README.md between the bench markers
//   --scenarios=return-draft,return-submit (API scenarios by id)   --db-dir=/tmp   the API scenarios' database (default: memory, see bench/lib.mjs apiDbDir)
//   --merge   keep the previous bench/results.json figures for the parts not run now (and say so)
//   --direct   the API load straight to the Worker's workerd, past wrangler's dev proxy (bench/api.mjs)
// Each part is a list of scenarios (bench/*.mjs); a scenario whose page or route is not in
// this build is reported as "not available", never estimated.
import { execSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { runApi } from '../bench/api.mjs';
import { runBuild } from '../bench/build.mjs';
import { kb, ROOT, round, table } from '../bench/lib.mjs';
import { runLighthouse } from '../bench/lighthouse.mjs';
import { NATIONAL_BURST, NATIONAL_REPEATS, NATIONAL_WARMUP, runNational } from '../bench/national.mjs';
import { runPages } from '../bench/pages.mjs';

const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const only = arg('only', 'build,pages,api,lighthouse,national').split(',');
const want = (p) => only.includes(p);
const seconds = Number(arg('seconds', 4));
const concurrency = Number(arg('concurrency', 8));
const builds = Number(arg('builds', 3));
const repeats = Number(arg('repeats', NATIONAL_REPEATS));
const log = (s) => console.log(s);
const started = performance.now();

function cpuModel() {
  try {
    return /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))[1].trim();
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}
const git = (c) => {
  try {
    return execSync(`git ${c}`, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const machine = {
  cpu: cpuModel(),
  cores: os.cpus().length,
  memoryGiB: round(os.totalmem() / 2 ** 30, 1),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  date: new Date().toISOString(),
  commit: git('rev-parse --short HEAD'),
  loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
};
const results = { machine, options: { only, seconds, concurrency, builds, repeats } };
// --merge: keep the previous run's figures for the parts not run now (each part says when it ran).
const previous = process.argv.includes('--merge') ? JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8')) : null;
const step = (name) => log(`\n▶ ${name}`);
function stopAndClean(server) {
  server.stop();
  setTimeout(() => rmSync(server.persistTo, { recursive: true, force: true }), 1000); // after workerd has let go
}

try {
  if (want('build')) {
    step(`site build (npm run build) × ${builds}`);
    results.build = runBuild({ log, runs: builds });
  }
  if (want('pages')) {
    step('page weight');
    results.pages = await runPages({ log });
  }
  let server = null;
  if (want('api')) {
    const direct = process.argv.includes('--direct');
    step(
      `API load: ${concurrency} requests in flight; per scenario ${seconds} × 1 s windows alternating with /api/bench/bare (after 1 s warm-up of each); wrangler dev on a temporary D1${direct ? ', straight to the Worker' : ''}`,
    );
    const ids = arg('scenarios', '');
    const dbDir = arg('db-dir', '');
    const api = await runApi({
      log,
      seconds,
      concurrency,
      keepServer: want('lighthouse'),
      ...(ids ? { ids: ids.split(',') } : {}),
      ...(dbDir ? { dbDir } : {}),
      direct,
    });
    server = api.server;
    results.api = { concurrency, seconds, database: api.database, path: api.path, scenarios: api.results };
  }
  if (want('lighthouse')) {
    step('Lighthouse (Debian Chromium, mobile defaults)');
    if (!server) {
      const { prepareDb } = await import('../bench/api.mjs');
      const { startServer } = await import('./with-server.mjs');
      const db = prepareDb();
      server = { ...(await startServer({ persistTo: db.persistTo, inspector: false })), persistTo: db.persistTo };
    }
    try {
      results.lighthouse = await runLighthouse({ url: server.url, log });
    } finally {
      stopAndClean(server);
    }
  } else if (server) stopAndClean(server);
  if (want('national')) {
    step('national scale: 400 organisations × 40 quarters (and × 10, and 4,000 × 40), 5,000 self-assessments');
    const scales = arg('scales', '');
    results.national = await runNational({ log, repeats, ...(scales ? { scales: scales.split(',') } : {}) });
  }
} finally {
  results.machine.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
  results.totalSeconds = round((performance.now() - started) / 1000, 1);
}
const PARTS = ['build', 'pages', 'api', 'lighthouse', 'national'];
for (const part of PARTS) if (results[part]) results[part].measured = { date: machine.date, commit: machine.commit };
if (previous)
  for (const part of PARTS)
    if (!results[part] && previous[part])
      results[part] = {
        ...previous[part],
        measured: previous[part].measured ?? { date: previous.machine.date, commit: previous.machine.commit },
      };

// ------------------------------------------------------------------ summary
console.log('\n════════ Summary ════════');
console.log(
  `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date} (load average ${machine.loadAverageAtStart.join(' ')})`,
);
if (results.build)
  console.log(`\nSite build: median ${results.build.median} s over ${results.build.runs} runs (${results.build.seconds.join(', ')} s)`);
if (results.pages) {
  console.log('\nPage weight (gzip / brotli in brackets)');
  console.log(
    table(
      ['page', 'lang', 'HTML', 'CSS', 'JS', 'total brotli'],
      results.pages.kinds.map((k) =>
        k.available === false
          ? [k.label, k.lang, 'not built yet', '', '', '']
          : [
              k.label,
              k.lang,
              `${kb(k.html.raw)} (${kb(k.html.brotli)})`,
              `${kb(k.css.raw)} (${kb(k.css.brotli)})`,
              `${kb(k.js.raw)} (${kb(k.js.brotli)})`,
              kb(k.html.brotli + k.css.brotli + k.js.brotli),
            ],
      ),
    ),
  );
  const c = results.pages.contentPages;
  console.log(
    `Content pages without JavaScript: ${c.checked - c.withJs.length} of ${c.checked}${c.withJs.length ? ` — with JS: ${c.withJs.map((p) => p.path).join(', ')}` : ''}`,
  );
}
if (results.api) {
  console.log(
    `\nAPI (${results.api.concurrency} in flight; ${results.api.seconds} s per scenario, alternating 1 s windows with the bare baseline${results.api.path === 'direct' ? '; straight to the Worker' : ''})`,
  );
  console.log(
    table(
      ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'bare req/s', 'bare p50', 'req/s vs bare', 'errors'],
      results.api.scenarios.map((s) =>
        s.available
          ? [s.label, s.rps, s.p50, s.p95, s.p99, s.bare.rps, s.bare.p50, s.rpsVsBare, s.errors]
          : [s.label, `not available: ${s.note}`, '', '', '', '', '', '', ''],
      ),
    ),
  );
}
if (results.lighthouse) {
  console.log('\nLighthouse');
  console.log(
    results.lighthouse.available === false
      ? `not available (${results.lighthouse.note})`
      : table(
          ['page', 'lang', 'performance', 'accessibility', 'LCP ms', 'TBT ms'],
          results.lighthouse.pages.map((p) =>
            p.available === false
              ? [p.kind, p.lang, 'not built yet', '', '', '']
              : p.error
                ? [p.kind, p.lang, `error: ${p.error}`, '', '', '']
                : [p.kind, p.lang, p.performance, p.accessibility, p.lcpMs, p.tbtMs],
          ),
        ),
  );
}
if (results.national) {
  const g = results.national.generated;
  console.log(
    `\nNational scale (data generated in ${g.seconds} s: ${Object.entries(g.rows)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')})`,
  );
  console.log(
    table(
      [
        'query (Worker endpoint)',
        ...results.national.runs.map((r) => `${r.id} median ms`),
        ...results.national.runs.map((r) => `${r.id} direct ms`),
        'response (400×40)',
        'round trips',
      ],
      results.national.queries.map((q) => [
        q.label,
        ...results.national.runs.map((r) => {
          const x = r.queries.find((y) => y.id === q.id);
          return x?.available ? x.medianMs : 'n/a';
        }),
        ...results.national.runs.map((r) => {
          const x = r.queries.find((y) => y.id === q.id);
          return x?.available ? (x.directMs ?? '–') : 'n/a';
        }),
        q.available ? kb(q.responseBytes) : `not available (${q.note})`,
        q.available ? q.roundTrips : '',
      ]),
    ),
  );
}
console.log(`\nTotal ${results.totalSeconds} s. Written to bench/results.json`);
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
const md = markdown(results);
writeFileSync(join(ROOT, 'bench/results.md'), md);
if (process.argv.includes('--readme')) {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const re = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (!re.test(readme)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> markers');
  writeFileSync(
    join(ROOT, 'README.md'),
    readme.replace(re, (_, a, b) => a + md + b),
  );
  console.log('README.md updated.');
}

/** With --merge: which parts' figures come from an earlier run, and from when. */
function keptFromEarlier(r) {
  const kept = ['build', 'pages', 'api', 'lighthouse', 'national']
    .filter((part) => r[part]?.measured && r[part].measured.date !== r.machine.date)
    .map((part) => `${part} (${r[part].measured.date.slice(0, 16).replace('T', ' ')} UTC, commit ${r[part].measured.commit})`);
  return kept.length ? `\nKept from an earlier run (\`--merge\`): ${kept.join('; ')}.` : '';
}

/** Compact Markdown tables of the figures (for the README). */
function markdown(r) {
  const m = r.machine;
  const row = (cells) => `| ${cells.join(' | ')} |`;
  // The count most measured requests made; the first request's too where it differs (it found
  // nothing held by the isolate yet), and any other count seen, with how many made it.
  const roundTripsCell = (s) => {
    if (s.roundTrips === null || s.roundTrips === undefined) return '–';
    const others = Object.entries(s.roundTripsSeen ?? {}).filter(([n]) => Number(n) !== s.roundTrips);
    const notes = [
      ...(s.firstRoundTrips !== undefined && s.firstRoundTrips !== s.roundTrips ? [`first ${s.firstRoundTrips}`] : []),
      ...others.map(([n, k]) => `${n} in ${k}`),
    ];
    return notes.length ? `${s.roundTrips} (${notes.join('; ')})` : String(s.roundTrips);
  };
  const head = (cells) => [row(cells), row(cells.map(() => '---'))].join('\n');
  const out = [
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, commit ${m.commit}; load average ${m.loadAverageAtStart.join(' / ')} at the start; the machine may be shared, so compare rows with their baseline rather than across runs.`,
    keptFromEarlier(r),
    '',
  ];
  if (r.build)
    out.push(`**Site build** (\`npm run build\`: astro, pagefind, checks): median **${r.build.median} s** of ${r.build.runs} runs.`, '');
  if (r.pages) {
    out.push(head(['Page (cy / en)', 'HTML brotli', 'CSS brotli', 'JS brotli', 'JS raw']));
    const kinds = [...new Set(r.pages.kinds.map((k) => k.kind))];
    for (const id of kinds) {
      const [cy, en] = ['cy', 'en'].map((l) => r.pages.kinds.find((k) => k.kind === id && k.lang === l));
      if (cy.available === false && en.available === false) {
        out.push(row([cy.label, 'not built yet', '', '', '']));
        continue;
      }
      const two = (f) => [cy, en].map((x) => (x.available === false ? '–' : f(x))).join(' / ');
      out.push(
        row([cy.label, two((x) => kb(x.html.brotli)), two((x) => kb(x.css.brotli)), two((x) => kb(x.js.brotli)), two((x) => kb(x.js.raw))]),
      );
    }
    const c = r.pages.contentPages;
    const a = r.pages.appPages;
    out.push(
      '',
      `Content pages with JavaScript: **${c.withJs.length} of ${c.checked}** built content pages${c.withJs.length ? ` (${c.withJs.map((p) => p.path).join(', ')})` : ''}.`,
      '',
      `App pages (every built page with a script): **${a.count}**; JavaScript over ${kb(a.budget)} brotli: **${a.over.length}**${a.over.length ? ` (${a.over.map((p) => `${p.path} ${kb(p.js)}`).join(', ')})` : ''}; heaviest: ${a.heaviest.map((p) => `${p.path} ${kb(p.js)}`).join(', ')}.`,
      '',
    );
  }
  if (r.api) {
    out.push(head(['API scenario', 'req/s', 'p50 / p95 / p99 ms', 'bare beside it: req/s, p50', 'vs bare', 'D1 round trips']));
    for (const s of r.api.scenarios)
      out.push(
        s.available
          ? row([s.label, s.rps, `${s.p50} / ${s.p95} / ${s.p99}`, `${s.bare.rps}, ${s.bare.p50} ms`, `${s.rpsVsBare}×`, roundTripsCell(s)])
          : row([s.label, `not available: ${s.note}`, '', '', '', '']),
      );
    out.push(
      '',
      `${r.api.concurrency} requests in flight from Node over loopback; per scenario ${r.api.seconds} one-second windows alternating with \`/api/bench/bare\`; req/s counts the successes that finish within each window. The temporary D1 is in ${r.api.database ?? 'a temporary folder'}.${r.api.path === 'direct' ? ' Straight to the Worker, past wrangler’s dev proxy (`--direct`).' : ''}`,
      '',
    );
  }
  if (r.lighthouse?.pages?.length) {
    out.push(head(['Lighthouse (mobile)', 'cy perf / a11y', 'en perf / a11y']));
    for (const id of [...new Set(r.lighthouse.pages.map((p) => p.kind))]) {
      const cell = (l) => {
        const p = r.lighthouse.pages.find((x) => x.kind === id && x.lang === l);
        return !p || p.available === false ? 'not built yet' : p.error ? `error ${p.error}` : `${p.performance} / ${p.accessibility}`;
      };
      out.push(row([id, cell('cy'), cell('en')]));
    }
    out.push('');
  }
  if (r.national) {
    const g = r.national.generated;
    out.push(
      head([
        'National scale (Worker endpoint, median of ' + (r.national.queries.find((q) => q.available)?.repeats ?? '–') + ')',
        ...(r.national.runs ?? []).map((run) => `ms ${run.organisations} × ${Math.round(run.years * 4)}`),
        ...(r.national.runs ?? []).map((run) => `direct ms ${run.organisations} × ${Math.round(run.years * 4)}`),
        'response (400 × 40)',
        'round trips',
      ]),
    );
    for (const q of r.national.queries)
      out.push(
        q.available
          ? row([
              q.label,
              ...(r.national.runs ?? []).map((run) => run.queries.find((x) => x.id === q.id)?.medianMs ?? '–'),
              ...(r.national.runs ?? []).map((run) => run.queries.find((x) => x.id === q.id)?.directMs ?? '–'),
              kb(q.responseBytes),
              q.roundTrips,
            ])
          : row([q.label, `not available: ${q.note}`, '', '']),
      );
    const ratios = (list, what) =>
      list?.length ? `${what}: ${list.map((c) => `${c.label[0].toLowerCase()}${c.label.slice(1)} ${c.ratio}×`).join('; ')}.` : '';
    out.push(
      '',
      ratios(r.national.comparisons?.history, 'One-quarter answers, 400 × 40 over 400 × 10 (history; budget 1.5×)'),
      ratios(r.national.comparisons?.organisations, 'One-quarter answers, 4,000 × 40 over 400 × 40 (organisations; budget 10×)'),
    );
    out.push(
      '',
      `Data: ${Object.entries(g.rows)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')}; generated in ${g.seconds} s.`,
      '',
      `Median ms: end to end through \`wrangler dev\`, whose proxy Worker runs in a second workerd process. Direct ms: the same requests straight to the workerd that runs the hub's Worker, in the same rounds (production has no proxy hop). The floor row is \`/api/bench/bare\`, a constant answer before any middleware. Every scale is served side by side and each query is timed at each scale in turn (${NATIONAL_BURST} requests in a row a path, after ${NATIONAL_WARMUP} untimed ones), so the scales' columns come from the same minutes.`,
      '',
    );
  }
  out.push(`Whole run: ${r.totalSeconds} s.`, '');
  return out.join('\n');
}
