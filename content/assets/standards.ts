// The community asset standards seen as a set of criteria on a scale, for the assessment
// engine: the criteria are the standards, the scale is Foundation (1), Developing (2) and
// Mature (3), and 0 is "not yet". A slim copy (`standardsCoreOf`) is small enough for the
// browser and still carries each level's descriptor, which the improvement plan is drawn from.
import type { Level } from '../assessment/engine.ts';
import { t } from '../i18n.ts';
import type { CommunityAssetStandards, Lang } from '../schema.ts';
import { MATURITY, maturityKey, type StandardsCore } from './maturity.ts';

// The ids, ranks and the slim type live in maturity.ts (no string table, so browser-safe).
export { levelIdOf, MATURE_RANK, MATURITY, type MaturityId, rankOf, type StandardsCore } from './maturity.ts';

/** The maturity scale with its names in both languages (one home for the names: content/ui/strings.ts). */
export function maturityScale(): Level[] {
  return MATURITY.map((id, i) => ({
    id,
    rank: i + 1,
    name: { cy: t('cy', `standards.level.${id}`), en: t('en', `standards.level.${id}`) },
  }));
}

/** A level's name in the reader's language; 0 is "not yet". */
export function maturityName(rank: number | undefined | null, lang: Lang): string {
  if (rank === undefined || rank === null) return '';
  return t(lang, maturityKey(rank));
}

export function standardsCoreOf(s: StandardsCore | CommunityAssetStandards): StandardsCore {
  return {
    version: s.version,
    standards: s.standards.map(({ id, code, title, levels }) => ({ id, code, title, levels })),
  };
}
