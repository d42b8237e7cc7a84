// The practitioner competency self-assessment: a saved assessment, its schema derived
// from one framework version, and the pure calculations behind the results page.
// Shared by the browser (draft in localStorage), the Worker (signed-in storage) and tests.
//
// Levels are stored as RANKS, not level ids: `held` is 0..maxRank where 0 means
// "not yet" and 1..maxRank are the ranks of the framework's scale; `needed` (the level
// the practitioner's role needs) is 1..maxRank. Ranks compare and average directly, and
// because every record keeps `frameworkVersion`, a rank is always read against the
// scale of the version it was made with (resolve it with `frameworkVersion(v)`).
//
// zod/mini keeps the browser bundle small; the schemas behave like full zod schemas.
import * as z from 'zod/mini';
import { t } from '../i18n.ts';
import type { Lang, Text } from '../schema.ts';

/** The parts of a competency framework the assessment needs (a full CompetencyFramework fits). */
export interface FrameworkCore {
  version: string;
  scale: readonly { id: string; rank: number; name: Text }[];
  domains: readonly {
    id: string;
    code: string;
    title: Text;
    competencies: readonly { id: string; code: string; title: Text }[];
  }[];
}

export const NOTES_MAX = 2000;
export const ACTION_MAX = 500;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date written YYYY-MM-DD. */
export function isRealIsoDate(s: string): boolean {
  if (!isoDate.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const maxRank = (f: FrameworkCore) => Math.max(...f.scale.map((l) => l.rank));
export const allCompetencies = (f: FrameworkCore) =>
  f.domains.flatMap((d) => d.competencies.map((c) => ({ ...c, domainId: d.id, domainCode: d.code, domainTitle: d.title })));

/** The zod schema of an assessment made against framework `f`. */
export function assessmentSchema(f: FrameworkCore) {
  const top = maxRank(f);
  const ids = new Set(allCompetencies(f).map((c) => c.id));
  const Answer = z.object({
    held: z.optional(z.int().check(z.minimum(0), z.maximum(top))),
    needed: z.optional(z.int().check(z.minimum(1), z.maximum(top))),
    notes: z.optional(z.string().check(z.maxLength(NOTES_MAX))),
  });
  const PlanItem = z.object({
    id: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/)),
    /** May be blank while a draft is being edited; `validatePlan` reports it. */
    action: z.string().check(z.maxLength(ACTION_MAX)),
    competencyIds: z.array(z.string()).check(z.refine((a) => a.every((id) => ids.has(id)), { message: 'unknown competency' })),
    /** YYYY-MM-DD, or '' while the date is still being typed. */
    targetDate: z.string().check(z.refine((s) => s === '' || isRealIsoDate(s), { message: 'not a date' })),
    done: z.optional(z.boolean()),
  });
  return z.object({
    id: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/)),
    frameworkVersion: z.literal(f.version),
    startedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    answers: z
      .record(z.string(), Answer)
      .check(z.refine((r) => Object.keys(r).every((k) => ids.has(k)), { message: 'unknown competency' })),
    plan: z.array(PlanItem).check(z.maxLength(200)),
  });
}
export type Assessment = z.infer<ReturnType<typeof assessmentSchema>>;
export type Answer = Assessment['answers'][string];
export type PlanItem = Assessment['plan'][number];

