// Open data (public, no sign-in): national totals by quarter and region from accepted returns,
// with small-number suppression and StatsWales shorthand codes, as PUBLISHED (returns/publish.ts):
// a request reads the current publication, never the returns. JSON comes in keyset pages: the
// latest revision first (a 304, or a page this isolate built for that revision, needs no more),
// then one batch of the page's cells and their revisions, the same work whatever the history;
// the CSV streams the whole table page by page. Both carry an ETag (the latest publication's
// revision) and public caching, and answer 304 to If-None-Match. Routes: /api/open-data/….
import type { Context } from 'hono';
import { routes } from '../../../content/api/routes/index.ts';
import { OPEN_DATA_PAGE } from '../../../content/api/schemas/national.ts';
import { geography } from '../../../content/index.ts';
import type { Lang, Text } from '../../../content/schema.ts';
import { csvHeaderLine, csvRowLine, describeRevisions, measureName, type OpenDataRow, WALES } from '../../../content/stats/opendata.ts';
import { periodLabel } from '../../../content/stats/periods.ts';
import { codeKey, isShorthandCode } from '../../../content/stats/shorthand.ts';
import type { AppEnv } from '../env.ts';
import { BoundedMap } from '../lib/bounded-map.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { decodeCursor, encodeCursor } from '../lib/cursor.ts';
import { publishedRevision } from '../returns/published-revision.ts';

type C = Context<AppEnv>;
type Cell = { period_id: string; field_rank: number; area_rank: number; field: string; area: string; value: number | null; codes: string };
type RevisionRow = Cell & { revised_at: string; note: string | null };

/** Readers may keep a page a minute, then revalidate it with its ETag (a 304 costs one small query). */
const CACHE = 'public, max-age=60, stale-while-revalidate=300';
/** Cells per page of the streamed CSV. */
const CSV_PAGE = 2000;

const areaNames = new Map<string, Text>([WALES, ...geography.regions].map((a) => [a.id, a.name]));
const HEAD = 'SELECT COALESCE(MAX(revision), 0) AS revision FROM open_data_publications';

/**
 * The cells of a page: filters and the cursor's key as an index range, read in key order.
 *   SEARCH open_data_cells USING PRIMARY KEY (period_id>?)  (or (period_id=? …))
 *   SEARCH open_data_cells USING INDEX open_data_cells_field_idx (field=? AND period_id>?)  with ?field=
 */
function pageSql(q: { period?: string; field?: string; after?: [string, number, number] }) {
  const where: string[] = [];
  const binds: (string | number)[] = [];
  const bind = (v: string | number) => `?${binds.push(v)}`;
  if (q.period) where.push(`period_id = ${bind(q.period)}`);
  if (q.field) where.push(`field = ${bind(q.field)}`);
  if (q.after) where.push(`(period_id, field_rank, area_rank) > (${bind(q.after[0])}, ${bind(q.after[1])}, ${bind(q.after[2])})`);
  const sql = `SELECT period_id, field_rank, area_rank, field, area, value, codes FROM open_data_cells
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY period_id, field_rank, area_rank`;
  return { sql, binds };
}

