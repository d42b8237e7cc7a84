// The Welsh alphabet and Welsh alphabetical order. Welsh has eight digraphs that are single
// letters (ch, dd, ff, ng, ll, ph, rh, th), so "llong" sorts after "lyfr" and "chwarae"
// after "cyngor". Two of them are not always letters:
// - "ng" is two letters, n + g, where a word is a compound whose first part ends in n and
//   whose second begins with g (Ban-gor, Llan-gollen, mewn-gofnodi, amcan-gyfrif), and in a
//   few loans (bingo, Mongolia). So Bangor sorts after banc, not before it.
// - "rh" is one letter only at the start of a word or after d, l, m, n or t (rhaglen,
//   anrhydedd); elsewhere it is r + h (ar-holiad).
// The compound elements and words below follow the digraph rules published with Bangor
// University's Welsh lexicon (Lecsicon Cymraeg Bangor). Intl.Collator('cy') knows the
// digraphs but none of these exceptions.

export const WELSH_ALPHABET = [
  'a',
  'b',
  'c',
  'ch',
  'd',
  'dd',
  'e',
  'f',
  'ff',
  'g',
  'ng',
  'h',
  'i',
  'j',
  'l',
  'll',
  'm',
  'n',
  'o',
  'p',
  'ph',
  'r',
  'rh',
  's',
  't',
  'th',
  'u',
  'w',
  'y',
] as const;

/** First parts of compounds, ending in n, after which a g starts the second part. */
const NG_COMPOUND_FIRST = [
  ...['llan', 'blaen', 'bon', 'bron', 'brown', 'bryn', 'calon', 'cefn', 'gwahan', 'gwyn', 'hunan'],
  ...['llun', 'mein', 'mewn', 'mwyn', 'pan', 'pen', 'sein', 'swyn', 'teyrn', 'un', 'union'],
];
/** Words that begin with n + g although they fit no compound pattern. */
const NG_SPLIT_STARTS = ['angio', 'bwngler', 'byngalo', 'dyngar', 'dyngas', 'gwangalon', 'mening'];
/** Second parts of compounds after a first part ending in n (amcan-gyfrif, teyrn-gar). */
const NG_COMPOUND_LAST = ['groen', 'gar', 'garwch', 'gyfrif'];
/** Single words (and their inflections) with n + g: place names, compounds and loans. */
const NG_SPLIT_WORDS = [
  ...['abergwyngregyn', 'angliad', 'anglican', 'angola', 'bangladesh', 'bangor', 'bengal', 'blaengarw', 'blaengwrach'],
  ...['brongest', 'bronglais', 'bryngwran', 'bryngwyn', 'cefngorwydd', 'congo', 'conga', 'cryngae', 'felinganol'],
  ...['ffynnongroyw', 'glangors', 'hengastell', 'hengoed', 'hengwm', 'hengwrt', 'hwngar', 'lingoed', 'llanengan'],
  ...['llwyngroes', 'llwyngwril', 'maengwyn', 'melingriffith', 'mongolia', 'pengelli', 'penglais', 'pengwern'],
  ...['tongwynlais', 'amcangyfrif', 'bangaw', 'bingo', 'brongoch', 'bryngaer', 'cangarŵ', 'cringoch', 'cwango'],
  ...['engram', 'hwiangerdd', 'dychangerdd', 'rhieingerdd', 'ingot', 'jingo', 'jwngl', 'jyngl', 'lingri', 'llengig'],
  ...['llinganol', 'llongyfarch', 'manganîs', 'manglo', 'mango', 'mangrof', 'melyngoch', 'mingam', 'mwngrel', 'sbangl'],
  ...['tanganyika', 'gwyngoch', 'rhangymeriad', 'tango'],
];
/** Place names where rh after a vowel is still one letter: the second part of the compound begins with rh (Caer-rhos). */
const RH_WHOLE_WORDS = ['caerhos', 'cilrhedyn', 'porthyrhyd', 'trerhedyn', 'troedyrhiw'];

/** Does this (lower-case, unaccented) word write n + g as two letters? */
export function splitsNg(word: string): boolean {
  if (NG_SPLIT_WORDS.some((w) => word.startsWith(w))) return true;
  if (NG_SPLIT_STARTS.some((s) => word.startsWith(s))) return true;
  if (word.startsWith('tang') && !word.startsWith('tangiad')) return true;
  if (NG_COMPOUND_FIRST.some((f) => word.startsWith(f + 'g'))) return true;
  return NG_COMPOUND_LAST.some((l) => word.endsWith('n' + l));
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The letters of one word in the Welsh alphabet: "llongyfarch" → ll o n g y f a r ch. Accents are dropped. */
export function welshLetters(word: string): string[] {
  const w = fold(word);
  const ngSplit = splitsNg(w);
  const rhWhole = RH_WHOLE_WORDS.some((x) => w.startsWith(x));
  const out: string[] = [];
  for (let i = 0; i < w.length; ) {
    const two = w.slice(i, i + 2);
    let letter = w[i]!;
    if (two === 'ng') {
      // word-initial and word-final ng is always the letter (ngardd, llong)
      if (!ngSplit || i === 0 || i + 2 === w.length) letter = two;
    } else if (two === 'rh') {
      if (rhWhole || i === 0 || /[dlmnt]/.test(w[i - 1] ?? '')) letter = two;
    } else if (['ch', 'dd', 'ff', 'll', 'ph', 'th'].includes(two)) letter = two;
    out.push(letter);
    i += letter.length;
  }
  return out;
}

/** The letter a Welsh word is filed under (its first letter, digraphs included), or "#" when it does not start with a letter. */
export function initialLetter(text: string): string {
  const w = fold(text).replace(/^[^\p{L}\p{N}]+/u, '');
  const first = welshLetters(w.split(/[^\p{L}]/u)[0] ?? '')[0];
  return first && (WELSH_ALPHABET as readonly string[]).includes(first) ? first : '#';
}

// Primary weights: digits, then the Welsh alphabet; letters Welsh lacks (k, q, v, x, z)
// sit after their neighbour in the Latin alphabet, as Welsh dictionaries file loans.
const WEIGHT = new Map<string, number>();
'0123456789'.split('').forEach((d, i) => WEIGHT.set(d, 1 + i));
WELSH_ALPHABET.forEach((l, i) => WEIGHT.set(l, 20 + i * 2));
for (const [loan, after] of [
  ['k', 'j'],
  ['q', 'ph'],
  ['v', 'u'],
  ['x', 'w'],
  ['z', 'y'],
] as const)
  WEIGHT.set(loan, WEIGHT.get(after)! + 1);

/** Sort weights of a text, word by word: a space or hyphen ranks below every letter; other punctuation is ignored. */
export function welshSortKey(text: string): number[] {
  const key: number[] = [];
  for (const part of fold(text).split(/([\s\-‐–]+)/)) {
    if (/^[\s\-‐–]+$/.test(part)) {
      if (key.length) key.push(0);
      continue;
    }
    for (const l of welshLetters(part)) {
      const w = WEIGHT.get(l);
      if (w !== undefined) key.push(w);
      else if (/\p{L}/u.test(l)) key.push(100 + (l.codePointAt(0) ?? 0)); // other scripts after Welsh letters
    }
  }
  return key;
}

const tieBreak = new Intl.Collator('cy', { sensitivity: 'variant' });

/** Compares two texts in Welsh alphabetical order; accents and case only break ties. */
export function compareWelsh(a: string, b: string): number {
  const ka = welshSortKey(a);
  const kb = welshSortKey(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return ka.length - kb.length || tieBreak.compare(a, b);
}
