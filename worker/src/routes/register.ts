// The public register of community assets (anyone, no sign-in; published entries only), its
// CSV, the HSDS-style API and HSDS downloads, and the suppressed national picture. Every read
// is one round trip over the derived rows of migration 0008; the downloads carry an ETag
// from the register's version and may be cached publicly, so a directory that polls them
// gets a 304 until consent changes.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { routes } from '../../../content/api/routes/index.ts';
import { nationalPicture } from '../../../content/assets/picture.ts';
import { filterRegister, registerCsv, publishedEntries as sorted } from '../../../content/assets/register.ts';
import { queryWords } from '../../../content/assets/search.ts';
import { hsdsId } from '../../../content/hsds/ids.ts';
import { registerToHsds } from '../../../content/hsds/register.ts';
import { type HsdsTableName, registerToHsdsTables } from '../../../content/hsds/tables.ts';
import { assetTypes, currentStandards, geography } from '../../../content/index.ts';
import type { Lang } from '../../../content/schema.ts';
import { assetAssessments, assetPictureState, assets } from '../../db/schema.ts';
import { entryByServiceId, publishedEntries } from '../assets/register.ts';
import type { AppEnv } from '../env.ts';
import type { Db } from '../lib/actor.ts';
import { requireRole } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { literal } from '../lib/drizzle.ts';
import { ApiError } from '../lib/http.ts';

const g = routeModule();
/** Directories poll the downloads: five minutes of shared caching, then revalidation by ETag. */
const PUBLIC_CACHE = 'public, max-age=300, must-revalidate';

const etagOf = (version: number, kind: string, lang: Lang) => `"register-${version}-${kind}-${lang}"`;
/** True when the caller's copy is current (If-None-Match), so the answer is a bare 304. */
function fresh(c: Context<AppEnv>, etag: string) {
  const inm = c.req.header('If-None-Match');
  return inm !== undefined && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
const cacheHeaders = (etag: string) => ({ ETag: etag, 'Cache-Control': PUBLIC_CACHE, Vary: 'Accept-Language' });

g.openapi(guard(routes.registerList), async (c) => {
  const q = c.req.valid('query');
  const lang = q.lang ?? c.get('lang');
  if (q.standard !== undefined && !currentStandards.standards.some((s) => s.id === q.standard))
    throw new ApiError(400, 'validation', {}, [{ field: 'standard', key: 'error.field.choice' }]);
  const { entries } = await publishedEntries(c.get('db'), queryWords(q.q ?? ''));
  const found = filterRegister(
    entries,
    {
      localAuthority: q.la,
      healthBoard: q.hb,
      activityType: q.activity,
      assetType: q.type,
      standard: q.standard,
      minLevel: q.minLevel,
      peerReviewed: q.peerReviewed === undefined ? undefined : q.peerReviewed === 'true',
    },
    lang,
  );
  const perPage = q.perPage ?? 20;
  const page = q.page ?? 1;
  return c.json(
    {
      lang,
      totalItems: found.length,
      page,
      perPage,
      totalPages: Math.max(1, Math.ceil(found.length / perPage)),
      entries: found.slice((page - 1) * perPage, page * perPage),
    },
    200,
  );
});

g.openapi(guard(routes.registerCsv), async (c) => {
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const { version, entries } = await publishedEntries(c.get('db'));
  const etag = etagOf(version, 'csv', lang);
  if (fresh(c, etag)) return c.body(null, 304, cacheHeaders(etag));
  const name = lang === 'cy' ? 'cofrestr-asedau-cymunedol' : 'community-assets-register';
  return c.body(`\uFEFF${registerCsv(entries, lang)}`, 200, {
    ...cacheHeaders(etag),
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}.csv"`,
  });
});

// ------------------------------------------------------------------ HSDS
g.openapi(guard(routes.hsdsServices), async (c) => {
  const q = c.req.valid('query');
  const lang = q.lang ?? c.get('lang');
  const perPage = q.per_page ?? 50;
  const page = q.page ?? 1;
  const all = sorted((await publishedEntries(c.get('db'))).entries, lang);
  // Only this page's entries are mapped to HSDS.
  const contents = registerToHsds(all.slice((page - 1) * perPage, page * perPage), { lang }).services;
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  return c.json(
    {
      total_items: all.length,
      total_pages: totalPages,
      page_number: page,
      size: contents.length,
      first_page: page === 1,
      last_page: page >= totalPages,
      empty: contents.length === 0,
      contents,
    },
    200,
  );
});

g.openapi(guard(routes.hsdsService), async (c) => {
  const { id } = c.req.valid('param');
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const entry = await entryByServiceId(c.get('db'), id);
  const service = entry ? registerToHsds([entry], { lang }).services[0] : undefined;
  if (!service || service.id !== hsdsId('service', entry!.assetId)) throw new ApiError(404, 'not-found');
  return c.json(service, 200);
});

