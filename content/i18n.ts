// Translation helpers shared by the site, the Worker and emails.
import type { Lang, Text } from './schema.ts';
import { type StringKey, strings } from './ui/strings.ts';

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

/** Pick one language of a bilingual value. */
export const pick = (text: Text, lang: Lang): string => text[lang];

export const locale = (lang: Lang) => (lang === 'cy' ? 'cy-GB' : 'en-GB');

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}

/** Sorts by the reader's alphabet: Welsh digraphs (ch, dd, ff, ng, ll, ph, rh, th) are letters on Welsh pages. */
export const collator = (lang: Lang) => new Intl.Collator(lang === 'cy' ? 'cy' : 'en', { sensitivity: 'base' });
