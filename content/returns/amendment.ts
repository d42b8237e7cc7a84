// When a resubmission asks for the reason for the amendment: after the national team has
// returned or accepted the return. The Worker insists on a reason once a version has been
// accepted (an accepted figure may already be published); the pages ask for it after a
// return for amendment too, so that the reviewer reads what changed and why.

export type AmendmentOf = 'returned' | 'accepted' | null;

/** Versions oldest first, each with its review if it has one. */
export function amendmentOf(versions: readonly { review?: { decision: 'accepted' | 'returned' } | undefined }[]): AmendmentOf {
  if (versions.some((v) => v.review?.decision === 'accepted')) return 'accepted';
  return versions[versions.length - 1]?.review?.decision === 'returned' ? 'returned' : null;
}
