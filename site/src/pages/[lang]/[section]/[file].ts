// Static downloads: glossary and dataset definitions as CSV and JSON in each language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentDataset, glossary } from '../../../../../content/index.ts';
import { sections } from '../../../../../content/routes.ts';
import { LANGS, type Lang } from '../../../../../content/schema.ts';
import { datasetCsv, datasetJson, glossaryCsv, glossaryJson } from '../../../lib/downloads.ts';
import { downloadHref } from '../../../lib/hrefs.ts';

const make = {
  'glossary.csv': (lang: Lang) => glossaryCsv(glossary, lang),
  'glossary.json': (lang: Lang) => glossaryJson(glossary, lang),
  'dataset.csv': (lang: Lang) => datasetCsv(currentDataset, lang),
  'dataset.json': (lang: Lang) => datasetJson(currentDataset, lang),
} as const;

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    (['glossary', 'dataset'] as const).flatMap((section) =>
      (['csv', 'json'] as const).map((ext) => ({
        params: { lang, section: sections[section][lang], file: downloadHref(lang, section, ext).split('/').pop()! },
        props: { lang, key: `${section}.${ext}` as keyof typeof make, ext },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { lang, key, ext } = props as { lang: Lang; key: keyof typeof make; ext: 'csv' | 'json' };
  return new Response(make[key](lang), {
    headers: { 'Content-Type': ext === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' },
  });
};
