// What the returns routes answer: periods, organisations, one return in full, one version,
// the changes between two versions, and an organisation's returns over every period. Each
// is typed by its schema in the contract (content/api/schemas/returns.ts), and each reads
// the database once (one batch): status comes stored with the return (migration 0007).
import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type * as R from '../../../content/api/schemas/returns.ts';
import { fieldMap } from '../../../content/dataset/fields.ts';
import { currentDataset } from '../../../content/index.ts';
import { defOf, draftDiffers, isoDay, issuesOf, storedStatus } from '../../../content/returns/status.ts';
import type { Text } from '../../../content/schema.ts';
import { periodLabel, periodShortLabel } from '../../../content/stats/periods.ts';
import { periods, returns, returnVersions } from '../../db/schema.ts';
import { ApiError } from '../lib/http.ts';
import {
  type Db,
  known,
  type NoteView,
  type OrgRow,
  orgQuery,
  type PeriodRow,
  type ReturnFacts,
  type ReturnRow,
  returnFacts,
  type VersionView,
} from './queries.ts';

export function periodDto(p: PeriodRow): z.infer<typeof R.Period> {
  return {
    id: p.id,
    label: { cy: periodLabel(p.id, 'cy'), en: periodLabel(p.id, 'en') },
    shortLabel: { cy: periodShortLabel(p.id, 'cy'), en: periodShortLabel(p.id, 'en') },
    opensAt: isoDay(p.opensAt),
    dueAt: isoDay(p.dueAt),
    locked: p.lockedAt !== null,
    lockedAt: p.lockedAt,
  };
}

export const orgDto = (
  o: Pick<OrgRow, 'id' | 'nameCy' | 'nameEn' | 'type' | 'healthBoard' | 'localAuthority' | 'region'>,
): z.infer<typeof R.OrgSummary> => ({
  id: o.id,
  name: { cy: o.nameCy, en: o.nameEn },
  type: o.type,
  healthBoard: o.healthBoard,
  localAuthority: o.localAuthority,
  region: o.region,
});

export function draftDto(ret: ReturnRow | null, author: string | null): z.infer<typeof R.ReturnDraft> {
  if (!ret) return { values: {}, explanations: {}, rev: 0, updatedAt: null, updatedBy: null, source: null };
  return {
    values: ret.draftValues,
    explanations: ret.draftExplanations,
    rev: ret.draftRev,
    updatedAt: ret.draftUpdatedAt,
    updatedBy: author,
    source: ret.draftSource,
  };
}

function versionDto({ v, review, submittedBy }: VersionView): z.infer<typeof R.VersionSummary> {
  return {
    version: v.version,
    reference: v.reference,
    createdAt: v.createdAt,
    via: v.via,
    submittedBy,
    declarationName: v.declarationName,
    amendmentReason: v.amendmentReason,
    datasetVersion: v.datasetVersion,
    ...(review ? { review } : {}),
  };
}

export function noteDto({ n, author }: NoteView): z.infer<typeof R.ValueNote> {
  return {
    id: n.id,
    field: n.field,
    kind: n.kind,
    body: n.body,
    version: n.version,
    author,
    authorSide: n.authorSide,
    createdAt: n.createdAt,
  };
}

/** One return in full, from facts already read (one round trip). */
export function returnDetailOf(f: ReturnFacts, now: number): z.infer<typeof R.ReturnDetail> {
  const { period } = known(f);
  const { status, late } = storedStatus(f.ret, period, now);
  const def = defOf(f.ret?.datasetVersion ?? currentDataset.version);
  const draft = draftDto(f.ret, f.draftAuthor);
  const latest = f.versions.at(-1)?.v;
  return {
    period: periodDto(period),
    status,
    late,
    datasetVersion: def.version,
    unsubmittedChanges: draftDiffers(f.ret, latest),
    latestVersion: latest?.version ?? null,
    draft,
    versions: f.versions.map(versionDto),
    previous: f.previous,
    history: f.history,
    issues: issuesOf(def, draft.values, { periodId: period.id, history: f.history }),
    notes: f.notes.map(noteDto),
  };
}

export async function returnDetail(db: Db, orgId: string, periodId: string, now: number) {
  return returnDetailOf(await returnFacts(db, orgId, periodId), now);
}

export async function versionDetail(db: Db, orgId: string, periodId: string, version: number): Promise<z.infer<typeof R.VersionDetail>> {
  const f = await returnFacts(db, orgId, periodId);
  known(f);
  const found = f.versions.find((x) => x.v.version === version);
  if (!found) throw new ApiError(404, 'not-found');
  return { ...versionDto(found), values: found.v.values, explanations: found.v.explanations };
}

export async function diffVersions(
  db: Db,
  orgId: string,
  periodId: string,
  from: number,
  to: number,
): Promise<z.infer<typeof R.VersionDiff>> {
  const f = await returnFacts(db, orgId, periodId);
  known(f);
  const a = f.versions.find((x) => x.v.version === from)?.v;
  const b = f.versions.find((x) => x.v.version === to)?.v;
  if (!a || !b) throw new ApiError(404, 'not-found');
  const fields = fieldMap(defOf(b.datasetVersion));
  const order = [...fields.keys()];
  const keys = new Set([...Object.keys(a.values), ...Object.keys(b.values)]);
  const ordered = [...order.filter((k) => keys.has(k)), ...[...keys].filter((k) => !fields.has(k)).sort()];
  const changes = ordered
    .filter((k) => (a.values[k] ?? null) !== (b.values[k] ?? null))
    .map((k) => ({
      field: k,
      label: fields.get(k)?.label ?? ({ cy: k, en: k } as Text),
      from: a.values[k] ?? null,
      to: b.values[k] ?? null,
    }));
  return { from, to, changes };
}

/** Every period with the organisation's return: the stored status, and the latest version beside the draft. */
export async function orgReturns(db: Db, orgId: string, now: number): Promise<z.infer<typeof R.OrgReturns>> {
  const [[org], all, rows] = await db.batch([
    orgQuery(db, orgId),
    db.select().from(periods).orderBy(desc(periods.id)),
    db
      .select({
        r: returns,
        latest: {
          version: returnVersions.version,
          reference: returnVersions.reference,
          // Its own name: returns has a created_at too, and drizzle's D1 batch maps rows by column name.
          createdAt: sql<number>`${returnVersions.createdAt}`.as('latest_created_at'),
          values: returnVersions.values,
          explanations: returnVersions.explanations,
        },
      })
      .from(returns)
      .leftJoin(returnVersions, eq(returnVersions.id, returns.latestVersionId))
      .where(eq(returns.orgId, orgId)),
  ]);
  if (!org) throw new ApiError(404, 'not-found');
  const byPeriod = new Map(rows.map((x) => [x.r.periodId, x]));
  return {
    org: orgDto(org),
    periods: all.map((p) => {
      const x = byPeriod.get(p.id);
      const { status, late } = storedStatus(x?.r ?? null, p, now);
      const latest = x?.latest ?? null;
      return {
        period: periodDto(p),
        status,
        late,
        ...(latest ? { latestVersion: latest.version, reference: latest.reference, submittedAt: latest.createdAt } : {}),
        ...(x ? { draftRev: x.r.draftRev, unsubmittedChanges: draftDiffers(x.r, latest) } : {}),
      };
    }),
  };
}
