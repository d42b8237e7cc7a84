import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseReturnCsv, templateCsv } from '../../content/dataset/csv.ts';
import { fieldsOf } from '../../content/dataset/fields.ts';
import { validateReturn } from '../../content/dataset/validate.ts';
import { currentDataset as def } from '../../content/index.ts';
import { validReturn } from './dataset-fixtures.ts';

const fields = fieldsOf(def);
const BOM = '\uFEFF';
/** 1-based spreadsheet row of a field in the template (header is row 1). */
const rowOf = (key: string) => fields.findIndex((f) => f.key === key) + 2;

/** Rewrite a template: parse it, change the rows, write it back (CRLF, no BOM). */
function edit(csv: string, f: (rows: string[][]) => string[][]): string {
  const rows = Papa.parse<string[]>(csv.replace(BOM, ''), { skipEmptyLines: true }).data;
  return Papa.unparse(f(rows), { newline: '\r\n' });
}

describe('templateCsv', () => {
  it.each([
    ['en', 'field,label,value,explanation'],
    ['cy', 'maes,label,gwerth,esboniad'],
  ] as const)('%s: BOM, CRLF, headers in the language, one row per field in form order', (lang, header) => {
    const csv = templateCsv(def, lang);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare LF or CR line endings
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(header);
    expect(lines).toHaveLength(fields.length + 1);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    rows.slice(1).forEach((r, i) => {
      expect(r[0]).toBe(fields[i]!.key);
      expect(r[1]).toBe(fields[i]!.label[lang]);
      expect(r[2]).toBe('');
      expect(r[3]).toBe('');
    });
  });

  it('quotes cells with commas, quotes and line breaks, and defuses formulae', () => {
    const csv = templateCsv(
      def,
      'en',
      { 'referrals-received': 12 },
      { 'referrals-received': 'New GP, "Ty Coch"\nsurgery', 'people-declined': '=HYPERLINK("x")' },
    );
    expect(csv).toContain('referrals-received,Referrals received,12,"New GP, ""Ty Coch""\nsurgery"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    // A label with a comma is quoted.
    expect(csv).toContain('"Referrals received, age band: 18–24"');
  });
});

describe('parseReturnCsv', () => {
  it.each(['cy', 'en'] as const)('round trip in %s: template → fill → parse gives the values back', (lang) => {
    const values = validReturn(def);
    const explanations = {
      'referrals-received': 'Dwy feddygfa newydd, “Tŷ Coch” a’r Bont.\nNew surgeries joined.',
      'practitioner-fte': '-0.5 since Q1',
    };
    const csv = templateCsv(def, lang, values, explanations);
    const parsed = parseReturnCsv(def, csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.explanations).toEqual(explanations);
    expect(Object.keys(parsed.values)).toHaveLength(fields.length);
    for (const [k, v] of Object.entries(values)) expect(parsed.values[k], k).toBe(String(v));
    const checked = validateReturn(def, parsed.values, { requireComplete: true });
    expect(checked.errors).toEqual([]);
    expect(checked.values).toEqual(Object.fromEntries(fields.map((f) => [f.key, values[f.key]])));
  });

  it('accepts LF line endings, no BOM, and headings in any case and spacing', () => {
    const csv = templateCsv(def, 'en', { 'referrals-received': 7 }).replace(BOM, '').replace(/\r\n/g, '\n');
    const withHeadings = csv.replace('field,label,value,explanation', ' FIELD ,Label,  Value ,EXPLANATION');
    const parsed = parseReturnCsv(def, withHeadings);
    expect(parsed.problems).toEqual([]);
    expect(parsed.values).toEqual({ 'referrals-received': '7' });
  });

  it('accepts Welsh headings in another order, without the optional columns', () => {
    const csv = `${BOM}Gwerth,Maes\r\n"1,234",referrals-received\r\n3,people-declined\r\n`;
    const parsed = parseReturnCsv(def, csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.values).toEqual({ 'referrals-received': '1,234', 'people-declined': '3' });
    expect(validateReturn(def, parsed.values).values['referrals-received']).toBe(1234);
  });

  it.each([
    ['en', 'value', 'field,label,explanation'],
    ['cy', 'gwerth', 'maes,label,esboniad'],
  ] as const)('reports a missing value column (%s) by its heading in the file’s language', (lang, heading, header) => {
    const csv = edit(templateCsv(def, lang), (rows) => rows.map((r) => [r[0]!, r[1]!, r[3]!]));
    expect(csv.split('\r\n')[0]).toBe(header);
    const parsed = parseReturnCsv(def, csv);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ row: 1, column: heading });
    expect(parsed.problems[0]!.message.en).toContain('missing');
    expect(parsed.problems[0]!.message.cy).toContain('ar goll');
  });

  it('reports a missing field column', () => {
    const parsed = parseReturnCsv(def, 'label,value\r\nReferrals received,5\r\n');
    expect(parsed.problems).toMatchObject([{ row: 1, column: 'field' }]);
    expect(parsed.values).toEqual({});
  });

  it('reports an unknown extra column by name, and still reads the rest', () => {
    const csv = edit(templateCsv(def, 'en', { 'referrals-received': 5 }), (rows) => rows.map((r, i) => [...r, i === 0 ? 'Notes' : '']));
    const parsed = parseReturnCsv(def, csv);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ row: 1, column: 'Notes' });
    expect(parsed.problems[0]!.message.en).toContain('“Notes”');
    expect(parsed.problems[0]!.message.cy).toContain('“Notes”');
    expect(parsed.values).toEqual({ 'referrals-received': '5' });
  });

  it('reports unknown field codes, duplicate rows and non-numeric cells, all at once, by row and column as written', () => {
    const csv = edit(templateCsv(def, 'cy'), (rows) => {
      rows[0] = ['Maes', 'Label', 'Gwerth', 'Esboniad'];
      rows[rowOf('referrals-received') - 1]![2] = '12abc';
      rows[rowOf('people-declined') - 1]![2] = 'lots';
      rows[rowOf('people-supported') - 1]![2] = '10';
      rows.push(['made-up-field', 'X', '3', '']);
      rows.push(['people-supported', 'again', '11', '']);
      return rows;
    });
    const parsed = parseReturnCsv(def, csv);
    const n = fields.length + 1;
    expect(parsed.problems.map((p) => [p.row, p.column])).toEqual([
      [rowOf('referrals-received'), 'Gwerth'],
      [rowOf('people-declined'), 'Gwerth'],
      [n + 1, 'Maes'],
      [n + 2, 'Maes'],
    ]);
    const [bad1, bad2, unknown, dup] = parsed.problems;
    expect(bad1!.message.en).toBe(
      `“12abc” (row ${rowOf('referrals-received')}, column “Gwerth”) is not a number. Enter a number such as 12 or 1,234, or leave the cell empty.`,
    );
    expect(bad1!.message.cy).toContain(`rhes ${rowOf('referrals-received')}`);
    expect(bad2!.message.en).toContain('“lots”');
    expect(unknown!.message.en).toContain('made-up-field');
    expect(unknown!.message.cy).toContain('made-up-field');
    expect(dup!.message.en).toContain(`already on row ${rowOf('people-supported')}`);
    expect(parsed.values).toEqual({ 'people-supported': '10' }); // the first row wins; bad cells are left out
  });

  it('counts rows as a spreadsheet does, including blank rows and multi-line cells', () => {
    const csv = 'field,value,explanation\r\nreferrals-received,5,"two\r\nlines"\r\n\r\npeople-declined,x,\r\n';
    const parsed = parseReturnCsv(def, csv);
    expect(parsed.problems).toMatchObject([{ row: 4, column: 'value' }]);
    expect(parsed.explanations['referrals-received']).toBe('two\r\nlines');
  });

  it('reports an empty file and a row with figures but no code', () => {
    expect(parseReturnCsv(def, BOM).problems).toMatchObject([{ row: 1 }]);
    const parsed = parseReturnCsv(def, 'field,value\n,5\n');
    expect(parsed.problems).toMatchObject([{ row: 2, column: 'field' }]);
  });

  it('every problem message is complete in both languages', () => {
    const csv = 'field,value,foo,field\nnope,1\n,2\nreferrals-received,x\nreferrals-received,1\n"unclosed,3\n';
    const parsed = parseReturnCsv(def, csv);
    expect(parsed.problems.length).toBeGreaterThanOrEqual(6);
    for (const p of parsed.problems) {
      expect(p.message.cy).not.toMatch(/\{\w+\}/);
      expect(p.message.en).not.toMatch(/\{\w+\}/);
      expect(p.message.cy).not.toBe(p.message.en);
    }
    const rows = parsed.problems.map((p) => p.row);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });
});

describe('parseReturnCsv: hostile input', () => {
  it('never throws on arbitrary text', async () => {
    const fc = await import('fast-check');
    const keys = fields.map((f) => f.key);
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...keys, 'field', 'gwerth', '"', '\r\n', ','));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 10 }), fc.string(), (rows, junk) => {
        for (const text of [rows.map((r) => r.join(',')).join('\n'), junk]) {
          const p = parseReturnCsv(def, text);
          for (const x of p.problems) expect(x.row).toBeGreaterThanOrEqual(1);
          for (const k of Object.keys(p.values)) expect(keys).toContain(k);
        }
      }),
      { numRuns: 300 },
    );
  });
});
