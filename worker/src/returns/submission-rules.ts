// Submitting consumes the draft revision (issue 13): a revision is submitted at most once, and a
// version never repeats the latest one. These checks give the caller a clear error before any
// write; migration 0005 makes the database enforce the same rules where requests race (a unique
// index on the revision, and triggers on a stale revision or a repeated version).

import { sameContent } from '../../../content/returns/status.ts';
import { ApiError } from '../lib/http.ts';
import type { ReturnRow, VersionRow } from './queries.ts';

type Draft = Pick<ReturnRow, 'draftValues' | 'draftExplanations'>;

/** Refuses a draft revision already submitted (409) and a draft identical to the latest version (422). */
export function assertNewSubmission(ret: Draft, versions: readonly VersionRow[], rev: number): void {
  if (versions.some((v) => v.draftRev === rev)) throw new ApiError(409, 'already-submitted');
  const latest = versions[versions.length - 1];
  if (latest && sameContent(ret, latest)) throw new ApiError(422, 'no-changes');
}
