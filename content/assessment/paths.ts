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
