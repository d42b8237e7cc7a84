// The translator round trip on fixture files: export XLIFF 2.0 (and CSV), read the
// translated file back, check it, and write the Welsh into the TypeScript and Markdown
// sources; a file with any problem changes nothing.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fromCsv, fromXliff, toCsv, toXliff, XLIFF_NS } from '../../scripts/translations/exchange.ts';
import { applyEdits, checkReturned, literal, locate } from '../../scripts/translations/importer.ts';
import { parseMarkdown } from '../../scripts/translations/markdown.ts';
import { proseUnitsAndOrphans } from '../../scripts/translations/repository.ts';
import { evaluate } from '../../scripts/translations/status.ts';
import { contentUnits, stringUnits, type Unit } from '../../scripts/translations/units.ts';

const STRINGS = `export const strings = {
  'share.for': { cy: 'Ar gyfer', en: 'For' },
  'search.none': { cy: 'Dim canlyniadau ar gyfer “{query}”.', en: 'No results for “{query}”.' },
  'count.terms': {
    cy: { zero: '{count} term', one: '{count} term', two: '{count} derm', few: '{count} therm', many: '{count} therm', other: '{count} term' },
    en: { one: '{count} term', other: '{count} terms' },
  },
};
`;
const TERMS = `const t = (cy: string, en: string) => ({ cy, en });
const para = (...ps: string[]) => ps.join('\\n\\n');
export const terms = [
  {
    id: 'wellbeing',
    term: { cy: 'Llesiant', en: 'Wellbeing' },
    definition: t("Pa mor dda y mae person yn teimlo.", 'How well a person feels.'),
    alternatives: { cy: ['Lles'], en: ['Well-being'] },
  },
];
export const intro = t(para('Paragraff un.', 'Paragraff dau.'), para('Paragraph one.', 'Paragraph two.'));
`;
const page = (lang: 'cy' | 'en') =>
  lang === 'en'
    ? '---\nid: sample\ntitle: Sample\nslug: sample\nsummary: A sample page.\nupdated: 2026-11-24\n---\n\n## Who does what\n\nSee [the glossary](/en/glossary/) for **every** term.\n\n- first item\n- second item\n'
    : '---\nid: sample\ntitle: Enghraifft\nslug: enghraifft\nsummary: Tudalen enghreifftiol.\nupdated: 2026-11-24\n---\n\n## Pwy sy’n gwneud beth\n\nGweler [yr eirfa](/en/glossary/) am **bob** term.\n\n- eitem gyntaf\n- ail eitem\n';

let dir: string;
let version = 0;
async function loadUnits(): Promise<Unit[]> {
  version++;
  const s = await import(`${join(dir, 'strings.ts')}?v=${version}`);
  const g = await import(`${join(dir, 'terms.ts')}?v=${version}`);
  return [
    ...stringUnits(s.strings, join(dir, 'strings.ts')),
    ...contentUnits('glossary', join(dir, 'terms.ts'), g.terms),
    ...contentUnits('intro', join(dir, 'terms.ts'), g.intro),
    ...proseUnitsAndOrphans(new Map(), [{ prefix: 'page', dir: join(dir, 'pages') }]).units,
  ];
}
const files = () => ['strings.ts', 'terms.ts', 'pages/cy/sample.md'].map((f) => readFileSync(join(dir, f), 'utf8'));
/** Replaces the target of one segment of one unit in an XLIFF document. */
function setTarget(xml: string, unit: string, segment: string, target: string): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const u = [
    ...Array.from(
      { length: doc.getElementsByTagNameNS(XLIFF_NS, 'unit').length },
      (_, i) => doc.getElementsByTagNameNS(XLIFF_NS, 'unit').item(i)!,
    ),
  ].find((x) => x.getAttribute('id') === unit)!;
  const segs = u.getElementsByTagNameNS(XLIFF_NS, 'segment');
  for (let i = 0; i < segs.length; i++) {
    const s = segs.item(i)!;
    if (s.getAttribute('id') !== segment) continue;
    let t = s.getElementsByTagNameNS(XLIFF_NS, 'target').item(0);
    if (!t) {
      t = doc.createElementNS(XLIFF_NS, 'target');
      s.appendChild(t);
    }
    while (t.firstChild) t.removeChild(t.firstChild);
    t.appendChild(doc.createTextNode(target));
    s.setAttribute('state', 'reviewed');
  }
  return doc.toString();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xliff-'));
  mkdirSync(join(dir, 'pages/cy'), { recursive: true });
  mkdirSync(join(dir, 'pages/en'), { recursive: true });
  writeFileSync(join(dir, 'strings.ts'), STRINGS);
  writeFileSync(join(dir, 'terms.ts'), TERMS);
  writeFileSync(join(dir, 'pages/en/sample.md'), page('en'));
  writeFileSync(join(dir, 'pages/cy/sample.md'), page('cy'));
});

