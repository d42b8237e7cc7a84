// The national skills picture: consented, anonymised counts of held levels per competency,
// published with small-number suppression (suppress.ts).
//
// WHAT IS PUBLISHED for one framework version (and optional quarter range): per competency,
// the number of ratings at each held level (0 = "not yet" .. top rank) and their total, for
//   - Wales,
//   - each health board (and "not given"),
//   - each setting (and "not given").
// A query with ?healthBoard= or ?setting= returns one row of that same published table, so
// every caller sees slices of ONE suppression result per competency, and nothing can be
// worked out by subtracting one answer from another. The health-board rows and the setting
// rows both add up to the Wales row, and every row adds up to its total: all of these are
// constraints of the one linear table passed to `suppress`, so secondary suppression runs
// across the levels of a competency, across health boards and across settings at once.
// (Health board × setting cross-tabulations are not published.)

import { SKILLS_SETTINGS } from '../platform.ts';
import { auditDisclosure, type Constraint, type LinearTable, type SuppressionResult, suppress } from './suppress.ts';

export const NOT_GIVEN = '';
export interface ContributionCount {
  competencyId: string;
  held: number;
  healthBoard: string; // '' = not given
  setting: string; // '' = not given
  count: number;
}

const WALES = 'wales';
const hbRow = (hb: string) => `hb:${hb || '-'}`;
const setRow = (s: string) => `set:${s || '-'}`;
const cell = (row: string, col: number | 'total') => `${row}|${col}`;

/** The linear table of one competency: rows (Wales, health boards, settings) × levels 0..top, with totals. */
export function competencyTable(counts: readonly ContributionCount[], healthBoards: readonly string[], top: number): LinearTable {
  const levels = Array.from({ length: top + 1 }, (_, i) => i);
  const hbs = [...healthBoards, NOT_GIVEN];
  const sets = [...SKILLS_SETTINGS, NOT_GIVEN] as string[];
  const rows = [WALES, ...hbs.map(hbRow), ...sets.map(setRow)];
  const cells = new Map<string, number>();
  for (const r of rows) {
    for (const l of levels) cells.set(cell(r, l), 0);
    cells.set(cell(r, 'total'), 0);
  }
  const add = (id: string, n: number) => cells.set(id, cells.get(id)! + n);
  for (const c of counts) {
    if (c.held < 0 || c.held > top) continue;
    const hb = hbs.includes(c.healthBoard) ? c.healthBoard : NOT_GIVEN;
    const st = sets.includes(c.setting) ? c.setting : NOT_GIVEN;
    for (const r of [WALES, hbRow(hb), setRow(st)]) {
      add(cell(r, c.held), c.count);
      add(cell(r, 'total'), c.count);
    }
  }
  const constraints: Constraint[] = [];
  for (const r of rows) constraints.push({ total: cell(r, 'total'), parts: levels.map((l) => cell(r, l)) });
  for (const col of [...levels, 'total' as const]) {
    constraints.push({ total: cell(WALES, col), parts: hbs.map((h) => cell(hbRow(h), col)) });
    constraints.push({ total: cell(WALES, col), parts: sets.map((s) => cell(setRow(s), col)) });
  }
  return { cells, constraints };
}

export interface Distribution {
  /** Count at each held level 0..top; null = withheld ("c"). */
  levels: (number | null)[];
  total: number | null;
}
export interface CompetencyNeeds {
  competencyId: string;
  wales: Distribution;
  healthBoard?: Distribution;
  setting?: Distribution;
}

function distribution(result: SuppressionResult, row: string, top: number): Distribution {
  return {
    levels: Array.from({ length: top + 1 }, (_, l) => result.cells.get(cell(row, l))!.value),
    total: result.cells.get(cell(row, 'total'))!.value,
  };
}

export type SuppressedTable = { competencyId: string; table: LinearTable; result: SuppressionResult };

/** Each competency's table, suppressed once: every slice a caller asks for is read from these. */
export function suppressedTables(
  competencyIds: readonly string[],
  counts: readonly ContributionCount[],
  opts: { healthBoards: readonly string[]; top: number },
): SuppressedTable[] {
  const byCompetency = new Map<string, ContributionCount[]>(competencyIds.map((id) => [id, []]));
  for (const c of counts) byCompetency.get(c.competencyId)?.push(c);
  return competencyIds.map((id) => {
    const table = competencyTable(byCompetency.get(id) ?? [], opts.healthBoards, opts.top);
    return { competencyId: id, table, result: suppress(table) };
  });
}

/** The published distributions of suppressed tables; `healthBoard`/`setting` pick which extra rows to return. */
export function distributionsOf(
  tables: readonly SuppressedTable[],
  opts: { top: number; healthBoard?: string; setting?: string },
): CompetencyNeeds[] {
  return tables.map(({ competencyId, result }) => {
    const out: CompetencyNeeds = { competencyId, wales: distribution(result, WALES, opts.top) };
    if (opts.healthBoard !== undefined) out.healthBoard = distribution(result, hbRow(opts.healthBoard), opts.top);
    if (opts.setting !== undefined) out.setting = distribution(result, setRow(opts.setting), opts.top);
    return out;
  });
}

/** Suppressed distributions for each competency; `filter` picks which extra rows to return. */
export function skillsNeeds(
  competencyIds: readonly string[],
  counts: readonly ContributionCount[],
  opts: { healthBoards: readonly string[]; top: number; healthBoard?: string; setting?: string },
): { competencies: CompetencyNeeds[]; tables: SuppressedTable[] } {
  const tables = suppressedTables(competencyIds, counts, opts);
  return { competencies: distributionsOf(tables, opts), tables };
}

export { auditDisclosure };
