// Translation helpers shared by the site, the Worker and emails.
import type { Lang, Text } from './schema.ts';
import { type StringKey, strings } from './ui/strings.ts';
import { compareWelsh } from './welsh/alphabet.ts';
import { aspirate } from './welsh/mutations.ts';

/** Welsh has six plural categories (zero, one, two, few, many, other); English two. */
export type PluralText = {
  cy: Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', string>;
  en: Record<'one' | 'other', string>;
};
export type UiString = Text | PluralText;

const pluralRules = { cy: new Intl.PluralRules('cy'), en: new Intl.PluralRules('en') };

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Look up a UI string; `{name}` placeholders are filled from vars, `count` picks the plural form. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const entry = strings[key] as UiString;
  const forms = entry[lang];
  if (typeof forms === 'string') return fill(forms, vars);
  const n = Number(vars.count ?? 0);
  const byCategory = forms as Record<string, string>;
  return fill(byCategory[pluralRules[lang].select(n)] ?? byCategory.other ?? '', vars);
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

const englishOrder = new Intl.Collator('en', { sensitivity: 'base' });
/**
 * Sorts by the reader's alphabet. On Welsh pages the digraphs (ch, dd, ff, ng, ll, ph, rh,
 * th) are letters, and "ng" is n + g where Welsh writes two letters (Bangor after banc):
 * content/welsh/alphabet.ts. Intl.Collator('cy') knows only the digraphs.
 */
export const collator = (lang: Lang): { compare: (a: string, b: string) => number } =>
  lang === 'cy' ? { compare: compareWelsh } : englishOrder;

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
