import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig, defineProject } from 'vitest/config';
import { unstable_readConfig } from 'wrangler';

// The worker tests run as local development (outbox on, links to the local origin); DEFAULT_VARS
// hands them wrangler.toml's own [vars], so a test can run the Worker with the configuration a
// plain `wrangler deploy` ships.
const defaultVars = unstable_readConfig({ config: './wrangler.toml' }).vars;

export default defineConfig({
  test: {
    projects: [
      // Timeouts, not timing assertions: the machines these run on are shared (2 cores, load average
      // above 15 seen), where vitest's 5 s default fails tests that are merely waiting their turn.
      defineProject({
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      }),
      defineProject({
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations('./migrations'),
                DEFAULT_VARS: defaultVars,
                ENVIRONMENT: 'test',
                PUBLIC_ORIGIN: 'http://127.0.0.1:8787',
              },
            },
          })),
        ],
        // The same for the Worker (one request took seconds at load average 20).
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          setupFiles: ['./test/worker/apply-migrations.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      }),
      defineProject({
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      }),
    ],
  },
});
