// StatsWales shorthand codes for published figures (https://stats.gov.wales/en-GB/shorthand).
// We use the five that our open data needs. The letters are the same in Welsh and English,
// as on StatsWales; labels and explanations are in content/ui/strings.ts (stats.code.*).
//
// Forms:
//  - In a table for reading: the value, then the codes in square brackets: "12 [p]", "[c]",
//    "1,234 [p] [r]"; numbers formatted for the reader's language.
//  - In CSV (StatsWales 3 data-table practice): a value column holding the bare number (empty
//    when there is none) and a separate NoteCodes column holding the codes, comma-separated in a
//    fixed order ("c", "p,r"). No thousands separators, so the file loads as numbers.

import { formatNumber, t } from '../i18n.ts';
import type { Lang } from '../schema.ts';

export const SHORTHAND_CODES = ['c', 'p', 'r', 'x', 'z'] as const;
export type ShorthandCode = (typeof SHORTHAND_CODES)[number];

export const isShorthandCode = (x: unknown): x is ShorthandCode =>
  typeof x === 'string' && (SHORTHAND_CODES as readonly string[]).includes(x);

/** Codes de-duplicated in the fixed order c, p, r, x, z. */
export function normaliseCodes(codes: Iterable<ShorthandCode>): ShorthandCode[] {
  const set = new Set(codes);
  for (const c of set) if (!isShorthandCode(c)) throw new RangeError(`unknown shorthand code ${JSON.stringify(c)}`);
  return SHORTHAND_CODES.filter((c) => set.has(c));
}

export function codeLabel(code: ShorthandCode, lang: Lang): string {
  return t(lang, `stats.code.${code}.label`);
}
export function codeExplanation(code: ShorthandCode, lang: Lang): string {
  return t(lang, `stats.code.${code}.explanation`);
}
/** Every code with its label and explanation, for a key below a table. */
export function codeKey(lang: Lang, codes: Iterable<ShorthandCode> = SHORTHAND_CODES) {
  return normaliseCodes(codes).map((code) => ({ code, label: codeLabel(code, lang), explanation: codeExplanation(code, lang) }));
}

/**
 * A cell for reading: "12 [p]", "[c]", "1,234". A cell with no value must carry a code that
 * says why (c, x or z).
 */
export function formatCell(value: number | null, codes: Iterable<ShorthandCode>, lang: Lang): string {
  const list = normaliseCodes(codes);
  if (value === null && !list.some((c) => c === 'c' || c === 'x' || c === 'z'))
    throw new RangeError('a cell without a value needs a c, x or z code');
  const parts = [...(value === null ? [] : [formatNumber(value, lang)]), ...list.map((c) => `[${c}]`)];
  return parts.join(' ');
}

/** Words for screen readers and title text: "12, provisional", "confidential". */
export function describeCell(value: number | null, codes: Iterable<ShorthandCode>, lang: Lang): string {
  const list = normaliseCodes(codes);
  return [...(value === null ? [] : [formatNumber(value, lang)]), ...list.map((c) => codeLabel(c, lang))].join(', ');
}

/** The two CSV columns of a cell: bare value (empty when withheld or missing) and NoteCodes. */
export function csvCell(value: number | null, codes: Iterable<ShorthandCode>): { value: string; noteCodes: string } {
  const list = normaliseCodes(codes);
  if (value === null && !list.some((c) => c === 'c' || c === 'x' || c === 'z'))
    throw new RangeError('a cell without a value needs a c, x or z code');
  return { value: value === null ? '' : String(value), noteCodes: list.join(',') };
}
