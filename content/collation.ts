// The reader's alphabetical order, apart from the string tables so that browser scripts can sort
// names without them.
import type { Lang } from './schema.ts';
import { compareWelsh } from './welsh/alphabet.ts';

const englishOrder = new Intl.Collator('en', { sensitivity: 'base' });
/**
 * Sorts by the reader's alphabet. On Welsh pages the digraphs (ch, dd, ff, ng, ll, ph, rh,
 * th) are letters, and "ng" is n + g where Welsh writes two letters (Bangor after banc):
 * content/welsh/alphabet.ts. Intl.Collator('cy') knows only the digraphs.
 */
export const collator = (lang: Lang): { compare: (a: string, b: string) => number } =>
  lang === 'cy' ? { compare: compareWelsh } : englishOrder;

/** A copy of `items` in the order of their names in `lang`. */
export function byName<T>(items: readonly T[], name: (item: T) => string, lang: Lang): T[] {
  const { compare } = collator(lang);
  return [...items].sort((a, b) => compare(name(a), name(b)));
}

/** Things with a name in each language (areas, activity types…), in the order of their names in `lang`. */
export const byOwnName = <T extends { name: Record<Lang, string> }>(items: readonly T[], lang: Lang): T[] =>
  byName(items, (x) => x.name[lang], lang);
