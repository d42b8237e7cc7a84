// Open data: accepted core-dataset totals by quarter and region, and for Wales, with
// small-number suppression and StatsWales shorthand codes, plus the CSV download and the
// list of revisions. Also the completeness status of one organisation's return for a period.
// Pure TypeScript: callers (Worker routes, scripts, tests) pass in the rows from the database.
//
// Suppression is applied per period to ONE linear table holding every field, region and Wales:
//  - for each field, Wales = the sum of the regions that have a figure;
//  - for each area, an item = the sum of its breakdown categories ("referrals-received" =
//    "referrals-received.age-band.*"), when all of them are present and they add up.
// So a withheld figure can be recovered neither from the Wales total nor from its item's
// breakdown (suppress.ts documents the method and its audit).
//
// Codes: c = withheld (value empty); x = no accepted return from that region for that quarter;
// p = the quarter is still open for amendments (the caller says which, usually only the latest);
// r = a figure changed after the quarter was first published (shown on the region's figure and
// on Wales). A withheld figure shows only c (and p): revisions are listed separately.
// Area codes are our region ids (content/geography) and "wales".

import { formatDate } from '../datetime.ts';
import { t } from '../i18n.ts';
import { currentDataset, geography } from '../index.ts';
import type { Lang, Text } from '../schema.ts';
import { comparePeriods, isPastDue, parsePeriodId, periodLabel } from './periods.ts';
import { csvCell, normaliseCodes, type ShorthandCode } from './shorthand.ts';
import { auditDisclosure, type Constraint, type SuppressOptions, suppress } from './suppress.ts';

export interface AcceptedValue {
  periodId: string;
  region: string;
  /** A dataset field ref: "item" or "item.breakdown.category". Counts only. */
  field: string;
  value: number;
  status: 'accepted';
  /** When this accepted value replaced an earlier accepted one (ISO timestamp). */
  revisedAt?: string | null;
  revisionNote?: string | null;
}
export interface Area {
  id: string;
  name: Text;
}
export interface OpenDataRow {
  periodId: string;
  areaCode: string;
  areaName: Text;
  field: string;
  /** null when withheld (c) or not available (x). */
  value: number | null;
  codes: ShorthandCode[];
}
export interface Revision {
  periodId: string;
  areaCode: string;
  field: string;
  revisedAt: string;
  note: string | null;
}
export interface OpenDataOptions extends SuppressOptions {
  /** Areas in display order; default the seven regions of content/geography. */
  regions?: readonly Area[];
  /** Periods still open for amendments: their figures are provisional (p). */
  openPeriods?: Iterable<string>;
  /** When each period was first published (ISO timestamp); a change after that is a revision (r). */
  firstPublished?: Readonly<Record<string, string>>;
}
export interface OpenDataTable {
  rows: OpenDataRow[];
  revisions: Revision[];
}

export const WALES: Area = { id: 'wales', name: { cy: t('cy', 'stats.wales'), en: t('en', 'stats.wales') } };
const key = (...xs: string[]) => xs.join('\u0000');

/** Dataset order of fields (items, each followed by its breakdown categories); unknown fields after, by name. */
function fieldRank(): Map<string, number> {
  const rank = new Map<string, number>();
  const bds = new Map(currentDataset.breakdowns.map((b) => [b.id, b]));
  for (const item of currentDataset.items) {
    rank.set(item.id, rank.size);
    for (const b of item.breakdowns) for (const c of bds.get(b)?.categories ?? []) rank.set(`${item.id}.${b}.${c.id}`, rank.size);
  }
  return rank;
}