g.openapi(guard(routes.hsdsTaxonomies), async (c) => {
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const { taxonomies } = registerToHsds((await publishedEntries(c.get('db'))).entries, { lang });
  return c.json({ contents: taxonomies.map((t) => t.taxonomy) }, 200);
});

g.openapi(guard(routes.hsdsTaxonomyTerms), async (c) => {
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const { taxonomies } = registerToHsds((await publishedEntries(c.get('db'))).entries, { lang });
  return c.json({ contents: taxonomies.flatMap((t) => t.terms) }, 200);
});

g.openapi(guard(routes.hsdsJson), async (c) => {
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const { version, entries } = await publishedEntries(c.get('db'));
  const etag = etagOf(version, 'hsds', lang);
  if (fresh(c, etag)) return c.body(null, 304, cacheHeaders(etag));
  const { services, taxonomies } = registerToHsds(entries, { lang });
  return c.json({ services, taxonomies: taxonomies.map((t) => t.taxonomy), taxonomy_terms: taxonomies.flatMap((t) => t.terms) }, 200, {
    ...cacheHeaders(etag),
    'Content-Disposition': `attachment; filename="hsds-${lang}.json"`,
  });
});

g.openapi(guard(routes.hsdsTable), async (c) => {
  const table = c.req.valid('param').table as HsdsTableName;
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const { version, entries } = await publishedEntries(c.get('db'));
  const etag = etagOf(version, table, lang);
  if (fresh(c, etag)) return c.body(null, 304, cacheHeaders(etag));
  return c.body(registerToHsdsTables(entries, { lang })[table], 200, {
    ...cacheHeaders(etag),
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${table.replace(/\.csv$/, '')}-${lang}.csv"`,
  });
});

// ------------------------------------------------------------------ the national picture
// A function of each active asset's latest submitted self-assessment, counted by
// asset_picture_state (moved by migration 0015's triggers in the same statement as every
// change). An isolate keeps the picture it built; each request sends the counter with the reads,
// which start from the counter's row (CROSS JOIN keeps it the outer loop) and so read nothing
// more while it is the one this isolate built from: one round trip, the counter's row read
// twice, whatever the number of assets. (The worker tests reset D1 inside one isolate, where the counter starts
// again: there nothing is kept.)
let kept: { state: number; picture: ReturnType<typeof nationalPicture> } | null = null;

/**
 * Each active asset's latest submitted self-assessment, unless the counter is `known`.
 *   SEARCH asset_picture_state USING INTEGER PRIMARY KEY (rowid=?)
 *   SCAN asset_assessments; SEARCH assets USING INDEX sqlite_autoindex_assets_1 (id=?);
 *   CORRELATED SCALAR SUBQUERY: SEARCH s2 USING INDEX asset_assessments_asset_idx (asset_id=?)
 */
function assetLevelsUnless(db: Db, known: number | null) {
  return db
    .select({
      region: assets.region,
      assetType: assets.type,
      standardsVersion: assetAssessments.standardsVersion,
      data: assetAssessments.data,
    })
    .from(assetPictureState)
    .crossJoin(assetAssessments)
    .innerJoin(assets, eq(assets.id, assetAssessments.assetId))
    .where(
      and(
        eq(assetPictureState.id, 1),
        sql`${assetPictureState.version} IS NOT ${known}`,
        isNull(assets.archivedAt),
        eq(assetAssessments.status, literal('submitted')),
        sql`${assetAssessments.submittedAt} = (SELECT MAX(s2.submitted_at) FROM asset_assessments s2 WHERE s2.asset_id = ${assets.id} AND s2.status = 'submitted')`,
      ),
    );
}

async function picture(c: Context<AppEnv>) {
  const db = c.get('db');
  const keep = c.env.ENVIRONMENT !== 'test';
  const known = keep && kept ? kept.state : null;
  const [[head], rows] = await db.batch([
    db.select({ version: assetPictureState.version }).from(assetPictureState).where(eq(assetPictureState.id, 1)),
    assetLevelsUnless(db, known),
  ]);
  const state = head?.version ?? 0;
  if (kept && known === state) return kept.picture;
  const levels = rows.map((r) => {
    const answers = (JSON.parse(r.data) as { answers?: Record<string, { level?: number }> }).answers ?? {};
    const levels: Record<string, number> = {};
    for (const [id, a] of Object.entries(answers)) if (a.level !== undefined) levels[id] = a.level;
    return { region: r.region, assetType: r.assetType, standardsVersion: r.standardsVersion, levels };
  });
  const built = nationalPicture(
    currentStandards,
    levels,
    geography.regions.map((r) => r.id),
    assetTypes.map((t) => t.id),
  );
  if (keep) kept = { state, picture: built };
  return built;
}

g.openapi(guard(routes.assetsPicture, requireRole('analyst')), async (c) => c.json(await picture(c), 200));
g.openapi(guard(routes.assetsPictureOpenData), async (c) => c.json(await picture(c), 200));

export default g;
