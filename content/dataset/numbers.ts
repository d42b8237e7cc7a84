// Figures of a return as people type them and read them: "1,234" and "12.5" are numbers,
// "12abc" is not; numbers are written back as a reader of the language writes them. Kept
// apart from ./validate.ts (which re-exports them) so that a page can read and show figures
// without the validator's messages and the UI string table.
import type { Lang } from '../schema.ts';

const locales: Record<Lang, string> = { cy: 'cy-GB', en: 'en-GB' };
const numberFormat = {
  cy: new Intl.NumberFormat(locales.cy, { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat(locales.en, { maximumFractionDigits: 4 }),
};

/** A number as a reader of this language writes it (1,234.5). */
export const formatValue = (n: number, lang: Lang): string => numberFormat[lang].format(n);

// Digits with optional thousands separators and an optional fraction; a leading minus is allowed
// so that a negative count gets a range error rather than a type error.
const NUMERIC = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

export type Parsed = { ok: true; value: number | null } | { ok: false };

/**
 * Read one submitted value: a finite number, null/undefined, or a string such as "1,234" or "12.5".
 * Blank strings are null. "12abc", "1e3", "NaN", "Infinity", booleans and objects are not numbers.
 */
export function parseNumber(raw: unknown): Parsed {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false };
  if (typeof raw !== 'string') return { ok: false };
  const s = raw.trim();
  if (s === '') return { ok: true, value: null };
  if (!NUMERIC.test(s)) return { ok: false };
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false };
}
