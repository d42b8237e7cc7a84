// Translation helpers shared by the site, the Worker and emails. The formatting itself is in
// ./i18n-format.ts, which browser pages import without this file's string table.
import { type DateInput, daysFrom, relativeDay } from './datetime.ts';
import { formatUiString, type PageStringsData, type UiString, type UiStringIn, type Vars } from './i18n-format.ts';
import type { Lang, Text } from './schema.ts';
import { type StringKey, strings } from './ui/strings.ts';
import { aspirate } from './welsh/mutations.ts';

export { collator } from './collation.ts';
export type { PluralText, UiString } from './i18n-format.ts';

/** One language of a UI string as stored: the text or its plural forms. */
const entryIn = (lang: Lang, key: StringKey): UiStringIn => (strings[key] as UiString)[lang];

/** Look up a UI string; `{name}` placeholders are filled from vars, `count` picks the plural form. */
export function t(lang: Lang, key: StringKey, vars: Vars = {}): string {
  return formatUiString(lang, entryIn(lang, key), vars);
}

/** The strings an app page ships, in its language only (site/src/components/PageStrings.astro). */
export function pageStringsData(lang: Lang, keys: readonly StringKey[]): PageStringsData {
  return { lang, strings: Object.fromEntries(keys.map((k) => [k, entryIn(lang, k)])) };
}

/** "heddiw", "yfory", "mewn 3 diwrnod", "2 ddiwrnod yn ôl" / "today", "tomorrow", "in 3 days", "2 days ago". */
export function formatRelativeDay(value: DateInput, now: DateInput, lang: Lang): string {
  const r = relativeDay(daysFrom(value, now));
  return r ? t(lang, r.key, r.vars) : '';
}

/**
 * The label of an audit log action code ("organisation.create" → "Organisation added"),
 * or the code itself for one the strings do not know yet.
 */
export function auditActionLabel(lang: Lang, code: string): string {
  const key = `audit.action.${code}`;
  return key in strings ? t(lang, key as StringKey) : code;
}

/** Pick one language of a bilingual value. */
export const pick = (text: Text, lang: Lang): string => text[lang];

export const locale = (lang: Lang) => (lang === 'cy' ? 'cy-GB' : 'en-GB');

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}

const STARTS_WITH_VOWEL = /^[\s“‘"'(]*[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/i;
/**
 * "A, B and C" / "A, B a C". Welsh uses "ac" before a vowel and puts a word after "a" in the
 * aspirate mutation (a chymorth); a quoted item is cited as written. Intl.ListFormat('cy')
 * writes "a(c)" instead.
 */
export function formatList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1]!;
  if (lang === 'en') return `${head} and ${last}`;
  if (STARTS_WITH_VOWEL.test(last)) return `${head} ac ${last}`;
  const quoted = /^[“‘"'(]/.test(last);
  const [first = '', ...rest] = last.split(' ');
  return `${head} a ${quoted ? last : [aspirate(first), ...rest].join(' ')}`;
}
