// The bilingual CSV template for a quarterly return, and reading a filled-in template back.
// One row per field in form order; columns from the definition (field, label, value, explanation).
// Files are UTF-8 with a BOM (so spreadsheet programs read Welsh letters such as ŵ and ŷ) and CRLF.
import Papa from 'papaparse';
import type { DatasetDefinition, Lang, Text } from '../schema.ts';
import { type FieldKey, fieldMap, fieldsOf } from './fields.ts';
import { parseNumber } from './validate.ts';

type ColumnId = 'field' | 'label' | 'value' | 'explanation';
const REQUIRED_COLUMNS: ColumnId[] = ['field', 'value'];
const BOM = '\uFEFF';
// A cell starting with one of these is read as a formula by spreadsheet programs; free text we
// write is prefixed with an apostrophe, which parseReturnCsv removes again.
const FORMULA_START = /^[=+\-@\t\r]/;

const escapeText = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);
const unescapeText = (s: string) => (s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s);

/**
 * The CSV template in one language: header row, then one row per field with its code and label.
 * Values and explanations, where given, are written into their columns.
 */
export function templateCsv(
  def: DatasetDefinition,
  lang: Lang,
  values: Record<FieldKey, number | string | null | undefined> = {},
  explanations: Record<FieldKey, string | undefined> = {},
): string {
  const columns = def.csv.columns;
  const rows: string[][] = [columns.map((c) => c.header[lang])];
  for (const f of fieldsOf(def)) {
    const v = values[f.key];
    rows.push(
      columns.map((c) => {
        switch (c.id) {
          case 'field':
            return f.key;
          case 'label':
            return escapeText(f.label[lang]);
          case 'value':
            return v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : parseNumber(v).ok ? v.trim() : escapeText(v);
          case 'explanation':
            return escapeText(explanations[f.key] ?? '');
        }
      }),
    );
  }
  return BOM + Papa.unparse(rows, { newline: '\r\n', quotes: false }) + '\r\n';
}

export interface CsvProblem {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  /** The column heading as written in the file (or the expected heading, for a missing column). */
  column: string;
  message: Text;
}

export interface ParsedCsv {
  /** Value cells as written (trimmed), by field key; blank cells and non-numbers are left out. */
  values: Record<FieldKey, string>;
  explanations: Record<FieldKey, string>;
  problems: CsvProblem[];
}

/** Every CSV import message, in both languages (also read by the translations tool). */
export const csvMessages = {
  empty: { cy: 'Mae’r ffeil yn wag.', en: 'The file is empty.' },
  format: {
    cy: 'Mae dyfynnod heb ei gau neu wall fformat arall ar res {row}.',
    en: 'Row {row} has an unclosed quotation mark or another format error.',
  },
  missingColumn: {
    cy: 'Mae’r golofn “{column}” ar goll. Rhaid i’r rhes gyntaf gynnwys penawdau’r colofnau: {expected}.',
    en: 'The “{column}” column is missing. The first row must hold the column headings: {expected}.',
  },
  unknownColumn: {
    cy: 'Nid ydym yn adnabod y golofn “{column}”. Dilëwch hi, neu ddefnyddiwch un o’r penawdau hyn: {expected}.',
    en: 'The “{column}” column is not recognised. Remove it, or use one of these headings: {expected}.',
  },
  duplicateColumn: {
    cy: 'Mae’r golofn “{column}” yn ymddangos fwy nag unwaith.',
    en: 'The “{column}” column appears more than once.',
  },
  missingCode: {
    cy: 'Mae rhes {row} yn cynnwys ffigur neu esboniad ond dim cod maes.',
    en: 'Row {row} has a figure or explanation but no field code.',
  },
  unknownField: {
    cy: 'Nid yw “{code}” (rhes {row}) yn god maes yn y set ddata graidd.',
    en: '“{code}” (row {row}) is not a field code of the core dataset.',
  },
  duplicateField: {
    cy: 'Mae’r maes “{code}” ar res {row} eisoes ar res {first}. Cadwch un rhes yn unig ar gyfer pob maes.',
    en: 'The field “{code}” on row {row} is already on row {first}. Keep only one row for each field.',
  },
  notNumber: {
    cy: 'Nid yw “{raw}” (rhes {row}, colofn “{column}”) yn rhif. Rhowch rif fel 12 neu 1,234, neu gadewch y gell yn wag.',
    en: '“{raw}” (row {row}, column “{column}”) is not a number. Enter a number such as 12 or 1,234, or leave the cell empty.',
  },
} satisfies Record<string, Text>;

