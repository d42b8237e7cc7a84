import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

// Sass finds GOV.UK Frontend in the repository's node_modules (site/ has none of its own).
const nodeModules = fileURLToPath(new URL('../node_modules', import.meta.url));

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
    build: { assetsInlineLimit: 0, cssMinify: 'esbuild' },
    // quietDeps: GOV.UK Frontend's own Sass deprecation notices are not ours to fix.
    css: { preprocessorOptions: { scss: { loadPaths: [nodeModules], quietDeps: true } } },
  },
});
