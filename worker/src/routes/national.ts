// National team (analyst; admin includes analyst): review returns, completeness, totals, exports.
// Mounted at /api/national. Shapes: worker/README.md, "Returns API".

import { asc } from 'drizzle-orm';
import type { Context } from 'hono';
import { routes } from '../../../content/api/routes/index.ts';
import type { GROUP_BY } from '../../../content/api/schemas/national.ts';
import { RETURN_STATUSES } from '../../../content/api/schemas/returns.ts';
import { fieldMap, fieldsOf } from '../../../content/dataset/fields.ts';
import { t } from '../../../content/i18n.ts';
import { currentDataset, geography } from '../../../content/index.ts';
import { countFields, deriveStatus, isoDay, latestAccepted, type ReturnStatus } from '../../../content/returns/status.ts';
import type { Lang, Text } from '../../../content/schema.ts';
import { comparePeriods, periodLabel } from '../../../content/stats/periods.ts';
import { periods } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { actorOf } from '../lib/actor.ts';
import { requireRole } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { ApiError } from '../lib/http.ts';
import { reviewReturn } from '../returns/commands.ts';
import { activeOrgs, getPeriod, type Loaded, loadAll, noReturn, type OrgRow, type PeriodRow, submittersByOrg } from '../returns/queries.ts';
import { orgDto } from '../returns/views.ts';

type C = Context<AppEnv>;
type By = (typeof GROUP_BY)[number];

const n = routeModule();
n.use('/api/national/*', requireRole('analyst'));

async function allPeriods(c: C): Promise<PeriodRow[]> {
  return c.get('db').select().from(periods).orderBy(asc(periods.id));
}

/** Every active organisation × the given periods, with status and late flag. */
async function grid(c: C, ps: PeriodRow[]) {
  const db = c.get('db');
  const now = Date.now();
  const orgs = await activeOrgs(db);
  const loaded = await loadAll(
    db,
    ps.map((p) => p.id),
  );
  const out: { org: OrgRow; period: PeriodRow; l: Loaded; status: ReturnStatus; late: boolean }[] = [];
  for (const p of ps) {
    for (const org of orgs) {
      const l = loaded.get(`${org.id}|${p.id}`) ?? noReturn();
      out.push({ org, period: p, l, ...deriveStatus(l, p, now) });
    }
  }
  return out;
}

const latestOf = (l: Loaded) => l.versions[l.versions.length - 1];

