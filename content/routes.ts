// URL segments of each section in each language. The language switch and every
// internal link are built from here, so a twin page is always one lookup away.
import type { Lang } from './schema.ts';

export const sections = {
  home: { cy: '', en: '' },
  explainer: { cy: 'beth-yw-presgripsiynu-cymdeithasol', en: 'what-is-social-prescribing' },
  glossary: { cy: 'geirfa', en: 'glossary' },
  framework: { cy: 'fframwaith-cymhwysedd', en: 'competency-framework' },
  specification: { cy: 'manyleb-genedlaethol', en: 'national-specification' },
  standards: { cy: 'safonau-asedau-cymunedol', en: 'community-asset-standards' },
  assets: { cy: 'asedau-cymunedol', en: 'community-assets' },
  dataset: { cy: 'set-ddata-graidd', en: 'core-dataset' },
  programmes: { cy: 'rhaglenni', en: 'programmes' },
  openData: { cy: 'data-agored', en: 'open-data' },
  search: { cy: 'chwilio', en: 'search' },
  assessment: { cy: 'hunanasesiad', en: 'self-assessment' },
  account: { cy: 'cyfrif', en: 'account' },
  signIn: { cy: 'mewngofnodi', en: 'sign-in' },
  returns: { cy: 'ffurflenni', en: 'returns' },
  admin: { cy: 'tim-cenedlaethol', en: 'national-team' },
  accessibility: { cy: 'hygyrchedd', en: 'accessibility' },
  privacy: { cy: 'preifatrwydd', en: 'privacy' },
} as const satisfies Record<string, Record<Lang, string>>;
export type Section = keyof typeof sections;

/** Path of a section page, optionally with further segments, always with a trailing slash. */
export function path(lang: Lang, section: Section, ...rest: string[]): string {
  const parts = [lang, sections[section][lang], ...rest].filter(Boolean);
  return `/${parts.join('/')}/`;
}

/**
 * Interactive sections: their pages may load one script that calls the API. Every other
 * page is content and ships no JavaScript, except search.
 */
export const appSections = [
  'assessment',
  'account',
  'signIn',
  'returns',
  'admin',
  'openData',
  'assets',
] as const satisfies readonly Section[];

/** App pages inside a content section: the asset self-assessment, the public register and the peer reviewer's page of the standards. */
export const standardsAppPages = {
  selfAssessment: { cy: 'hunanasesiad', en: 'self-assessment' },
  register: { cy: 'cofrestr', en: 'register' },
  peerReview: { cy: 'adolygiad-cymheiriaid', en: 'peer-review' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The asset self-assessment's segment inside the standards section (a content section). */
export const assetToolSlug = standardsAppPages.selfAssessment;

/** Every path (in both languages) under which a page may load a script: the app sections and the standards' app pages. */
export function appPrefixes(): string[] {
  const langs = ['cy', 'en'] as const;
  return [
    ...appSections.flatMap((s) => langs.map((l) => path(l, s))),
    ...Object.values(standardsAppPages).flatMap((p) => langs.map((l) => path(l, 'standards', p[l]))),
  ];
}
