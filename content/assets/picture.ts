// The national picture of community assets' maturity: for each standard of one version, how
// many assets are at each level (not yet, Foundation, Developing, Mature), for Wales, for each
// region and for each type of asset, with small numbers suppressed as in open data (counts of
// 1 to 4 are never shown, nor anything that would let one be worked out by subtraction).
//
// One linear table per standard: rows Wales, regions and asset types; columns the levels and
// the total. Every row adds up to its total, and the region rows and the type rows each add up
// to the Wales row, level by level: all of these are constraints of the one table passed to the
// shared suppression (primary, secondary and the exact linear audit), so every slice the
// national team or open data shows comes from ONE suppression result per standard.
// Region × type cross-tabulations are not published: with a few hundred assets nearly every
// cell would be 1 to 4.
import { type Constraint, type LinearTable, type SuppressionResult, suppress } from '../stats/suppress.ts';
import { MATURE_RANK, type StandardsCore } from './standards.ts';

/** One asset's latest submitted self-assessment, reduced to what the picture counts. */
export interface AssetLevels {
  region: string;
  assetType: string;
  standardsVersion: string;
  /** Level per standard id: 0 = not yet … 3 = Mature. */
  levels: Readonly<Record<string, number>>;
}

export interface Distribution {
  /** Count at each level 0..3; null = withheld. */
  levels: (number | null)[];
  total: number | null;
}
export interface StandardPicture {
  standardId: string;
  code: string;
  title: { cy: string; en: string };
  wales: Distribution;
  regions: Record<string, Distribution>;
  assetTypes: Record<string, Distribution>;
}
export interface NationalPicture {
  standardsVersion: string;
  /** Assets counted (made against this version, with a known region and type). */
  assets: number;
  standards: StandardPicture[];
  /** Cells withheld across all standards, by rule. */
  suppressed: { primary: number; secondary: number };
}

const LEVELS = Array.from({ length: MATURE_RANK + 1 }, (_, i) => i);
const WALES = 'wales';
const regionRow = (id: string) => `region:${id}`;
const typeRow = (id: string) => `type:${id}`;
const cell = (row: string, col: number | 'total') => `${row}|${col}`;

/** The linear table of one standard (exported for the disclosure audit in tests). */
export function standardTable(
  standardId: string,
  assets: readonly AssetLevels[],
  regions: readonly string[],
  assetTypes: readonly string[],
): LinearTable {
  const rows = [WALES, ...regions.map(regionRow), ...assetTypes.map(typeRow)];
  const cells = new Map<string, number>();
  for (const r of rows) for (const c of [...LEVELS, 'total' as const]) cells.set(cell(r, c), 0);
  const add = (id: string) => cells.set(id, cells.get(id)! + 1);
  for (const a of assets) {
    const level = a.levels[standardId];
    if (level === undefined || !Number.isInteger(level) || level < 0 || level > MATURE_RANK) continue;
    for (const r of [WALES, regionRow(a.region), typeRow(a.assetType)]) {
      add(cell(r, level));
      add(cell(r, 'total'));
    }
  }
  const constraints: Constraint[] = rows.map((r) => ({ total: cell(r, 'total'), parts: LEVELS.map((l) => cell(r, l)) }));
  for (const col of [...LEVELS, 'total' as const]) {
    constraints.push({ total: cell(WALES, col), parts: regions.map((x) => cell(regionRow(x), col)) });
    constraints.push({ total: cell(WALES, col), parts: assetTypes.map((x) => cell(typeRow(x), col)) });
  }
  return { cells, constraints };
}

function distribution(result: SuppressionResult, row: string): Distribution {
  return { levels: LEVELS.map((l) => result.cells.get(cell(row, l))!.value), total: result.cells.get(cell(row, 'total'))!.value };
}

/**
 * The suppressed picture for version `standards`, from each asset's latest submitted
 * assessment. Assets assessed against another version, or whose region or type is not in the
 * lists given, are left out (a table whose rows did not add up to Wales could disclose).
 */
export function nationalPicture(
  standards: StandardsCore,
  assets: readonly AssetLevels[],
  regions: readonly string[],
  assetTypes: readonly string[],
): NationalPicture {
  const known = new Set(regions);
  const types = new Set(assetTypes);
  const counted = assets.filter((a) => a.standardsVersion === standards.version && known.has(a.region) && types.has(a.assetType));
  const suppressed = { primary: 0, secondary: 0 };
  const out = standards.standards.map((s): StandardPicture => {
    const result = suppress(standardTable(s.id, counted, regions, assetTypes));
    suppressed.primary += result.counts.primary;
    suppressed.secondary += result.counts.secondary;
    return {
      standardId: s.id,
      code: s.code,
      title: s.title,
      wales: distribution(result, WALES),
      regions: Object.fromEntries(regions.map((r) => [r, distribution(result, regionRow(r))])),
      assetTypes: Object.fromEntries(assetTypes.map((t) => [t, distribution(result, typeRow(t))])),
    };
  });
  return { standardsVersion: standards.version, assets: counted.length, standards: out, suppressed };
}
