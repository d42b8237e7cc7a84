// Quarterly core dataset returns: the logic shared by the web routes (routes/returns.ts), the
// machine routes (routes/machine.ts) and the national routes (routes/national.ts).
// Validation, CSV and periods come from the shared pure modules (content/dataset, stats/).

import { and, asc, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { fieldMap, fieldsOf, valuesSchema } from '../../../content/dataset/fields.ts';
import { type Issue, parseNumber, validateReturn } from '../../../content/dataset/validate.ts';
import { currentDataset, datasetVersion } from '../../../content/index.ts';
import type { DatasetDefinition, Lang, Text } from '../../../content/schema.ts';
import {
  apiKeys,
  memberships,
  organisations,
  periods,
  type ReturnExplanations,
  type ReturnValues,
  returnReviews,
  returns,
  returnVersions,
  users,
} from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { auditEntry } from '../lib/audit.ts';
import { sendEmail } from '../lib/email.ts';
import { ApiError, PlainText, validationError } from '../lib/http.ts';
import { assertNotArchived } from '../lib/organisations.ts';
import type { ReturnStatus } from '../stats/opendata.ts';
import { isLate, parsePeriodId, periodLabel, periodShortLabel } from '../stats/periods.ts';
import { dbRefusal, ReturnsError } from './errors.ts';
import { assertNotOwnReturn } from './review-rules.ts';
import { assertNewSubmission } from './submission-rules.ts';

type C = Context<AppEnv>;
export type Db = AppEnv['Variables']['db'];
export type PeriodRow = typeof periods.$inferSelect;
export type ReturnRow = typeof returns.$inferSelect;
export type VersionRow = typeof returnVersions.$inferSelect;
export type ReviewRow = typeof returnReviews.$inferSelect;
export type OrgRow = typeof organisations.$inferSelect;

export const MAX_DRAFT_BYTES = 256 * 1024;
export const MAX_CSV_BYTES = 256 * 1024;

// ------------------------------------------------------------------ dates and periods
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export const PeriodIdSchema = z.string().refine((s) => parsePeriodId(s) !== null, { params: { i18n: 'error.field.format' } });

export function periodDto(p: PeriodRow) {
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

export async function getPeriod(db: Db, id: string): Promise<PeriodRow> {
  if (!parsePeriodId(id)) throw new ReturnsError(404, 'period-not-found');
  const [p] = await db.select().from(periods).where(eq(periods.id, id)).limit(1);
  if (!p) throw new ReturnsError(404, 'period-not-found');
  return p;
}

export function assertUnlocked(p: PeriodRow) {
  if (p.lockedAt !== null) throw new ReturnsError(423, 'period-locked');
}

export async function getOrg(db: Db, orgId: string): Promise<OrgRow> {
  const [o] = await db.select().from(organisations).where(eq(organisations.id, orgId)).limit(1);
  if (!o) throw new ApiError(404, 'not-found');
  return o;
}

export const orgDto = (o: OrgRow) => ({
  id: o.id,
  name: { cy: o.nameCy, en: o.nameEn },
  type: o.type,
  healthBoard: o.healthBoard,
  localAuthority: o.localAuthority,
  region: o.region,
});

// ------------------------------------------------------------------ loading a return
export interface Loaded {
  ret: ReturnRow | null;
  /** Oldest first. */
  versions: VersionRow[];
  reviews: Map<string, ReviewRow>;
}

export async function loadReturn(db: Db, orgId: string, periodId: string): Promise<Loaded> {
  const [ret] = await db
    .select()
    .from(returns)
    .where(and(eq(returns.orgId, orgId), eq(returns.periodId, periodId)))
    .limit(1);
  if (!ret) return { ret: null, versions: [], reviews: new Map() };
  const versions = await db.select().from(returnVersions).where(eq(returnVersions.returnId, ret.id)).orderBy(asc(returnVersions.version));
  const reviews = new Map<string, ReviewRow>();
  if (versions.length) {
    const rows = await db
      .select()
      .from(returnReviews)
      .where(
        inArray(
          returnReviews.versionId,
          versions.map((v) => v.id),
        ),
      );
    for (const r of rows) reviews.set(r.versionId, r);
  }
  return { ret, versions, reviews };
}

/** The versions (oldest first) and reviews of the returns matching `where` (a condition on `returns`). */
async function versionsAndReviews(db: Db, where: SQL | undefined): Promise<{ versions: VersionRow[]; reviews: ReviewRow[] }> {
  const vs = await db
    .select({ v: returnVersions })
    .from(returnVersions)
    .innerJoin(returns, eq(returns.id, returnVersions.returnId))
    .where(where)
    .orderBy(asc(returnVersions.version));
  const rvs = await db
    .select({ r: returnReviews })
    .from(returnReviews)
    .innerJoin(returnVersions, eq(returnVersions.id, returnReviews.versionId))
    .innerJoin(returns, eq(returns.id, returnVersions.returnId))
    .where(where);
  return { versions: vs.map((x) => x.v), reviews: rvs.map((x) => x.r) };
}

/** Loads every return of some periods (or all), with versions and reviews, keyed by org + period. */
export async function loadAll(db: Db, periodIds?: string[]): Promise<Map<string, Loaded>> {
  let rets: ReturnRow[] = [];
  if (!periodIds) rets = await db.select().from(returns);
  // D1 binds at most 100 parameters per statement.
  else
    for (let i = 0; i < periodIds.length; i += 90)
      rets.push(
        ...(await db
          .select()
          .from(returns)
          .where(inArray(returns.periodId, periodIds.slice(i, i + 90)))),
      );
  const out = new Map<string, Loaded>();
  if (!rets.length) return out;
  const byId = new Map(rets.map((r) => [r.id, r]));
  // Only the versions and reviews of the returns asked for: at national scale the whole history
  // is tens of thousands of versions, and one quarter's view must not read all of it.
  let versions: VersionRow[] = [];
  let reviews: ReviewRow[] = [];
  if (!periodIds) {
    versions = await db.select().from(returnVersions).orderBy(asc(returnVersions.version));
    reviews = await db.select().from(returnReviews);
  } else {
    for (let i = 0; i < periodIds.length; i += 90) {
      const part = await versionsAndReviews(db, inArray(returns.periodId, periodIds.slice(i, i + 90)));
      versions.push(...part.versions);
      reviews.push(...part.reviews);
    }
    versions.sort((a, b) => a.version - b.version);
  }
  const reviewByVersion = new Map(reviews.map((r) => [r.versionId, r]));
  for (const r of rets) out.set(`${r.orgId}|${r.periodId}`, { ret: r, versions: [], reviews: new Map() });
  for (const v of versions) {
    const r = byId.get(v.returnId);
    if (!r) continue;
    const l = out.get(`${r.orgId}|${r.periodId}`)!;
    l.versions.push(v);
    const rv = reviewByVersion.get(v.id);
    if (rv) l.reviews.set(v.id, rv);
  }
  return out;
}

/** Every return of one organisation (all periods) in three queries, keyed by period. */
export async function loadOrg(db: Db, orgId: string): Promise<Map<string, Loaded>> {
  const rets = await db.select().from(returns).where(eq(returns.orgId, orgId));
  const { versions: vs, reviews: rvs } = await versionsAndReviews(db, eq(returns.orgId, orgId));
  const byId = new Map<string, Loaded>();
  const out = new Map<string, Loaded>();
  for (const r of rets) {
    const l: Loaded = { ret: r, versions: [], reviews: new Map() };
    byId.set(r.id, l);
    out.set(r.periodId, l);
  }
  for (const v of vs) byId.get(v.returnId)?.versions.push(v);
  const versionReturn = new Map(vs.map((v) => [v.id, v.returnId]));
  for (const r of rvs) byId.get(versionReturn.get(r.versionId) ?? '')?.reviews.set(r.versionId, r);
  return out;
}

/**
 * Status: the latest version's review (accepted / returned), else submitted; with no version,
 * draft if a draft exists, else not-started. Late: first submission after the due date, or
 * nothing submitted and the due date has passed.
 */
export function deriveStatus(l: Loaded, p: PeriodRow, now = Date.now()): { status: ReturnStatus; late: boolean } {
  const latest = l.versions[l.versions.length - 1];
  let status: ReturnStatus;
  if (!latest) status = l.ret ? 'draft' : 'not-started';
  else status = l.reviews.get(latest.id)?.decision ?? 'submitted';
  const first = l.versions[0];
  const late = isLate(p.id, isoDay(p.dueAt), first ? new Date(first.createdAt) : null, new Date(now));
  return { status, late };
}

/** The latest accepted version of a loaded return. */
export function latestAccepted(l: Loaded): VersionRow | undefined {
  for (let i = l.versions.length - 1; i >= 0; i--) if (l.reviews.get(l.versions[i]!.id)?.decision === 'accepted') return l.versions[i];
  return undefined;
}

/** Values of the last accepted return of an earlier quarter, for change-vs-previous warnings. */
export async function previousAccepted(
  db: Db,
  orgId: string,
  periodId: string,
): Promise<{ periodId: string; values: ReturnValues } | null> {
  const loaded = await loadOrg(db, orgId);
  const earlier = [...loaded.keys()]
    .filter((p) => p < periodId)
    .sort()
    .reverse();
  for (const p of earlier) {
    const v = latestAccepted(loaded.get(p)!);
    if (v) return { periodId: p, values: v.values };
  }
  return null;
}

export function defOf(version: string): DatasetDefinition {
  return datasetVersion(version) ?? currentDataset;
}

export function issuesOf(def: DatasetDefinition, values: ReturnValues, previous: ReturnValues | undefined, requireComplete = false) {
  const r = validateReturn(def, values, { ...(previous ? { previous } : {}), requireComplete });
  return { errors: r.errors, warnings: r.warnings };
}

/** Warnings whose field has no explanation in the draft. */
export function unexplained(warnings: Issue[], explanations: ReturnExplanations): Issue[] {
  return warnings.filter((w) => !(explanations[w.field] ?? '').trim());
}

// ------------------------------------------------------------------ mail
/** Sends to every submitter of an organisation; a failing mail never undoes or fails the recorded change. */
async function mailSubmitters(c: C, orgId: string, send: (s: { email: string; lang: Lang }) => Promise<void>) {
  for (const s of await submittersOf(c.get('db'), orgId)) {
    try {
      await send(s);
    } catch (err) {
      console.error(JSON.stringify({ requestId: c.get('requestId'), error: `mail to a submitter of ${orgId} failed: ${String(err)}` }));
    }
  }
}

// ------------------------------------------------------------------ people
async function names(db: Db, userIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter(Boolean))];
  if (!ids.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((u) => [u.id, u.name ?? u.email]));
}
async function keyPrefixes(db: Db, ids: string[]): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter(Boolean))];
  if (!list.length) return new Map();
  const rows = await db.select({ id: apiKeys.id, prefix: apiKeys.prefix }).from(apiKeys).where(inArray(apiKeys.id, list));
  return new Map(rows.map((k) => [k.id, k.prefix]));
}

