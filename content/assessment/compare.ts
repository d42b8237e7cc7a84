// Comparing two of a practitioner's assessments, and the supervisor's separate view.
// Pure functions shared by the Worker, the pages and the tests.
//
// Ranks are compared only between competencies with the same id. When the two assessments
// were made against different framework versions, the later one's structure leads; its
// competencies missing from the earlier one are "new", and the earlier one's competencies
// that the later version dropped are listed in `removed`.
//
// The movement rules and the reviewer's side-by-side view are the shared engine's (engine-compare.ts).
import type { Text } from '../schema.ts';
import { compareRated, type Move, move, sideBySideRows } from './engine-compare.ts';
import { type Assessment, allCompetencies, domainSummary, type FrameworkCore } from './model.ts';
import type { SupervisorRatings } from './record.ts';

export type { SupervisorRatings };

export { type Move, move };
export interface Side {
  framework: FrameworkCore;
  assessment: Assessment;
}

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
  const rated = (s: Side) => ({
    version: s.framework.version,
    criteria: allCompetencies(s.framework),
    level: (id: string) => s.assessment.answers[id]?.held,
  });
  const held = compareRated(rated(a), rated(b));
  const competencies = allCompetencies(b.framework).map((c, i): CompetencyComparison => {
    const x = aComps.has(c.id) ? (a.assessment.answers[c.id] ?? {}) : null;
    const y = b.assessment.answers[c.id] ?? {};
    return {
      competencyId: c.id,
      code: c.code,
      title: c.title,
      domainId: c.domainId,
      before: x ? { held: x.held, needed: x.needed } : null,
      after: { held: y.held, needed: y.needed },
      held: held.criteria[i]!.move,
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
  const removed = held.removed.map((c) => ({ competencyId: c.criterionId, code: c.code, title: c.title }));
  return { sameVersion: held.sameVersion, domains, competencies, removed, counts: held.counts };
}

// Defined beside the other field limits, so that reading a draft never loads this module.
export { SUPERVISOR_COMMENT_MAX } from './model.ts';

/**
 * The practitioner's and the supervisor's levels side by side, one row per competency.
 * The two are never combined: each keeps its own value, and `agree` only says whether they match.
 */
export function sideBySide(f: FrameworkCore, a: Assessment, ratings: SupervisorRatings | null | undefined) {
  const comps = allCompetencies(f);
  return sideBySideRows(comps, (id) => a.answers[id]?.held, ratings).map((r, i) => ({
    competencyId: r.criterionId,
    code: r.code,
    title: r.title,
    domainId: comps[i]!.domainId,
    practitioner: r.own,
    supervisor: r.reviewer,
    comment: r.comment,
    agree: r.agree,
  }));
}
