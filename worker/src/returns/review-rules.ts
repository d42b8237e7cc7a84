// Nobody reviews their own work (issue 13): a national analyst or admin who submitted any
// version of a return, or who is a member of its organisation, cannot review it. Checked here
// for a clear error; migration 0005's trigger refuses such a review in the database too.
import { ApiError } from '../lib/http.ts';
import type { VersionRow } from './queries.ts';

export function assertNotOwnReturn(
  reviewer: { id: string; orgIds: readonly string[] },
  orgId: string,
  versions: readonly VersionRow[],
): void {
  if (reviewer.orgIds.includes(orgId) || versions.some((v) => v.submittedByUserId === reviewer.id)) throw new ApiError(403, 'own-return');
}