export function buildOpenData(input: readonly AcceptedValue[], options: OpenDataOptions = {}): OpenDataTable {
  const regions = options.regions ?? geography.regions.map((r) => ({ id: r.id, name: r.name }));
  const regionIds = new Set(regions.map((r) => r.id));
  const open = new Set(options.openPeriods ?? []);
  const published = options.firstPublished ?? {};
  const rank = fieldRank();
  const byField = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);

  // Sum accepted values per (period, region, field) and note revisions after first publication.
  const sums = new Map<string, number>();
  const revisedCells = new Set<string>();
  const revisions: Revision[] = [];
  const periods = new Set<string>();
  const fieldsOf = new Map<string, Set<string>>();
  for (const row of input) {
    if (row.status !== 'accepted') throw new RangeError(`open data takes accepted values only, not ${row.status}`);
    if (!parsePeriodId(row.periodId)) throw new RangeError(`bad period ${row.periodId}`);
    if (!regionIds.has(row.region)) throw new RangeError(`unknown region ${row.region}`);
    if (!Number.isSafeInteger(row.value) || row.value < 0) throw new RangeError(`${row.field}: ${row.value} is not a count`);
    periods.add(row.periodId);
    if (!fieldsOf.has(row.periodId)) fieldsOf.set(row.periodId, new Set());
    fieldsOf.get(row.periodId)!.add(row.field);
    const k = key(row.periodId, row.region, row.field);
    sums.set(k, (sums.get(k) ?? 0) + row.value);
    const first = published[row.periodId];
    if (row.revisedAt && (!first || row.revisedAt > first)) {
      revisedCells.add(k);
      revisedCells.add(key(row.periodId, WALES.id, row.field));
      revisions.push({
        periodId: row.periodId,
        areaCode: row.region,
        field: row.field,
        revisedAt: row.revisedAt,
        note: row.revisionNote ?? null,
      });
    }
  }

  const rows: OpenDataRow[] = [];
  for (const periodId of [...periods].sort(comparePeriods)) {
    const fields = [...fieldsOf.get(periodId)!].sort(byField);
    const cells = new Map<string, number>();
    const constraints: Constraint[] = [];
    const areas = [WALES, ...regions];
    // Region cells, then Wales = sum of the regions that have the field.
    for (const field of fields) {
      const parts: string[] = [];
      for (const r of regions) {
        const v = sums.get(key(periodId, r.id, field));
        if (v === undefined) continue;
        cells.set(key(r.id, field), v);
        parts.push(key(r.id, field));
      }
      cells.set(
        key(WALES.id, field),
        parts.reduce((s, p) => s + cells.get(p)!, 0),
      );
      constraints.push({ total: key(WALES.id, field), parts });
    }
    // Breakdowns: item = sum of its categories, in each area where all are present and add up.
    const groups = new Map<string, string[]>();
    for (const f of fields) {
      const m = /^([^.]+)\.([^.]+)\.([^.]+)$/.exec(f);
      if (!m) continue;
      const g = `${m[1]}.${m[2]}`;
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g)!.push(f);
    }
    for (const [g, catFields] of groups) {
      const item = g.split('.')[0]!;
      const bd = currentDataset.breakdowns.find((b) => b.id === g.split('.')[1]);
      const expected = bd ? bd.categories.map((c) => `${g}.${c.id}`) : catFields;
      for (const a of areas) {
        const total = cells.get(key(a.id, item));
        const parts = expected.map((f) => key(a.id, f));
        if (total === undefined || parts.some((p) => !cells.has(p))) continue;
        if (parts.reduce((s, p) => s + cells.get(p)!, 0) !== total) continue;
        constraints.push({ total: key(a.id, item), parts });
      }
    }
    const table = { cells, constraints };
    const result = suppress(table, options);
    const audit = auditDisclosure(table, result, options);
    if (!audit.ok) throw new Error(`open data ${periodId}: disclosure audit failed: ${audit.problems.join('; ')}`);

    for (const field of fields) {
      for (const a of areas) {
        const id = key(a.id, field);
        const base: Pick<OpenDataRow, 'periodId' | 'areaCode' | 'areaName' | 'field'> = {
          periodId,
          areaCode: a.id,
          areaName: a.name,
          field,
        };
        if (!cells.has(id)) {
          rows.push({ ...base, value: null, codes: ['x'] });
          continue;
        }
        const r = result.cells.get(id)!;
        const codes: ShorthandCode[] = [];
        if (r.value === null) codes.push('c');
        if (open.has(periodId)) codes.push('p');
        if (r.value !== null && revisedCells.has(key(periodId, a.id, field))) codes.push('r');
        rows.push({ ...base, value: r.value, codes: normaliseCodes(codes) });
      }
    }
  }
  revisions.sort((a, b) => (a.revisedAt < b.revisedAt ? 1 : a.revisedAt > b.revisedAt ? -1 : 0) || comparePeriods(a.periodId, b.periodId));
  return { rows, revisions };
}

