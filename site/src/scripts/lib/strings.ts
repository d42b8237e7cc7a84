// A page's own strings: the Astro shell renders exactly the keys its module declares (in
// the page's language) into <script type="application/json" id="page-strings">, via
// components/PageStrings.astro; `pageStrings(keys)` reads that block. The module never
// imports content/ui/strings.ts, so the bundle carries none of the other strings.
//
//   // keys.ts, next to the page module
//   export const keys = [...TOOLKIT_KEYS, 'account.saved'] as const satisfies readonly StringKey[];
//   // the page module
//   const { t, lang } = pageStrings(keys);
//   t('account.saved'); t('date.inDays', { count: 3 });
import { type PageStringsData, translatorFrom, type Vars } from '../../../../content/i18n-format.ts';
import type { Lang } from '../../../../content/schema.ts';
import type { StringKey } from '../../../../content/ui/strings.ts';

/** The strings the toolkit itself shows (error summary title, the fallback error message): spread them into every page's keys. */
export const TOOLKIT_KEYS = ['error.summaryTitle', 'error.internal', 'error.prefix'] as const satisfies readonly StringKey[];
export type ToolkitKey = (typeof TOOLKIT_KEYS)[number];

/** `t()` of a page: only the keys the page declared, in the page's language. */
export type PageT<K extends StringKey> = (key: K, vars?: Vars) => string;
export interface PageStrings<K extends StringKey> {
  lang: Lang;
  t: PageT<K>;
}

export const PAGE_STRINGS_ID = 'page-strings';

let current: PageStringsData | null = null;
/**
 * The page's strings; `t()` is typed to exactly the page's keys: pass the key list's type
 * (`pageStrings<ResultsKey>()`, the list imported with `import type`, so it stays out of the
 * bundle) or the list itself (`pageStrings(keys)`).
 */
export function pageStrings<const K extends StringKey>(_keys?: readonly K[]): PageStrings<K> {
  current ??= readBlock();
  return { lang: current.lang, t: translatorFrom<K>(current) };
}

function readBlock(): PageStringsData {
  const block = document.getElementById(PAGE_STRINGS_ID);
  if (!block?.textContent) throw new Error(`#${PAGE_STRINGS_ID} is missing: render <PageStrings> in the page's shell`);
  return JSON.parse(block.textContent) as PageStringsData;
}

/** The toolkit's own strings, from the same block (every page includes TOOLKIT_KEYS). */
export const toolkitT = (): PageT<ToolkitKey> => pageStrings(TOOLKIT_KEYS).t;
