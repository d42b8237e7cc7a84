// What the returns routes answer: periods, organisations, one return in full, one version,
// the changes between two versions, and an organisation's returns over every period. Each
// is typed by its schema in the contract (content/api/schemas/returns.ts).
import { desc } from 'drizzle-orm';
import type { z } from 'zod';
import type * as R from '../../../content/api/schemas/returns.ts';
import { fieldMap } from '../../../content/dataset/fields.ts';
import { currentDataset } from '../../../content/index.ts';
import { defOf, deriveStatus, isoDay, issuesOf, unsubmitted } from '../../../content/returns/status.ts';
import type { Text } from '../../../content/schema.ts';
import { periodLabel, periodShortLabel } from '../../../content/stats/periods.ts';
import { periods } from '../../db/schema.ts';
import { ApiError } from '../lib/http.ts';
import {
  actorName,
  type Db,
  getOrg,
  getPeriod,
  keyPrefixes,
  type Loaded,
  loadOrg,
  loadReturn,
  names,
  noReturn,
  type OrgRow,
  type PeriodRow,
  previousAccepted,
  type ReturnRow,
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

export const orgDto = (o: OrgRow): z.infer<typeof R.OrgSummary> => ({
  id: o.id,
  name: { cy: o.nameCy, en: o.nameEn },
  type: o.type,
  healthBoard: o.healthBoard,
  localAuthority: o.localAuthority,
  region: o.region,
});

export async function draftDto(db: Db, ret: ReturnRow | null): Promise<z.infer<typeof R.ReturnDraft>> {
  if (!ret) return { values: {}, explanations: {}, rev: 0, updatedAt: null, updatedBy: null, source: null };
  return {
    values: ret.draftValues,
    explanations: ret.draftExplanations,
    rev: ret.draftRev,
    updatedAt: ret.draftUpdatedAt,
    updatedBy: await actorName(db, ret.draftUpdatedBy),
    source: ret.draftSource,
  };
}

async function versionDtos(db: Db, l: Loaded): Promise<z.infer<typeof R.VersionSummary>[]> {
  const people = await names(db, [
    ...l.versions.map((v) => v.submittedByUserId ?? ''),
    ...[...l.reviews.values()].map((r) => r.reviewerId),
  ]);
  const keys = await keyPrefixes(
    db,
    l.versions.map((v) => v.apiKeyId ?? ''),
  );
  return l.versions.map((v) => {
    const rv = l.reviews.get(v.id);
    return {
      version: v.version,
      reference: v.reference,
      createdAt: v.createdAt,
      via: v.via,
      submittedBy: v.submittedByUserId
        ? (people.get(v.submittedByUserId) ?? null)
        : v.apiKeyId
          ? `API (${keys.get(v.apiKeyId) ?? v.apiKeyId})`
          : null,
      declarationName: v.declarationName,
      amendmentReason: v.amendmentReason,
      datasetVersion: v.datasetVersion,
      ...(rv
        ? { review: { decision: rv.decision, comment: rv.comment, reviewedAt: rv.createdAt, reviewer: people.get(rv.reviewerId) ?? null } }
        : {}),
    };
  });
}

export async function returnDetail(db: Db, orgId: string, periodId: string, now: number): Promise<z.infer<typeof R.ReturnDetail>> {
  const period = await getPeriod(db, periodId);
  await getOrg(db, orgId);
  const l = await loadReturn(db, orgId, periodId);
  const { status, late } = deriveStatus(l, period, now);
  const def = defOf(l.ret?.datasetVersion ?? currentDataset.version);
  const previous = await previousAccepted(db, orgId, periodId);
  const draft = await draftDto(db, l.ret);
  const latest = l.versions[l.versions.length - 1];
  return {
    period: periodDto(period),
    status,
    late,
    datasetVersion: def.version,
    unsubmittedChanges: unsubmitted(l),
    latestVersion: latest?.version ?? null,
    draft,
    versions: await versionDtos(db, l),
    previous,
    issues: issuesOf(def, draft.values, previous?.values),
  };
}

export async function versionDetail(db: Db, orgId: string, periodId: string, version: number): Promise<z.infer<typeof R.VersionDetail>> {
  await getPeriod(db, periodId);
  const l = await loadReturn(db, orgId, periodId);
  const i = l.versions.findIndex((v) => v.version === version);
  if (i < 0) throw new ApiError(404, 'not-found');
  const dto = (await versionDtos(db, l))[i]!;
  return { ...dto, values: l.versions[i]!.values, explanations: l.versions[i]!.explanations };
}

export async function diffVersions(
  db: Db,
  orgId: string,
  periodId: string,
  from: number,
  to: number,
): Promise<z.infer<typeof R.VersionDiff>> {
  await getPeriod(db, periodId);
  const l = await loadReturn(db, orgId, periodId);
  const a = l.versions.find((v) => v.version === from);
  const b = l.versions.find((v) => v.version === to);
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

export async function orgReturns(db: Db, orgId: string, now: number): Promise<z.infer<typeof R.OrgReturns>> {
  const org = await getOrg(db, orgId);
  const all = await db.select().from(periods).orderBy(desc(periods.id));
  const loaded = await loadOrg(db, orgId);
  const out = [];
  for (const p of all) {
    const l = loaded.get(p.id) ?? noReturn();
    const { status, late } = deriveStatus(l, p, now);
    const latest = l.versions[l.versions.length - 1];
    out.push({
      period: periodDto(p),
      status,
      late,
      ...(latest ? { latestVersion: latest.version, reference: latest.reference, submittedAt: latest.createdAt } : {}),
      ...(l.ret ? { draftRev: l.ret.draftRev, unsubmittedChanges: unsubmitted(l) } : {}),
    });
  }
  return { org: orgDto(org), periods: out };
}
