// Every bilingual text of the hub as a translation unit: the English it is translated from,
// the Welsh, and where the Welsh lives. UI strings, the structured content (glossary,
// sources, framework, standards, dataset, geography, CSV and validation messages) and the
// Markdown prose, block by block.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Block, blockKind, parseMarkdown } from './markdown.ts';

export type UnitKind = 'text' | 'plural' | 'list' | 'prose';
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** One translatable piece of a unit: a text, one plural form, a list (items on lines) or a Markdown block. */
export interface Segment {
  id: string;
  en: string;
  cy: string;
}
export interface Unit {
  /** Stable and XML-safe (an NMTOKEN): "ui:assess.noscript", "glossary:wemwbs:term", "page:explainer:12". */
  id: string;
  kind: UnitKind;
  /** The file that holds the Welsh. */
  file: string;
  segments: Segment[];
  /** The whole English and Welsh, as hashed for the status file. */
  en: string;
  cy: string;
  /** Prose only: the page the block belongs to, the block's kind, and its place in each file. */
  prose?: { page: string; kind: string; enIndex: number; cyIndex: number | null; cyFile: string; afterCy: number | null };
}

type Plural = { cy: Record<string, string>; en: Record<string, string> };
const isText = (v: unknown): v is { cy: string; en: string } =>
  !!v && typeof v === 'object' && typeof (v as { cy?: unknown }).cy === 'string' && typeof (v as { en?: unknown }).en === 'string';
const isList = (v: unknown): v is { cy: string[]; en: string[] } =>
  !!v && typeof v === 'object' && Array.isArray((v as { cy?: unknown }).cy) && Array.isArray((v as { en?: unknown }).en);
const isPlural = (v: unknown): v is Plural =>
  !!v && typeof v === 'object' && typeof (v as Plural).cy === 'object' && typeof (v as Plural).en === 'object';

export function textUnit(id: string, file: string, v: { cy: string; en: string }): Unit {
  return { id, kind: 'text', file, segments: [{ id: 'text', en: v.en, cy: v.cy }], en: v.en, cy: v.cy };
}
export function listUnit(id: string, file: string, v: { cy: string[]; en: string[] }): Unit {
  const en = v.en.join('\n');
  const cy = v.cy.join('\n');
  return { id, kind: 'list', file, segments: [{ id: 'list', en, cy }], en, cy };
}
/** Welsh has six plural forms to English's two; each Welsh form is shown with the English form it answers to. */
export function pluralUnit(id: string, file: string, v: Plural): Unit {
  const segments = PLURAL_FORMS.map((f) => ({ id: f, en: v.en[f === 'one' ? 'one' : 'other'] ?? '', cy: v.cy[f] ?? '' }));
  return {
    id,
    kind: 'plural',
    file,
    segments,
    en: JSON.stringify([v.en.one, v.en.other]),
    cy: JSON.stringify(PLURAL_FORMS.map((f) => v.cy[f])),
  };
}

/** Units of every {cy, en} text and list inside a content value, named by path (array items by their id). */
export function contentUnits(prefix: string, file: string, value: unknown): Unit[] {
  const out: Unit[] = [];
  const walk = (v: unknown, path: string) => {
    if (isText(v)) out.push(textUnit(path, file, v));
    else if (isList(v)) out.push(listUnit(path, file, v));
    else if (Array.isArray(v))
      v.forEach((x, i) => {
        const id = x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : String(i + 1);
        walk(x, `${path}:${id}`);
      });
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'id') walk(x, `${path}:${k}`);
  };
  walk(value, prefix);
  return out;
}

/** Units of the UI strings: texts and plural strings. */
export function stringUnits(strings: Record<string, unknown>, file = 'content/ui/strings.ts'): Unit[] {
  return Object.entries(strings).map(([key, v]) => {
    const id = `ui:${key}`;
    if (isText(v)) return textUnit(id, file, v);
    if (isPlural(v)) return pluralUnit(id, file, v);
    throw new Error(`${id}: neither a text nor a plural string`);
  });
}

// ---------------------------------------------------------------- Markdown prose
/** Markdown files of a folder with cy/ and en/, paired by their front matter id. */
export function prosePairs(dir: string): { id: string; en: string; cy: string | null }[] {
  const byId = { cy: new Map<string, string>(), en: new Map<string, string>() };
  for (const lang of ['cy', 'en'] as const) {
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.md')) byId[lang].set(parseMarkdown(readFileSync(p, 'utf8')).id ?? p, p);
      }
    };
    walk(join(dir, lang));
  }
  return [...byId.en].map(([id, en]) => ({ id, en, cy: byId.cy.get(id) ?? null }));
}

/** A pairing of the English and Welsh blocks of one page (see alignBlocks in status.ts). */
export type Alignment = { en: number; cy: number | null }[];

/** Units of one Markdown page: title, summary and every body block, paired by an alignment. */
export function proseUnits(
  prefix: string,
  page: { id: string; en: string; cy: string | null },
  align: (en: Block[], cy: Block[]) => Alignment,
  root = '.',
): Unit[] {
  const en = parseMarkdown(readFileSync(page.en, 'utf8'));
  const cy = page.cy ? parseMarkdown(readFileSync(page.cy, 'utf8')) : null;
  const cyFile = page.cy ? relative(root, page.cy) : relative(root, page.en).replace(/(^|\/)en\//, '$1cy/');
  const unitId = `${prefix}:${page.id}`;
  const out: Unit[] = [];
  for (const field of ['title', 'summary'] as const) {
    const e = en.front[field];
    if (e === undefined) continue;
    out.push({ ...textUnit(`${unitId}:${field}`, cyFile, { en: e, cy: cy?.front[field] ?? '' }) });
  }
  let afterCy: number | null = null; // the Welsh block a new block goes after
  for (const { en: i, cy: j } of align(en.blocks, cy?.blocks ?? [])) {
    const b = en.blocks[i]!;
    const c = j === null ? '' : (cy?.blocks[j]?.text ?? '');
    out.push({
      id: `${unitId}:${i + 1}`,
      kind: 'prose',
      file: cyFile,
      segments: [{ id: 'block', en: b.text, cy: c }],
      en: b.text,
      cy: c,
      prose: { page: unitId, kind: blockKind(b), enIndex: i, cyIndex: j, cyFile, afterCy },
    });
    if (j !== null) afterCy = j;
  }
  return out;
}
