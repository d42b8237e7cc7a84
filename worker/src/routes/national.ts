// National team (analyst; admin includes analyst): review returns, completeness, totals, exports.
// Mounted at /api/national. Shapes: worker/README.md, "Returns API". Every view is one batch of
// queries (returns/national.ts), so with the caller's lookup it is two round trips; the export
// streams page by page.

import { asc } from 'drizzle-orm';
import type { Context } from 'hono';
import { routes } from '../../../content/api/routes/index.ts';
import { MATRIX_QUARTERS, PAGE_SIZE } from '../../../content/api/schemas/national.ts';
import { RETURN_STATUSES } from '../../../content/api/schemas/returns.ts';
import { fieldMap, fieldsOf } from '../../../content/dataset/fields.ts';
import { t } from '../../../content/i18n.ts';
import { currentDataset, geography } from '../../../content/index.ts';
import { countFields, isoDay, type ReturnStatus, type StoredStatus, storedStatuses } from '../../../content/returns/status.ts';
import type { Lang, Text } from '../../../content/schema.ts';
import { comparePeriods, periodLabel } from '../../../content/stats/periods.ts';
import { periods } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { actorOf } from '../lib/actor.ts';
import { requireRole } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { decodeCursor, encodeCursor } from '../lib/cursor.ts';
import { ApiError } from '../lib/http.ts';
import { reviewReturn } from '../returns/commands.ts';
import {
  acceptedReturns,
  type By,
  type CompletenessRow,
  completenessCounts,
  completenessMatrix,
  completenessPage,
  exportPage,
  fieldSeries,
  type MatrixCell,
  periodSums,
  quartersUpTo,
  returnsPage,
  type SeriesRow,
} from '../returns/national.ts';
import { periodQuery } from '../returns/queries.ts';
import { orgDto } from '../returns/views.ts';

type C = Context<AppEnv>;

const n = routeModule();
n.use('/api/national/*', requireRole('analyst'));

const latestOf = (row: { version: number | null; reference: string | null; submittedAt: number | null }) =>
  row.version !== null && row.reference !== null && row.submittedAt !== null
    ? { latestVersion: row.version, reference: row.reference, submittedAt: row.submittedAt }
    : {};
const stored = (g: { status: StoredStatus['status'] | null; firstSubmittedAt: number | null }) =>
  g.status === null ? null : { status: g.status, firstSubmittedAt: g.firstSubmittedAt };
/** Status of rows from any periods: each period's due date is worked out once per request, not per row. */
function statusesByPeriod(now: number) {
  const byPeriod = new Map<string, ReturnType<typeof storedStatuses>>();
  return (g: Awaited<ReturnType<typeof returnsPage>>[number]) => {
    let of = byPeriod.get(g.period.id);
    if (!of) byPeriod.set(g.period.id, (of = storedStatuses(g.period, now)));
    return of(stored(g));
  };
}

// ------------------------------------------------------------------ returns list (keyset pages) and review
n.openapi(guard(routes.nationalReturns), async (c) => {
  const q = c.req.valid('query');
  const db = c.get('db');
  const limit = q.limit ?? PAGE_SIZE;
  const lang = q.lang ?? c.get('lang');
  const after = keyAfter(lang, q.cursor, 3);
  const page = returnsPage(db, { lang, period: q.period, status: q.status, after, limit });
  const [[period], rows] = await db.batch([periodQuery(db, q.period ?? ''), page]);
  if (q.period && !period) throw new ApiError(404, 'period-not-found');
  const statusOf = statusesByPeriod(Date.now());
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return c.json(
    {
      returns: shown.map((g) => ({
        org: orgDto(g.org),
        periodId: g.period.id,
        ...statusOf(g),
        ...latestOf(g),
        ...(g.via ? { via: g.via } : {}),
      })),
      next:
        rows.length > limit && last ? cursorIn(lang, last.period.id, lang === 'cy' ? last.org.nameCy : last.org.nameEn, last.org.id) : null,
    },
    200,
  );
});

