// Nobody reviews their own work (issue 13): a national analyst or admin who submitted any
// version of a return, or who is a member of its organisation, cannot review it. Checked here
// for a clear error; migration 0005's trigger refuses such a review in the database too.
import type { SessionUser } from '../env.ts';
import { ReturnsError } from './errors.ts';
import type { VersionRow } from './service.ts';

export function assertNotOwnReturn(reviewer: SessionUser, orgId: string, versions: readonly VersionRow[]): void {
  if (reviewer.orgIds.includes(orgId) || versions.some((v) => v.submittedByUserId === reviewer.id))
    throw new ReturnsError(403, 'own-return');
}
