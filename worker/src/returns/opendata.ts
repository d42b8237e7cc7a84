// Open data from the database: the latest accepted version of every return, summed by region,
// through buildOpenData (suppression of 1–4, codes c/p/r/x). Periods not yet locked are
// provisional (p); a figure accepted after the period was first published (first lock) that
// replaced an earlier accepted figure is a revision (r).

import { geography } from '../../../content/index.ts';
import { countFields, latestAccepted } from '../../../content/returns/status.ts';
import { type AcceptedValue, buildOpenData } from '../../../content/stats/opendata.ts';
import { openDataReleases, organisations, periods } from '../../db/schema.ts';
import { type Db, loadAll } from './queries.ts';

export async function openDataFromDb(db: Db) {
  const [ps, orgs, releases, loaded] = await Promise.all([
    db.select().from(periods),
    db.select().from(organisations),
    db.select().from(openDataReleases),
    loadAll(db),
  ]);
  const regionOf = new Map(orgs.map((o) => [o.id, o.region]));
  const regionIds = new Set(geography.regions.map((r) => r.id));
  const counts = countFields();
  const input: AcceptedValue[] = [];
  for (const l of loaded.values()) {
    const region = regionOf.get(l.ret!.orgId);
    if (!region || !regionIds.has(region)) continue;
    const v = latestAccepted(l);
    if (!v) continue;
    const acceptedBefore = l.versions.some((x) => x.version < v.version && l.reviews.get(x.id)?.decision === 'accepted');
    const reviewedAt = l.reviews.get(v.id)!.createdAt;
    for (const f of counts) {
      const x = v.values[f];
      if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) continue;
      input.push({
        periodId: l.ret!.periodId,
        region,
        field: f,
        value: x,
        status: 'accepted',
        ...(acceptedBefore ? { revisedAt: new Date(reviewedAt).toISOString(), revisionNote: v.amendmentReason } : {}),
      });
    }
  }
  const firstPublished = Object.fromEntries(releases.map((r) => [r.periodId, new Date(r.firstPublishedAt).toISOString()]));
  const openPeriods = ps.filter((p) => p.lockedAt === null).map((p) => p.id);
  return buildOpenData(input, { openPeriods, firstPublished });
}
