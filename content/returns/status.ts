// Pure rules of a quarterly return: its status and late flag, what is still unsubmitted,
// which warnings lack an explanation, what a save changed, and how typed values become
// numbers. The Worker applies them to rows from D1; the pages may apply them to what the API
// sends. The database stores a return's status with each version and review (migration 0007's
// triggers follow `deriveStatus`, which stays the definition and checks them in the tests), so
// requests read it with `storedStatus` and never rebuild it from the history.
import { fieldsOf } from '../dataset/fields.ts';
import type { HistoryQuarter } from '../dataset/outliers.ts';
import { type Issue, parseNumber, validateReturn } from '../dataset/validate.ts';
import { currentDataset, datasetVersion } from '../index.ts';
import type { DatasetDefinition } from '../schema.ts';
import type { ReturnStatus } from '../stats/opendata.ts';
import { isLate, lateFrom } from '../stats/periods.ts';

export type { ReturnStatus };
export type Values = Record<string, number | null>;
export type Explanations = Record<string, string>;

/** A return as far as these rules need it: the draft (if any), its versions oldest first, and their reviews. */
export interface ReturnState<V extends VersionLike = VersionLike> {
  ret: { draftValues: Values; draftExplanations: Explanations } | null;
  versions: V[];
  reviews: Map<string, { decision: 'accepted' | 'returned' }>;
}
export interface VersionLike {
  id: string;
  version: number;
  createdAt: number;
  values: Values;
  explanations: Explanations;
}

export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Status: the latest version's review (accepted / returned), else submitted; with no version,
 * draft if a draft exists, else not-started. Late: first submission after the due date, or
 * nothing submitted and the due date has passed.
 */
export function deriveStatus(l: ReturnState, period: { id: string; dueAt: number }, now: number): { status: ReturnStatus; late: boolean } {
  const latest = l.versions[l.versions.length - 1];
  let status: ReturnStatus;
  if (!latest) status = l.ret ? 'draft' : 'not-started';
  else status = l.reviews.get(latest.id)?.decision ?? 'submitted';
  const first = l.versions[0];
  const late = isLate(period.id, isoDay(period.dueAt), first ? new Date(first.createdAt) : null, new Date(now));
  return { status, late };
}

/** What a return stores of its status (migration 0007), or null when nothing was ever saved. */
export interface StoredStatus {
  status: Exclude<ReturnStatus, 'not-started'>;
  firstSubmittedAt: number | null;
}

/** Status and late flag from the stored columns: the same answer as `deriveStatus` on the history. */
export function storedStatus(
  ret: StoredStatus | null,
  period: { id: string; dueAt: number },
  now: number,
): { status: ReturnStatus; late: boolean } {
  return storedStatuses(period, now)(ret);
}

/** `storedStatus` for many returns of one period: the due date is worked out once, not per return. */
export function storedStatuses(
  period: { id: string; dueAt: number },
  now: number,
): (ret: StoredStatus | null) => { status: ReturnStatus; late: boolean } {
  const from = lateFrom(period.id, isoDay(period.dueAt));
  return (ret) => ({ status: ret?.status ?? 'not-started', late: (ret?.firstSubmittedAt ?? now) >= from });
}

/** The latest accepted version. */
export function latestAccepted<V extends VersionLike>(l: ReturnState<V>): V | undefined {
  for (let i = l.versions.length - 1; i >= 0; i--) if (l.reviews.get(l.versions[i]!.id)?.decision === 'accepted') return l.versions[i];
  return undefined;
}

const canonical = (o: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
/** The same figures and explanations, whatever the order of their keys. */
export function sameContent(
  draft: { draftValues: Values; draftExplanations: Explanations },
  version: { values: Values; explanations: Explanations },
): boolean {
  return (
    canonical(draft.draftValues) === canonical(version.values) && canonical(draft.draftExplanations) === canonical(version.explanations)
  );
}

/** The draft differs from the latest submitted version (or a draft exists and nothing is submitted yet). */
export function draftDiffers(
  draft: { draftValues: Values; draftExplanations: Explanations } | null,
  latest: { values: Values; explanations: Explanations } | null | undefined,
): boolean {
  if (!draft) return false;
  return !latest || !sameContent(draft, latest);
}
export function unsubmitted(l: ReturnState): boolean {
  return draftDiffers(l.ret, l.versions[l.versions.length - 1]);
}

/**
 * What a save changed, field by field (an autosave's audit entry keeps this, not two copies of
 * every value): `[before, after]` per changed key, null for absent.
 */
export function changedFields<T extends string | number | null>(
  before: Readonly<Record<string, T>>,
  after: Readonly<Record<string, T>>,
): Record<string, [T | null, T | null]> {
  const out: Record<string, [T | null, T | null]> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)]))
    if ((before[k] ?? null) !== (after[k] ?? null)) out[k] = [before[k] ?? null, after[k] ?? null];
  return out;
}

/** The definition a return made against `version` is checked with (the current one if unknown). */
export function defOf(version: string): DatasetDefinition {
  return datasetVersion(version) ?? currentDataset;
}

/** What a return is compared with: its period and the organisation's accepted quarters before it, newest first. */
export interface Prior {
  periodId: string;
  history: readonly HistoryQuarter[];
}

/** Every error and warning of some values (against the accepted quarters before, for change and outlier warnings). */
export function issuesOf(def: DatasetDefinition, values: Values, prior: Prior | undefined, requireComplete = false) {
  const previous = prior?.history[0]?.values;
  const history = prior ? { periodId: prior.periodId, quarters: prior.history } : undefined;
  const r = validateReturn(def, values, { ...(previous ? { previous } : {}), ...(history ? { history } : {}), requireComplete });
  return { errors: r.errors, warnings: r.warnings };
}

/** Warnings whose field has no explanation, one per field (one explanation answers every warning on a field). */
export function unexplained(warnings: Issue[], explanations: Explanations): Issue[] {
  const seen = new Set<string>();
  return warnings.filter((w) => !(explanations[w.field] ?? '').trim() && !seen.has(w.field) && seen.add(w.field));
}

/** Values as typed by people or read from a file → numbers (blanks dropped); `notNumbers` lists the keys that are not numbers. */
export function coerceValues(input: Record<string, unknown>): { values: Values; notNumbers: string[] } {
  const values: Values = {};
  const notNumbers: string[] = [];
  for (const [k, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    const p = parseNumber(raw);
    if (!p.ok) notNumbers.push(k);
    else if (p.value !== null) values[k] = p.value;
  }
  return { values, notNumbers };
}

/** Explanations, trimmed, without blanks. */
export function cleanExplanations(input: Record<string, string | undefined> | undefined): Explanations {
  const out: Explanations = {};
  for (const [k, v] of Object.entries(input ?? {})) if (v?.trim()) out[k] = v.trim();
  return out;
}

/** The count fields of the current definition (the ones national totals and open data sum). */
export const countFields = () =>
  fieldsOf(currentDataset)
    .filter((f) => f.type === 'count')
    .map((f) => f.key);
