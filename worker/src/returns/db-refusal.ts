// The database's refusals (triggers, unique indexes) as API errors.
import { refusalText } from '../lib/held-checks.ts';
import { ApiError } from '../lib/http.ts';

/** The API error for a refusal by a trigger or a unique index; null for anything else (rethrow it). */
export function dbRefusal(err: unknown): ApiError | null {
  const msg = refusalText(err);
  if (msg.includes('period-locked')) return new ApiError(423, 'period-locked');
  if (msg.includes('draft-conflict')) return new ApiError(409, 'draft-conflict');
  if (msg.includes('no-changes')) return new ApiError(422, 'no-changes');
  if (msg.includes('own-return')) return new ApiError(403, 'own-return');
  if (msg.includes('org-archived')) return new ApiError(409, 'org-archived');
  // A review of a version that is no longer the latest (migration 0007).
  if (msg.includes('already-reviewed')) return new ApiError(409, 'already-reviewed');
  // A second version from one draft revision (return_versions_draft_rev_uq).
  if (msg.includes('UNIQUE constraint failed') && msg.includes('draft_rev')) return new ApiError(409, 'already-submitted');
  if (msg.includes('UNIQUE constraint failed')) return new ApiError(409, 'conflict');
  return null;
}
