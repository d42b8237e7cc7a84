// Published open data: the table of one period as it is published (after suppression), built
// from what the database keeps summed (the whole-number figures of every accepted return, by
// region) and the accepted returns that revised an earlier accepted figure. Pure: the Worker
// reads the basis in one query batch and stores what this returns (worker/src/returns/publish.ts).
//
// A published table is compact and language-neutral: a row per cell (field, area, value,
// StatsWales codes) and a row per revision, each with the ranks that order them (fields in the
// dataset's order, Wales first then the regions). Labels are added in the reader's language
// when the API serves a page.
import { geography } from '../index.ts';
import { countFields } from '../returns/status.ts';
import { type AcceptedValue, buildOpenData, WALES } from './opendata.ts';

export type PublishedRow = [fieldRank: number, areaRank: number, field: string, area: string, value: number | null, codes: string];
export type PublishedRevision = [fieldRank: number, areaRank: number, field: string, area: string, revisedAt: string, note: string | null];
export interface PublishedTable {
  rows: PublishedRow[];
  revisions: PublishedRevision[];
}

/** A revising return: its region, when it was accepted, the amendment's reason and its figures. */
export interface RevisedReturn {
  returnId: string;
  region: string;
  acceptedAt: number;
  note: string | null;
  values: Readonly<Record<string, number | null>>;
}
/** What a period's publication is built from. `sums` hold every accepted return, the revising ones too. */
export interface Basis {
  /** Whole-number figures summed by region and field; n = how many returns gave one. */
  sums: { region: string; field: string; value: number; n: number }[];
  revised: RevisedReturn[];
  locked: boolean;
  /** When the period was first published (its first lock), ISO; null before. */
  firstPublished: string | null;
}

/** Areas in published order: Wales, then the regions of content/geography. */
export const AREAS = [WALES.id, ...geography.regions.map((r) => r.id)];
const wholeNumber = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x);

/**
 * The basis with one return's accepted version replaced: `out` (its previous accepted figures,
 * if any) leaves its region's sums and `in` comes in, as migration 0007's trigger does in the
 * database. Lets a review publish in the same batch as its own change.
 */
export function withAccepted(
  basis: Basis,
  change: {
    returnId: string;
    region: string;
    out: Readonly<Record<string, number | null>> | null;
    in: Readonly<Record<string, number | null>>;
    /** The acceptance replaces an earlier accepted version (a revision). */
    revision: boolean;
    acceptedAt: number;
    note: string | null;
  },
): Basis {
  const sums = new Map(basis.sums.map((s) => [`${s.region}\u0000${s.field}`, { ...s }]));
  const add = (values: Readonly<Record<string, number | null>>, sign: 1 | -1) => {
    for (const [field, x] of Object.entries(values)) {
      if (!wholeNumber(x)) continue;
      const k = `${change.region}\u0000${field}`;
      const s = sums.get(k) ?? { region: change.region, field, value: 0, n: 0 };
      s.value += sign * x;
      s.n += sign;
      sums.set(k, s);
    }
  };
  if (change.out) add(change.out, -1);
  add(change.in, 1);
  const revised = basis.revised.filter((r) => r.returnId !== change.returnId);
  if (change.revision)
    revised.push({ returnId: change.returnId, region: change.region, acceptedAt: change.acceptedAt, note: change.note, values: change.in });
  return { ...basis, sums: [...sums.values()].filter((s) => s.n > 0), revised };
}

/** The published table of one period: suppression (buildOpenData), then the compact rows. */
export function publishedTable(periodId: string, basis: Basis): PublishedTable {
  const counts = new Set(countFields());
  const regions = new Set(geography.regions.map((r) => r.id));
  const usable = (region: string, field: string) => regions.has(region) && counts.has(field);
  // Revising returns go in one by one (each is listed as a revision); the sums without them go in as one row per cell.
  const rest = new Map(basis.sums.map((s) => [`${s.region}\u0000${s.field}`, { ...s }]));
  const input: AcceptedValue[] = [];
  for (const r of basis.revised) {
    for (const [field, x] of Object.entries(r.values)) {
      if (!wholeNumber(x)) continue;
      const s = rest.get(`${r.region}\u0000${field}`);
      if (s) {
        s.value -= x;
        s.n -= 1;
      }
      if (!usable(r.region, field) || x < 0) continue;
      const revisedAt = new Date(r.acceptedAt).toISOString();
      input.push({ periodId, region: r.region, field, value: x, status: 'accepted', revisedAt, revisionNote: r.note });
    }
  }
  for (const s of rest.values())
    if (s.n > 0 && s.value >= 0 && usable(s.region, s.field))
      input.push({ periodId, region: s.region, field: s.field, value: s.value, status: 'accepted' });
  const { rows, revisions } = buildOpenData(input, {
    openPeriods: basis.locked ? [] : [periodId],
    firstPublished: basis.firstPublished ? { [periodId]: basis.firstPublished } : {},
  });
  const fieldRank = new Map<string, number>();
  for (const r of rows) if (!fieldRank.has(r.field)) fieldRank.set(r.field, fieldRank.size);
  const areaRank = (a: string) => AREAS.indexOf(a);
  return {
    rows: rows.map((r) => [fieldRank.get(r.field)!, areaRank(r.areaCode), r.field, r.areaCode, r.value, r.codes.join(',')]),
    revisions: revisions.map((r) => [fieldRank.get(r.field) ?? -1, areaRank(r.areaCode), r.field, r.areaCode, r.revisedAt, r.note]),
  };
}
