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

/** The asset self-assessment's segment inside the standards section (a content section). */
export const assetToolSlug = { cy: 'hunanasesiad', en: 'self-assessment' } as const satisfies Record<Lang, string>;

/** Path prefixes whose pages may load an app script: the interactive sections and the asset self-assessment. */
export const appPrefixes = (): string[] =>
  (['cy', 'en'] as const).flatMap((l) => [...appSections.map((s) => path(l, s)), path(l, 'standards', assetToolSlug[l])]);
