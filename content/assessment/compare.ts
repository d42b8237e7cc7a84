// Comparing two of a practitioner's assessments, and the supervisor's separate view.
// Pure functions shared by the Worker, the pages and the tests.
//
// Ranks are compared only between competencies with the same id. When the two assessments
// were made against different framework versions, the later one's structure leads; its
// competencies missing from the earlier one are "new", and the earlier one's competencies
// that the later version dropped are listed in `removed`.
import * as z from 'zod/mini';
import type { Text } from '../schema.ts';
import { type Assessment, allCompetencies, domainSummary, type FrameworkCore, maxRank } from './model.ts';

export type Move = 'up' | 'down' | 'same' | 'unrated';
export interface Side {
  framework: FrameworkCore;
  assessment: Assessment;
}

export const move = (before: number | undefined | null, after: number | undefined | null): Move =>
  before === undefined || before === null || after === undefined || after === null
    ? 'unrated'
    : after > before
      ? 'up'
      : after < before
        ? 'down'
        : 'same';

export interface CompetencyComparison {
  competencyId: string;
  code: string;
  title: Text;
  domainId: string;
  before: { held?: number; needed?: number } | null;
  after: { held?: number; needed?: number };
  held: Move;
  needed: Move;
}
export interface DomainComparison {
  domainId: string;
  code: string;
  title: Text;
  before: { meanHeld: number | null; meanNeeded: number | null } | null;
  after: { meanHeld: number | null; meanNeeded: number | null };
  held: Move;
  needed: Move;
}
export interface Comparison {
  sameVersion: boolean;
  domains: DomainComparison[];
  competencies: CompetencyComparison[];
  removed: { competencyId: string; code: string; title: Text }[];
  counts: Record<'up' | 'down' | 'same' | 'unrated', number>;
}

/** What moved between assessment `a` (earlier) and `b` (later), per domain and per competency. */
export function compareAssessments(a: Side, b: Side): Comparison {
  const aComps = new Set(allCompetencies(a.framework).map((c) => c.id));
  const bComps = new Set(allCompetencies(b.framework).map((c) => c.id));
  const competencies = allCompetencies(b.framework).map((c): CompetencyComparison => {
    const x = aComps.has(c.id) ? (a.assessment.answers[c.id] ?? {}) : null;
    const y = b.assessment.answers[c.id] ?? {};
    return {
      competencyId: c.id,
      code: c.code,
      title: c.title,
      domainId: c.domainId,
      before: x ? { held: x.held, needed: x.needed } : null,
      after: { held: y.held, needed: y.needed },
      held: move(x?.held, y.held),
      needed: move(x?.needed, y.needed),
    };
  });
  const aSum = new Map(domainSummary(a.framework, a.assessment).map((d) => [d.domainId, d]));
  const domains = domainSummary(b.framework, b.assessment).map((d): DomainComparison => {
    const p = aSum.get(d.domainId);
    const before = p ? { meanHeld: p.meanHeld, meanNeeded: p.meanNeeded } : null;
    return {
      domainId: d.domainId,
      code: d.code,
      title: d.title,
      before,
      after: { meanHeld: d.meanHeld, meanNeeded: d.meanNeeded },
      held: move(before?.meanHeld, d.meanHeld),
      needed: move(before?.meanNeeded, d.meanNeeded),
    };
  });
  const removed = allCompetencies(a.framework)
    .filter((c) => !bComps.has(c.id))
    .map((c) => ({ competencyId: c.id, code: c.code, title: c.title }));
  const counts = { up: 0, down: 0, same: 0, unrated: 0 };
  for (const c of competencies) counts[c.held]++;
  return { sameVersion: a.framework.version === b.framework.version, domains, competencies, removed, counts };
}

export const SUPERVISOR_COMMENT_MAX = 1000;

/** The supervisor's view: their own level for each competency (0 = "not yet"), with an optional comment. */
export function supervisorViewSchema(f: FrameworkCore) {
  const ids = new Set(allCompetencies(f).map((c) => c.id));
  const top = maxRank(f);
  return z.object({
    ratings: z.record(
      z.string().check(z.refine((id) => ids.has(id), { message: 'unknown competency' })),
      z.object({
        level: z.int().check(z.minimum(0), z.maximum(top)),
        comment: z.optional(z.string().check(z.maxLength(SUPERVISOR_COMMENT_MAX))),
      }),
    ),
  });
}
export type SupervisorRatings = z.infer<ReturnType<typeof supervisorViewSchema>>['ratings'];

/**
 * The practitioner's and the supervisor's levels side by side, one row per competency.
 * The two are never combined: each keeps its own value, and `agree` only says whether they match.
 */
export function sideBySide(f: FrameworkCore, a: Assessment, ratings: SupervisorRatings | null | undefined) {
  return allCompetencies(f).map((c) => {
    const own = a.answers[c.id]?.held;
    const sup = ratings?.[c.id];
    return {
      competencyId: c.id,
      code: c.code,
      title: c.title,
      domainId: c.domainId,
      practitioner: own ?? null,
      supervisor: sup?.level ?? null,
      comment: sup?.comment ?? null,
      agree: own === undefined || sup === undefined ? null : own === sup.level,
    };
  });
}
