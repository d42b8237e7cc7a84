// Builds the static search index (Pagefind, one index per language) over site/dist.
// Pagefind has no Welsh stemmer, so for each Welsh page the copy given to the indexer
// (never the served page) carries, at low weight, every radical and mutated form of its
// words that it lacks (content/welsh/mutations.ts): "gymorth", "nghymorth" and
// "chymorth" then find a page that says "cymorth", and the reverse.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { expansion } from '../../content/welsh/mutations.ts';

const dist = process.argv[2] ?? 'site/dist';

function* htmlFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind') yield* htmlFiles(p);
    } else if (e.name.endsWith('.html')) yield p;
  }
}
/** Visible text of the indexed part of a page (the element marked data-pagefind-body). */
export function bodyText(html) {
  const m = html.match(/<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/);
  if (!m) return '';
  return m[1]
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}
export function withMutations(html) {
  const extra = expansion(bodyText(html));
  if (extra.length === 0) return html;
  return html.replace(/<\/main>/, `<p data-pagefind-weight="0.3">${extra.join(' ')}</p></main>`);
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
let pages = 0;
let added = 0;
for (const file of htmlFiles(dist)) {
  let html = readFileSync(file, 'utf8');
  if (!/data-pagefind-body/.test(html)) continue;
  const lang = html.match(/<html[^>]*\blang="([a-z]+)"/)?.[1];
  if (lang === 'cy') {
    const before = html.length;
    html = withMutations(html);
    added += html.length - before;
  }
  const rel = relative(dist, file).split(sep).join('/');
  const url = '/' + rel.replace(/index\.html$/, '');
  const r = await index.addHTMLFile({ url, content: html });
  if (r.errors.length) throw new Error(`pagefind ${rel}: ${r.errors.join('; ')}`);
  pages++;
}
const w = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (w.errors.length) throw new Error(`pagefind write: ${w.errors.join('; ')}`);
await pagefind.close();
console.log(`search: indexed ${pages} pages (Welsh mutation forms: ${Math.round(added / 1024)} KB of extra words)`);
