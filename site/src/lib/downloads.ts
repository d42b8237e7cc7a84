// Glossary and dataset definitions as CSV (UTF-8 with BOM, CRLF, for spreadsheets) and JSON, per language.

import { collator, t } from '../../../content/i18n.ts';
import type { DatasetDefinition, GlossaryTerm, Lang } from '../../../content/schema.ts';
import { otherLang } from '../../../content/schema.ts';

const SECTOR_ABBR: Record<Lang, Record<string, string>> = {
  cy: { hc: 'GI', sc: 'GC', cvso: 'GSGC' },
  en: { hc: 'HC', sc: 'SC', cvso: 'CVSO' },
};

function cell(v: string | number | boolean | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/** RFC 4180 CSV with a UTF-8 byte-order mark and CRLF line ends. */
export function toCsv(header: string[], rows: (string | number | boolean | undefined)[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const H = {
  glossary: {
    cy: [
      'id',
      'term',
      'term_saesneg',
      'diffiniad',
      'termau_eraill',
      'sectorau',
      'craidd',
      'categori',
      'termau_cysylltiedig',
      'ffynonellau',
    ],
    en: ['id', 'term', 'term_welsh', 'definition', 'alternatives', 'sectors', 'core', 'category', 'related', 'sources'],
  },
  dataset: {
    cy: ['maes', 'adran', 'label', 'canllaw', 'math', 'lleiafswm', 'uchafswm', 'lleoedd_degol', 'gorfodol', 'dadansoddiad', 'categori'],
    en: ['field', 'section', 'label', 'guidance', 'type', 'min', 'max', 'decimals', 'required', 'breakdown', 'category'],
  },
};
// The same words as the interface (Ydy / Nac ydy), not "ie" / "na".
const yes = (lang: Lang, b: boolean) => t(lang, b ? 'national.yes' : 'national.no');

export function glossaryRows(terms: GlossaryTerm[], lang: Lang) {
  const other = otherLang(lang);
  return [...terms]
    .sort((a, b) => collator(lang).compare(a.term[lang], b.term[lang]))
    .map((x) => ({
      id: x.id,
      term: x.term[lang],
      termOther: x.term[other],
      definition: x.definition[lang],
      alternatives: x.alternatives[lang],
      sectors: x.sectors.map((s) => SECTOR_ABBR[lang][s]!),
      core: x.core,
      category: x.category,
      related: x.related,
      sources: x.sources,
    }));
}
export function glossaryCsv(terms: GlossaryTerm[], lang: Lang): string {
  return toCsv(
    H.glossary[lang],
    glossaryRows(terms, lang).map((r) => [
      r.id,
      r.term,
      r.termOther,
      r.definition,
      r.alternatives.join('; '),
      r.sectors.join('; '),
      yes(lang, r.core),
      r.category,
      r.related.join('; '),
      r.sources.join('; '),
    ]),
  );
}
export function glossaryJson(terms: GlossaryTerm[], lang: Lang): string {
  return JSON.stringify({ language: lang, terms: glossaryRows(terms, lang) }, null, 2) + '\n';
}

/** One row per field: each item, then each category of each of its breakdowns. */
export function datasetCsv(ds: DatasetDefinition, lang: Lang): string {
  const rows: (string | number | boolean | undefined)[][] = [];
  for (const i of ds.items) {
    rows.push([i.id, i.section, i.label[lang], i.guidance[lang], i.type, i.min, i.max, i.decimals, yes(lang, i.required), '', '']);
    for (const bid of i.breakdowns) {
      const b = ds.breakdowns.find((x) => x.id === bid);
      for (const c of b?.categories ?? []) {
        rows.push([
          `${i.id}.${bid}.${c.id}`,
          i.section,
          `${i.label[lang]} (${b!.label[lang]}: ${c.label[lang]})`,
          b!.guidance[lang],
          i.type,
          i.min,
          i.max,
          i.decimals,
          yes(lang, i.required),
          bid,
          c.id,
        ]);
      }
    }
  }
  return toCsv(H.dataset[lang], rows);
}
export function datasetJson(ds: DatasetDefinition, lang: Lang): string {
  const L = (x: { cy: string; en: string }) => x[lang];
  return (
    JSON.stringify(
      {
        language: lang,
        version: ds.version,
        published: ds.published,
        workingVersion: ds.workingVersion,
        title: L(ds.title),
        sections: ds.sections.map((s) => ({ id: s.id, title: L(s.title), summary: L(s.summary) })),
        breakdowns: ds.breakdowns.map((b) => ({
          id: b.id,
          label: L(b.label),
          guidance: L(b.guidance),
          categories: b.categories.map((c) => ({ id: c.id, label: L(c.label) })),
        })),
        items: ds.items.map((i) => ({ ...i, label: L(i.label), guidance: L(i.guidance) })),
        rules: ds.rules.map((r) => ({ ...r, message: L(r.message) })),
        sources: ds.sources,
      },
      null,
      2,
    ) + '\n'
  );
}
