// Builds the static search index (Pagefind, one index per language) over site/dist. Each
// page's index copy (never the page served) carries, at low weight, words a reader may type
// that the page does not show (site/src/lib/search-index.ts): on Welsh pages every radical
// and mutated form of their words ("gymorth" finds "cymorth"); on glossary term pages the
// twin term and its alternatives in the other language ("link worker" finds the Welsh entry).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { glossary } from '../../content/index.ts';
import { indexCopy, twinTermsByPath } from '../src/lib/search-index.ts';

const dist = process.argv[2] ?? 'site/dist';

function* htmlFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind') yield* htmlFiles(p);
    } else if (e.name.endsWith('.html')) yield p;
  }
}

const twins = twinTermsByPath(glossary);
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
let pages = 0;
let added = 0;
let withTwins = 0;
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  if (!/data-pagefind-body/.test(html)) continue;
  const rel = relative(dist, file).split(sep).join('/');
  const url = '/' + rel.replace(/index\.html$/, '');
  const lang = html.match(/<html[^>]*\blang="([a-z]+)"/)?.[1];
  const twin = twins.get(url);
  if (twin) withTwins++;
  const copy = indexCopy(html, lang, twin);
  added += copy.length - html.length;
  const r = await index.addHTMLFile({ url, content: copy });
  if (r.errors.length) throw new Error(`pagefind ${rel}: ${r.errors.join('; ')}`);
  pages++;
}
if (withTwins !== twins.size) throw new Error(`search: ${twins.size - withTwins} glossary term page(s) missing from the build`);
const w = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (w.errors.length) throw new Error(`pagefind write: ${w.errors.join('; ')}`);
await pagefind.close();
console.log(
  `search: indexed ${pages} pages (${withTwins} glossary pages with their twin terms; ${Math.round(added / 1024)} KB of extra words)`,
);
