// Each version of the dataset definition as a Frictionless Data Package, with the blank CSV
// templates its resources name, at /data/core-dataset/<version>/ (content/dataset/datapackage.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { templateCsv } from '../../../../../../content/dataset/csv.ts';
import { datapackageOf, templateFileName } from '../../../../../../content/dataset/datapackage.ts';
import { datasets, geography } from '../../../../../../content/index.ts';
import { LANGS } from '../../../../../../content/schema.ts';
import { WALES } from '../../../../../../content/stats/opendata.ts';

const areas = [WALES.id, ...geography.regions.map((r) => r.id)];

export const getStaticPaths = (() =>
  datasets.flatMap((def) => [
    {
      params: { version: def.version, file: 'datapackage.json' },
      props: { body: `${JSON.stringify(datapackageOf(def, areas), null, 2)}\n`, type: 'application/json; charset=utf-8' },
    },
    ...LANGS.map((lang) => ({
      params: { version: def.version, file: templateFileName(lang) },
      props: { body: templateCsv(def, lang), type: 'text/csv; charset=utf-8' },
    })),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body, type } = props as { body: string; type: string };
  return new Response(body, { headers: { 'Content-Type': type } });
};
