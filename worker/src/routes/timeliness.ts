// Timeliness. The national team's view (analyst; admin includes analyst): one quarter by
// organisation and region, the on-time rate over time, and who has not started a week before a
// due date. The public transparency data: which organisations returned on time, late or not at
// all (status only: no figure of any return is read), and the on-time rate of every quarter,
// with an ETag and public caching like open data. Each is one batch of reads
// (returns/timeliness.ts), so with the caller's lookup two round trips.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import Papa from 'papaparse';
import type { z } from 'zod';
import { routes } from '../../../content/api/routes/index.ts';
import type { Transparency as TransparencySchema } from '../../../content/api/schemas/timeliness.ts';
import { ukDay } from '../../../content/datetime.ts';
import { t } from '../../../content/i18n.ts';
import { geography } from '../../../content/index.ts';
import { isoDay } from '../../../content/returns/status.ts';
import {
  CHASE_DAYS,
  chaseWindow,
  isDue,
  type Outcome,
  outcomeOf,
  type Tally,
  tally,
  tallyFromBuckets,
  todayMs,
} from '../../../content/returns/timeliness.ts';
import type { Lang, Text } from '../../../content/schema.ts';
import { periodLabel } from '../../../content/stats/periods.ts';
import type { StringKey } from '../../../content/ui/strings.ts';
import { organisations, periods, returns, transparencyState } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import type { Db } from '../lib/actor.ts';
import { requireRole } from '../lib/auth.ts';
import { BoundedMap } from '../lib/bounded-map.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { ApiError } from '../lib/http.ts';
import { quarterGrid } from '../returns/national.ts';
import { periodQuery } from '../returns/queries.ts';
import { activeByRegion, allPeriods, notStartedDue, submissionBuckets } from '../returns/timeliness.ts';
import { orgDto } from '../returns/views.ts';

type C = Context<AppEnv>;
type PeriodRow = { id: string; dueAt: number; lockedAt: number | null };
type BucketRow = { periodId: string; region: string; early: number; lastHour: number; after: number };

const label = (id: string): Text => ({ cy: periodLabel(id, 'cy'), en: periodLabel(id, 'en') });
const walesName: Text = { cy: t('cy', 'stats.wales'), en: t('en', 'stats.wales') };
const periodInfo = (p: PeriodRow, now: number) => ({
  id: p.id,
  label: label(p.id),
  dueAt: isoDay(p.dueAt),
  locked: p.lockedAt !== null,
  due: isDue(p, now),
});

/** Each due quarter's tally for Wales and for each region, from the buckets (oldest first). */
function seriesOf(all: PeriodRow[], buckets: BucketRow[], expected: Map<string, number>, now: number) {
  const byPeriod = new Map<string, BucketRow[]>();
  for (const b of buckets) byPeriod.set(b.periodId, [...(byPeriod.get(b.periodId) ?? []), b]);
  const walesExpected = [...expected.values()].reduce((a, b) => a + b, 0);
  return all
    .filter((p) => isDue(p, now))
    .map((p) => {
      const rows = byPeriod.get(p.id) ?? [];
      const sum = (rs: BucketRow[], expect: number) => ({
        early: rs.reduce((a, r) => a + Number(r.early), 0),
        lastHour: rs.reduce((a, r) => a + Number(r.lastHour), 0),
        after: rs.reduce((a, r) => a + Number(r.after), 0),
        expected: expect,
      });
      return {
        periodId: p.id,
        label: label(p.id),
        dueAt: isoDay(p.dueAt),
        wales: tallyFromBuckets(p, sum(rows, walesExpected), now),
        regions: geography.regions.map((r) => ({
          id: r.id,
          tally: tallyFromBuckets(
            p,
            sum(
              rows.filter((x) => x.region === r.id),
              expected.get(r.id) ?? 0,
            ),
            now,
          ),
        })),
      };
    });
}

const expectedOf = (rows: { region: string; n: number }[]) => new Map(rows.map((r) => [r.region, Number(r.n)]));

/** A quarter's outcomes by region, every region then Wales. */
function regionsOf(outcomes: { region: string; outcome: Outcome }[]): { id: string; name: Text; tally: Tally }[] {
  return [
    ...geography.regions.map((r) => ({
      id: r.id,
      name: r.name,
      tally: tally(outcomes.filter((o) => o.region === r.id).map((o) => o.outcome)),
    })),
    { id: 'wales', name: walesName, tally: tally(outcomes.map((o) => o.outcome)) },
  ];
}

const n = routeModule();

