// Welsh initial consonant mutations. A Welsh word can appear with its radical (dictionary)
// initial or mutated: cymorth, gymorth (soft), nghymorth (nasal), chymorth (aspirate);
// iaith, hiaith (h-prothesis). Search uses them: Pagefind has no Welsh stemmer, so the
// index adds, for each Welsh word, every radical it could come from and every mutated form
// of those radicals, and a search for any form then finds every other form. Lists of
// words never read as mutated live in fixed-words.ts. Pure functions, no dependencies.
import { GRAMMAR_WORDS, NOT_MUTATED } from './fixed-words.ts';

const VOWEL = /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/;

/** The possible radical forms of a (lower-case) word, the word itself first. */
export function radicals(word: string): string[] {
  const w = word.toLowerCase();
  if (GRAMMAR_WORDS.has(w) || w in NOT_MUTATED) return [w];
  const out = new Set<string>([w]);
  const rest = (n: number) => w.slice(n);
  if (w.startsWith('ngh')) out.add('c' + rest(3));
  else if (w.startsWith('ng')) out.add('g' + rest(2));
  else if (w.startsWith('mh')) out.add('p' + rest(2));
  else if (w.startsWith('nh')) out.add('t' + rest(2));
  else if (w.startsWith('ph')) out.add('p' + rest(2));
  else if (w.startsWith('th')) out.add('t' + rest(2));
  else if (w.startsWith('ch')) out.add('c' + rest(2));
  else if (w.startsWith('dd')) out.add('d' + rest(2));
  else if (w.startsWith('ff') || w.startsWith('ll') || w.startsWith('rh')) {
    // radical-only initials
  } else if (w.startsWith('b')) out.add('p' + rest(1));
  else if (w.startsWith('d')) out.add('t' + rest(1));
  else if (w.startsWith('g')) out.add('c' + rest(1));
  else if (w.startsWith('f')) {
    out.add('b' + rest(1));
    out.add('m' + rest(1));
  } else if (w.startsWith('l')) {
    out.add('ll' + rest(1));
    out.add('g' + w); // soft mutation drops g before l: (g)lân → lân
  } else if (w.startsWith('r')) {
    out.add('rh' + rest(1));
    out.add('g' + w); // and before r: (g)rŵp → rŵp, (g)raddfa → raddfa
  } else if (w.startsWith('m')) out.add('b' + rest(1));
  else if (w.startsWith('n')) out.add('d' + rest(1));
  else if (w.startsWith('h') && VOWEL.test(rest(1))) out.add(rest(1));
  if (VOWEL.test(w)) out.add('g' + w); // and before a vowel or w: (g)waith → waith
  return [...out];
}

export type Mutation = 'soft' | 'nasal' | 'aspirate' | 'h';

/** The mutated forms of a radical word (only those that differ from it). */
export function mutations(radical: string): Partial<Record<Mutation, string>> {
  const w = radical.toLowerCase();
  const r: Partial<Record<Mutation, string>> = {};
  if (GRAMMAR_WORDS.has(w)) return r;
  const two = w.slice(0, 2);
  const one = w.slice(0, 1);
  if (two === 'll') r.soft = 'l' + w.slice(2);
  else if (two === 'rh') r.soft = 'r' + w.slice(2);
  else if (two === 'ch' || two === 'ph' || two === 'th' || two === 'dd' || two === 'ff' || two === 'ng') {
    // these initials do not mutate
  } else if (one === 'p') Object.assign(r, { soft: 'b' + w.slice(1), nasal: 'mh' + w.slice(1), aspirate: 'ph' + w.slice(1) });
  else if (one === 't') Object.assign(r, { soft: 'd' + w.slice(1), nasal: 'nh' + w.slice(1), aspirate: 'th' + w.slice(1) });
  else if (one === 'c') Object.assign(r, { soft: 'g' + w.slice(1), nasal: 'ngh' + w.slice(1), aspirate: 'ch' + w.slice(1) });
  else if (one === 'b') Object.assign(r, { soft: 'f' + w.slice(1), nasal: 'm' + w.slice(1) });
  else if (one === 'd') Object.assign(r, { soft: 'dd' + w.slice(1), nasal: 'n' + w.slice(1) });
  else if (one === 'g') Object.assign(r, { soft: w.slice(1), nasal: 'ng' + w.slice(1) });
  else if (one === 'm') r.soft = 'f' + w.slice(1);
  if (VOWEL.test(w)) r.h = 'h' + w;
  for (const k of Object.keys(r) as Mutation[]) if (!r[k]) delete r[k];
  return r;
}

/** Every form a search should treat as the same word: radicals and all their mutations. */
export function family(word: string): string[] {
  const out = new Set<string>();
  for (const rad of radicals(word)) {
    out.add(rad);
    for (const m of Object.values(mutations(rad))) if (m) out.add(m);
  }
  return [...out];
}

/** Words of a Welsh text (letters, including accented ones; apostrophes split words). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-zâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]+/g) ?? [];
}

/**
 * The extra words to index for a Welsh text: every form in the family of each of its
 * words (of at least `minLength` letters) that the text does not already contain.
 * Three letters is the floor: tîm, mam and enw are real words with mutated forms (dîm,
 * fam, henw), while shorter words are almost all grammar words.
 */
export function expansion(text: string, minLength = 3): string[] {
  const seen = new Set(words(text));
  const extra = new Set<string>();
  for (const w of seen) {
    if (w.length < minLength) continue;
    for (const f of family(w)) if (!seen.has(f) && f.length >= 3) extra.add(f);
  }
  return [...extra].sort();
}

/**
 * The aspirate mutation of a word, as after "a" (and), "â", "tri" or "ei" (her): c, p, t →
 * ch, ph, th. Keeps a capital; leaves an acronym (CSV, API) as written.
 */
export function aspirate(word: string): string {
  const m = mutations(word).aspirate;
  if (!m || /^\p{Lu}\p{Lu}/u.test(word)) return word;
  return word[0] === word[0]!.toUpperCase() ? m[0]!.toUpperCase() + m.slice(1) : m;
}
