// Prose pages and specification chapters from content/ (Markdown, one file per language),
// and the URL of each. A page missing in one language is still built in the other, so the
// site check (scripts/check-site.mjs) can report the missing twin instead of the build failing.
import { type CollectionEntry, getCollection } from 'astro:content';
import { path } from '../../../content/routes.ts';
import type { Lang, PageFrontMatter } from '../../../content/schema.ts';

export type PageEntry = CollectionEntry<'pages'> | CollectionEntry<'specification'>;
export interface Prose {
  lang: Lang;
  /** Shared id (front matter), e.g. "explainer" or "programme-skills". */
  id: string;
  kind: 'page' | 'programme' | 'chapter';
  data: PageFrontMatter;
  entry: PageEntry;
  href: string;
}

/** Where a prose page lives: fixed sections for the known pages, its own slug otherwise. */
export function proseHref(lang: Lang, kind: Prose['kind'], data: PageFrontMatter): string {
  if (kind === 'chapter') return path(lang, 'specification', data.slug);
  if (kind === 'programme') return path(lang, 'programmes', data.slug);
  if (data.id === 'explainer') return path(lang, 'explainer');
  if (data.id === 'accessibility') return path(lang, 'accessibility');
  if (data.id === 'privacy') return path(lang, 'privacy');
  return `/${lang}/${data.slug}/`;
}

let cache: Prose[] | undefined;
export async function allProse(): Promise<Prose[]> {
  if (cache) return cache;
  const out: Prose[] = [];
  for (const entry of await getCollection('pages')) {
    const [lang, ...rest] = entry.id.split('/');
    if (lang !== 'cy' && lang !== 'en') continue;
    const kind = rest[0] === 'programmes' ? 'programme' : 'page';
    const data = entry.data as PageFrontMatter;
    out.push({ lang, id: data.id, kind, data, entry, href: proseHref(lang, kind, data) });
  }
  for (const entry of await getCollection('specification')) {
    const [lang] = entry.id.split('/');
    if (lang !== 'cy' && lang !== 'en') continue;
    const data = entry.data as PageFrontMatter;
    out.push({ lang, id: data.id, kind: 'chapter', data, entry, href: proseHref(lang, 'chapter', data) });
  }
  const order = (p: Prose) => p.data.order ?? 999;
  out.sort((a, b) => order(a) - order(b) || a.entry.id.localeCompare(b.entry.id));
  cache = out;
  return out;
}

export async function prose(lang: Lang, id: string): Promise<Prose | undefined> {
  return (await allProse()).find((p) => p.lang === lang && p.id === id);
}
export async function pageHref(lang: Lang, id: string): Promise<string | undefined> {
  return (await prose(lang, id))?.href;
}
/** The page's twin: the other language's page with the same id, else that language's section home. */
export async function twinOf(p: Prose, fallback: string): Promise<string> {
  const other = p.lang === 'cy' ? 'en' : 'cy';
  return (await prose(other, p.id))?.href ?? fallback;
}