describe('XLIFF 2.0 export', () => {
  it('is an XLIFF 2.0 document with English sources, Welsh targets and placeholders as inline codes', async () => {
    const units = await loadUnits();
    const xml = toXliff(evaluate(units, new Map()));
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.documentElement!.namespaceURI).toBe(XLIFF_NS);
    expect(doc.documentElement!.getAttribute('version')).toBe('2.0');
    expect(doc.getElementsByTagNameNS(XLIFF_NS, 'unit').length).toBe(units.length);
    expect(xml).toContain('<ph id="text.query.1" equiv="{query}" disp="{query}"/>');
    expect(xml).toContain('<segment id="two" state="translated">');
    expect(xml).toContain('<note category="markdown">h2</note>');
  });
  it('reads back exactly what it wrote: an untouched file changes nothing', async () => {
    const units = await loadUnits();
    const returned = fromXliff(toXliff(evaluate(units, new Map())));
    expect(returned).toHaveLength(units.reduce((n, u) => n + u.segments.length, 0));
    expect(checkReturned(returned, units)).toEqual({ changes: [], problems: [] });
  });
});

describe('XLIFF import', () => {
  it('writes the new Welsh of texts, plural forms, lists, joined paragraphs, front matter and Markdown blocks', async () => {
    const units = await loadUnits();
    let xml = toXliff(evaluate(units, new Map()));
    const para = units.find((u) => u.prose?.kind === 'p')!;
    const item = units.find((u) => u.prose?.kind === 'ul')!;
    xml = setTarget(xml, 'ui:share.for', 'text', "Er mwyn 'r");
    xml = setTarget(xml, 'ui:count.terms', 'two', '{count} derm (dau)');
    xml = setTarget(xml, 'glossary:wellbeing:definition', 'text', 'Pa mor dda y mae rhywun yn teimlo.');
    xml = setTarget(xml, 'glossary:wellbeing:alternatives', 'list', 'Lles\nLlesiant personol');
    xml = setTarget(xml, 'intro', 'text', 'Paragraff un, newydd.\n\nParagraff dau, newydd.');
    xml = setTarget(xml, 'page:sample:title', 'text', 'Enghraifft: tudalen');
    xml = setTarget(xml, para.id, 'block', 'Gweler [yr eirfa](/en/glossary/) am **bob un** term.');
    xml = setTarget(xml, item.id, 'block', '- yr eitem gyntaf');

    const { changes, problems } = checkReturned(fromXliff(xml), units);
    expect(problems).toEqual([]);
    expect(changes).toHaveLength(8);
    // segments marked reviewed in XLIFF mark their text reviewed; one of six plural forms is not enough
    expect(changes.find((c) => c.unit.id === 'ui:share.for')!.reviewed).toBe(true);
    expect(changes.find((c) => c.unit.id === 'ui:count.terms')!.reviewed).toBe(false);
    const { edits, manual } = locate(changes);
    expect(manual).toEqual([]);
    applyEdits(edits);

    const after = new Map((await loadUnits()).map((u) => [u.id, u]));
    expect(after.get('ui:share.for')!.cy).toBe("Er mwyn 'r");
    expect(after.get('ui:count.terms')!.segments.find((s) => s.id === 'two')!.cy).toBe('{count} derm (dau)');
    expect(after.get('ui:count.terms')!.segments.find((s) => s.id === 'few')!.cy).toBe('{count} therm');
    expect(after.get('ui:search.none')!.cy).toBe('Dim canlyniadau ar gyfer “{query}”.');
    expect(after.get('glossary:wellbeing:definition')!.cy).toBe('Pa mor dda y mae rhywun yn teimlo.');
    expect(after.get('glossary:wellbeing:alternatives')!.cy).toBe('Lles\nLlesiant personol');
    expect(after.get('intro')!.cy).toBe('Paragraff un, newydd.\n\nParagraff dau, newydd.');
    const md = parseMarkdown(readFileSync(join(dir, 'pages/cy/sample.md'), 'utf8'));
    expect(md.front.title).toBe('Enghraifft: tudalen');
    expect(md.blocks.map((b) => b.text)).toEqual([
      '## Pwy sy’n gwneud beth',
      'Gweler [yr eirfa](/en/glossary/) am **bob un** term.',
      '- yr eitem gyntaf',
      '- ail eitem',
    ]);
    // the English is untouched
    expect(readFileSync(join(dir, 'pages/en/sample.md'), 'utf8')).toBe(page('en'));
  });

  it('validates before anything is written: placeholders, plural forms, Markdown structure, changed English, unknown texts', async () => {
    const units = await loadUnits();
    const before = files();
    const base = toXliff(evaluate(units, new Map()));
    const heading = units.find((u) => u.prose?.kind === 'h2')!;
    const para = units.find((u) => u.prose?.kind === 'p')!;
    const cases: [string, string, RegExp][] = [
      [
        'placeholder lost',
        setTarget(base, 'ui:search.none', 'text', 'Dim canlyniadau.'),
        /ui:search\.none \(text\): placeholder\(s\) \{query\} are missing/,
      ],
      [
        'placeholder invented',
        setTarget(base, 'ui:share.for', 'text', 'Ar gyfer {who}'),
        /placeholder\(s\) \{who\} are not in the English/,
      ],
      ['plural form empty', setTarget(base, 'ui:count.terms', 'few', ' '), /ui:count\.terms \(few\): the Welsh is empty/],
      [
        'plural form removed',
        base.replace(/<segment id="many"[\s\S]*?<\/segment>/, ''),
        /segment "many" is missing \(Welsh needs all six plural forms/,
      ],
      [
        'heading made a paragraph',
        setTarget(base, heading.id, 'block', 'Pwy sy’n gwneud beth'),
        /the Markdown block is a p, the English a h2/,
      ],
      [
        'link changed',
        setTarget(base, para.id, 'block', 'Gweler [yr eirfa](/cy/geirfa/) am **bob** term.'),
        /links differ from the English/,
      ],
      ['block split', setTarget(base, para.id, 'block', 'Gweler [yr eirfa](/en/glossary/).\n\nAm **bob** term.'), /one block only/],
      ['list with an empty line', setTarget(base, 'glossary:wellbeing:alternatives', 'list', 'Lles\n\nLlesiant'), /one item per line/],
      [
        'English changed since export',
        base.replace('<source>For</source>', '<source>Intended for</source>'),
        /ui:share\.for \(text\): the English has changed since this file was exported/,
      ],
      ['unknown text', base.replace('unit id="ui:share.for"', 'unit id="ui:share.gone"'), /ui:share\.gone: no such text in the hub/],
    ];
    for (const [what, xml, expected] of cases) {
      const { problems } = checkReturned(fromXliff(xml), units);
      expect(problems.join('\n'), what).toMatch(expected);
    }
    expect(() => fromXliff('<xliff version="1.2"/>')).toThrow(/not an XLIFF 2\.0 document/);
    expect(() => fromXliff('<xliff')).toThrow(/not well-formed/);
    expect(files()).toEqual(before);
  });

  it('says which texts built in code it cannot place, rather than guess', async () => {
    writeFileSync(
      join(dir, 'terms.ts'),
      `${TERMS}const who = 'pawb';\nexport const built = { cy: \`Ar gyfer \${who}\`, en: 'For everyone' };\n`,
    );
    version++;
    const g = await import(`${join(dir, 'terms.ts')}?v=${version}`);
    const unit = contentUnits('built', join(dir, 'terms.ts'), g.built)[0]!;
    const { manual } = locate([{ unit, cy: { text: 'I bawb' }, reviewed: false }]);
    expect(manual).toEqual([expect.stringMatching(/^built: its Welsh is built in code/)]);
  });
});

describe('CSV round trip', () => {
  it('exports one row per segment and reads a filled-in Welsh column back', async () => {
    const units = await loadUnits();
    const csv = toCsv(evaluate(units, new Map()));
    expect(csv.startsWith('\uFEFFunit,segment,status,location,english,welsh\r\n')).toBe(true);
    const rows = fromCsv(csv);
    expect(checkReturned(rows, units)).toEqual({ changes: [], problems: [] });
    const edited = rows.map((r) => (r.unit === 'ui:share.for' ? { ...r, target: 'Er mwyn' } : r));
    const { changes, problems } = checkReturned(edited, units);
    expect(problems).toEqual([]);
    expect(changes.map((c) => c.unit.id)).toEqual(['ui:share.for']);
    expect(changes[0]!.reviewed).toBe(false);
    expect(() => fromCsv('unit,english\nx,y\n')).toThrow(/missing column/);
  });
});

describe('writing literals', () => {
  it('quotes as Biome does and escapes what TypeScript needs', () => {
    expect(literal('Ar gyfer')).toBe("'Ar gyfer'");
    expect(literal("Mae'r ffeil")).toBe('"Mae\'r ffeil"');
    expect(literal('Mae\'r "ffeil"')).toBe("'Mae\\'r \"ffeil\"'");
    expect(literal('un\n\ndau')).toBe("'un\\n\\ndau'");
  });
});
