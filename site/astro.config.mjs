import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

// Sass finds GOV.UK Frontend in the repository's node_modules (site/ has none of its own).
const nodeModules = fileURLToPath(new URL('../node_modules', import.meta.url));

// Small modules that go together into one chunk each: a page pays for every chunk it loads
// (each compressed on its own), so the app pages load a few chunks rather than many tiny ones.
// `npm run bench -- --only=pages` shows what each page weighs; a group that made a page load
// code it does not use would show there. Rolldown's (Vite 8) groups take a module's imports
// along with it, so the shared pieces (priority 2) are claimed first, and the priority-1
// groups then hold only their own modules.
const CHUNK_GROUPS = [
  // The browser toolkit every app page uses, and the paths it links to.
  { name: 'toolkit', test: /(scripts[\\/]lib[\\/](dom|strings|errors|govuk)|content[\\/]routes)\.ts$/, priority: 2 },
  // The rules and the browser draft of both self-assessments.
  { name: 'assessment-base', test: /(content[\\/]assessment[\\/]engine|scripts[\\/]assessment[\\/](draft|format))\.ts$/, priority: 2 },
  // zod/mini and the record fields built from it, which both self-assessments read drafts with,
  // and the per-definition cache every schema builder uses (else the asset tool's group takes it
  // along, and a practitioner's page that reads a draft loads the asset tool too).
  {
    name: 'record-fields',
    test: /(content[\\/](assessment[\\/]record-fields|once-per)\.ts|[\\/]node_modules[\\/]zod[\\/].*)$/,
    priority: 2,
  },
  // The comparisons over time and the reviewer's view, which no results page needs (and which
  // the asset tool's group would otherwise take along, loading it on the practitioner's pages).
  { name: 'engine-compare', test: /content[\\/]assessment[\\/]engine-compare\.ts$/, priority: 2 },
  // The practitioner's framework rules and what their pages are handed.
  { name: 'practitioner', test: /(content[\\/]assessment[\\/]model|scripts[\\/]assessment[\\/](page-data|progress))\.ts$/, priority: 1 },
  // The community-asset tool's domain, draft and results view.
  { name: 'asset-tool', test: /(content[\\/]assets[\\/]assessment|scripts[\\/]assets[\\/](results-view|tool[\\/]data))\.ts$/, priority: 1 },
];

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['cy', 'en'],
    defaultLocale: 'cy',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Never inline scripts or assets into HTML: the CSP allows no inline script or style.
  vite: {
    server: { fs: { allow: ['..'] } },
    // esbuild, not lightningcss, minifies CSS: lightningcss rejects GOV.UK Frontend's old-IE
    // media query hacks (`@media screen\0`) that esbuild passes through.
    build: {
      assetsInlineLimit: 0,
      cssMinify: 'esbuild',
      rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
    },
    // quietDeps: GOV.UK Frontend's own Sass deprecation notices are not ours to fix.
    css: { preprocessorOptions: { scss: { loadPaths: [nodeModules], quietDeps: true } } },
  },
});
