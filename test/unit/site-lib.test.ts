import { describe, expect, it } from 'vitest';
import { currentDataset, type GlossaryTerm, glossary } from '../../content/index.ts';
import { datasetCsv, glossaryCsv, toCsv } from '../../site/src/lib/downloads.ts';
import { groupByLetter, letterOf } from '../../site/src/lib/glossary.ts';
import { wrapTables } from '../../site/src/lib/table-regions.ts';
import { preferredLang } from '../../worker/src/routes/home.ts';

const term = (cy: string, en: string): GlossaryTerm => ({
  id: en.toLowerCase().replace(/\W+/g, '-'),
  term: { cy, en },
  definition: { cy: 'd', en: 'd' },
  alternatives: { cy: [], en: [] },
  sectors: [],
  core: false,
  category: 'core-concept',
  related: [],
  sources: ['x'],
});

describe('glossary A–Z', () => {
  it('files Welsh terms under their initial digraph', () => {
    expect(letterOf('Chwarae', 'cy')).toBe('ch');
    expect(letterOf('Llesiant', 'cy')).toBe('ll');
    expect(letterOf('Rhaglen', 'cy')).toBe('rh');
    expect(letterOf('Ŵyr', 'cy')).toBe('w');
    expect(letterOf('Chwarae', 'en')).toBe('c');
  });
  it('orders Welsh letters ch after c and ll after l, with terms sorted by the Welsh collator', () => {
    const terms = [
      term('Llesiant', 'Wellbeing'),
      term('Lori', 'Lorry'),
      term('Chwarae', 'Play'),
      term('Cymorth', 'Support'),
      term('Cynllun', 'Plan'),
    ];
    const groups = groupByLetter(terms, 'cy').filter((g) => g.terms.length);
    expect(groups.map((g) => g.letter)).toEqual(['c', 'ch', 'l', 'll']);
    expect(groups[0]!.terms.map((t) => t.term.cy)).toEqual(['Cymorth', 'Cynllun']);
    const en = groupByLetter(terms, 'en')
      .filter((g) => g.terms.length)
      .map((g) => g.letter);
    expect(en).toEqual(['l', 'p', 's', 'w']);
  });
});

describe('downloads', () => {
  it('writes CSV with a BOM, CRLF and quoting', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        [1, undefined],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n1,\r\n');
  });
  it('has one glossary row per term and one dataset row per field', () => {
    expect(glossaryCsv(glossary, 'cy').trim().split('\r\n')).toHaveLength(glossary.length + 1);
    const fields = currentDataset.items.reduce(
      (n, i) => n + 1 + i.breakdowns.reduce((m, b) => m + (currentDataset.breakdowns.find((x) => x.id === b)?.categories.length ?? 0), 0),
      0,
    );
    expect(datasetCsv(currentDataset, 'en').trim().split('\r\n')).toHaveLength(fields + 1);
  });
});

describe('Accept-Language', () => {
  it('picks the clearly preferred language by q-value', () => {
    expect(preferredLang('en')).toBe('en');
    expect(preferredLang('cy-GB,cy;q=0.9,en;q=0.8')).toBe('cy');
    expect(preferredLang('en-GB;q=0.8,en;q=0.7,cy;q=0.95')).toBe('cy');
    expect(preferredLang('en-GB,en;q=0.9,cy;q=0.95')).toBe('en');
    expect(preferredLang('fr, en;q=0.5')).toBe('en');
  });
  it('gives no preference for ties, neither, or nonsense', () => {
    expect(preferredLang(undefined)).toBeUndefined();
    expect(preferredLang('fr-FR, de')).toBeUndefined();
    expect(preferredLang('cy, en')).toBeUndefined();
    expect(preferredLang('*')).toBeUndefined();
    expect(preferredLang('en;q=0')).toBeUndefined();
    expect(preferredLang('en;q=abc')).toBeUndefined();
  });
});

describe('Markdown tables on phones', () => {
  it('wraps each table in a labelled, focusable region named after the heading above it', () => {
    const html =
      '<h2 id="a">Pwy &amp; beth</h2><p>x</p><table><tr><td>1</td></tr></table><h3>Arall</h3><table class="t"><tr><td>2</td></tr></table>';
    const out = wrapTables(html, 'cy');
    expect(out).toContain(
      '<div class="app-table-region" role="region" aria-label="Pwy &amp; beth (sgroliwch i’r ochr i weld y cyfan)" tabindex="0"><table><tr><td>1</td></tr></table></div>',
    );
    expect(out).toContain('aria-label="Arall (sgroliwch i’r ochr i weld y cyfan)" tabindex="0"><table class="t">');
    expect(wrapTables('<table><tr><td>1</td></tr></table>', 'en')).toContain('aria-label="Table (scroll sideways to see it all)"');
    expect(wrapTables('<p>no tables</p>', 'en')).toBe('<p>no tables</p>');
  });
});
