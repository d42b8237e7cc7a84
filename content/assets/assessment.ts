// The community asset self-assessment: for each standard of one version of the standards, a
// level (0 = not yet, 1 Foundation, 2 Developing, 3 Mature) and evidence notes, written in
// Welsh or English; results per standard and overall; an improvement plan drawn from the next
// level's descriptor of each standard, with priorities; CSV/JSON export; comparison of two
// assessments over time; and a peer reviewer's judgement kept beside the asset's own, never
// averaged with it. Built on the shared engine (content/assessment/engine.ts), so every rule
// the practitioner tool has (record shape, plan checks, exports, draft salvage) is the same.
//
// Browser-safe: no import of content/index.ts (records.ts resolves stored versions) nor of the
// string table: the words come through `say` (the Worker passes `t`, a page its own strings,
// which must include ASSET_WORD_KEYS).
import * as z from 'zod/mini';
import { addMonths, csvDocument, newId, parseRecord, progressOf, recordJson, validatePlanRows } from '../assessment/engine.ts';
import { compareRated, sideBySideRows } from '../assessment/engine-compare.ts';
import {
  answersField,
  instantField,
  linksField,
  oneOf,
  rankField,
  recordId,
  reviewRatingsSchema,
  targetDateField,
} from '../assessment/record-fields.ts';
import type { Vars } from '../i18n-format.ts';
import { oncePer } from '../once-per.ts';
import type { Lang } from '../schema.ts';
import { levelIdOf, MATURE_RANK, MATURITY_KEYS, maturityKey, type StandardsCore } from './maturity.ts';

export const EVIDENCE_MAX = 2000;
export const ACTION_MAX = 500;
export const PEER_COMMENT_MAX = 1000;
export const PEER_SUMMARY_MAX = 2000;
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The UI strings the plan and the CSV are written with. */
export const ASSET_WORD_KEYS = [
  ...MATURITY_KEYS,
  'assets.plan.starter',
  'assets.priority.high',
  'assets.priority.medium',
  'assets.priority.low',
  ...(
    [
      'standardCode',
      'standard',
      'level',
      'levelRank',
      'nextLevel',
      'evidence',
      'priority',
      'action',
      'standards',
      'targetLevel',
      'targetDate',
      'done',
      'yes',
      'no',
    ] as const
  ).map((k) => `assets.csv.${k}` as const),
] as const;
export type AssetWordKey = (typeof ASSET_WORD_KEYS)[number];
/** A translator for those strings (content/i18n.ts `t` fits). */
export type AssetSay = (lang: Lang, key: AssetWordKey, vars?: Vars) => string;
const levelName = (say: AssetSay, rank: number | undefined | null, lang: Lang) =>
  rank === undefined || rank === null ? '' : say(lang, maturityKey(rank));

const standardIds = (s: StandardsCore) => new Set(s.standards.map((x) => x.id));
const criteriaOf = (s: StandardsCore) => s.standards.map(({ id, code, title }) => ({ id, code, title }));

/** The zod schema of an asset self-assessment made against version `s` of the standards. */
export const assetAssessmentSchema = oncePer((s: StandardsCore) => {
  const ids = standardIds(s);
  const Answer = z.object({
    level: z.optional(rankField(MATURE_RANK)),
    evidence: z.optional(z.string().check(z.maxLength(EVIDENCE_MAX))),
  });
  const PlanItem = z.object({
    id: recordId(),
    /** May be blank while a draft is being edited; `validateAssetPlan` reports it. */
    action: z.string().check(z.maxLength(ACTION_MAX)),
    ...linksField('standardIds', ids),
    targetDate: targetDateField(),
    priority: oneOf(PRIORITIES),
    /** The level the action works towards (1..3), when it was drawn from a descriptor. */
    targetLevel: z.optional(z.int().check(z.minimum(1), z.maximum(MATURE_RANK))),
    done: z.optional(z.boolean()),
  });
  return z.object({
    id: recordId(),
    standardsVersion: oneOf([s.version]),
    /** The language the evidence and actions are written in. */
    lang: oneOf(['cy', 'en']),
    startedAt: instantField(),
    updatedAt: instantField(),
    answers: answersField(ids, Answer),
    plan: z.array(PlanItem).check(z.maxLength(100)),
  });
});
export type AssetAssessment = z.infer<ReturnType<typeof assetAssessmentSchema>>;
export type AssetAnswer = AssetAssessment['answers'][string];
export type AssetPlanItem = AssetAssessment['plan'][number];

