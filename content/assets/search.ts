// What the register's text search matches (the Worker stores it with each published entry;
// the seed writes the same). Pure.
import { activityTypes } from '../index.ts';
import { family, words } from '../welsh/mutations.ts';

/**
 * The words a search matches for an asset: its names and activity types in both languages,
 * each with every radical and mutated form (content/welsh/mutations.ts), so "gymunedol",
 * "nghymunedol" or "chymunedol" find "cymunedol" and the reverse. Space-delimited, so a
 * query word matches the start of a word.
 */
export function searchText(a: { nameCy: string; nameEn: string; activityTypes: readonly string[] }): string {
  const acts = new Map(activityTypes.map((x) => [x.id, x.name]));
  const texts = [a.nameCy, a.nameEn, ...a.activityTypes.flatMap((id) => (acts.has(id) ? [acts.get(id)!.cy, acts.get(id)!.en] : []))];
  const all = new Set<string>();
  for (const w of words(texts.join(' '))) for (const f of family(w)) all.add(f);
  return ` ${[...all].sort().join(' ')} `;
}

/** The query's words: each must start a word of the asset's names or activity types. */
export const queryWords = (q: string) => [...new Set(words(q))].slice(0, 8);
