// The national picture of community assets: the national team's page and the open data page.
import { path } from '../../../../content/routes.ts';
import type { Lang } from '../../../../content/schema.ts';

export type PictureSource = 'national' | 'open';

export const picturePath = (lang: Lang, source: PictureSource): string =>
  path(lang, source === 'national' ? 'admin' : 'openData', lang === 'cy' ? 'asedau' : 'assets');
