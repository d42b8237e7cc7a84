// How complete a quarter's figures are: the completeness summary ("9 of 14 submitted") and
// whether totals rest on every expected return or only some (a quarter where 2 of 14 returns
// are accepted must not read as a fall in activity).
import type { ReturnStatus } from './status.ts';

export type StatusCounts = Record<ReturnStatus, number> & { late: number; total: number };

export interface CompletenessSummary {
  /** Organisations that have submitted at least once (waiting, returned or accepted). */
  submitted: number;
  total: number;
  accepted: number;
  waiting: number;
  returned: number;
  draft: number;
  notStarted: number;
  late: number;
}

/** The summary of one quarter's completeness counts. */
export function completenessSummary(c: StatusCounts): CompletenessSummary {
  return {
    submitted: c.submitted + c.returned + c.accepted,
    total: c.total,
    accepted: c.accepted,
    waiting: c.submitted,
    returned: c.returned,
    draft: c.draft,
    notStarted: c['not-started'],
    late: c.late,
  };
}

export interface Coverage {
  accepted: number;
  expected: number;
  /** Fewer returns accepted than expected: the totals are lower than the true figures. */
  incomplete: boolean;
}

/** Accepted returns against those expected (a total built on part of them is incomplete). */
export const coverage = (accepted: number, expected: number): Coverage => ({
  accepted,
  expected,
  incomplete: accepted < expected,
});

export type GroupBy = 'health-board' | 'region' | 'local-authority';
export interface OrgPlace {
  healthBoard: string;
  region: string;
  localAuthority: string | null;
}

/** The area an organisation counts in when totals are grouped `by`. */
export function groupOf(org: OrgPlace, by: GroupBy): string | null {
  if (by === 'health-board') return org.healthBoard;
  if (by === 'region') return org.region;
  return org.localAuthority;
}

/** How many organisations are expected to make a return in each area. */
export function expectedByGroup(orgs: readonly OrgPlace[], by: GroupBy): Map<string, number> {
  const counts = new Map<string, number>();
  for (const org of orgs) {
    const id = groupOf(org, by);
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