const fillText = (t: Text, vars: Record<string, string | number | Text>): Text => {
  const one = (lang: Lang) =>
    t[lang].replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = vars[k];
      return v === undefined ? m : typeof v === 'object' ? v[lang] : String(v);
    });
  return { cy: one('cy'), en: one('en') };
};

const normalise = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase();

/**
 * Read a filled-in template. Headings may be in either language (case and spacing ignored). Every
 * problem is reported at once, by spreadsheet row and by column heading as written.
 */
export function parseReturnCsv(def: DatasetDefinition, text: string): ParsedCsv {
  const values: Record<FieldKey, string> = {};
  const explanations: Record<FieldKey, string> = {};
  const problems: CsvProblem[] = [];
  const body = text.startsWith(BOM) ? text.slice(1) : text;

  if (body.trim() === '') {
    problems.push({ row: 1, column: '', message: csvMessages.empty });
    return { values, explanations, problems };
  }

  const parsed = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false, header: false });
  const rows = parsed.data;
  const formatRows = new Set<number>();
  for (const e of parsed.errors) {
    const row = (e.row ?? 0) + 1;
    if (formatRows.has(row)) continue;
    formatRows.add(row);
    problems.push({ row, column: '', message: fillText(csvMessages.format, { row }) });
  }

  // ---- header row
  const header = rows[0] ?? [];
  const columns = def.csv.columns;
  const byHeading = new Map<string, ColumnId>();
  for (const c of columns) for (const lang of ['cy', 'en'] as const) byHeading.set(normalise(c.header[lang]), c.id);
  // Which language are the headings in? (Used to name a missing column as the file would.)
  let cyVotes = 0;
  let enVotes = 0;
  for (const h of header) {
    const n = normalise(h);
    for (const c of columns) {
      const isCy = normalise(c.header.cy) === n;
      const isEn = normalise(c.header.en) === n;
      if (isCy && !isEn) cyVotes++;
      if (isEn && !isCy) enVotes++;
    }
  }
  const lang: Lang = cyVotes > enVotes ? 'cy' : 'en';
  const expected: Text = { cy: columns.map((c) => c.header.cy).join(', '), en: columns.map((c) => c.header.en).join(', ') };

  const index = new Map<ColumnId, number>();
  const written = new Map<ColumnId, string>();
  header.forEach((raw, i) => {
    const h = raw.replace(/^\uFEFF/, '').trim();
    if (h === '') return; // a trailing empty column from a spreadsheet program
    const id = byHeading.get(normalise(h));
    if (!id) {
      problems.push({ row: 1, column: h, message: fillText(csvMessages.unknownColumn, { column: h, expected }) });
    } else if (index.has(id)) {
      problems.push({ row: 1, column: h, message: fillText(csvMessages.duplicateColumn, { column: h }) });
    } else {
      index.set(id, i);
      written.set(id, h);
    }
  });
  for (const id of REQUIRED_COLUMNS) {
    if (!index.has(id)) {
      const c = columns.find((x) => x.id === id)!;
      problems.push({ row: 1, column: c.header[lang], message: fillText(csvMessages.missingColumn, { column: c.header, expected }) });
    }
  }
  const fieldCol = index.get('field');
  const valueCol = index.get('value');
  if (fieldCol === undefined || valueCol === undefined) return { values, explanations, problems: sortProblems(problems) };
  const explanationCol = index.get('explanation');
  const valueHeading = written.get('value')!;

  // ---- data rows
  const known = fieldMap(def);
  const firstRow = new Map<FieldKey, number>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const cell = (col: number | undefined) => (col === undefined ? '' : (cells[col] ?? '').trim());
    const code = cell(fieldCol).toLocaleLowerCase();
    const raw = cell(valueCol);
    const explanation = unescapeText(cell(explanationCol));
    if (code === '') {
      if (raw !== '' || explanation !== '')
        problems.push({ row, column: written.get('field')!, message: fillText(csvMessages.missingCode, { row }) });
      return;
    }
    if (!known.has(code)) {
      problems.push({ row, column: written.get('field')!, message: fillText(csvMessages.unknownField, { code: cell(fieldCol), row }) });
      return;
    }
    const first = firstRow.get(code);
    if (first !== undefined) {
      problems.push({ row, column: written.get('field')!, message: fillText(csvMessages.duplicateField, { code, row, first }) });
      return;
    }
    firstRow.set(code, row);
    if (raw !== '') {
      if (parseNumber(raw).ok) values[code] = raw;
      else problems.push({ row, column: valueHeading, message: fillText(csvMessages.notNumber, { raw, row, column: valueHeading }) });
    }
    if (explanation !== '') explanations[code] = explanation;
  });

  return { values, explanations, problems: sortProblems(problems) };
}

const sortProblems = (p: CsvProblem[]) => p.sort((a, b) => a.row - b.row);
