// What the search indexer hands Pagefind for a page: the page itself plus, at low weight,
// words a reader may type that the page does not show. Only the index copy carries them,
// never the page served.
// - Welsh pages: every radical and mutated form of their words (content/welsh/mutations.ts),
//   so "gymorth" finds "cymorth" and the reverse.
// - Glossary term pages: the term's twin in the other language with its alternatives, so
//   "link worker" on the Welsh site finds "Ymarferydd presgripsiynu cymdeithasol", and
//   "rhagnodi cymdeithasol" on the English site finds "Social prescribing".

import type { GlossaryTerm, Lang } from '../../../content/schema.ts';
import { otherLang } from '../../../content/schema.ts';
import { expansion } from '../../../content/welsh/mutations.ts';
import { termHref } from './hrefs.ts';

/** Pagefind weights of the added words: below the page's own text (1), mutated guesses lowest. */
export const WEIGHT = { twinTerms: 0.5, mutations: 0.3 } as const;

/** Visible text of the indexed part of a page (the element marked data-pagefind-body). */
export function bodyText(html: string): string {
  const m = html.match(/<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/);
  if (!m) return '';
  return m[1]!
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** For each glossary term page (by URL path), the other language's term and alternatives. */
export function twinTermsByPath(terms: readonly GlossaryTerm[]): Map<string, { lang: Lang; words: string[] }> {
  const out = new Map<string, { lang: Lang; words: string[] }>();
  for (const term of terms) {
    for (const lang of ['cy', 'en'] as const) {
      const other = otherLang(lang);
      out.set(termHref(lang, term), { lang: other, words: [term.term[other], ...term.alternatives[other]] });
    }
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const block = (lang: Lang | undefined, weight: number, text: string) =>
  `<p data-pagefind-weight="${weight}"${lang ? ` lang="${lang}"` : ''}>${escapeHtml(text)}</p>`;

/** The copy of a built page that the indexer sees, and how many characters were added. */
export function indexCopy(html: string, pageLang: string | undefined, twin?: { lang: Lang; words: string[] }): string {
  const added: string[] = [];
  if (pageLang === 'cy') {
    const extra = expansion(bodyText(html));
    if (extra.length) added.push(block(undefined, WEIGHT.mutations, extra.join(' ')));
  }
  if (twin) {
    // Welsh twin words on an English page also get their mutated forms, so "lesiant" finds "Wellbeing".
    const words = twin.lang === 'cy' ? [...twin.words, ...expansion(twin.words.join(' '))] : twin.words;
    added.push(block(twin.lang, WEIGHT.twinTerms, words.join(' · ')));
  }
  if (!added.length) return html;
  return html.replace(/<\/main>/, `${added.join('')}</main>`);
}
