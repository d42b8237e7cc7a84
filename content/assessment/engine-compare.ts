// The engine's comparisons (engine.ts is the rest): what moved between two assessments of the
// same kind, and an assessor's levels beside a reviewer's. Apart from engine.ts so that the
// pages that compare nothing (a results page) never load them.
import type { Text } from '../schema.ts';
import type { Criterion } from './engine.ts';

// ------------------------------------------------------------------ comparison over time
export type Move = 'up' | 'down' | 'same' | 'unrated';

export const move = (before: number | undefined | null, after: number | undefined | null): Move =>
  before === undefined || before === null || after === undefined || after === null
    ? 'unrated'
    : after > before
      ? 'up'
      : after < before
        ? 'down'
        : 'same';

/** One side of a comparison: the criteria of its version and the level of each answered one. */
export interface RatedSide {
  version: string;
  criteria: readonly Criterion[];
  level: (criterionId: string) => number | undefined;
}
export interface CriterionMove {
  criterionId: string;
  code: string;
  title: Text;
  /** null when the criterion is not in the earlier side's version. */
  before: number | undefined | null;
  after: number | undefined;
  move: Move;
}

/**
 * What moved between an earlier and a later assessment. Levels are compared only between
 * criteria with the same id; the later side's structure leads, its criteria missing from the
 * earlier one are new (before = null), and the earlier one's criteria that the later version
 * dropped are listed in `removed`.
 */
export function compareRated(a: RatedSide, b: RatedSide) {
  const aIds = new Set(a.criteria.map((c) => c.id));
  const bIds = new Set(b.criteria.map((c) => c.id));
  const criteria = b.criteria.map((c): CriterionMove => {
    const before = aIds.has(c.id) ? a.level(c.id) : null;
    const after = b.level(c.id);
    return { criterionId: c.id, code: c.code, title: c.title, before, after, move: move(before, after) };
  });
  const removed = a.criteria.filter((c) => !bIds.has(c.id)).map((c) => ({ criterionId: c.id, code: c.code, title: c.title }));
  const counts = { up: 0, down: 0, same: 0, unrated: 0 };
  for (const c of criteria) counts[c.move]++;
  return { sameVersion: a.version === b.version, criteria, removed, counts };
}

// ------------------------------------------------------------------ a reviewer's separate view
export type ReviewRatings = Record<string, { level: number; comment?: string }>;

/**
 * The assessor's own level and the reviewer's, side by side, one row per criterion. The two
 * are never combined: each keeps its own value, and `agree` only says whether they match.
 */
export function sideBySideRows(
  criteria: readonly Criterion[],
  own: (criterionId: string) => number | undefined,
  ratings: ReviewRatings | null | undefined,
) {
  return criteria.map((c) => {
    const mine = own(c.id);
    const theirs = ratings?.[c.id];
    return {
      criterionId: c.id,
      code: c.code,
      title: c.title,
      own: mine ?? null,
      reviewer: theirs?.level ?? null,
      comment: theirs?.comment ?? null,
      agree: mine === undefined || theirs === undefined ? null : mine === theirs.level,
    };
  });
}