/** "user:<id>" or "api-key:<id>" of the caller, stored in draft_updated_by. */
export function actorOf(c: C): string | null {
  const k = c.get('apiKey');
  if (k) return `api-key:${k.id}`;
  const u = c.get('user');
  return u ? `user:${u.id}` : null;
}
async function actorName(db: Db, actor: string | null): Promise<string | null> {
  if (!actor) return null;
  const [kind, id] = [actor.slice(0, actor.indexOf(':')), actor.slice(actor.indexOf(':') + 1)];
  if (kind === 'api-key') return `API (${(await keyPrefixes(db, [id])).get(id) ?? id})`;
  return (await names(db, [id])).get(id) ?? null;
}

/** Submitters of an organisation (members), each with their language. */
export async function submittersOf(db: Db, orgId: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, lang: users.lang })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.email));
}

// ------------------------------------------------------------------ request bodies
export function explanationsSchema(def: DatasetDefinition) {
  const cell = PlainText(2000, 0).optional();
  return z.strictObject(Object.fromEntries(fieldsOf(def).map((f) => [f.key, cell])) as Record<string, typeof cell>);
}
export function draftSchema(def: DatasetDefinition) {
  return z.strictObject({
    rev: z.number().int().min(0).max(1_000_000_000),
    values: valuesSchema(def),
    explanations: explanationsSchema(def).optional(),
  });
}
export const submitSchema = z.strictObject({
  rev: z.number().int().min(0).max(1_000_000_000),
  declaration: z.strictObject({
    name: PlainText(200),
    confirmed: z.boolean().refine((v) => v === true, { params: { i18n: 'error.returns.field.declaration' } }),
  }),
  amendmentReason: PlainText(2000).optional(),
});
export function validateSchema(def: DatasetDefinition) {
  return z.strictObject({ values: valuesSchema(def), explanations: explanationsSchema(def).optional() });
}

