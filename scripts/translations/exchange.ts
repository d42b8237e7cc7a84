// Files for translators: XLIFF 2.0 (OASIS), which translation tools read, and CSV for a
// spreadsheet. Placeholders such as {count} travel as XLIFF inline codes (<ph/>) so that
// tools protect them; in CSV they stay as written. Reading uses @xmldom/xmldom, a standard
// DOM parser, so entities, CDATA and mixed content are read as any XML tool writes them.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import Papa from 'papaparse';
import type { State, UnitState } from './status.ts';
import { PLURAL_FORMS } from './units.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** A translated segment read back from a file. */
export interface Returned {
  unit: string;
  segment: string;
  source: string;
  target: string;
  /** XLIFF segment state (initial, translated, reviewed, final); CSV has none. */
  state?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => esc(s).replace(/"/g, '&quot;');

/** Text with {placeholders} as XLIFF: each placeholder a <ph/> whose id names it and its occurrence. */
function inline(segment: string, text: string): string {
  const seen = new Map<string, number>();
  return text
    .split(/(\{\w+\})/)
    .map((part) => {
      const m = part.match(/^\{(\w+)\}$/);
      if (!m) return esc(part);
      const n = (seen.get(m[1]!) ?? 0) + 1;
      seen.set(m[1]!, n);
      return `<ph id="${segment}.${m[1]}.${n}" equiv="${attr(part)}" disp="${attr(part)}"/>`;
    })
    .join('');
}

const NOTES: Record<string, string> = {
  plural:
    'Welsh plural forms, each with the English form it answers to: zero (0), one (1), two (2), few (3), many (6), other (4, 5, 7 and above).',
  list: 'A list: one item per line.',
  prose: 'One block of Markdown: keep its marker (#, -, 1., |), links, `code` and **emphasis**.',
};
const STATE_NOTE: Record<State, string> = {
  new: 'New: the Welsh has never been reviewed.',
  stale: 'The English has changed since the Welsh was reviewed.',
  missing: 'There is no Welsh yet.',
  edited: 'The Welsh has changed since it was reviewed.',
  reviewed: 'Reviewed.',
};

/** An XLIFF 2.0 document of the given units (English source, current Welsh as target). */
export function toXliff(items: UnitState[]): string {
  const units = items.map(({ unit, state }) => {
    const notes = [
      `<note category="status">${esc(STATE_NOTE[state])}</note>`,
      `<note category="location">${esc(unit.file)}</note>`,
      ...(NOTES[unit.kind] ? [`<note category="format">${esc(NOTES[unit.kind]!)}</note>`] : []),
      ...(unit.prose ? [`<note category="markdown">${esc(unit.prose.kind)}</note>`] : []),
    ];
    const segments = unit.segments.map(
      (s) =>
        `      <segment id="${attr(s.id)}" state="${s.cy.trim() ? 'translated' : 'initial'}">\n` +
        `        <source>${inline(s.id, s.en)}</source>\n` +
        (s.cy.trim() ? `        <target>${inline(s.id, s.cy)}</target>\n` : '') +
        '      </segment>',
    );
    return [`    <unit id="${attr(unit.id)}">`, `      <notes>${notes.join('')}</notes>`, ...segments, '    </unit>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="en" trgLang="cy">`,
    '  <file id="hub" original="content" xml:space="preserve">',
    ...units,
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

/** The text of a <source> or <target>, with each <ph/> back as its {placeholder}. */
function textOf(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === c.TEXT_NODE || c.nodeType === c.CDATA_SECTION_NODE) out += c.nodeValue ?? '';
      else if (c.nodeType === c.ELEMENT_NODE) {
        const e = c as Element;
        if (e.localName === 'ph') out += e.getAttribute('equiv') || e.getAttribute('disp') || '';
        else walk(e); // <pc>, <mrk>: keep their text
      }
    }
  };
  walk(el);
  return out;
}

/** Reads an XLIFF 2.0 file back; throws with a reason on anything that is not one. */
export function fromXliff(xml: string): Returned[] {
  const errors: string[] = [];
  let root: Element | null = null;
  try {
    root = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') errors.push(msg);
      },
    }).parseFromString(xml, 'text/xml').documentElement;
  } catch (e) {
    errors.push((e as Error).message);
  }
  if (errors.length || !root) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
  if (root.localName !== 'xliff' || root.namespaceURI !== XLIFF_NS || root.getAttribute('version') !== '2.0')
    throw new Error('not an XLIFF 2.0 document (root <xliff version="2.0"> in its namespace)');
  if (root.getAttribute('srcLang') !== 'en' || root.getAttribute('trgLang') !== 'cy')
    throw new Error('expected srcLang="en" and trgLang="cy"');
  const out: Returned[] = [];
  const units = root.getElementsByTagNameNS(XLIFF_NS, 'unit');
  for (let i = 0; i < units.length; i++) {
    const u = units.item(i)!;
    const segs = u.getElementsByTagNameNS(XLIFF_NS, 'segment');
    for (let k = 0; k < segs.length; k++) {
      const s = segs.item(k)!;
      const source = s.getElementsByTagNameNS(XLIFF_NS, 'source').item(0);
      const target = s.getElementsByTagNameNS(XLIFF_NS, 'target').item(0);
      out.push({
        unit: u.getAttribute('id') ?? '',
        segment: s.getAttribute('id') ?? '',
        source: source ? textOf(source) : '',
        target: target ? textOf(target) : '',
        state: s.getAttribute('state') ?? 'initial',
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- CSV
const CSV_HEADER = ['unit', 'segment', 'status', 'location', 'english', 'welsh'];

/** One row per segment; a translator fills in the "welsh" column. UTF-8 with a BOM for spreadsheets. */
export function toCsv(items: UnitState[]): string {
  const rows = items.flatMap(({ unit, state }) => unit.segments.map((s) => [unit.id, s.id, state, unit.file, s.en, s.cy]));
  return '\uFEFF' + Papa.unparse([CSV_HEADER, ...rows], { newline: '\r\n' }) + '\r\n';
}

export function fromCsv(text: string): Returned[] {
  const r = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  if (r.errors.length) throw new Error(`CSV: ${r.errors.map((e) => `row ${(e.row ?? 0) + 2}: ${e.message}`).join('; ')}`);
  const missing = CSV_HEADER.filter((h) => !r.meta.fields?.includes(h));
  if (missing.length) throw new Error(`CSV: missing column(s) ${missing.join(', ')}`);
  return r.data.map((row) => ({ unit: row.unit ?? '', segment: row.segment ?? '', source: row.english ?? '', target: row.welsh ?? '' }));
}

export const isPluralForm = (s: string) => (PLURAL_FORMS as readonly string[]).includes(s);
