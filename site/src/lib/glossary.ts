// Glossary A–Z: the Welsh alphabet on Welsh pages (with its digraphs), English on English ones.

import { collator } from '../../../content/i18n.ts';
import type { GlossaryTerm, Lang } from '../../../content/schema.ts';
import { initialLetter, WELSH_ALPHABET } from '../../../content/welsh/alphabet.ts';

export const ALPHABET: Record<Lang, string[]> = {
  cy: [...WELSH_ALPHABET],
  en: 'abcdefghijklmnopqrstuvwxyz'.split(''),
};

/** The letter a word is filed under: its initial Welsh letter, digraphs included (Welsh), else its first letter without accents. */
export function letterOf(text: string, lang: Lang): string {
  if (lang === 'cy') return initialLetter(text);
  const c = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^[^a-z0-9]+/, '')
    .charAt(0);
  return ALPHABET[lang].includes(c) ? c : '#';
}

export interface LetterGroup {
  letter: string;
  terms: GlossaryTerm[];
}

/** Every letter of the alphabet in order, each with its terms sorted in that language. */
export function groupByLetter(terms: GlossaryTerm[], lang: Lang): LetterGroup[] {
  const sorted = [...terms].sort((a, b) => collator(lang).compare(a.term[lang], b.term[lang]));
  const letters = [...ALPHABET[lang]];
  if (sorted.some((t) => letterOf(t.term[lang], lang) === '#')) letters.push('#');
  return letters.map((letter) => ({ letter, terms: sorted.filter((t) => letterOf(t.term[lang], lang) === letter) }));
}

/** Anchor id of a letter heading ("#" becomes "other"). */
export const letterId = (letter: string) => `letter-${letter === '#' ? 'other' : letter}`;