export function emptyAssetAssessment(s: StandardsCore, lang: Lang, now = new Date()): AssetAssessment {
  const ts = now.toISOString();
  return { id: newId(), standardsVersion: s.version, lang, startedAt: ts, updatedAt: ts, answers: {}, plan: [] };
}

export function assetProgress(s: StandardsCore, a: AssetAssessment) {
  return progressOf(criteriaOf(s), (id) => a.answers[id]?.level !== undefined);
}
/** Every standard has a level: what submitting (and so publishing) needs. */
export const isComplete = (s: StandardsCore, a: AssetAssessment) => {
  const p = assetProgress(s, a);
  return p.answered === p.total;
};

// ------------------------------------------------------------------ results
export interface StandardResult {
  standardId: string;
  code: string;
  title: { cy: string; en: string };
  /** 0..3, or null when not answered yet. */
  level: number | null;
  /** The next level up and what it looks like, or null at Mature or when not answered. */
  next: { rank: number; descriptor: { cy: string; en: string } } | null;
}

/** Where the asset stands on each standard, in the standards' order. */
export function standardResults(s: StandardsCore, a: AssetAssessment): StandardResult[] {
  return s.standards.map((st) => {
    const level = a.answers[st.id]?.level ?? null;
    const nextId = level === null ? undefined : levelIdOf(level + 1);
    return {
      standardId: st.id,
      code: st.code,
      title: st.title,
      level,
      next: level !== null && nextId ? { rank: level + 1, descriptor: st.levels[nextId] } : null,
    };
  });
}

export interface OverallResult {
  answered: number;
  total: number;
  /** How many standards are at each level: index 0 = not yet … 3 = Mature. */
  byLevel: number[];
  /**
   * The level every standard has reached (the lowest level held), once all are answered;
   * null before. An asset is "Developing overall" when no standard is below Developing.
   */
  overall: number | null;
}

export function overallResult(s: StandardsCore, a: AssetAssessment): OverallResult {
  const levels = s.standards.map((st) => a.answers[st.id]?.level);
  const held = levels.filter((l): l is number => l !== undefined);
  const byLevel = Array.from({ length: MATURE_RANK + 1 }, (_, r) => held.filter((l) => l === r).length);
  return {
    answered: held.length,
    total: levels.length,
    byLevel,
    overall: held.length === levels.length && held.length > 0 ? Math.min(...held) : null,
  };
}

// ------------------------------------------------------------------ improvement plan
/**
 * Priority of moving a standard up from `level`: reaching Foundation is high (it is what
 * practitioners rely on before they refer anyone), Foundation to Developing medium,
 * Developing to Mature low.
 */
export const priorityOf = (level: number): Priority => (level === 0 ? 'high' : level === 1 ? 'medium' : 'low');
/** Months until the suggested target date, by priority. */
export const MONTHS_BY_PRIORITY: Record<Priority, number> = { high: 3, medium: 6, low: 12 };

/**
 * One editable action per answered standard below Mature, worded from the descriptor of the
 * next level up, in the assessment's language (or `lang`); highest priority first, then in
 * the standards' order. Target dates follow the priority from `today` (YYYY-MM-DD).
 */
export function improvementPlan(s: StandardsCore, a: AssetAssessment, today: string, say: AssetSay, lang: Lang = a.lang): AssetPlanItem[] {
  return standardResults(s, a)
    .flatMap((r) => (r.next && r.level !== null ? [{ r, level: r.level, next: r.next }] : []))
    .map((x, i) => ({ ...x, i, priority: priorityOf(x.level) }))
    .sort((x, y) => PRIORITIES.indexOf(x.priority) - PRIORITIES.indexOf(y.priority) || x.i - y.i)
    .map(({ r, next, priority }) => ({
      id: newId(),
      action: say(lang, 'assets.plan.starter', {
        code: r.code,
        title: r.title[lang],
        level: levelName(say, next.rank, lang),
        descriptor: next.descriptor[lang],
      }).slice(0, ACTION_MAX),
      standardIds: [r.standardId],
      targetDate: addMonths(today, MONTHS_BY_PRIORITY[priority]),
      priority,
      targetLevel: next.rank,
    }));
}

/** Problems that stop a plan being saved as final, in the order of the form. */
export function validateAssetPlan(plan: readonly AssetPlanItem[], today: string) {
  return validatePlanRows(plan, today, ACTION_MAX);
}

// ------------------------------------------------------------------ exports
/**
 * The assessment as CSV in the reader's language (headers, level names), with the evidence
 * and actions as written: one row per standard, a blank line, then the improvement plan.
 */