export function newId(): string {
  return (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();
}

export function emptyAssessment(f: FrameworkCore, now = new Date()): Assessment {
  const ts = now.toISOString();
  return { id: newId(), frameworkVersion: f.version, startedAt: ts, updatedAt: ts, answers: {}, plan: [] };
}

const isAnswered = (a: Answer | undefined) => a?.held !== undefined;

export function progress(f: FrameworkCore, a: Assessment): { answered: number; total: number } {
  const comps = allCompetencies(f);
  return { answered: comps.filter((c) => isAnswered(a.answers[c.id])).length, total: comps.length };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

export interface DomainSummary {
  domainId: string;
  code: string;
  title: Text;
  total: number;
  answered: number;
  /** Mean held rank over answered competencies (0 = "not yet"), or null if none answered. */
  meanHeld: number | null;
  /** Mean needed rank over competencies with a needed level, or null. */
  meanNeeded: number | null;
}

export function domainSummary(f: FrameworkCore, a: Assessment): DomainSummary[] {
  return f.domains.map((d) => {
    const answers = d.competencies.map((c) => a.answers[c.id]);
    const held = answers.flatMap((x) => (x?.held !== undefined ? [x.held] : []));
    const needed = answers.flatMap((x) => (x?.needed !== undefined ? [x.needed] : []));
    return {
      domainId: d.id,
      code: d.code,
      title: d.title,
      total: d.competencies.length,
      answered: held.length,
      meanHeld: mean(held),
      meanNeeded: mean(needed),
    };
  });
}

export interface CompetencyResult {
  competencyId: string;
  code: string;
  title: Text;
  domainId: string;
  held: number;
  needed: number | null;
  /** needed − held (0 when no needed level was given). */
  gap: number;
}

function results(f: FrameworkCore, a: Assessment): CompetencyResult[] {
  return allCompetencies(f).flatMap((c) => {
    const x = a.answers[c.id];
    if (x?.held === undefined) return [];
    const needed = x.needed ?? null;
    return [
      {
        competencyId: c.id,
        code: c.code,
        title: c.title,
        domainId: c.domainId,
        held: x.held,
        needed,
        gap: needed === null ? 0 : needed - x.held,
      },
    ];
  });
}

/** Competencies where the level the role needs is above the level held, largest gap first (ties in framework order). */
export function gaps(f: FrameworkCore, a: Assessment): CompetencyResult[] {
  return results(f, a)
    .filter((r) => r.gap > 0)
    .map((r, i) => ({ r, i }))
    .sort((x, y) => y.r.gap - x.r.gap || x.i - y.i)
    .map(({ r }) => r);
}

/**
 * Strengths: competencies held at rank 3 or above that meet the level the role needs
 * (or have none given). If there are none, the highest-held competencies (held ≥ 1).
 */
export function strengths(f: FrameworkCore, a: Assessment): CompetencyResult[] {
  const all = results(f, a);
  const byHeld = (xs: CompetencyResult[]) =>
    xs
      .map((r, i) => ({ r, i }))
      .sort((x, y) => y.r.held - x.r.held || x.i - y.i)
      .map(({ r }) => r);
  const strong = all.filter((r) => r.held >= 3 && (r.needed === null || r.held >= r.needed));
  if (strong.length) return byHeld(strong);
  const top = Math.max(0, ...all.map((r) => r.held));
  return top >= 1 ? byHeld(all.filter((r) => r.held === top && r.gap <= 0)) : [];
}

/** Areas to develop: every gap, then answered competencies held at "not yet" or rank 1 that have no gap recorded. */
export function developmentAreas(f: FrameworkCore, a: Assessment): CompetencyResult[] {
  const g = gaps(f, a);
  const seen = new Set(g.map((r) => r.competencyId));
  return [...g, ...results(f, a).filter((r) => !seen.has(r.competencyId) && r.held <= 1 && r.gap <= 0)];
}

export function addMonths(isoDay: string, months: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** One editable starter action per area to develop (gaps first), due three months from `today` (YYYY-MM-DD). */
export function suggestedPlan(f: FrameworkCore, a: Assessment, lang: Lang, today: string): PlanItem[] {
  return developmentAreas(f, a).map((r) => ({
    id: newId(),
    action: t(lang, 'assess.plan.starter', { code: r.code, title: r.title[lang] }),
    competencyIds: [r.competencyId],
    targetDate: addMonths(today, 3),
  }));
}

export type PlanError = {
  itemId: string;
  field: 'action' | 'targetDate' | 'competencyIds';
  code: 'action-missing' | 'action-too-long' | 'date-missing' | 'date-invalid' | 'date-past';
};

/** Problems that stop a plan being saved as final, in the order of the form. */
export function validatePlan(plan: readonly PlanItem[], today: string): PlanError[] {
  const errs: PlanError[] = [];
  for (const p of plan) {
    if (!p.action.trim()) errs.push({ itemId: p.id, field: 'action', code: 'action-missing' });
    else if (p.action.length > ACTION_MAX) errs.push({ itemId: p.id, field: 'action', code: 'action-too-long' });
    if (p.targetDate === '') errs.push({ itemId: p.id, field: 'targetDate', code: 'date-missing' });
    else if (!isRealIsoDate(p.targetDate)) errs.push({ itemId: p.id, field: 'targetDate', code: 'date-invalid' });
    else if (!p.done && p.targetDate < today) errs.push({ itemId: p.id, field: 'targetDate', code: 'date-past' });
  }
  return errs;
}

export function levelName(f: FrameworkCore, rank: number | undefined | null, lang: Lang): string {
  if (rank === undefined || rank === null) return '';
  if (rank === 0) return t(lang, 'assess.step.notYet');
  return f.scale.find((l) => l.rank === rank)?.name[lang] ?? String(rank);
}

const csvHeaders = (lang: Lang) => ({
  competencies: (
    ['domainCode', 'domain', 'competencyCode', 'competency', 'held', 'heldRank', 'needed', 'neededRank', 'notes'] as const
  ).map((k) => t(lang, `assess.csv.${k}`)),
  plan: (['action', 'targetDate', 'competencies', 'done'] as const).map((k) => t(lang, `assess.csv.${k}`)),
});

/** One CSV field: quoted when needed; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The assessment as CSV in the reader's language: UTF-8 byte-order mark, CRLF line ends,
 * one row per competency, then a blank line and the development plan.
 */
export function toCsv(f: FrameworkCore, a: Assessment, lang: Lang): string {
  const h = csvHeaders(lang);
  const rows: (string | number)[][] = [h.competencies];
  for (const c of allCompetencies(f)) {
    const x = a.answers[c.id] ?? {};
    rows.push([
      c.domainCode,
      c.domainTitle[lang],
      c.code,
      c.title[lang],
      levelName(f, x.held, lang),
      x.held ?? '',
      levelName(f, x.needed, lang),
      x.needed ?? '',
      x.notes ?? '',
    ]);
  }
  rows.push([]);
  rows.push(h.plan);
  const code = new Map(allCompetencies(f).map((c) => [c.id, c.code]));
  const yes = t(lang, 'assess.csv.yes');
  const no = t(lang, 'assess.csv.no');
  for (const p of a.plan) rows.push([p.action, p.targetDate, p.competencyIds.map((id) => code.get(id) ?? id).join(' '), p.done ? yes : no]);
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The assessment as JSON, exactly the saved record (it carries its framework version). */
export function toJson(a: Assessment): string {
  return JSON.stringify(a, null, 2) + '\n';
}

/** Key of the browser draft; one per framework version, shared by both languages. */
export const draftKey = (version: string) => `nffsp-self-assessment:v${version}`;

/** Parse a stored draft for framework `f`; anything malformed gives null (the caller starts afresh). */
export function parseDraft(f: FrameworkCore, raw: string | null): Assessment | null {
  if (!raw) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  const schema = assessmentSchema(f);
  const r = schema.safeParse(v);
  if (r.success) return r.data;
  // Salvage what still fits (for example after a competency was withdrawn from a working
  // version): keep valid answers and plan rows, drop the rest, rather than lose the draft.
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const ids = new Set(allCompetencies(f).map((c) => c.id));
  const answers: Record<string, unknown> = {};
  if (typeof o.answers === 'object' && o.answers !== null) {
    for (const [id, ans] of Object.entries(o.answers)) {
      if (ids.has(id) && schema.shape.answers.safeParse({ [id]: ans }).success) answers[id] = ans;
    }
  }
  const plan = (Array.isArray(o.plan) ? o.plan : [])
    .map((p: unknown) =>
      typeof p === 'object' && p !== null && Array.isArray((p as PlanItem).competencyIds)
        ? { ...(p as PlanItem), competencyIds: (p as PlanItem).competencyIds.filter((id) => ids.has(id)) }
        : p,
    )
    .filter((p: unknown) => schema.shape.plan.safeParse([p]).success);
  const again = schema.safeParse({ ...o, answers, plan });
  return again.success ? again.data : null;
}

/** A slim copy of a framework (ids, codes, titles, scale names) small enough to ship to the browser. */
export function coreOf(f: FrameworkCore): FrameworkCore {
  return {
    version: f.version,
    scale: f.scale.map(({ id, rank, name }) => ({ id, rank, name })),
    domains: f.domains.map(({ id, code, title, competencies }) => ({
      id,
      code,
      title,
      competencies: competencies.map(({ id, code, title }) => ({ id, code, title })),
    })),
  };
}