// ------------------------------------------------------------------ returns list and review
n.openapi(guard(routes.nationalReturns), async (c) => {
  const q = c.req.valid('query');
  const ps = q.period ? [await getPeriod(c.get('db'), q.period)] : await allPeriods(c);
  const rows = (await grid(c, ps)).filter((g) => !q.status || g.status === q.status);
  return c.json(
    {
      returns: rows.map((g) => {
        const v = latestOf(g.l);
        return {
          org: orgDto(g.org),
          periodId: g.period.id,
          status: g.status,
          late: g.late,
          ...(v ? { latestVersion: v.version, reference: v.reference, submittedAt: v.createdAt, via: v.via } : {}),
        };
      }),
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
async function completeness(c: C, periodId: string) {
  const p = await getPeriod(c.get('db'), periodId);
  const rows = await grid(c, [p]);
  const out: {
    org: ReturnType<typeof orgDto>;
    status: ReturnStatus;
    late: boolean;
    contacts: { name: string | null; email: string; lang: Lang }[];
    latestVersion?: number;
    reference?: string;
    submittedAt?: number;
  }[] = [];
  const people = await submittersByOrg(c.get('db'));
  for (const g of rows) {
    const contacts = (people.get(g.org.id) ?? []).map((s) => ({ name: s.name, email: s.email, lang: s.lang }));
    const v = latestOf(g.l);
    out.push({
      org: orgDto(g.org),
      status: g.status,
      late: g.late,
      contacts,
      ...(v ? { latestVersion: v.version, reference: v.reference, submittedAt: v.createdAt } : {}),
    });
  }
  const counts = Object.fromEntries(RETURN_STATUSES.map((s) => [s, out.filter((o) => o.status === s).length])) as Record<
    ReturnStatus,
    number
  >;
  return { period: p, orgs: out, counts: { ...counts, late: out.filter((o) => o.late).length, total: out.length } };
}

n.openapi(guard(routes.nationalCompleteness), async (c) => {
  const q = c.req.valid('query');
  const r = await completeness(c, q.period);
  return c.json({ ...r, period: { id: r.period.id, dueAt: isoDay(r.period.dueAt), locked: r.period.lockedAt !== null } }, 200);
});

const csvField = (s: string) =>
  /[",\r\n]/.test(s) || /^[=+\-@\t\r]/.test(s) ? `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s;
const csv = (lines: string[][]) => `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
const csvResponse = (c: C, body: string, name: string) =>
  c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` });
const statusText = (s: ReturnStatus, lang: Lang) => t(lang, `period.status.${s}`);
const yesNo = (b: boolean, lang: Lang) => t(lang, b ? 'national.yes' : 'national.no');

n.openapi(guard(routes.nationalCompletenessCsv), async (c) => {
  const q = c.req.valid('query');
  const lang = q.lang ?? c.get('lang');
  const r = await completeness(c, q.period);
  const rows = r.orgs.filter((o) => !q.only || o.status === 'not-started' || o.status === 'draft');
  const h = (k: Parameters<typeof t>[1]) => t(lang, k);
  const lines = [
    [
      h('national.csv.organisationId'),
      h('national.csv.organisation'),
      h('national.csv.healthBoard'),
      h('national.csv.region'),
      h('national.csv.period'),
      h('national.csv.status'),
      h('national.csv.late'),
      h('national.csv.dueDate'),
      h('national.csv.contacts'),
    ],
  ];
  for (const o of rows) {
    lines.push([
      o.org.id,
      o.org.name[lang],
      o.org.healthBoard,
      o.org.region,
      q.period,
      statusText(o.status, lang),
      yesNo(o.late, lang),
      isoDay(r.period.dueAt),
      o.contacts.map((x) => x.email).join('; '),
    ]);
  }
  return csvResponse(c, csv(lines), `${q.only ? 'missing' : 'completeness'}-${q.period}.csv`);
});

// ------------------------------------------------------------------ totals (accepted only)
function groupOf(org: OrgRow, by: By): string {
  return (by === 'health-board' ? org.healthBoard : by === 'region' ? org.region : org.localAuthority) ?? 'unknown';
}
function groupName(id: string, by: By): Text {
  const list: { id: string; name: Text }[] =
    by === 'health-board' ? geography.healthBoards : by === 'region' ? geography.regions : geography.localAuthorities;
  return list.find((x) => x.id === id)?.name ?? { cy: id === 'unknown' ? 'Anhysbys' : id, en: id === 'unknown' ? 'Unknown' : id };
}

/** Sums of the latest accepted version of each return (of active organisations), by area, per period. */
async function totalsByPeriod(c: C, periodIds: string[] | undefined, by: By, fields: string[]) {
  const db = c.get('db');
  const orgs = new Map((await activeOrgs(db)).map((o) => [o.id, o]));
  const loaded = await loadAll(db, periodIds);
  type Group = { id: string; name: Text; organisations: number; values: Record<string, number> };
  const out = new Map<string, { groups: Map<string, Group>; wales: { organisations: number; values: Record<string, number> } }>();
  for (const l of loaded.values()) {
    const org = orgs.get(l.ret!.orgId);
    const v = latestAccepted(l);
    if (!org || !v) continue;
    const pid = l.ret!.periodId;
    if (!out.has(pid)) out.set(pid, { groups: new Map(), wales: { organisations: 0, values: {} } });
    const per = out.get(pid)!;
    const id = groupOf(org, by);
    if (!per.groups.has(id)) per.groups.set(id, { id, name: groupName(id, by), organisations: 0, values: {} });
    const grp = per.groups.get(id)!;
    grp.organisations++;
    per.wales.organisations++;
    for (const f of fields) {
      const x = v.values[f];
      if (typeof x !== 'number') continue;
      grp.values[f] = (grp.values[f] ?? 0) + x;
      per.wales.values[f] = (per.wales.values[f] ?? 0) + x;
    }
  }
  const result = (pid: string) => {
    const per = out.get(pid);
    return {
      groups: per ? [...per.groups.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) : [],
      wales: per?.wales ?? { organisations: 0, values: {} },
    };
  };
  return result;
}

n.openapi(guard(routes.nationalTotals), async (c) => {
  const q = c.req.valid('query');
  const p = await getPeriod(c.get('db'), q.period);
  const fields = countFields();
  return c.json({ period: p.id, by: q.by, fields, ...(await totalsByPeriod(c, [p.id], q.by, fields))(p.id) }, 200);
});

n.openapi(guard(routes.nationalSeries), async (c) => {
  const q = c.req.valid('query');
  const f = fieldMap(currentDataset).get(q.field);
  if (!f || f.type !== 'count') throw new ApiError(400, 'validation', {}, [{ field: 'field', key: 'error.field.choice' }]);
  const ps = await allPeriods(c);
  const totals = await totalsByPeriod(c, undefined, q.by, [q.field]);
  const series = ps.map((p) => {
    const tot = totals(p.id);
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
  const p = await getPeriod(c.get('db'), q.period);
  const fields = countFields();
  const labels = fieldMap(currentDataset);
  const tot = (await totalsByPeriod(c, [p.id], q.by, fields))(p.id);
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

// ------------------------------------------------------------------ export: one row per organisation, period and field
n.openapi(guard(routes.nationalExportCsv), async (c) => {
  const q = c.req.valid('query');
  const lang = q.lang ?? c.get('lang');
  const ps = q.period ? [await getPeriod(c.get('db'), q.period)] : await allPeriods(c);
  const h = (k: Parameters<typeof t>[1]) => t(lang, k);
  const lines = [
    [
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
    ],
  ];
  const fields = fieldsOf(currentDataset);
  for (const g of await grid(c, ps)) {
    const v = latestOf(g.l);
    if (!v) continue;
    for (const f of fields) {
      const x = v.values[f.key];
      lines.push([
        g.period.id,
        g.org.id,
        lang === 'cy' ? g.org.nameCy : g.org.nameEn,
        g.org.healthBoard,
        g.org.region,
        statusText(g.status, lang),
        String(v.version),
        v.reference,
        f.key,
        f.label[lang],
        x === null || x === undefined ? '' : String(x),
      ]);
    }
  }
  return csvResponse(c, csv(lines), `core-dataset-${q.period ?? 'all'}.csv`);
});

export default n;
