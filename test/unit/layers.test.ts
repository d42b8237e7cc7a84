// The layer boundaries are a lint rule (biome.json, noRestrictedImports): site/ never imports
// worker/, and content/ imports neither. This runs Biome on probe files that break each rule
// (and on one that keeps it), so a change to biome.json that loses a boundary fails here.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';

const probes = [
  { file: 'site/src/lib/__layer-probe-worker.ts', source: "import { app } from '../../../worker/src/index.ts';\n", banned: true },
  {
    file: 'site/src/components/__LayerProbe.astro',
    source: "---\nimport { ORG_TYPES } from '../../../worker/db/schema.ts';\n---\n<p>{ORG_TYPES[0]}</p>\n",
    banned: true,
  },
  { file: 'content/__layer-probe-worker.ts', source: "import { app } from '../worker/src/index.ts';\n", banned: true },
  { file: 'content/__layer-probe-site.ts', source: "import { hrefs } from '../site/src/lib/hrefs.ts';\n", banned: true },
  { file: 'site/src/lib/__layer-probe-content.ts', source: "import { t } from '../../../content/i18n.ts';\n", banned: false },
];

function lint(files: string[]): { category: string; path: string }[] {
  const out = spawnSync(process.execPath, ['node_modules/@biomejs/biome/bin/biome', 'lint', '--reporter=json', ...files], {
    encoding: 'utf8',
  });
  const report = JSON.parse(out.stdout) as { diagnostics: { category: string; location: { path: string } }[] };
  return report.diagnostics.map((d) => ({ category: d.category, path: d.location.path }));
}

describe('layer boundaries (lint)', () => {
  afterAll(() => {
    for (const p of probes) rmSync(p.file, { force: true });
  });

  it('refuses site/ → worker/ and content/ → worker/ or site/, and allows site/ → content/', () => {
    for (const p of probes) writeFileSync(p.file, `${p.source}\nexport const probe = 1;\n`);
    const found = lint(probes.map((p) => p.file)).filter((d) => d.category === 'lint/style/noRestrictedImports');
    for (const p of probes)
      expect(
        found.some((d) => d.path === p.file),
        p.file,
      ).toBe(p.banned);
  });
});
