/// <reference types="@cloudflare/vitest-plugin/types" />
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
    /** wrangler.toml's [vars]: the configuration a plain deploy ships. */
    DEFAULT_VARS: Record<string, string>;
  }
}
