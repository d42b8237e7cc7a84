// How a UI string is formatted (placeholders, plural forms), without the string table, so
// a browser page can format the few strings it ships (site/src/scripts/lib/strings.ts)
// without downloading every string of the hub. content/i18n.ts is the table-backed `t()`.
import type { Lang } from './schema.ts';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** Welsh has six plural categories (zero, one, two, few, many, other); English two. */
export type PluralText = {
  cy: Record<PluralCategory, string>;
  en: Record<'one' | 'other', string>;
};
export type UiString = { cy: string; en: string } | PluralText;
/** One language of a UI string: the text, or its plural forms by category. */
export type UiStringIn = string | Partial<Record<PluralCategory, string>>;
export type Vars = Record<string, string | number>;

const pluralRules = { cy: new Intl.PluralRules('cy'), en: new Intl.PluralRules('en') };

/** Fills `{name}` placeholders from vars; an unknown placeholder stays as written. */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Formats one language of a UI string: `count` picks the plural form, then placeholders are filled. */
export function formatUiString(lang: Lang, forms: UiStringIn, vars: Vars = {}): string {
  if (typeof forms === 'string') return fill(forms, vars);
  const n = Number(vars.count ?? 0);
  return fill(forms[pluralRules[lang].select(n) as PluralCategory] ?? forms.other ?? '', vars);
}

/** What an app page ships (site/src/components/PageStrings.astro): its language and the strings its script uses. */
export interface PageStringsData {
  lang: Lang;
  strings: Record<string, UiStringIn>;
}

/** The `t()` of shipped page strings. A key the page did not ship shows as itself and is reported once. */
export function translatorFrom<K extends string>(data: PageStringsData): (key: K, vars?: Vars) => string {
  const reported = new Set<string>();
  return (key, vars = {}) => {
    const forms = data.strings[key];
    if (forms !== undefined) return formatUiString(data.lang, forms, vars);
    if (!reported.has(key)) console.error(`page-strings: "${key}" is not in this page's keys`);
    reported.add(key);
    return key;
  };
}