n.openapi(guard(routes.nationalReview), async (c) => {
  const { orgId, periodId } = c.req.valid('param');
  return c.json(
    await reviewReturn({ ...actorOf(c), userId: c.get('user')!.id, orgIds: c.get('user')!.orgIds }, orgId, periodId, c.req.valid('json')),
    201,
  );
});

// ------------------------------------------------------------------ completeness
type StatusOf = ReturnType<typeof storedStatuses>;

/** The counts of a quarter from `completenessCounts`' groups (all of a group are equally late or not). */
function countsOf(groups: Awaited<ReturnType<typeof completenessCounts>>, statusOf: StatusOf) {
  const counts: Record<ReturnStatus | 'late' | 'total', number> = { ...zeroCounts(), late: 0, total: 0 };
  for (const g of groups) {
    const n = Number(g.n);
    const s = statusOf(stored(g));
    counts[s.status] += n;
    if (s.late) counts.late += n;
    counts.total += n;
  }
  return counts;
}
const zeroCounts = () => Object.fromEntries(RETURN_STATUSES.map((s) => [s, 0])) as Record<ReturnStatus, number>;

/** A page of `completenessPage` as the API gives it. */
function completenessRows(json: string | undefined, statusOf: StatusOf) {
  return (JSON.parse(json ?? '[]') as CompletenessRow[]).map(
    ([
      id,
      nameCy,
      nameEn,
      type,
      healthBoard,
      localAuthority,
      region,
      status,
      firstSubmittedAt,
      version,
      reference,
      submittedAt,
      contacts,
    ]) => ({
      org: orgDto({ id, nameCy, nameEn, type, healthBoard, localAuthority, region }),
      ...statusOf(stored({ status, firstSubmittedAt })),
      contacts: contacts.map(([name, email, lang]) => ({ name, email, lang })),
      ...latestOf({ version, reference, submittedAt }),
    }),
  );
}
/** A page's cursor in `lang`'s name order: the language, then the key of the page's last row. */
const cursorIn = (lang: Lang, ...key: string[]) => encodeCursor([lang, ...key]);
const nameCursor = (lang: Lang, o: { org: { id: string; name: Text } }) => cursorIn(lang, o.org.name[lang], o.org.id);
/** Where a page in `lang`'s name order starts: after the cursor's key of `parts` strings (a cursor of another order is refused). */
function keyAfter<const N extends 2 | 3>(lang: Lang, cursor: string | undefined, parts: N) {
  if (!cursor) return undefined;
  const [of, ...key] = decodeCursor(cursor, Array<'s'>(parts + 1).fill('s'));
  if (of !== lang) throw new ApiError(400, 'validation', {}, [{ field: 'cursor', key: 'error.field.format' }]);
  return key as N extends 2 ? [string, string] : [string, string, string];
}

n.openapi(guard(routes.nationalCompleteness), async (c) => {
  const q = c.req.valid('query');
  const db = c.get('db');
  const limit = q.limit ?? PAGE_SIZE;
  const lang = q.lang ?? c.get('lang');
  const after = keyAfter(lang, q.cursor, 2);
  const [[p], groups, [page]] = await db.batch([
    periodQuery(db, q.period),
    completenessCounts(db, q.period),
    completenessPage(db, q.period, { lang, after, limit: limit + 1 }),
  ]);
  if (!p) throw new ApiError(404, 'period-not-found');
  const statusOf = storedStatuses(p, Date.now());
  const rows = completenessRows(page?.rows, statusOf);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return c.json(
    {
      period: { id: p.id, dueAt: isoDay(p.dueAt), locked: p.lockedAt !== null },
      next: rows.length > limit && last ? nameCursor(lang, last) : null,
      orgs: shown,
      counts: countsOf(groups, statusOf),
    },
    200,
  );
});

