// The national skills picture for national analysts: per competency, how many consented,
// anonymised ratings sit at each level, with every group of 1–4 withheld (also where it
// could be worked out by subtraction). See content/stats/skills.ts.

import { eq, sql } from 'drizzle-orm';
import { routes } from '../../../content/api/routes/index.ts';
import { allCompetencies, maxRank } from '../../../content/assessment/model.ts';
import { currentFramework, frameworkVersion, geography } from '../../../content/index.ts';
import { type ContributionCount, skillsNeeds } from '../../../content/stats/skills.ts';
import { skillsContributions } from '../../db/schema.ts';
import { requireRole } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { ApiError } from '../lib/http.ts';

const hbIds = geography.healthBoards.map((h) => h.id);

const r = routeModule();

r.openapi(guard(routes.skillsNeeds, requireRole('analyst')), async (c) => {
  const q = c.req.valid('query');
  const framework = q.frameworkVersion ? frameworkVersion(q.frameworkVersion) : currentFramework;
  if (!framework) throw new ApiError(404, 'not-found');
  const rows = await c
    .get('db')
    .select({
      competencyId: skillsContributions.competencyId,
      held: skillsContributions.held,
      healthBoard: skillsContributions.healthBoard,
      setting: skillsContributions.setting,
      count: sql<number>`SUM(${skillsContributions.count})`,
    })
    .from(skillsContributions)
    .where(eq(skillsContributions.frameworkVersion, framework.version))
    .groupBy(skillsContributions.competencyId, skillsContributions.held, skillsContributions.healthBoard, skillsContributions.setting);
  const counts: ContributionCount[] = rows.map((x) => ({ ...x, count: Number(x.count) }));
  const pick = (v: string | undefined) => (v === undefined || v === '' ? undefined : v === 'none' ? '' : v);
  const top = maxRank(framework);
  const { competencies } = skillsNeeds(
    allCompetencies(framework).map((x) => x.id),
    counts,
    {
      healthBoards: hbIds,
      top,
      healthBoard: pick(q.healthBoard),
      setting: pick(q.setting),
    },
  );
  return c.json(
    {
      frameworkVersion: framework.version,
      levels: Array.from({ length: top + 1 }, (_, i) => i),
      threshold: 5,
      healthBoard: q.healthBoard || null,
      setting: q.setting || null,
      competencies,
    },
    200,
  );
});

export default r;