n.openapi(guard(routes.nationalTimeliness, requireRole('analyst')), async (c) => {
  const { period: id } = c.req.valid('query');
  const db = c.get('db');
  const now = Date.now();
  const win = chaseWindow(now);
  const [[p], grid, all, buckets, active, chase] = await db.batch([
    periodQuery(db, id),
    quarterGrid(db, id),
    allPeriods(db),
    submissionBuckets(db),
    activeByRegion(db),
    notStartedDue(db, win.from, win.to),
  ]);
  if (!p) throw new ApiError(404, 'period-not-found');
  const orgs = grid.map((g) => ({
    org: orgDto(g.org),
    outcome: outcomeOf(p, g.firstSubmittedAt, now),
    ...(g.firstSubmittedAt !== null ? { firstSubmittedAt: g.firstSubmittedAt } : {}),
  }));
  const chased = new Map<string, { periodId: string; label: Text; dueAt: string; orgs: ReturnType<typeof orgDto>[] }>();
  for (const row of chase) {
    const entry = chased.get(row.periodId) ?? { periodId: row.periodId, label: label(row.periodId), dueAt: isoDay(row.dueAt), orgs: [] };
    entry.orgs.push(orgDto(row.org));
    chased.set(row.periodId, entry);
  }
  return c.json(
    {
      period: periodInfo(p, now),
      orgs,
      regions: regionsOf(orgs.map((o) => ({ region: o.org.region, outcome: o.outcome }))),
      series: seriesOf(all, buckets, expectedOf(active), now).map(({ dueAt: _, ...s }) => s),
      notStarted: { days: CHASE_DAYS, count: chase.length, periods: [...chased.values()] },
    },
    200,
  );
});

// ------------------------------------------------------------------ public transparency
// Mounted before the principal, like open data: no session lookup, the same answer for everyone.
// The answer is a function of the periods, the active organisations, their first submissions
// (all counted by transparency_state, moved by migration 0014's triggers in the same statement
// as every change) and of the day in Wales. An isolate keeps what it built, as bytes, and a
// request reads the counter's one row (and the few dozen periods) to see whether it still
// holds: the same work whatever the history or the number of organisations. Only when it does
// not are the reads that build it sent. Its ETag names the counter and the day.
export const transparencyRoutes = routeModule();
const pub = transparencyRoutes;
/** Readers may keep it a minute, then revalidate with the ETag. */
const CACHE = 'public, max-age=60, stale-while-revalidate=300';

/**
 * One quarter's outcomes, status only: the asked period, else the latest whose due date has
 * passed (chosen in the same query). Reads no value of any return.
 *   SEARCH p USING INDEX sqlite_autoindex_periods_1 (id=?)
 *   SCALAR SUBQUERY 1: SCAN periods USING INDEX sqlite_autoindex_periods_1   (a few dozen rows)
 *   SCAN o USING INDEX organisations_active_name_idx
 *   SEARCH r USING INDEX returns_org_period_uq (org_id=? AND period_id=?) LEFT-JOIN
 */
function statusGrid(db: Db, period: string | undefined, now: number) {
  const latestDue = sql`(SELECT id FROM periods WHERE due_at < ${todayMs(now)} ORDER BY id DESC LIMIT 1)`;
  return db
    .select({
      periodId: sql<string>`${periods.id}`.as('period_id'),
      dueAt: periods.dueAt,
      lockedAt: periods.lockedAt,
      orgId: sql<string>`${organisations.id}`.as('org_id'),
      nameCy: organisations.nameCy,
      nameEn: organisations.nameEn,
      region: organisations.region,
      firstSubmittedAt: returns.firstSubmittedAt,
    })
    .from(periods)
    .crossJoin(organisations)
    .leftJoin(returns, and(eq(returns.orgId, organisations.id), eq(returns.periodId, periods.id)))
    .where(and(period ? eq(periods.id, period) : eq(periods.id, latestDue), isNull(organisations.archivedAt)))
    .orderBy(asc(organisations.nameEn), asc(organisations.id));
}

/** The public transparency data, as the contract describes it. */
type Transparency = z.output<typeof TransparencySchema>;

/** The data from `published`'s reads (periods, status grid, buckets, active organisations); null when the asked period does not exist. */
function transparencyOf(
  period: string | undefined,
  now: number,
  [all, grid, buckets, active]: [PeriodRow[], Awaited<ReturnType<typeof statusGrid>>, BucketRow[], { region: string; n: number }[]],
): Transparency | null {
  const chosen = period ? all.find((p) => p.id === period) : all.filter((p) => p.dueAt < todayMs(now)).at(-1);
  if (period && !chosen) return null;
  const orgs = chosen
    ? grid.map((g) => ({
        id: g.orgId,
        name: { cy: g.nameCy, en: g.nameEn },
        region: g.region,
        outcome: outcomeOf(chosen, g.firstSubmittedAt, now),
      }))
    : [];
  const quarters = seriesOf(all, buckets, expectedOf(active), now).map((s) => ({
    periodId: s.periodId,
    label: s.label,
    dueAt: s.dueAt,
    tally: s.wales,
  }));
  const regions = geography.regions.map((r) => ({ id: r.id, name: r.name }));
  return { period: chosen ? periodInfo(chosen, now) : null, orgs, regions, quarters };
}