n.openapi(guard(routes.nationalCompletenessMatrix), async (c) => {
  const q = c.req.valid('query');
  const db = c.get('db');
  const limit = q.limit ?? PAGE_SIZE;
  const quarters = q.quarters ?? MATRIX_QUARTERS;
  const lang = q.lang ?? c.get('lang');
  const after = keyAfter(lang, q.cursor, 2);
  const [[p], shown, [found]] = await db.batch([
    periodQuery(db, q.period),
    quartersUpTo(db, q.period, quarters),
    completenessMatrix(db, q.period, { lang, quarters, after, limit: limit + 1 }),
  ]);
  if (!p) throw new ApiError(404, 'period-not-found');
  const now = Date.now();
  const statusIn = new Map(shown.map((x) => [x.id, storedStatuses(x, now)]));
  const ids = shown.map((x) => x.id).reverse();
  const orgs = new Map<string, { org: { id: string; name: Text }; cells: { status: ReturnStatus; late: boolean }[] }>();
  // Cells come in (name, id, quarter) order: one run of `ids.length` for each organisation.
  for (const [id, nameCy, nameEn, periodId, status, firstSubmittedAt] of JSON.parse(found?.rows ?? '[]') as MatrixCell[]) {
    let o = orgs.get(id);
    if (!o) orgs.set(id, (o = { org: { id, name: { cy: nameCy, en: nameEn } }, cells: [] }));
    o.cells.push(statusIn.get(periodId)!(stored({ status, firstSubmittedAt })));
  }
  const list = [...orgs.values()];
  const page = list.slice(0, limit);
  const last = page.at(-1);
  return c.json({ periods: ids, next: list.length > limit && last ? nameCursor(lang, last) : null, orgs: page }, 200);
});

