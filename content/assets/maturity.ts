// The maturity scale of the community asset standards without any words: the level ids,
// their ranks and the slim standards type. Browser pages import this (and assessment.ts)
// without the string table; the level names live in content/ui/strings.ts (standards.ts).
export const MATURITY = ['foundation', 'developing', 'mature'] as const;
export type MaturityId = (typeof MATURITY)[number];
export const MATURE_RANK = MATURITY.length;

export const rankOf = (id: MaturityId) => MATURITY.indexOf(id) + 1;
export const levelIdOf = (rank: number): MaturityId | undefined => MATURITY[rank - 1];

type Text = { cy: string; en: string };
/** The parts of a version of the standards the assessment needs (a full CommunityAssetStandards fits). */
export interface StandardsCore {
  version: string;
  standards: readonly { id: string; code: string; title: Text; levels: Readonly<Record<MaturityId, Text>> }[];
}

/** The string key of a level's name; 0 is "not yet". */
export const maturityKey = (rank: number) => {
  const id = rank === 0 ? undefined : levelIdOf(rank);
  return id ? (`standards.level.${id}` as const) : ('assets.level.notYet' as const);
};
export const MATURITY_KEYS = ['assets.level.notYet', ...MATURITY.map((id) => `standards.level.${id}` as const)] as const;