const etagOf = (revision: number, lang: Lang, kind: string) => `"od-${kind}-${revision}-${lang}"`;
function notModified(c: C, etag: string): boolean {
  const sent = c.req.header('If-None-Match');
  return !!sent && sent.split(',').some((x) => x.trim().replace(/^W\//, '') === etag);
}
function publicHeaders(etag: string): Record<string, string> {
  return { ETag: etag, 'Cache-Control': CACHE, Vary: 'Accept-Language' };
}

const rowOf = (x: Cell): OpenDataRow => ({
  periodId: x.period_id,
  areaCode: x.area,
  areaName: areaNames.get(x.area) ?? { cy: x.area, en: x.area },
  field: x.field,
  value: x.value,
  codes: x.codes.split(',').filter(isShorthandCode),
});

const o = routeModule();

/**
 * Pages already built, by ETag and query: a page is a pure function of the publication's
 * revision and the query, so an isolate may answer from here for as long as the revision holds
 * (checked on every request). Bounded; the oldest entry goes first.
 */
// Kept encoded: a page is 100+ kB, and encoding it again on every request is work for nothing.
const built = new BoundedMap<string, Uint8Array<ArrayBuffer>>(64);

o.openapi(guard(routes.openDataJson), async (c) => {
  const q = c.req.valid('query');
  const lang = q.lang ?? c.get('lang');
  const limit = q.limit ?? OPEN_DATA_PAGE;
  const after = q.cursor ? decodeCursor(q.cursor, ['s', 'n', 'n'] as const) : undefined;
  const d1 = c.get('d1');
  // First the revision alone (one small query, or none while this isolate trusts the one it
  // read): a revalidation or a page built before needs nothing more.
  const revision = await publishedRevision(async () => ((await d1.prepare(HEAD).first()) as { revision: number }).revision, {
    trust: c.env.ENVIRONMENT !== 'test',
  });
  const etag = etagOf(revision, lang, 'json');
  if (notModified(c, etag)) return c.body(null, 304, publicHeaders(etag));
  const key = `${etag}|${q.period ?? ''}|${q.field ?? ''}|${q.cursor ?? ''}|${limit}`;
  const ready = built.get(key);
  if (ready !== undefined) return c.body(ready, 200, { ...publicHeaders(etag), 'Content-Type': 'application/json' });
  const page = pageSql({ period: q.period, field: q.field, after });
  const [cells, revisions] = await d1.batch([
    d1.prepare(`${page.sql} LIMIT ${limit + 1}`).bind(...page.binds),
    d1
      .prepare(
        `WITH page AS (${page.sql} LIMIT ${limit})
         SELECT rv.period_id, rv.field_rank, rv.area_rank, rv.field, rv.area, rv.revised_at, rv.note
         FROM page JOIN open_data_revisions rv USING (period_id, field_rank, area_rank) ORDER BY rv.revised_at DESC, rv.period_id`,
      )
      .bind(...page.binds),
  ]);
  const rows = (cells!.results as Cell[]).slice(0, limit);
  const last = rows.at(-1);
  const labels = new Map<string, string>();
  const label = (p: string) => labels.get(p) ?? (labels.set(p, periodLabel(p, lang)), labels.get(p)!);
  const measures = new Map<string, string>();
  const measure = (f: string) => measures.get(f) ?? (measures.set(f, measureName(f, lang)), measures.get(f)!);
  const res = c.json(
    {
      lang,
      revision,
      next: cells!.results.length > limit && last ? encodeCursor([last.period_id, last.field_rank, last.area_rank]) : null,
      rows: rows.map((x) => ({ ...rowOf(x), periodLabel: label(x.period_id), measureName: measure(x.field) })),
      revisions: (revisions!.results as RevisionRow[]).map((x, i) => {
        const r = { periodId: x.period_id, areaCode: x.area, field: x.field, revisedAt: x.revised_at, note: x.note };
        return { ...r, text: describeRevisions([r], lang)[0] ?? '', index: i };
      }),
      codes: codeKey(lang),
    },
    200,
    publicHeaders(etag),
  );
  built.set(key, new Uint8Array(await res.clone().arrayBuffer()));
  return res;
});

o.openapi(guard(routes.openDataCsv), async (c) => {
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const d1 = c.get('d1');
  const read = (after?: [string, number, number]) => {
    const page = pageSql({ after });
    return d1.prepare(`${page.sql} LIMIT ${CSV_PAGE}`).bind(...page.binds);
  };
  const [head, first] = await d1.batch([d1.prepare(HEAD), read()]);
  const etag = etagOf((head!.results[0] as { revision: number }).revision, lang, 'csv');
  if (notModified(c, etag)) return c.body(null, 304, publicHeaders(etag));
  const encoder = new TextEncoder();
  const lines = (cells: Cell[]) => cells.map((x) => csvRowLine(rowOf(x), lang)).join('');
  let page = first!.results as Cell[];
  // Page by page as the client reads: the whole table never sits in memory, and each query stays small.
  const body = new ReadableStream<Uint8Array>({
    start(ctl) {
      ctl.enqueue(encoder.encode(`\uFEFF${csvHeaderLine(lang)}${lines(page)}`));
      if (page.length < CSV_PAGE) ctl.close();
    },
    async pull(ctl) {
      const last = page.at(-1)!;
      page = (await read([last.period_id, last.field_rank, last.area_rank]).all<Cell>()).results;
      if (page.length) ctl.enqueue(encoder.encode(lines(page)));
      if (page.length < CSV_PAGE) ctl.close();
    },
  });
  return c.body(body, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${lang === 'cy' ? 'presgripsiynu-cymdeithasol-cyfansymiau' : 'social-prescribing-totals'}.csv"`,
    ...publicHeaders(etag),
  });
});

export default o;
