// The community asset standards seen as a set of criteria on a scale, for the assessment
// engine: the criteria are the standards, the scale is Foundation (1), Developing (2) and
// Mature (3), and 0 is "not yet". A slim copy (`standardsCoreOf`) is small enough for the
// browser and still carries each level's descriptor, which the improvement plan is drawn from.
import type { Level } from '../assessment/engine.ts';
import { t } from '../i18n.ts';
import { type CommunityAssetStandards, type Lang, MaturityLevel, type Text } from '../schema.ts';

export type MaturityId = (typeof MaturityLevel.options)[number];
/** The maturity levels, lowest first; a level's rank is its position + 1. */
export const MATURITY: readonly MaturityId[] = MaturityLevel.options;
export const MATURE_RANK = MATURITY.length;

/** The parts of a version of the standards the assessment needs (a full CommunityAssetStandards fits). */
export interface StandardsCore {
  version: string;
  standards: readonly { id: string; code: string; title: Text; levels: Readonly<Record<MaturityId, Text>> }[];
}

/** The maturity scale with its names in both languages (one home for the names: content/ui/strings.ts). */
export function maturityScale(): Level[] {
  return MATURITY.map((id, i) => ({
    id,
    rank: i + 1,
    name: { cy: t('cy', `standards.level.${id}`), en: t('en', `standards.level.${id}`) },
  }));
}

export const rankOf = (id: MaturityId) => MATURITY.indexOf(id) + 1;
export const levelIdOf = (rank: number): MaturityId | undefined => MATURITY[rank - 1];

/** A level's name in the reader's language; 0 is "not yet". */
export function maturityName(rank: number | undefined | null, lang: Lang): string {
  if (rank === undefined || rank === null) return '';
  const id = rank === 0 ? undefined : levelIdOf(rank);
  return id ? t(lang, `standards.level.${id}`) : t(lang, 'assets.level.notYet');
}

export function standardsCoreOf(s: StandardsCore | CommunityAssetStandards): StandardsCore {
  return {
    version: s.version,
    standards: s.standards.map(({ id, code, title, levels }) => ({ id, code, title, levels })),
  };
}
