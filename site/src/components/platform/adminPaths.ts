// URL segments of the national team's admin pages (under the `admin` section of content/routes.ts).

import { path } from '../../../../content/routes.ts';
import type { Lang } from '../../../../content/schema.ts';

export const adminSeg = {
  orgs: { cy: 'sefydliadau', en: 'organisations' },
  org: { cy: 'sefydliad', en: 'organisation' },
  people: { cy: 'pobl', en: 'people' },
  keys: { cy: 'allweddi-api', en: 'api-keys' },
  audit: { cy: 'log-archwilio', en: 'audit-log' },
} as const satisfies Record<string, Record<Lang, string>>;

export type AdminPage = 'home' | 'orgs' | 'org' | 'people' | 'keys' | 'audit';

export function adminPath(lang: Lang, page: AdminPage): string {
  if (page === 'home') return path(lang, 'admin');
  if (page === 'org') return path(lang, 'admin', adminSeg.orgs[lang], adminSeg.org[lang]);
  return path(lang, 'admin', adminSeg[page][lang]);
}
