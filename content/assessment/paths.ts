// URLs of the self-assessment pages in each language. Step pages are one per domain of
// the framework, named from the domain's code, so both languages have the same steps.
import { path } from '../routes.ts';
import type { Lang } from '../schema.ts';

const stepPrefix = { cy: 'parth-', en: 'domain-' } as const;
const fixed = { check: { cy: 'gwirio', en: 'check' }, results: { cy: 'canlyniadau', en: 'results' } } as const;

export const stepSlug = (lang: Lang, domainCode: string) => `${stepPrefix[lang]}${domainCode.toLowerCase()}`;
export const assessmentPaths = (lang: Lang, domainCodes: readonly string[]) => ({
  start: path(lang, 'assessment'),
  steps: domainCodes.map((c) => path(lang, 'assessment', stepSlug(lang, c))),
  check: path(lang, 'assessment', fixed.check[lang]),
  results: path(lang, 'assessment', fixed.results[lang]),
});
export type AssessmentPaths = ReturnType<typeof assessmentPaths>;
export const checkSlug = (lang: Lang) => fixed.check[lang];
export const resultsSlug = (lang: Lang) => fixed.results[lang];

const accountSlugs = {
  history: { cy: 'fy-asesiadau', en: 'my-assessments' },
  saved: { cy: 'asesiad', en: 'saved' },
  compare: { cy: 'cymharu', en: 'compare' },
  supervisor: { cy: 'goruchwyliwr', en: 'supervisor' },
} as const;
export const accountSlug = (lang: Lang, page: keyof typeof accountSlugs) => accountSlugs[page][lang];
/** Pages of assessments kept on the account, the supervisor's page and the analysts' skills page. */
export const accountPaths = (lang: Lang) => ({
  history: path(lang, 'assessment', accountSlugs.history[lang]),
  saved: path(lang, 'assessment', accountSlugs.saved[lang]),
  compare: path(lang, 'assessment', accountSlugs.compare[lang]),
  supervisor: path(lang, 'assessment', accountSlugs.supervisor[lang]),
  skills: path(lang, 'admin', lang === 'cy' ? 'anghenion-sgiliau' : 'skills-needs'),
  signIn: path(lang, 'signIn'),
});
export type AccountPaths = ReturnType<typeof accountPaths>;
