// Links from the admin modules to one organisation's page or to its audit trail.
import type { Lang } from '../../../../content/schema.ts';
import { adminPath } from '../../components/platform/adminPaths.ts';

/** An organisation's page, or the audit log filtered to one record. */
export function adminHref(lang: Lang, page: 'org' | 'audit', id: string, entityType = 'organisation'): string {
  if (page === 'org') return `${adminPath(lang, 'org')}?id=${encodeURIComponent(id)}`;
  return `${adminPath(lang, 'audit')}?entityType=${entityType}&entityId=${encodeURIComponent(id)}`;
}
