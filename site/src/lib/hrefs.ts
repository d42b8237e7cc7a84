// Addresses of generated pages, in each language.

import { path } from '../../../content/routes.ts';
import type { Domain, GlossaryTerm, Lang } from '../../../content/schema.ts';
import { slugify } from '../../../content/slug.ts';

export const termHref = (lang: Lang, t: GlossaryTerm) => path(lang, 'glossary', slugify(t.term[lang]));
export const domainHref = (lang: Lang, d: Domain) => path(lang, 'framework', slugify(d.title[lang]));
/** Static downloads: /cy/geirfa/geirfa.csv, /en/core-dataset/core-dataset.json … */
export const downloadHref = (lang: Lang, section: 'glossary' | 'dataset', ext: 'csv' | 'json') => {
  const base = path(lang, section);
  return `${base}${base.split('/').filter(Boolean).pop()}.${ext}`;
};
