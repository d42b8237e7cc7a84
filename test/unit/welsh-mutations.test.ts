import { describe, expect, it } from 'vitest';
import { slugify } from '../../content/slug.ts';
import { GRAMMAR_WORDS, NOT_MUTATED } from '../../content/welsh/fixed-words.ts';
import { aspirate, expansion, family, mutations, radicals, words } from '../../content/welsh/mutations.ts';

describe('welsh mutations', () => {
  it('gives the mutated forms of a radical', () => {
    expect(mutations('cymorth')).toEqual({ soft: 'gymorth', nasal: 'nghymorth', aspirate: 'chymorth' });
    expect(mutations('pobl')).toEqual({ soft: 'bobl', nasal: 'mhobl', aspirate: 'phobl' });
    expect(mutations('tîm')).toEqual({ soft: 'dîm', nasal: 'nhîm', aspirate: 'thîm' });
    expect(mutations('gwaith')).toEqual({ soft: 'waith', nasal: 'ngwaith' });
    expect(mutations('llesiant')).toEqual({ soft: 'lesiant' });
    expect(mutations('rhaglen')).toEqual({ soft: 'raglen' });
    expect(mutations('iechyd')).toEqual({ h: 'hiechyd' });
    expect(mutations('ffordd')).toEqual({});
  });
  it('finds the radical of mutated forms', () => {
    for (const w of ['gymorth', 'nghymorth', 'chymorth', 'cymorth']) expect(radicals(w)).toContain('cymorth');
    expect(radicals('waith')).toContain('gwaith');
    expect(radicals('ngwaith')).toContain('gwaith');
    expect(radicals('fywyd')).toContain('bywyd');
    expect(radicals('lesiant')).toContain('llesiant');
    expect(radicals('hiechyd')).toContain('iechyd');
    expect(radicals('mhobl')).toContain('pobl');
    expect(radicals('ffordd')).toEqual(['ffordd']);
  });
  it('puts every form of a word in one family, both ways', () => {
    const forms = ['cymorth', 'gymorth', 'nghymorth', 'chymorth'];
    for (const a of forms) for (const b of forms) expect(family(a)).toContain(b);
    expect(family('gymorth')).not.toContain('dymorth');
  });
  it('expands a text with forms it lacks, never with ones it has', () => {
    const x = expansion('Cael cymorth gan y tîm');
    expect(x).toEqual(expect.arrayContaining(['gymorth', 'nghymorth', 'chymorth']));
    expect(x).not.toContain('cymorth');
    expect(expansion('â gymorth')).toContain('cymorth');
    expect(words("Sgwrs 'beth sy'n bwysig'")).toEqual(['sgwrs', 'beth', 'sy', 'n', 'bwysig']);
  });
});

describe('welsh mutations: the gaps an editor found', () => {
  it('recovers a g dropped by soft mutation before a consonant (rŵp → grŵp, raddfa → graddfa, lân → glân)', () => {
    expect(radicals('rŵp')).toContain('grŵp');
    expect(radicals('raddfa')).toContain('graddfa');
    expect(radicals('lân')).toContain('glân');
    expect(expansion('y rŵp')).toContain('grŵp');
    expect(expansion('ar raddfa fach')).toContain('graddfa');
    // and the reverse: a page with the radical is found by the mutated form
    expect(expansion('grŵp cymorth')).toContain('rŵp');
    // r and l still lead to rh and ll as before
    expect(radicals('raglen')).toContain('rhaglen');
    expect(radicals('lesiant')).toContain('llesiant');
  });
  it('expands three-letter words (tîm, mam, enw) both ways', () => {
    expect(expansion('y tîm')).toEqual(expect.arrayContaining(['dîm', 'nhîm', 'thîm']));
    for (const w of ['dîm', 'nhîm', 'thîm']) expect(expansion(w)).toContain('tîm');
    expect(expansion('ei mam')).toContain('fam');
    expect(expansion('ei fam')).toContain('mam');
    expect(expansion('ei enw')).toContain('henw');
    expect(expansion('ei henw')).toContain('enw');
  });
  it('keeps unrelated words out of the index (allan is not gallan, anodd is not ganodd)', () => {
    expect(expansion('mynd allan')).not.toContain('gallan');
    expect(expansion('mae hi’n anodd')).not.toContain('ganodd');
    expect(expansion('mae hi’n anodd')).not.toContain('canodd');
    // grammar words are indexed as written: "mae" is not "bae", "gan" is not "can", "chi" is not "ci"
    const x = expansion('Mae gan chi dim nad oes fel');
    for (const unrelated of ['bae', 'fae', 'can', 'chan', 'ci', 'tim', 'dad', 'goes', 'mel', 'bel']) expect(x).not.toContain(unrelated);
  });
  it('never reads a listed word as mutated, but still indexes its own mutations', () => {
    for (const [w, unrelated] of Object.entries(NOT_MUTATED)) {
      expect(radicals(w)).toEqual([w]);
      expect(family(w)).not.toContain(unrelated.split(' ')[0]);
    }
    expect(family('angen')).toContain('hangen'); // "ei hangen"
    expect(radicals('hangen')).toContain('angen');
    for (const w of GRAMMAR_WORDS) expect(family(w)).toEqual([w]);
  });
  it('puts a word after "a" (and) in the aspirate mutation, keeping capitals and acronyms', () => {
    expect(aspirate('cymorth')).toBe('chymorth');
    expect(aspirate('Caerdydd')).toBe('Chaerdydd');
    expect(aspirate('pobl')).toBe('phobl');
    expect(aspirate('tîm')).toBe('thîm');
    expect(aspirate('CSV')).toBe('CSV');
    expect(aspirate('llesiant')).toBe('llesiant');
  });
});

describe('slugify', () => {
  it('strips diacritics and apostrophes, hyphenates the rest', () => {
    expect(slugify("Sgwrs 'beth sy'n bwysig'")).toBe('sgwrs-beth-syn-bwysig');
    expect(slugify('Dŵr, tŷ a phâr')).toBe('dwr-ty-a-phar');
    expect(slugify('  Social prescribing (SP)  ')).toBe('social-prescribing-sp');
    expect(slugify('Ymarfer sy’n canolbwyntio ar yr unigolyn')).toBe('ymarfer-syn-canolbwyntio-ar-yr-unigolyn');
  });
});
