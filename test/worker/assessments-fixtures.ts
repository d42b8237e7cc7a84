// Shared test data for the self-assessment worker tests.

import { type Assessment, allCompetencies, emptyAssessment } from '../../content/assessment/model.ts';
import { currentFramework } from '../../content/index.ts';

export const comps = allCompetencies(currentFramework);
/** A draft of the current framework with the first `n` competencies answered (held = i % 5). */
export function draft(n = comps.length, held = (i: number) => i % 5): Assessment {
  const a = emptyAssessment(currentFramework, new Date('2026-11-01T10:00:00Z'));
  comps.slice(0, n).forEach((c, i) => (a.answers[c.id] = { held: held(i), needed: 3, notes: `note ${i}` }));
  a.plan = [{ id: 'p1', action: 'Shadow a colleague', competencyIds: [comps[0]!.id], targetDate: '2027-02-01' }];
  return a;
}
