// Markdown tables (prose pages, specification chapters) get what components/TableRegion.astro
// gives Astro tables: on a phone a wide table scrolls inside its own labelled, focusable
// region instead of making the page scroll sideways. The label is the heading the table
// sits under. Works on the HTML Astro renders from Markdown (simple, well-formed tables).
import { t } from '../../../content/i18n.ts';
import type { Lang } from '../../../content/schema.ts';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .trim();

export function wrapTables(html: string, lang: Lang): string {
  let heading = '';
  return html.replace(/<h[1-4][^>]*>([\s\S]*?)<\/h[1-4]>|<table[\s>][\s\S]*?<\/table>/g, (match, headingHtml: string | undefined) => {
    if (headingHtml !== undefined) {
      heading = plain(headingHtml);
      return match;
    }
    const label = escapeAttr(t(lang, 'table.scroll', { name: heading || t(lang, 'table.name') }));
    return `<div class="app-table-region" role="region" aria-label="${label}" tabindex="0">${match}</div>`;
  });
}
