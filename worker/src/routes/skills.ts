// The national skills picture for national analysts: per competency, how many consented,
// anonymised ratings sit at each level, with every group of 1–4 withheld (also where it
// could be worked out by subtraction). See content/stats/skills.ts.

import { routes } from '../../../content/api/routes/index.ts';
import { allCompetencies, maxRank } from '../../../content/assessment/model.ts';
import { currentFramework, frameworkVersion, geography } from '../../../content/index.ts';
import { type ContributionCount, distributionsOf, type SuppressedTable, suppressedTables } from '../../../content/stats/skills.ts';
import { requireRole } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { ApiError } from '../lib/http.ts';

const hbIds = geography.healthBoards.map((h) => h.id);

/**
 * The suppressed tables of each framework version, for the state of the counts they were made
 * from (skills_state, moved by the triggers of migration 0013). Suppression is exact rational
 * arithmetic over every competency (tens of milliseconds), so an isolate keeps its last answer
 * and recomputes only when the counts have changed since: never a stale picture.
 */
const computed = new Map<string, { state: number; tables: SuppressedTable[] }>();

type TotalRow = { competency_id: string; held: number; health_board: string; setting: string; count: number };

/**
 * One round trip: the counter, and the totals only when they differ from what this isolate
 * already suppressed (the second query answers nothing when the state is the one it knows).
 *   SEARCH skills_totals USING PRIMARY KEY (framework_version=?)
 */
async function tablesFor(d1: D1DatabaseSession, framework: Parameters<typeof allCompetencies>[0]) {
  const known = computed.get(framework.version);
  const [state, totals] = await d1.batch([
    d1.prepare('SELECT version FROM skills_state WHERE id = 1'),
    d1
      .prepare(
        `SELECT competency_id, held, health_board, setting, count FROM skills_totals
         WHERE framework_version = ?1 AND count > 0 AND (SELECT version FROM skills_state WHERE id = 1) IS NOT ?2`,
      )
      .bind(framework.version, known?.state ?? null),
  ]);
  const version = (state!.results[0] as { version: number } | undefined)?.version ?? 0;
  if (known && known.state === version) return known.tables;
  const counts: ContributionCount[] = (totals!.results as TotalRow[]).map((x) => ({
    competencyId: x.competency_id,
    held: x.held,
    healthBoard: x.health_board,
    setting: x.setting,
    count: x.count,
  }));
  const tables = suppressedTables(
    allCompetencies(framework).map((x) => x.id),
    counts,
    { healthBoards: hbIds, top: maxRank(framework) },
  );
  computed.set(framework.version, { state: version, tables });
  return tables;
}

const r = routeModule();

r.openapi(guard(routes.skillsNeeds, requireRole('analyst')), async (c) => {
  const q = c.req.valid('query');
  const framework = q.frameworkVersion ? frameworkVersion(q.frameworkVersion) : currentFramework;
  if (!framework) throw new ApiError(404, 'not-found');
  const tables = await tablesFor(c.get('d1'), framework);
  const pick = (v: string | undefined) => (v === undefined || v === '' ? undefined : v === 'none' ? '' : v);
  const top = maxRank(framework);
  const competencies = distributionsOf(tables, { top, healthBoard: pick(q.healthBoard), setting: pick(q.setting) });
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
