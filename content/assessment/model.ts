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
// The saved-record rules, plan checks, CSV/JSON writers and draft salvage are the shared
// engine's (engine.ts); this module gives them the framework's shape and the practitioner's
// own rules (the level the role needs, gaps, strengths, starter actions).
import type { Lang, Text } from '../schema.ts';
import {
  addMonths,
  csvDocument,
  csvField,
  isRealIsoDate,
  mean,
  newId,
  progressOf,
  rankName,
  recordJson,
  topRank,
  validatePlanRows,
} from './engine.ts';
import type { Assessment } from './record.ts';

export { addMonths, csvField, isRealIsoDate, newId };

/** The parts of a competency framework the assessment needs (a full CompetencyFramework fits). */
export interface FrameworkCore {
  version: string;
  scale: readonly { id: string; rank: number; name: Text }[];
  domains: readonly {
    id: string;
    code: string;
    title: Text;
    competencies: readonly {
      id: string;
      code: string;
      title: Text;
      /** What each level looks like, by level id: only where a page builds a development plan. */
      descriptors?: Readonly<Record<string, Text>>;
    }[];
  }[];
}

export const NOTES_MAX = 2000;
export const ACTION_MAX = 500;
export const SUPERVISOR_COMMENT_MAX = 1000;

export const maxRank = (f: FrameworkCore) => topRank(f.scale);
export const allCompetencies = (f: FrameworkCore) =>
  f.domains.flatMap((d) => d.competencies.map((c) => ({ ...c, domainId: d.id, domainCode: d.code, domainTitle: d.title })));

export type { Assessment };
export type Answer = Assessment['answers'][string];
export type PlanItem = Assessment['plan'][number];

export function emptyAssessment(f: FrameworkCore, now = new Date()): Assessment {
  const ts = now.toISOString();
  return { id: newId(), frameworkVersion: f.version, startedAt: ts, updatedAt: ts, answers: {}, plan: [] };
}

const isAnswered = (a: Answer | undefined) => a?.held !== undefined;

export function progress(f: FrameworkCore, a: Assessment): { answered: number; total: number } {
  return progressOf(allCompetencies(f), (id) => isAnswered(a.answers[id]));
}

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

export type PlanError = {
  itemId: string;
  field: 'action' | 'targetDate' | 'competencyIds';
  code: 'action-missing' | 'action-too-long' | 'date-missing' | 'date-invalid' | 'date-past';
};

/** Problems that stop a plan being saved as final, in the order of the form. */
export function validatePlan(plan: readonly PlanItem[], today: string): PlanError[] {
  return validatePlanRows(plan, today, ACTION_MAX);
}

const CSV_HEADER_KEYS = {
  competencies: ['domainCode', 'domain', 'competencyCode', 'competency', 'held', 'heldRank', 'needed', 'neededRank', 'notes'],
  plan: ['action', 'targetDate', 'competencies', 'done'],
} as const;
/** Every UI string the CSV uses: a page that builds it in the browser ships just these. */
export const CSV_KEYS = [
  ...CSV_HEADER_KEYS.competencies.map((k) => `assess.csv.${k}` as const),
  ...CSV_HEADER_KEYS.plan.map((k) => `assess.csv.${k}` as const),
  'assess.csv.yes',
  'assess.csv.no',
  'assess.step.notYet',
] as const;
export type CsvKey = (typeof CSV_KEYS)[number];

/**
 * The assessment as CSV in the reader's language: UTF-8 byte-order mark, CRLF line ends,
 * one row per competency, then a blank line and the development plan. `say` gives the words
 * (the UI strings of CSV_KEYS in `lang`).
 */
export function assessmentCsv(f: FrameworkCore, a: Assessment, lang: Lang, say: (key: CsvKey) => string): string {
  const level = (rank: number | undefined) => rankName(f.scale, rank, lang, say('assess.step.notYet'));
  const rows: (string | number)[][] = [CSV_HEADER_KEYS.competencies.map((k) => say(`assess.csv.${k}`))];
  for (const c of allCompetencies(f)) {
    const x = a.answers[c.id] ?? {};
    rows.push([
      c.domainCode,
      c.domainTitle[lang],
      c.code,
      c.title[lang],
      level(x.held),
      x.held ?? '',
      level(x.needed),
      x.needed ?? '',
      x.notes ?? '',
    ]);
  }
  rows.push([]);
  rows.push(CSV_HEADER_KEYS.plan.map((k) => say(`assess.csv.${k}`)));
  const code = new Map(allCompetencies(f).map((c) => [c.id, c.code]));
  const yes = say('assess.csv.yes');
  const no = say('assess.csv.no');
  for (const p of a.plan) rows.push([p.action, p.targetDate, p.competencyIds.map((id) => code.get(id) ?? id).join(' '), p.done ? yes : no]);
  return csvDocument(rows);
}

/** The assessment as JSON, exactly the saved record (it carries its framework version). */
export function toJson(a: Assessment): string {
  return recordJson(a);
}

/** Key of the browser draft; one per framework version, shared by both languages. */
export const draftKey = (version: string) => `nffsp-self-assessment:v${version}`;

/** A slim copy of a framework (ids, codes, titles, scale names) small enough to ship to the browser. */
export function coreOf(f: FrameworkCore, opts: { descriptors?: boolean } = {}): FrameworkCore {
  return {
    version: f.version,
    scale: f.scale.map(({ id, rank, name }) => ({ id, rank, name })),
    domains: f.domains.map(({ id, code, title, competencies }) => ({
      id,
      code,
      title,
      competencies: competencies.map(({ id, code, title, descriptors }) =>
        opts.descriptors && descriptors ? { id, code, title, descriptors } : { id, code, title },
      ),
    })),
  };
}
