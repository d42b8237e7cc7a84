// An archived organisation is read-only everywhere (issue 13): its drafts, CSV uploads,
// submissions, reviews, API keys, memberships, invitations and details are never written again.
// Routes check first for a clear error; migration 0005's triggers refuse such writes anyway.
import { ApiError } from './http.ts';

export function assertNotArchived(org: { archivedAt: number | null }): void {
  if (org.archivedAt !== null) throw new ApiError(409, 'org-archived');
}
