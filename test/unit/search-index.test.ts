// The copy of a page that the search indexer sees: mutation forms on Welsh pages, and the
// glossary twin terms in the other language on glossary term pages.
import { describe, expect, it } from 'vitest';
import { glossary, termById } from '../../content/index.ts';
import { termHref } from '../../site/src/lib/hrefs.ts';
import { bodyText, indexCopy, twinTermsByPath, WEIGHT } from '../../site/src/lib/search-index.ts';

const page = (lang: string, body: string) =>
  `<html lang="${lang}"><body><main data-pagefind-body><h1>${body}</h1></main><footer>troedyn</footer></body></html>`;

describe('search index copy', () => {
  it('adds the twin term and alternatives of every glossary term page, in the other language', () => {
    const twins = twinTermsByPath(glossary);
    expect(twins.size).toBe(glossary.length * 2);
    const practitioner = termById.get('social-prescribing-practitioner')!;
    const cyPage = twins.get(termHref('cy', practitioner))!;
    expect(cyPage.lang).toBe('en');
    expect(cyPage.words).toEqual([practitioner.term.en, ...practitioner.alternatives.en]);
    expect(cyPage.words.map((w) => w.toLowerCase())).toContain('link worker');
    expect(twins.get(termHref('en', practitioner))?.words[0]).toBe(practitioner.term.cy);
  });
  it('puts them at low weight inside the indexed element, never on the page served', () => {
    const html = page('cy', 'Ymarferydd presgripsiynu cymdeithasol');
    const copy = indexCopy(html, 'cy', { lang: 'en', words: ['Link worker', 'R&D <team>'] });
    expect(copy).toContain(`<p data-pagefind-weight="${WEIGHT.twinTerms}" lang="en">Link worker · R&amp;D &lt;team&gt;</p></main>`);
    expect(bodyText(copy)).toContain('Link worker');
    expect(copy.indexOf('Link worker')).toBeLessThan(copy.indexOf('troedyn'));
    expect(WEIGHT.twinTerms).toBeLessThan(1);
  });
  it('adds Welsh mutation forms to Welsh pages only, and never mutates English twin words', () => {
    const cy = indexCopy(page('cy', 'Cymorth'), 'cy', { lang: 'en', words: ['Support'] });
    expect(cy).toMatch(new RegExp(`data-pagefind-weight="${WEIGHT.mutations}">[^<]*\\bgymorth\\b`));
    expect(cy).not.toMatch(/\bgsupport\b|\bhsupport\b/i);
    const en = indexCopy(page('en', 'Support'), 'en');
    expect(en).toBe(page('en', 'Support'));
  });
  it('gives Welsh twin words on an English page their mutated forms too', () => {
    const en = indexCopy(page('en', 'Wellbeing'), 'en', { lang: 'cy', words: ['Llesiant'] });
    expect(en).toContain('lang="cy">Llesiant');
    expect(en).toMatch(/\blesiant\b/);
  });
});
