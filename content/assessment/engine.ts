// The self-assessment engine: one model for "a versioned set of criteria rated on a scale of
// levels". The practitioner competency self-assessment (model.ts, compare.ts) and the
// community asset self-assessment (content/assets/) are both built on it, so the saved-record
// rules, the plan, the exports, the comparison over time and the reviewer's separate view
// exist once.
//
// Levels are RANKS: 0 means "not yet", 1..top are the ranks of the set's scale. Ranks compare
// directly, and because every record keeps the version of the set it was made against, a rank
// is always read against the scale of that version.
//
// The zod parts of a saved record are in record-fields.ts, so a page that only shows results
// never loads a validator; the comparison over time and the reviewer's view are in
// engine-compare.ts, so a page that compares nothing never loads them.
import type { Text } from '../schema.ts';

export interface Criterion {
  id: string;
  code: string;
  title: Text;
}
export interface Level {
  id: string;
  rank: number;
  name: Text;
}

export const topRank = (scale: readonly Level[]) => Math.max(...scale.map((l) => l.rank));

/** The name of a rank on a scale; 0 is "not yet" (given in the reader's language by the caller). */
export function rankName(scale: readonly Level[], rank: number | undefined | null, lang: 'cy' | 'en', notYet: string): string {
  if (rank === undefined || rank === null) return '';
  if (rank === 0) return notYet;
  return scale.find((l) => l.rank === rank)?.name[lang] ?? String(rank);
}

// ------------------------------------------------------------------ dates
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date written YYYY-MM-DD. */
export function isRealIsoDate(s: string): boolean {
  if (!isoDate.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The same day `months` later (the last day of a shorter month). */
export function addMonths(isoDay: string, months: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function newId(): string {
  return (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();
}

// ------------------------------------------------------------------ progress
/** How many criteria have an answer, out of all of them. */
export function progressOf(criteria: readonly Criterion[], isAnswered: (criterionId: string) => boolean) {
  return { answered: criteria.filter((c) => isAnswered(c.id)).length, total: criteria.length };
}

export const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

// ------------------------------------------------------------------ plan
export interface PlanRow {
  id: string;
  action: string;
  targetDate: string;
  done?: boolean;
}
export type PlanRowError = {
  itemId: string;
  field: 'action' | 'targetDate';
  code: 'action-missing' | 'action-too-long' | 'date-missing' | 'date-invalid' | 'date-past';
};

/** Problems that stop a plan being saved as final, in the order of the form. */
export function validatePlanRows(plan: readonly PlanRow[], today: string, actionMax: number): PlanRowError[] {
  const errs: PlanRowError[] = [];
  for (const p of plan) {
    if (!p.action.trim()) errs.push({ itemId: p.id, field: 'action', code: 'action-missing' });
    else if (p.action.length > actionMax) errs.push({ itemId: p.id, field: 'action', code: 'action-too-long' });
    if (p.targetDate === '') errs.push({ itemId: p.id, field: 'targetDate', code: 'date-missing' });
    else if (!isRealIsoDate(p.targetDate)) errs.push({ itemId: p.id, field: 'targetDate', code: 'date-invalid' });
    else if (!p.done && p.targetDate < today) errs.push({ itemId: p.id, field: 'targetDate', code: 'date-past' });
  }
  return errs;
}

// ------------------------------------------------------------------ exports
/** One CSV field: quoted when needed; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document as spreadsheets open it: UTF-8 byte-order mark, CRLF line ends. */
export function csvDocument(rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A saved record as JSON, exactly as stored (it carries its version). */
export function recordJson(record: unknown): string {
  return JSON.stringify(record, null, 2) + '\n';
}

// ------------------------------------------------------------------ drafts
type Checks = { safeParse(v: unknown): { success: boolean } };
/** What the draft salvage needs of a record schema (every kind's `z.object` fits). */
interface RecordSchema<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false };
  shape: { answers: Checks; plan: Checks };
}

/**
 * Parse a stored draft; anything malformed gives null (the caller starts afresh). A draft that
 * no longer fits (for example after a criterion was withdrawn from a working version) is
 * salvaged: valid answers and plan rows are kept, links to unknown criteria dropped, the rest
 * dropped, rather than the whole draft lost.
 */
export function parseRecord<T>(schema: RecordSchema<T>, raw: string | null, ids: ReadonlySet<string>, linkKey: string): T | null {
  if (!raw) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  const r = schema.safeParse(v);
  if (r.success) return r.data;
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const answers: Record<string, unknown> = {};
  if (typeof o.answers === 'object' && o.answers !== null) {
    for (const [id, ans] of Object.entries(o.answers)) {
      if (ids.has(id) && schema.shape.answers.safeParse({ [id]: ans }).success) answers[id] = ans;
    }
  }
  const plan = (Array.isArray(o.plan) ? o.plan : [])
    .map((p: unknown) => {
      if (typeof p !== 'object' || p === null) return p;
      const links = (p as Record<string, unknown>)[linkKey];
      return Array.isArray(links) ? { ...p, [linkKey]: links.filter((id) => typeof id === 'string' && ids.has(id)) } : p;
    })
    .filter((p: unknown) => schema.shape.plan.safeParse([p]).success);
  const again = schema.safeParse({ ...o, answers, plan });
  return again.success ? again.data : null;
}
