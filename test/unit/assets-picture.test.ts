import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssetLevels, nationalPicture, standardTable } from '../../content/assets/picture.ts';
import { standardsCoreOf } from '../../content/assets/standards.ts';
import { assetTypes, currentStandards, geography } from '../../content/index.ts';
import { auditDisclosure, suppress } from '../../content/stats/suppress.ts';

const core = standardsCoreOf(currentStandards);
const regions = geography.regions.map((r) => r.id);
const types = assetTypes.map((t) => t.id);
const first = core.standards[0]!.id;

/** `n` assets in one region and type, all at `level` on every standard. */
const many = (n: number, region: string, assetType: string, level: number): AssetLevels[] =>
  Array.from({ length: n }, () => ({
    region,
    assetType,
    standardsVersion: core.version,
    levels: Object.fromEntries(core.standards.map((s) => [s.id, level])),
  }));

describe('national picture of asset maturity', () => {
  it('counts assets per level for Wales, regions and types, showing counts of 5 or more', () => {
    const assets = [...many(10, 'gwent', 'charity', 2), ...many(6, 'powys', 'charity', 2), ...many(7, 'gwent', 'community-group', 1)];
    const p = nationalPicture(core, assets, regions, types);
    expect(p.assets).toBe(23);
    const s = p.standards.find((x) => x.standardId === first)!;
    expect(s.wales).toEqual({ levels: [0, 7, 16, 0], total: 23 });
    expect(s.regions.gwent).toEqual({ levels: [0, 7, 10, 0], total: 17 });
    expect(s.regions.powys).toEqual({ levels: [0, 0, 6, 0], total: 6 });
    expect(s.assetTypes.charity).toEqual({ levels: [0, 0, 16, 0], total: 16 });
    expect(s.regions['north-wales']).toEqual({ levels: [0, 0, 0, 0], total: 0 });
    expect(p.suppressed).toEqual({ primary: 0, secondary: 0 });
  });

  it('withholds 1–4 and whatever would reveal them by subtraction', () => {
    const assets = [...many(12, 'gwent', 'charity', 2), ...many(3, 'powys', 'charity', 2), ...many(9, 'west-wales', 'charity', 2)];
    const s = nationalPicture(core, assets, regions, types).standards[0]!;
    expect(s.regions.powys!.levels[2]).toBeNull();
    expect(s.regions.powys!.total).toBeNull();
    // Wales is 24 and Gwent 12, so West Wales (9) must be withheld too, or 24 − 12 − 9 = 3.
    expect(s.regions['west-wales']!.levels[2]).toBeNull();
    expect(s.wales.total).toBe(24);
  });

  it('leaves out assets of another version or an unknown region or type', () => {
    const other = many(5, 'gwent', 'charity', 1).map((a) => ({ ...a, standardsVersion: '0.9' }));
    const p = nationalPicture(core, [...other, ...many(5, 'atlantis', 'charity', 1), ...many(5, 'gwent', 'castle', 1)], regions, types);
    expect(p.assets).toBe(0);
  });

  it('never publishes a small count or one that can be worked out (property test with the exact audit)', () => {
    const asset = fc.record({
      region: fc.constantFrom(...regions),
      assetType: fc.constantFrom(...types),
      level: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(asset, { maxLength: 60 }), (xs) => {
        const assets = xs.map((x) => ({
          region: x.region,
          assetType: x.assetType,
          standardsVersion: core.version,
          levels: { [first]: x.level },
        }));
        const table = standardTable(first, assets, regions, types);
        const audit = auditDisclosure(table, suppress(table));
        expect(audit.problems).toEqual([]);
        const s = nationalPicture({ ...core, standards: [core.standards[0]!] }, assets, regions, types).standards[0]!;
        for (const d of [s.wales, ...Object.values(s.regions), ...Object.values(s.assetTypes)])
          for (const v of [...d.levels, d.total]) expect(v === null || v === 0 || v >= 5).toBe(true);
      }),
      { numRuns: 40, seed: 16 },
    );
  });
});
