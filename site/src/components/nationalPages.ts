// Every national team page with the role it needs: the national navigation
// (NationalNav.astro) and the signed-in person's tools on the account page list them.
import { accountPaths } from '../../../content/assessment/paths.ts';
import type { Lang } from '../../../content/schema.ts';
import type { StringKey } from '../../../content/ui/strings.ts';
import { returnsPaths } from '../scripts/returns/paths.ts';
import { adminPath } from './platform/adminPaths.ts';
import { picturePath } from './register/picturePaths.ts';

export type NationalPage =
  | 'home'
  | 'queue'
  | 'review'
  | 'completeness'
  | 'totals'
  | 'timeliness'
  | 'skills'
  | 'assets'
  | 'orgs'
  | 'org'
  | 'people'
  | 'keys'
  | 'audit';
export interface NationalLink {
  page: NationalPage;
  href: string;
  key: StringKey;
  needs: 'analyst' | 'admin';
  /** Another page that counts as this one in the navigation (one organisation under organisations). */
  also?: NationalPage;
}

export function nationalPages(lang: Lang): NationalLink[] {
  const r = returnsPaths(lang);
  return [
    { page: 'home', href: adminPath(lang, 'home'), key: 'natnav.home', needs: 'analyst' },
    { page: 'queue', href: r.queue, key: 'natnav.review', needs: 'analyst', also: 'review' },
    { page: 'completeness', href: r.completeness, key: 'natnav.completeness', needs: 'analyst' },
    { page: 'totals', href: r.totals, key: 'natnav.totals', needs: 'analyst' },
    { page: 'timeliness', href: r.timeliness, key: 'natnav.timeliness', needs: 'analyst' },
    { page: 'skills', href: accountPaths(lang).skills, key: 'natnav.skills', needs: 'analyst' },
    { page: 'assets', href: picturePath(lang, 'national'), key: 'natnav.assets', needs: 'analyst' },
    { page: 'orgs', href: adminPath(lang, 'orgs'), key: 'natnav.orgs', needs: 'analyst', also: 'org' },
    { page: 'people', href: adminPath(lang, 'people'), key: 'natnav.people', needs: 'admin' },
    { page: 'keys', href: adminPath(lang, 'keys'), key: 'natnav.keys', needs: 'admin' },
    { page: 'audit', href: adminPath(lang, 'audit'), key: 'natnav.audit', needs: 'analyst' },
  ];
}
