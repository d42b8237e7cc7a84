import { describe, expect, it } from 'vitest';
import { slugify } from '../../content/slug.ts';
import { expansion, family, mutations, radicals, words } from '../../site/src/lib/welsh-mutations.ts';

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

describe('slugify', () => {
  it('strips diacritics and apostrophes, hyphenates the rest', () => {
    expect(slugify("Sgwrs 'beth sy'n bwysig'")).toBe('sgwrs-beth-syn-bwysig');
    expect(slugify('Dŵr, tŷ a phâr')).toBe('dwr-ty-a-phar');
    expect(slugify('  Social prescribing (SP)  ')).toBe('social-prescribing-sp');
    expect(slugify('Ymarfer sy’n canolbwyntio ar yr unigolyn')).toBe('ymarfer-syn-canolbwyntio-ar-yr-unigolyn');
  });
});