export function assetCsv(s: StandardsCore, a: AssetAssessment, lang: Lang, say: AssetSay): string {
  const h = (k: Parameters<typeof csvKey>[0]) => say(lang, csvKey(k));
  const maturityName = (rank: number | undefined | null, l: Lang) => levelName(say, rank, l);
  const rows: (string | number)[][] = [[h('standardCode'), h('standard'), h('level'), h('levelRank'), h('nextLevel'), h('evidence')]];
  for (const r of standardResults(s, a)) {
    rows.push([
      r.code,
      r.title[lang],
      maturityName(r.level, lang),
      r.level ?? '',
      r.next ? maturityName(r.next.rank, lang) : '',
      a.answers[r.standardId]?.evidence ?? '',
    ]);
  }
  rows.push([]);
  rows.push([h('priority'), h('action'), h('standards'), h('targetLevel'), h('targetDate'), h('done')]);
  const code = new Map(s.standards.map((x) => [x.id, x.code]));
  for (const p of a.plan) {
    rows.push([
      say(lang, `assets.priority.${p.priority}`),
      p.action,
      p.standardIds.map((id) => code.get(id) ?? id).join(' '),
      maturityName(p.targetLevel, lang),
      p.targetDate,
      h(p.done ? 'yes' : 'no'),
    ]);
  }
  return csvDocument(rows);
}
const csvKey = (
  k:
    | 'standardCode'
    | 'standard'
    | 'level'
    | 'levelRank'
    | 'nextLevel'
    | 'evidence'
    | 'priority'
    | 'action'
    | 'standards'
    | 'targetLevel'
    | 'targetDate'
    | 'done'
    | 'yes'
    | 'no',
) => `assets.csv.${k}` as const;

/** The assessment as JSON, exactly the saved record (it carries its standards version). */
export const assetJson = (a: AssetAssessment) => recordJson(a);

/** Key of the browser draft; one per standards version, shared by both languages. */
export const assetDraftKey = (version: string) => `nffsp-asset-self-assessment:v${version}`;

/** Parse a stored draft for version `s`; malformed gives null, a draft that no longer fits is salvaged. */
export function parseAssetDraft(s: StandardsCore, raw: string | null): AssetAssessment | null {
  return parseRecord(assetAssessmentSchema(s), raw, standardIds(s), 'standardIds');
}

// ------------------------------------------------------------------ over time
export interface AssetSide {
  standards: StandardsCore;
  assessment: AssetAssessment;
}

/**
 * What moved between an earlier assessment `a` and a later one `b`, per standard and overall.
 * Across versions of the standards only standards with the same id are compared.
 */
export function compareAssetAssessments(a: AssetSide, b: AssetSide) {
  const side = (x: AssetSide) => ({
    version: x.standards.version,
    criteria: criteriaOf(x.standards),
    level: (id: string) => x.assessment.answers[id]?.level,
  });
  const c = compareRated(side(a), side(b));
  const before = overallResult(a.standards, a.assessment);
  const after = overallResult(b.standards, b.assessment);
  return {
    sameVersion: c.sameVersion,
    standards: c.criteria.map(({ criterionId, ...rest }) => ({ standardId: criterionId, ...rest })),
    removed: c.removed.map(({ criterionId, ...rest }) => ({ standardId: criterionId, ...rest })),
    counts: c.counts,
    overall: { before: before.overall, after: after.overall, byLevelBefore: before.byLevel, byLevelAfter: after.byLevel },
  };
}

// ------------------------------------------------------------------ peer review
/** A peer reviewer's judgement: their own level per standard with comments, and a summary. */
export const peerReviewSchema = oncePer((s: StandardsCore) => {
  return z.object({
    ratings: reviewRatingsSchema(standardIds(s), MATURE_RANK, PEER_COMMENT_MAX),
    summary: z.optional(z.string().check(z.maxLength(PEER_SUMMARY_MAX))),
  });
});
export type PeerReview = z.infer<ReturnType<typeof peerReviewSchema>>;

/**
 * The asset's own level and the peer reviewer's, side by side, one row per standard. They are
 * never combined: each keeps its own value, and `agree` only says whether they match.
 */
export function selfAndPeer(s: StandardsCore, a: AssetAssessment, review: Pick<PeerReview, 'ratings'> | null | undefined) {
  return sideBySideRows(criteriaOf(s), (id) => a.answers[id]?.level, review?.ratings).map((r) => ({
    standardId: r.criterionId,
    code: r.code,
    title: r.title,
    self: r.own,
    peer: r.reviewer,
    comment: r.comment,
    agree: r.agree,
  }));
}