/** What an isolate built, by kind, language and period, with the counter and the day it holds for. */
const built = new BoundedMap<string, { state: number; day: string; body: Uint8Array<ArrayBuffer> }>(64);

/**
 * The body of one transparency download, and its ETag. First the counter and the periods (a
 * few dozen rows): a copy built today for that counter is the answer, and a period that does
 * not exist is a 404, so no request can make the Worker build for nothing. Otherwise the reads
 * that build it, with the counter again (two round trips). (The worker tests reset D1 inside
 * one isolate, where the counter starts again: there no copy is kept.)
 */
async function published(c: C, kind: 'json' | 'csv', lang: Lang, period: string | undefined, render: (t: Transparency) => string) {
  const db = c.get('db');
  const now = Date.now();
  const day = ukDay(new Date(now));
  const key = `${kind}|${lang}|${period ?? ''}`;
  const keep = c.env.ENVIRONMENT !== 'test';
  const etagOf = (state: number) => `"tr-${kind}-${lang}-${period ?? 'latest'}-${state}-${day}"`;
  const counter = () => db.select({ version: transparencyState.version }).from(transparencyState).where(eq(transparencyState.id, 1));
  const [[current], periodsNow] = await db.batch([counter(), allPeriods(db)]);
  const mine = keep ? built.get(key) : undefined;
  if (mine?.day === day && mine.state === current?.version) return { etag: etagOf(mine.state), body: mine.body };
  if (period && !periodsNow.some((p) => p.id === period)) throw new ApiError(404, 'period-not-found');
  const [[head], ...reads] = await db.batch([
    counter(),
    allPeriods(db),
    statusGrid(db, period, now),
    submissionBuckets(db),
    activeByRegion(db),
  ]);
  const state = head?.version ?? 0;
  const data = transparencyOf(period, now, reads);
  if (!data) throw new ApiError(404, 'period-not-found');
  const body = new Uint8Array(new TextEncoder().encode(render(data)));
  if (keep) built.set(key, { state, day, body });
  return { etag: etagOf(state), body };
}

const notModified = (c: C, etag: string) =>
  (c.req.header('If-None-Match') ?? '').split(',').some((x) => x.trim().replace(/^W\//, '') === etag);
const publicHeaders = (etag: string) => ({ ETag: etag, 'Cache-Control': CACHE, Vary: 'Accept-Language' });

pub.openapi(guard(routes.openDataTransparency), async (c) => {
  const q = c.req.valid('query');
  const lang = q.lang ?? c.get('lang');
  const { etag, body } = await published(c, 'json', lang, q.period, (t) => JSON.stringify(t));
  if (notModified(c, etag)) return c.body(null, 304, publicHeaders(etag));
  // Bytes built once from a `Transparency`, the contract's own type (transparencyOf).
  return c.body(body, 200, { ...publicHeaders(etag), 'Content-Type': 'application/json' });
});

const regionName = new Map(geography.regions.map((r) => [r.id, r.name]));

/** The transparency CSV of one quarter in one language (UTF-8 with a BOM, CRLF). */
function transparencyCsv(r: Transparency, lang: Lang): string {
  const h = (k: StringKey) => t(lang, k);
  const header = [
    h('transparency.csv.period'),
    h('transparency.csv.periodLabel'),
    h('transparency.csv.organisationId'),
    h('transparency.csv.organisation'),
    h('transparency.csv.region'),
    h('transparency.csv.regionName'),
    h('transparency.csv.outcome'),
  ];
  const rows = r.period
    ? r.orgs.map((o) => [
        r.period!.id,
        r.period!.label[lang],
        o.id,
        o.name[lang],
        o.region,
        regionName.get(o.region)?.[lang] ?? o.region,
        t(lang, `timeliness.outcome.${o.outcome}`),
      ])
    : [];
  // Papa quotes what needs quoting; escapeFormulae keeps a name such as "=Org" from running in a spreadsheet.
  return `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: true })}\r\n`;
}

pub.openapi(guard(routes.openDataTransparencyCsv), async (c) => {
  const q = c.req.valid('query');
  const lang = q.lang ?? c.get('lang');
  const { etag, body } = await published(c, 'csv', lang, q.period, (r) => transparencyCsv(r, lang));
  if (notModified(c, etag)) return c.body(null, 304, publicHeaders(etag));
  const name = `${lang === 'cy' ? 'tryloywder' : 'transparency'}-${q.period ?? 'latest'}.csv`;
  return c.body(body, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}"`,
    ...publicHeaders(etag),
  });
});

export default n;
