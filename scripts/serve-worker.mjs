// `wrangler dev` without its debugging aids, for `npm run bench`: the same Worker, bindings and
// local D1, through wrangler's programmatic dev server, with the inspector off (else wrangler
// reads every console.log through the DevTools protocol: about 5 ms of latency per line on a
// 2-core machine) and without local tracing (X_LOCAL_OBSERVABILITY: a tail worker that records
// every request and D1 query for the local explorer, 15–25 % of the throughput of a request that
// queries D1 here). Production has neither. The Worker still writes its log line per request, but
// only warnings and errors are echoed: wrangler would parse, format and print every line in this
// Node process, and the bench's own process would read it (about 1 ms of CPU per line on this
// machine, spent outside the Worker; production ships logs outside the Worker too).
// Usage: node scripts/serve-worker.mjs --port <n> --persist-to <dir>
import { parseArgs } from 'node:util';
import { unstable_startWorker } from 'wrangler';

process.env.X_LOCAL_OBSERVABILITY ??= 'false';

const { values } = parseArgs({ options: { port: { type: 'string' }, 'persist-to': { type: 'string' } } });
const port = Number(values.port);
const text = (value) => ({ type: 'plain_text', value });
const worker = await unstable_startWorker({
  config: 'wrangler.toml',
  // As `wrangler dev --var …` does for npm start: local development, links to this port.
  bindings: { ENVIRONMENT: text('development'), PUBLIC_ORIGIN: text(`http://127.0.0.1:${port}`) },
  dev: {
    server: { hostname: '127.0.0.1', port },
    inspector: false,
    persist: values['persist-to'],
    watch: false,
    structuredLogsHandler: ({ level, message }) => {
      if (level === 'warn' || level === 'error') process.stderr.write(`${message}\n`);
    },
  },
});
await worker.ready;
const stop = async () => {
  await worker.dispose();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
