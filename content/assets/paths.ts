// URLs of the community asset pages in each language: the self-assessment (no account, under
// the standards section; one step per standard, named from its code) and the signed-in pages
// of "my community assets" (an asset's id travels in ?asset=, the pages are static).
import { assetToolSlug, path } from '../routes.ts';
import type { Lang } from '../schema.ts';

const stepPrefix = { cy: 'safon-', en: 'standard-' } as const;
const fixed = {
  check: { cy: 'gwirio', en: 'check' },
  results: { cy: 'canlyniadau', en: 'results' },
} as const;
const mine = {
  new: { cy: 'newydd', en: 'new' },
  asset: { cy: 'ased', en: 'asset' },
  assessment: { cy: 'asesiad', en: 'assessment' },
  compare: { cy: 'cymharu', en: 'compare' },
  members: { cy: 'aelodau', en: 'members' },
  register: { cy: 'cofrestr', en: 'register' },
  peerReviews: { cy: 'adolygiadau-cymheiriaid', en: 'peer-reviews' },
} as const;

export const assetStepSlug = (lang: Lang, code: string) => `${stepPrefix[lang]}${code.toLowerCase()}`;
export const assetCheckSlug = (lang: Lang) => fixed.check[lang];
export const assetResultsSlug = (lang: Lang) => fixed.results[lang];

/** The self-assessment's pages: start, a step per standard, check answers, results. */
export const assetToolPaths = (lang: Lang, codes: readonly string[]) => {
  const tool = (...rest: string[]) => path(lang, 'standards', assetToolSlug[lang], ...rest);
  return {
    start: tool(),
    steps: codes.map((c) => tool(assetStepSlug(lang, c))),
    check: tool(fixed.check[lang]),
    results: tool(fixed.results[lang]),
  };
};
export type AssetToolPaths = ReturnType<typeof assetToolPaths>;

export const assetPageSlug = (lang: Lang, page: keyof typeof mine) => mine[page][lang];
/** The signed-in pages; those of one asset take `?asset=<id>` (and `&assessment=` or `&a=&b=`). */
export const myAssetPaths = (lang: Lang) => ({
  list: path(lang, 'assets'),
  new: path(lang, 'assets', mine.new[lang]),
  asset: path(lang, 'assets', mine.asset[lang]),
  assessment: path(lang, 'assets', mine.assessment[lang]),
  compare: path(lang, 'assets', mine.compare[lang]),
  members: path(lang, 'assets', mine.members[lang]),
  register: path(lang, 'assets', mine.register[lang]),
  peerReviews: path(lang, 'assets', mine.peerReviews[lang]),
  signIn: path(lang, 'signIn'),
});
export type MyAssetPaths = ReturnType<typeof myAssetPaths>;
