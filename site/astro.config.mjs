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
  vite: { server: { fs: { allow: ['..'] } } },
});