/** Values as typed by people or read from a file → numbers (or null); non-numbers are a 400. */
export function coerceValues(input: Record<string, unknown>): ReturnValues {
  const out: ReturnValues = {};
  const bad: { field: string; key: 'error.returns.field.not-number' }[] = [];
  for (const [k, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    const p = parseNumber(raw);
    if (!p.ok) bad.push({ field: `values.${k}`, key: 'error.returns.field.not-number' });
    else if (p.value !== null) out[k] = p.value;
  }
  if (bad.length) throw new ApiError(400, 'validation', {}, bad);
  return out;
}
export function cleanExplanations(input: Record<string, string | undefined> | undefined): ReturnExplanations {
  const out: ReturnExplanations = {};
  for (const [k, v] of Object.entries(input ?? {})) if (v && v.trim()) out[k] = v.trim();
  return out;
}

// ------------------------------------------------------------------ views
async function draftDto(db: Db, ret: ReturnRow | null) {
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

async function versionDtos(db: Db, l: Loaded) {
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

export async function returnDetail(c: C, orgId: string, periodId: string) {
  const db = c.get('db');
  const period = await getPeriod(db, periodId);
  await getOrg(db, orgId);
  const l = await loadReturn(db, orgId, periodId);
  const { status, late } = deriveStatus(l, period);
  const def = defOf(l.ret?.datasetVersion ?? currentDataset.version);
  const previous = await previousAccepted(db, orgId, periodId);
  const draft = await draftDto(db, l.ret);
  const latest = l.versions[l.versions.length - 1];
  return {
    period: periodDto(period),
    status,
    late,
    datasetVersion: def.version,
    /** The draft differs from the latest submitted version (or nothing is submitted yet and a draft exists). */
    unsubmittedChanges: unsubmitted(l),
    latestVersion: latest?.version ?? null,
    draft,
    versions: await versionDtos(db, l),
    previous,
    issues: issuesOf(def, draft.values, previous?.values),
  };
}

const canonical = (o: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
export function unsubmitted(l: Loaded): boolean {
  if (!l.ret) return false;
  const latest = l.versions[l.versions.length - 1];
  if (!latest) return true;
  return canonical(l.ret.draftValues) !== canonical(latest.values) || canonical(l.ret.draftExplanations) !== canonical(latest.explanations);
}

export async function versionDetail(c: C, orgId: string, periodId: string, version: number) {
  const db = c.get('db');
  await getPeriod(db, periodId);
  const l = await loadReturn(db, orgId, periodId);
  const i = l.versions.findIndex((v) => v.version === version);
  if (i < 0) throw new ApiError(404, 'not-found');
  const dto = (await versionDtos(db, l))[i]!;
  return { ...dto, values: l.versions[i]!.values, explanations: l.versions[i]!.explanations };
}

export async function diffVersions(c: C, orgId: string, periodId: string, from: number, to: number) {
  const db = c.get('db');
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

export async function orgReturns(c: C, orgId: string) {
  const db = c.get('db');
  const org = await getOrg(db, orgId);
  const all = await db.select().from(periods).orderBy(desc(periods.id));
  const loaded = await loadOrg(db, orgId);
  const out = [];
  for (const p of all) {
    const l = loaded.get(p.id) ?? { ret: null, versions: [], reviews: new Map() };
    const { status, late } = deriveStatus(l, p);
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

// ------------------------------------------------------------------ writes
async function conflict(db: Db, orgId: string, periodId: string, yours: { values: ReturnValues; explanations: ReturnExplanations }) {
  const l = await loadReturn(db, orgId, periodId);
  return new ReturnsError(409, 'draft-conflict', { draft: await draftDto(db, l.ret), yours });
}

/** Saves a draft if `rev` is the current revision (0 when there is none yet); otherwise 409 with the current draft. */
export async function saveDraft(
  c: C,
  orgId: string,
  periodId: string,
  input: { rev: number; values: ReturnValues; explanations: ReturnExplanations },
  source: 'web' | 'csv' | 'api',
) {
  const db = c.get('db');
  const period = await getPeriod(db, periodId);
  assertUnlocked(period);
  assertNotArchived(await getOrg(db, orgId));
  const l = await loadReturn(db, orgId, periodId);
  const yours = { values: input.values, explanations: input.explanations };
  const currentRev = l.ret?.draftRev ?? 0;
  if (currentRev !== input.rev) throw await conflict(db, orgId, periodId, yours);
  const now = Date.now();
  const actor = actorOf(c);
  const def = defOf(l.ret?.datasetVersion ?? currentDataset.version);
  const rev = input.rev + 1;
  const id = l.ret?.id ?? crypto.randomUUID();
  const write = l.ret
    ? db
        .update(returns)
        .set({
          draftValues: input.values,
          draftExplanations: input.explanations,
          draftRev: rev,
          draftUpdatedAt: now,
          draftUpdatedBy: actor,
          draftSource: source,
        })
        .where(eq(returns.id, l.ret.id))
    : db.insert(returns).values({
        id,
        orgId,
        periodId,
        datasetVersion: def.version,
        draftValues: input.values,
        draftExplanations: input.explanations,
        draftRev: rev,
        draftUpdatedAt: now,
        draftUpdatedBy: actor,
        draftSource: source,
        createdAt: now,
      });
  try {
    await db.batch([
      write,
      auditEntry(c, {
        action: l.ret ? 'return.draft.update' : 'return.draft.create',
        entityType: 'return',
        entityId: id,
        before: l.ret ? { rev: l.ret.draftRev, values: l.ret.draftValues, explanations: l.ret.draftExplanations } : undefined,
        after: { rev, source, values: input.values, explanations: input.explanations },
      }),
    ]);
  } catch (err) {
    const refusal = dbRefusal(err);
    // A concurrent save got in first (the trigger refused rev → rev+1, or the unique org+period index).
    if (refusal && (refusal.code === 'draft-conflict' || refusal.code === 'conflict')) throw await conflict(db, orgId, periodId, yours);
    throw refusal ?? err;
  }
  const previous = await previousAccepted(db, orgId, periodId);
  return { rev, issues: issuesOf(def, input.values, previous?.values) };
}

export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

async function orgShort(orgId: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(orgId));
  return [...new Uint8Array(d)]
    .slice(0, 3)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
export async function referenceFor(periodId: string, orgId: string, version: number) {
  const [fy, q] = [periodId.slice(0, 7), periodId.slice(8).toUpperCase()];
  return `SP-${fy}-${q}-${await orgShort(orgId)}-v${version}`;
}

export async function submitReturn(
  c: C,
  orgId: string,
  periodId: string,
  body: z.output<typeof submitSchema>,
  idempotencyKey: string | undefined,
) {
  const db = c.get('db');
  if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) throw new ReturnsError(400, 'idempotency-key-required');
  const period = await getPeriod(db, periodId);
  const org = await getOrg(db, orgId);
  let l = await loadReturn(db, orgId, periodId);
  const replay = () => {
    const v = l.versions.find((x) => x.idempotencyKey === idempotencyKey);
    return v ? { version: v.version, reference: v.reference, status: 'submitted' as const } : null;
  };
  const done = replay();
  if (done) return done;
  assertUnlocked(period);
  assertNotArchived(org);
  if (!l.ret) throw new ReturnsError(422, 'no-draft');
  if (l.ret.draftRev !== body.rev) throw await conflict(db, orgId, periodId, { values: {}, explanations: {} });
  assertNewSubmission(l.ret, l.versions, body.rev);
  const def = defOf(l.ret.datasetVersion);
  const previous = await previousAccepted(db, orgId, periodId);
  const issues = issuesOf(def, l.ret.draftValues, previous?.values, true);
  if (issues.errors.length) throw new ReturnsError(422, 'return-invalid', { issues });
  const missing = unexplained(issues.warnings, l.ret.draftExplanations);
  if (missing.length) throw new ReturnsError(422, 'explanation-required', { issues, missing: missing.map((w) => w.field) });
  const everAccepted = l.versions.some((v) => l.reviews.get(v.id)?.decision === 'accepted');
  if (everAccepted && !body.amendmentReason) throw new ReturnsError(422, 'amendment-reason-required');

  const version = (l.versions[l.versions.length - 1]?.version ?? 0) + 1;
  const reference = await referenceFor(periodId, orgId, version);
  const key = c.get('apiKey');
  const user = c.get('user');
  const via = key ? 'api' : l.ret.draftSource === 'csv' ? 'csv' : 'web';
  const row = {
    id: crypto.randomUUID(),
    returnId: l.ret.id,
    version,
    reference,
    values: l.ret.draftValues,
    explanations: l.ret.draftExplanations,
    datasetVersion: l.ret.datasetVersion,
    submittedByUserId: key ? null : (user?.id ?? null),
    apiKeyId: key?.id ?? null,
    via,
    declarationName: body.declaration.name,
    amendmentReason: body.amendmentReason ?? null,
    idempotencyKey,
    createdAt: Date.now(),
    draftRev: body.rev,
  } as const;
  try {
    await db.batch([
      db.insert(returnVersions).values(row),
      auditEntry(c, {
        action: 'return.submit',
        entityType: 'return',
        entityId: l.ret.id,
        // The declaration name stays in the version row (erasure blanks it there), never in the log.
        after: { version, reference, via, rev: body.rev, amendmentReason: row.amendmentReason },
      }),
    ]);
  } catch (err) {
    const refusal = dbRefusal(err);
    if (refusal && ['conflict', 'already-submitted', 'no-changes'].includes(refusal.code)) {
      // A concurrent submission: the same key → the same answer; the same revision → already submitted.
      l = await loadReturn(db, orgId, periodId);
      const again = replay();
      if (again) return again;
      if (l.ret) assertNewSubmission(l.ret, l.versions, body.rev);
    }
    throw refusal ?? err;
  }
  // Tell every submitter of the organisation, each in their language.
  const vars = (lang: Lang) => ({
    org: lang === 'cy' ? org.nameCy : org.nameEn,
    period: periodLabel(periodId, lang),
    reference,
    version: String(version),
    name: row.declarationName,
  });
  await mailSubmitters(c, orgId, (s) =>
    sendEmail(c.env, s.email, s.lang, {
      subject: 'email.returns.submitted.subject',
      body: 'email.returns.submitted.body',
      vars: { cy: vars('cy'), en: vars('en') },
    }),
  );
  return { version, reference, status: 'submitted' as const };
}

export const reviewSchema = z
  .strictObject({
    version: z.number().int().min(1).max(100_000),
    decision: z.enum(['accept', 'return']),
    comment: PlainText(4000).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.decision === 'return' && !b.comment)
      ctx.addIssue({ code: 'custom', path: ['comment'], params: { i18n: 'error.returns.field.comment-required' } });
  });

export async function reviewReturn(c: C, orgId: string, periodId: string, body: z.output<typeof reviewSchema>) {
  const db = c.get('db');
  const period = await getPeriod(db, periodId);
  const org = await getOrg(db, orgId);
  assertUnlocked(period);
  assertNotArchived(org);
  const l = await loadReturn(db, orgId, periodId);
  const target = l.versions.find((v) => v.version === body.version);
  if (!target) throw new ApiError(404, 'not-found');
  assertNotOwnReturn(c.get('user')!, orgId, l.versions);
  const latest = l.versions[l.versions.length - 1]!;
  if (target.id !== latest.id || l.reviews.has(target.id)) throw new ReturnsError(409, 'already-reviewed');
  const decision = body.decision === 'accept' ? 'accepted' : 'returned';
  const review = {
    id: crypto.randomUUID(),
    versionId: target.id,
    decision,
    comment: body.comment ?? null,
    reviewerId: c.get('user')!.id,
    createdAt: Date.now(),
  } as const;
  try {
    await db.batch([
      db.insert(returnReviews).values(review),
      auditEntry(c, {
        action: `return.${decision === 'accepted' ? 'accept' : 'return'}`,
        entityType: 'return',
        entityId: l.ret!.id,
        after: { version: target.version, reference: target.reference, decision, comment: review.comment },
      }),
    ]);
  } catch (err) {
    const refusal = dbRefusal(err);
    if (refusal && refusal.code === 'conflict') throw new ReturnsError(409, 'already-reviewed');
    throw refusal ?? err;
  }
  const tpl = decision === 'accepted' ? 'accepted' : 'returned';
  const vars = (lang: Lang) => ({
    org: lang === 'cy' ? org.nameCy : org.nameEn,
    period: periodLabel(periodId, lang),
    reference: target.reference,
    comment: review.comment ?? '',
  });
  await mailSubmitters(c, orgId, (s) =>
    sendEmail(c.env, s.email, s.lang, {
      subject: `email.returns.${tpl}.subject`,
      body: `email.returns.${tpl}.body`,
      vars: { cy: vars('cy'), en: vars('en') },
    }),
  );
  return { version: target.version, reference: target.reference, decision, reviewedAt: review.createdAt };
}

/** Organisations still in use (not archived). */
export async function activeOrgs(db: Db) {
  return db.select().from(organisations).where(isNull(organisations.archivedAt)).orderBy(asc(organisations.nameEn));
}

export { validationError };