/** Name of a measure in a language, from the current dataset definition ("Referrals received — Age band: 0–17"). */
export function measureName(field: string, lang: Lang): string {
  const [itemId, bdId, catId] = field.split('.');
  const item = currentDataset.items.find((i) => i.id === itemId);
  if (!item) return field;
  if (!bdId) return item.label[lang];
  const bd = currentDataset.breakdowns.find((b) => b.id === bdId);
  const cat = bd?.categories.find((c) => c.id === catId);
  if (!bd || !cat) return field;
  return `${item.label[lang]} — ${bd.label[lang]}: ${cat.label[lang]}`;
}

const csvField = (s: string) => (/[",\r\n]/.test(s) || /^[=+\-@\t\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The open-data CSV in one language: UTF-8 with a byte-order mark (so spreadsheet programs
 * read Welsh letters such as ŵ and ŷ), CRLF line ends, headers in the language, a bare value
 * column and a StatsWales-style NoteCodes column.
 */
export function toCsv(rows: readonly OpenDataRow[], lang: Lang, name: (field: string, lang: Lang) => string = measureName): string {
  return `\uFEFF${csvHeaderLine(lang)}${rows.map((r) => csvRowLine(r, lang, name)).join('')}`;
}
/** The CSV's header line (CRLF included), for writers that stream the rows. */
export function csvHeaderLine(lang: Lang): string {
  const header = ['period', 'periodLabel', 'areaCode', 'areaName', 'measure', 'measureName', 'value', 'noteCodes'] as const;
  return `${header.map((h) => csvField(t(lang, `stats.csv.${h}`))).join(',')}\r\n`;
}
/** One row of the CSV (CRLF included). */
export function csvRowLine(r: OpenDataRow, lang: Lang, name: (field: string, lang: Lang) => string = measureName): string {
  const cell = csvCell(r.value, r.codes);
  return `${[
    r.periodId,
    periodLabel(r.periodId, lang),
    r.areaCode,
    r.areaName[lang],
    r.field,
    name(r.field, lang),
    cell.value,
    cell.noteCodes,
  ]
    .map(csvField)
    .join(',')}\r\n`;
}

/** One sentence per revision, in the reader's language. */
export function describeRevisions(revisions: readonly Revision[], lang: Lang, regions: readonly Area[] = geography.regions): string[] {
  const names = new Map([...regions, WALES].map((r) => [r.id, r.name[lang]]));
  return revisions.map(
    (r) =>
      t(lang, 'stats.revision', {
        measure: measureName(r.field, lang),
        area: names.get(r.areaCode) ?? r.areaCode,
        period: periodLabel(r.periodId, lang),
        date: formatDate(r.revisedAt, lang),
      }) + (r.note ? ` ${r.note}` : ''),
  );
}

// ------------------------------------------------------------------ completeness of a return
export type ReturnStatus = 'not-started' | 'draft' | 'submitted' | 'returned' | 'accepted';
export interface CompletenessInput {
  /** An unsubmitted draft exists (first draft, or an amendment after a return). */
  hasDraft: boolean;
  /** The latest submitted version; firstSubmittedAt is when version 1 came in (defaults to submittedAt). */
  latestSubmission?: { submittedAt: string; firstSubmittedAt?: string } | null;
  /** The latest review of any version. */
  latestReview?: { decision: 'accepted' | 'returned'; reviewedAt: string } | null;
  /** Deadline (ISO date, whole day in Wales). */
  due: string;
  now: string | Date;
}

/**
 * Status of one organisation's return for one period, with a separate late flag:
 * - not-started: nothing saved; draft: saved but never submitted;
 * - submitted: the latest version awaits review (including a resubmission after a return);
 * - returned: the national team sent the latest version back (an amendment may be in draft);
 * - accepted: the latest version was accepted.
 * Late: the first submission came after the due date, or nothing is submitted and the due date
 * has passed. A return sent back for amendment is not late for being resubmitted after the due date.
 */
export function completenessStatus(input: CompletenessInput): { status: ReturnStatus; late: boolean } {
  const { hasDraft, latestSubmission: sub, latestReview: rev, due, now } = input;
  let status: ReturnStatus;
  if (!sub) status = hasDraft ? 'draft' : 'not-started';
  else if (rev && Date.parse(rev.reviewedAt) >= Date.parse(sub.submittedAt)) status = rev.decision;
  else status = 'submitted';
  const first = sub ? (sub.firstSubmittedAt ?? sub.submittedAt) : null;
  const late = isPastDue(due, first ?? now);
  return { status, late };
}