const csvField = (s: string) =>
  /[",\r\n]/.test(s) || /^[=+\-@\t\r]/.test(s) ? `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s;
const csvLine = (cells: string[]) => `${cells.map(csvField).join(',')}\r\n`;
const csv = (lines: string[][]) => `\uFEFF${lines.map(csvLine).join('')}`;
const csvHeaders = (name: string) => ({
  'Content-Type': 'text/csv; charset=utf-8',
  'Content-Disposition': `attachment; filename="${name}"`,
});
const csvResponse = (c: C, body: string, name: string) => c.body(body, 200, csvHeaders(name));
const statusText = (s: ReturnStatus, lang: Lang) => t(lang, `period.status.${s}`);
const yesNo = (b: boolean, lang: Lang) => t(lang, b ? 'national.yes' : 'national.no');

/**
 * A CSV body a page at a time, each page read when the client has taken the last: memory and
 * each query stay small at any size. A page shorter than `size` is the last.
 */
function pagedCsv<T>(head: string[], first: T[], size: number, next: (last: T) => Promise<T[]>, lines: (rows: T[]) => string) {
  const encoder = new TextEncoder();
  let page = first;
  return new ReadableStream<Uint8Array>({
    start(ctl) {
      ctl.enqueue(encoder.encode(`\uFEFF${csvLine(head)}${lines(page)}`));
      if (page.length < size) ctl.close();
    },
    async pull(ctl) {
      page = await next(page.at(-1)!);
      if (page.length) ctl.enqueue(encoder.encode(lines(page)));
      if (page.length < size) ctl.close();
    },
  });
}

/** Organisations per page of the completeness CSV. */
const COMPLETENESS_CSV_PAGE = 500;

n.openapi(guard(routes.nationalCompletenessCsv), async (c) => {
  const q = c.req.valid('query');
  const lang = q.lang ?? c.get('lang');
  const db = c.get('db');
  const missing = q.only === 'missing';
  const pageAfter = (after?: [string, string]) => completenessPage(db, q.period, { lang, after, limit: COMPLETENESS_CSV_PAGE, missing });
  const [[p], [first]] = await db.batch([periodQuery(db, q.period), pageAfter()]);
  if (!p) throw new ApiError(404, 'period-not-found');
  const statusOf = storedStatuses(p, Date.now());
  const h = (k: Parameters<typeof t>[1]) => t(lang, k);
  const header = [
    h('national.csv.organisationId'),
    h('national.csv.organisation'),
    h('national.csv.healthBoard'),
    h('national.csv.region'),
    h('national.csv.period'),
    h('national.csv.status'),
    h('national.csv.late'),
    h('national.csv.dueDate'),
    h('national.csv.contacts'),
  ];
  const due = isoDay(p.dueAt);
  const lines = (rows: ReturnType<typeof completenessRows>) =>
    rows
      .map((o) =>
        csvLine([
          o.org.id,
          o.org.name[lang],
          o.org.healthBoard,
          o.org.region,
          q.period,
          statusText(o.status, lang),
          yesNo(o.late, lang),
          due,
          o.contacts.map((x) => x.email).join('; '),
        ]),
      )
      .join('');
  const next = async (last: ReturnType<typeof completenessRows>[number]) => {
    const [found] = await pageAfter([last.org.name[lang], last.org.id]);
    return completenessRows(found?.rows, statusOf);
  };
  const body = pagedCsv(header, completenessRows(first?.rows, statusOf), COMPLETENESS_CSV_PAGE, next, lines);
  return c.body(body, 200, csvHeaders(`${missing ? 'missing' : 'completeness'}-${q.period}.csv`));
});

// ------------------------------------------------------------------ totals (accepted only), from the stored sums
function groupName(id: string, by: By): Text {
  const list: { id: string; name: Text }[] =
    by === 'health-board' ? geography.healthBoards : by === 'region' ? geography.regions : geography.localAuthorities;
  return list.find((x) => x.id === id)?.name ?? { cy: id === 'unknown' ? 'Anhysbys' : id, en: id === 'unknown' ? 'Unknown' : id };
}
type Group = { id: string; name: Text; organisations: number; values: Record<string, number> };

/** Groups of one period from its sums and its accepted-return counts, and Wales (their sum). */
function groupsOf(by: By, counts: { area: string; returns: number }[], sums: { area: string; field: string; value: number }[]) {
  const groups = new Map<string, Group>();
  for (const x of counts) groups.set(x.area, { id: x.area, name: groupName(x.area, by), organisations: Number(x.returns), values: {} });
  const wales = { organisations: 0, values: {} as Record<string, number> };
  for (const g of groups.values()) wales.organisations += g.organisations;
  for (const s of sums) {
    const g = groups.get(s.area);
    if (!g) continue;
    g.values[s.field] = Number(s.value);
    wales.values[s.field] = (wales.values[s.field] ?? 0) + Number(s.value);
  }
  return { groups: [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), wales };
}

async function periodTotals(c: C, periodId: string, by: By, fields: string[]) {
  const db = c.get('db');
  const [[p], counts, sums] = await db.batch([
    periodQuery(db, periodId),
    acceptedReturns(db, by, periodId),
    periodSums(db, periodId, by, fields),
  ]);
  if (!p) throw new ApiError(404, 'period-not-found');
  return { period: p, ...groupsOf(by, counts, sums) };
}

n.openapi(guard(routes.nationalTotals), async (c) => {
  const q = c.req.valid('query');
  const fields = countFields();
  const { period, groups, wales } = await periodTotals(c, q.period, q.by, fields);
  return c.json({ period: period.id, by: q.by, fields, groups, wales }, 200);
});

n.openapi(guard(routes.nationalSeries), async (c) => {
  const q = c.req.valid('query');
  const f = fieldMap(currentDataset).get(q.field);
  if (!f || f.type !== 'count') throw new ApiError(400, 'validation', {}, [{ field: 'field', key: 'error.field.choice' }]);
  const db = c.get('db');
  const [ps, [found]] = await db.batch([
    db.select({ id: periods.id }).from(periods).orderBy(asc(periods.id)),
    fieldSeries(db, q.field, q.by),
  ]);
  const byPeriod = Map.groupBy(JSON.parse(found?.rows ?? '[]') as SeriesRow[], ([periodId]) => periodId);
  const series = ps.map((p) => {
    const rows = byPeriod.get(p.id) ?? [];
    const tot = groupsOf(
      q.by,
      rows.map(([, area, returns]) => ({ area, returns })),
      rows.flatMap(([, area, , value]) => (value === null ? [] : [{ area, field: q.field, value }])),
    );
    return {
      periodId: p.id,
      label: { cy: periodLabel(p.id, 'cy'), en: periodLabel(p.id, 'en') },
      groups: tot.groups.map((g) => ({ id: g.id, name: g.name, organisations: g.organisations, value: g.values[q.field] ?? null })),
      wales: { organisations: tot.wales.organisations, value: tot.wales.values[q.field] ?? null },
    };
  });
  return c.json({ field: q.field, label: f.label, by: q.by, periods: series.sort((a, b) => comparePeriods(a.periodId, b.periodId)) }, 200);
});

n.openapi(guard(routes.nationalTotalsCsv), async (c) => {
  const q = c.req.valid('query');
  const lang = q.lang ?? c.get('lang');
  const fields = countFields();
  const labels = fieldMap(currentDataset);
  const tot = await periodTotals(c, q.period, q.by, fields);
  const h = (k: Parameters<typeof t>[1]) => t(lang, k);
  const lines = [
    [
      h('national.csv.period'),
      h('national.csv.area'),
      h('stats.csv.areaName'),
      h('national.csv.organisations'),
      h('national.csv.field'),
      h('national.csv.label'),
      h('national.csv.value'),
    ],
  ];
  const areas = [...tot.groups, { id: 'wales', name: { cy: t('cy', 'stats.wales'), en: t('en', 'stats.wales') }, ...tot.wales }];
  for (const a of areas)
    for (const f of fields)
      lines.push([
        q.period,
        a.id,
        a.name[lang],
        String(a.organisations),
        f,
        labels.get(f)!.label[lang],
        a.values[f] === undefined ? '' : String(a.values[f]),
      ]);
  return csvResponse(c, csv(lines), `totals-${q.by}-${q.period}.csv`);
});

// ------------------------------------------------------------------ export: one row per organisation, period and field (streamed)
/** Returns per page of the export: each is a line per field of the dataset. */
const EXPORT_PAGE = 200;

n.openapi(guard(routes.nationalExportCsv), async (c) => {
  const q = c.req.valid('query');
  const lang = q.lang ?? c.get('lang');
  const db = c.get('db');
  const [[period], first] = await db.batch([periodQuery(db, q.period ?? ''), exportPage(db, { period: q.period, limit: EXPORT_PAGE })]);
  if (q.period && !period) throw new ApiError(404, 'period-not-found');
  const h = (k: Parameters<typeof t>[1]) => t(lang, k);
  const fields = fieldsOf(currentDataset);
  const header = [
    h('national.csv.period'),
    h('national.csv.organisationId'),
    h('national.csv.organisation'),
    h('national.csv.healthBoard'),
    h('national.csv.region'),
    h('national.csv.status'),
    h('national.csv.version'),
    h('national.csv.reference'),
    h('national.csv.field'),
    h('national.csv.label'),
    h('national.csv.value'),
  ];
  const lines = (rows: typeof first) =>
    rows
      .map((g) =>
        fields
          .map((f) => {
            const x = g.values[f.key];
            return csvLine([
              g.periodId,
              g.org.id,
              lang === 'cy' ? g.org.nameCy : g.org.nameEn,
              g.org.healthBoard,
              g.org.region,
              statusText(g.status, lang),
              String(g.version),
              g.reference,
              f.key,
              f.label[lang],
              x === null || x === undefined ? '' : String(x),
            ]);
          })
          .join(''),
      )
      .join('');
  const next = (last: (typeof first)[number]) =>
    exportPage(db, { period: q.period, after: [last.periodId, last.org.nameEn, last.org.id], limit: EXPORT_PAGE });
  const body = pagedCsv(header, first, EXPORT_PAGE, next, lines);
  return c.body(body, 200, csvHeaders(`core-dataset-${q.period ?? 'all'}.csv`));
});

export default n;
