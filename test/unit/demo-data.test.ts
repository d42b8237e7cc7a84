// The demo organisations sit in real places: every health board, with matching local authority and region.
import { describe, expect, it } from 'vitest';
import { geography } from '../../content/index.ts';
// @ts-expect-error plain .mjs without types
import { DEMO_ORGS, DEMO_USERS } from '../../scripts/demo-data.mjs';

type Org = { healthBoard: string; region: string; localAuthority: string; nameCy: string; nameEn: string };
describe('demo data', () => {
  it('has organisations in every health board, with consistent geography', () => {
    const orgs = DEMO_ORGS as Org[];
    expect(new Set(orgs.map((o) => o.healthBoard))).toEqual(new Set(geography.healthBoards.map((h) => h.id)));
    for (const o of orgs) {
      const hb = geography.healthBoards.find((h) => h.id === o.healthBoard)!;
      expect(o.region, o.nameEn).toBe(hb.region);
      expect(geography.localAuthorities.find((l) => l.id === o.localAuthority)?.healthBoard, o.nameEn).toBe(hb.id);
      expect(o.nameCy).not.toBe(o.nameEn);
    }
  });
  it('has one user for each role', () => {
    expect((DEMO_USERS as { role: string }[]).map((u) => u.role).sort()).toEqual(['admin', 'analyst', 'practitioner', 'submitter']);
  });
});
