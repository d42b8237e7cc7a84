// Welsh alphabetical order: digraphs are letters, and ng is n + g in compounds and loans.
import { describe, expect, it } from 'vitest';
import { collator } from '../../content/i18n.ts';
import { compareWelsh, initialLetter, splitsNg, WELSH_ALPHABET, welshLetters } from '../../content/welsh/alphabet.ts';

const sortCy = (xs: string[]) => [...xs].sort(collator('cy').compare);

describe('Welsh alphabet', () => {
  it('has 29 letters with the eight digraphs in their places', () => {
    expect(WELSH_ALPHABET).toHaveLength(29);
    expect(WELSH_ALPHABET.join(' ')).toBe('a b c ch d dd e f ff g ng h i j l ll m n o p ph r rh s t th u w y');
  });
  it('reads digraphs as single letters', () => {
    expect(welshLetters('llong')).toEqual(['ll', 'o', 'ng']);
    expect(welshLetters('chwaraeon')).toEqual(['ch', 'w', 'a', 'r', 'a', 'e', 'o', 'n']);
    expect(welshLetters('ffordd')).toEqual(['ff', 'o', 'r', 'dd']);
    expect(welshLetters('anghenion')).toEqual(['a', 'ng', 'h', 'e', 'n', 'i', 'o', 'n']);
  });
  it('reads n + g as two letters in compounds and loans (Ban-gor, Llan-gollen, mewn-gofnodi, amcan-gyfrif)', () => {
    expect(welshLetters('Bangor')).toEqual(['b', 'a', 'n', 'g', 'o', 'r']);
    expect(welshLetters('Llangollen')).toEqual(['ll', 'a', 'n', 'g', 'o', 'll', 'e', 'n']);
    expect(welshLetters('mewngofnodi').slice(0, 5)).toEqual(['m', 'e', 'w', 'n', 'g']);
    expect(splitsNg('amcangyfrif')).toBe(true);
    expect(splitsNg('blaengar')).toBe(true);
    expect(splitsNg('llongyfarch')).toBe(true);
    // ...but not in ordinary words, nor at the start or end of a word
    for (const w of ['angen', 'cyngor', 'llong', 'rhwng', 'dringo', 'anghenion']) expect(splitsNg(w)).toBe(false);
    expect(welshLetters('llongyfarch').slice(0, 4)).toEqual(['ll', 'o', 'n', 'g']);
    expect(welshLetters('ngardd')[0]).toBe('ng');
  });
  it('reads rh as one letter only at the start of a word or after d, l, m, n, t', () => {
    expect(welshLetters('rhaglen')[0]).toBe('rh');
    expect(welshLetters('anrhydedd').slice(0, 3)).toEqual(['a', 'n', 'rh']);
    expect(welshLetters('arholiad').slice(0, 3)).toEqual(['a', 'r', 'h']);
  });
  it('sorts Bangor after banc, as a Welsh dictionary does', () => {
    expect(compareWelsh('banc', 'Bangor')).toBeLessThan(0);
    expect(sortCy(['Bangor', 'banc', 'bant'])).toEqual(['banc', 'Bangor', 'bant']);
    // Intl.Collator('cy') alone puts Bangor first, because it reads ng as one letter (ng < n)
    expect(['Bangor', 'banc'].sort(new Intl.Collator('cy').compare)[0]).toBe('Bangor');
  });
  it('sorts llong < llom < llongyfarch < llonydd (ng the letter before m and n; n + g among the n words)', () => {
    expect(sortCy(['llonydd', 'llongyfarch', 'llom', 'llong'])).toEqual(['llong', 'llom', 'llongyfarch', 'llonydd']);
  });
  it('sorts the digraphs as letters: c < ch < d, l < ll < m, cyngor < cyhyr', () => {
    expect(sortCy(['chwarae', 'dafad', 'cyngor', 'cyhyr', 'lori', 'llesiant', 'mam', 'ci'])).toEqual([
      'ci',
      'cyngor',
      'cyhyr',
      'chwarae',
      'dafad',
      'lori',
      'llesiant',
      'mam',
    ]);
  });
  it('sorts word by word, ignores accents and case except to break ties, and files loans by the Latin alphabet', () => {
    expect(sortCy(['Pen-y-bont ar Ogwr', 'Penarth', 'Pen y Fan'])).toEqual(['Pen-y-bont ar Ogwr', 'Pen y Fan', 'Penarth']);
    expect(sortCy(['tŷ', 'ty', 'Ty'])).toHaveLength(3);
    expect(compareWelsh('tŷ', 'tyrd')).toBeLessThan(0);
    expect(sortCy(['zebra', 'ysgol', 'kilo', 'jam', 'lamp'])).toEqual(['jam', 'kilo', 'lamp', 'ysgol', 'zebra']);
  });
  it('files a word under its initial letter, digraphs included', () => {
    expect(initialLetter('Ngwyrfai')).toBe('ng');
    expect(initialLetter('Rhaglen')).toBe('rh');
    expect(initialLetter('“Beth sy’n bwysig”')).toBe('b');
    expect(initialLetter('2024')).toBe('#');
  });
  it('leaves English order to the English collator', () => {
    expect(['Bangor', 'banc'].sort(collator('en').compare)).toEqual(['banc', 'Bangor']);
    expect(['llong', 'lom'].sort(collator('en').compare)).toEqual(['llong', 'lom']);
  });
});
