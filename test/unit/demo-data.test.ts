// The demo organisations sit in real places: every health board, with matching local authority and region.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AssetParams } from '../../content/api/schemas/assets.ts';
import { activityTypes, assetTypes, geography } from '../../content/index.ts';
// @ts-expect-error plain .mjs without types
import { DEMO_ASSETS, DEMO_ORGS, DEMO_USERS } from '../../scripts/demo-data.mjs';

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
  it('gives community assets ids the API’s routes accept (RFC 9562 UUIDs), unlike any user’s', () => {
    const ids = (DEMO_ASSETS as { id: string }[]).map((a) => a.id);
    for (const assetId of ids) expect(AssetParams.safeParse({ assetId }).success, assetId).toBe(true);
    const users = new Set((DEMO_USERS as { id: string }[]).map((u) => u.id));
    expect(ids.filter((id) => users.has(id))).toEqual([]);
  });
  it('has one user for each role', () => {
    expect((DEMO_USERS as { role: string }[]).map((u) => u.role).sort()).toEqual([
      'admin',
      'analyst',
      'community-group',
      'practitioner',
      'submitter',
    ]);
  });
  it('has community assets in real places, with real types and activities, in every state the register knows', () => {
    const assets = DEMO_ASSETS as {
      id: string;
      localAuthority: string;
      type: string;
      activityTypes: string[];
      nameCy: string;
      nameEn: string;
      plan: string[];
    }[];
    for (const a of assets) {
      expect(
        geography.localAuthorities.some((l) => l.id === a.localAuthority),
        a.nameEn,
      ).toBe(true);
      expect(
        assetTypes.some((t) => t.id === a.type),
        a.nameEn,
      ).toBe(true);
      for (const id of a.activityTypes)
        expect(
          activityTypes.some((t) => t.id === id),
          `${a.nameEn}: ${id}`,
        ).toBe(true);
      expect(a.nameCy).not.toBe(a.nameEn);
      // The API takes only RFC 9562 UUIDs in its paths (zod's uuid): the demo assets must be reachable.
      expect(z.uuid().safeParse(a.id).success, `${a.nameEn}: ${a.id}`).toBe(true);
    }
    const plans = new Set(assets.flatMap((a) => a.plan));
    for (const p of ['published', 'peer-reviewed', 'withdrawn', 'draft']) expect(plans).toContain(p);
  });
});
