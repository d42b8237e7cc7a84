import { defineConfig } from 'astro/config';

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
  vite: { server: { fs: { allow: ['..'] } }, build: { assetsInlineLimit: 0 } },
});
