/// <reference types="node" />
// The working version of the national specification: one Markdown chapter per file, in
// content/specification/{cy,en}/NN-name.md, twinned by file name and by front-matter id.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type Lang, PageFrontMatter, sourceById } from '../../content/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../content/specification');

interface Chapter {
  file: string;
  meta: PageFrontMatter;
  body: string;
}

function splitFrontMatter(text: string, file: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no YAML front matter`);
  return { yaml: m[1]!, body: m[2]! };
}

/** Words of the Markdown body: tokens holding at least one letter or digit, markup ignored. */
function wordCount(markdown: string): number {
  return markdown
    .replace(/[#*_>`|]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function load(lang: Lang): Chapter[] {
  return readdirSync(join(root, lang))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const { yaml, body } = splitFrontMatter(readFileSync(join(root, lang, file), 'utf8'), `${lang}/${file}`);
      const r = PageFrontMatter.safeParse(parseYaml(yaml));
      if (!r.success) throw new Error(`${lang}/${file}: ${r.error.message}`);
      return { file, meta: r.data, body };
    });
}

const chapters = { cy: load('cy'), en: load('en') };
const langs: Lang[] = ['cy', 'en'];

describe('national specification (working version)', () => {
  it('has ten chapters in each language, with the same file names', () => {
    expect(chapters.cy).toHaveLength(10);
    expect(chapters.en).toHaveLength(10);
    expect(chapters.cy.map((c) => c.file)).toEqual(chapters.en.map((c) => c.file));
    for (const c of chapters.en) expect(c.file).toMatch(/^(0[1-9]|10)-[a-z0-9-]+\.md$/);
  });

  it('twins share id and order, and orders run 1 to 10 matching the file number', () => {
    for (const lang of langs) {
      expect(chapters[lang].map((c) => c.meta.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      for (const c of chapters[lang]) expect(c.meta.order).toBe(Number(c.file.slice(0, 2)));
    }
    chapters.en.forEach((en, i) => {
      const cy = chapters.cy[i]!;
      expect(cy.meta.id, en.file).toBe(en.meta.id);
      expect(cy.meta.order, en.file).toBe(en.meta.order);
    });
    expect(new Set(chapters.en.map((c) => c.meta.id)).size).toBe(10);
  });

  it('slugs are unique within each language and differ between the languages', () => {
    for (const lang of langs) {
      const slugs = chapters[lang].map((c) => c.meta.slug);
      expect(new Set(slugs).size, lang).toBe(slugs.length);
    }
    const cySlugs = new Set(chapters.cy.map((c) => c.meta.slug));
    expect(chapters.en.filter((c) => cySlugs.has(c.meta.slug)).map((c) => c.meta.slug)).toEqual([]);
  });

  it('every chapter is labelled a working version, dated, and cites sources that exist', () => {
    for (const lang of langs) {
      for (const c of chapters[lang]) {
        expect(c.meta.workingVersion, `${lang}/${c.file}`).toBe(true);
        expect(c.meta.updated).toBe('2026-11-24');
        expect(c.meta.sources?.length ?? 0, `${lang}/${c.file}`).toBeGreaterThan(0);
        for (const id of c.meta.sources ?? []) expect(sourceById.has(id), `${lang}/${c.file}: source ${id}`).toBe(true);
      }
    }
    // Twins cite the same sources.
    chapters.en.forEach((en, i) =>
      expect([...(chapters.cy[i]!.meta.sources ?? [])].sort(), en.file).toEqual([...(en.meta.sources ?? [])].sort()),
    );
  });

  it('bodies use ## and ### headings only, and no links', () => {
    for (const lang of langs) {
      for (const c of chapters[lang]) {
        const where = `${lang}/${c.file}`;
        expect(c.body, where).not.toMatch(/^#(?!#)/m);
        expect(c.body, where).not.toMatch(/^#{4,}/m);
        expect(c.body, where).toMatch(/^## /m);
        expect(c.body, where).not.toMatch(/\]\(|<a\s|https?:\/\//i);
      }
    }
  });

  it('each chapter has 450–1000 words, and its Welsh twin 0.8–1.3 times the English', () => {
    chapters.en.forEach((en, i) => {
      const cy = chapters.cy[i]!;
      const nEn = wordCount(en.body);
      const nCy = wordCount(cy.body);
      expect(nEn, `en/${en.file}`).toBeGreaterThanOrEqual(450);
      expect(nEn, `en/${en.file}`).toBeLessThanOrEqual(1000);
      const ratio = nCy / nEn;
      expect(ratio, `${en.file}: cy ${nCy} / en ${nEn}`).toBeGreaterThanOrEqual(0.8);
      expect(ratio, `${en.file}: cy ${nCy} / en ${nEn}`).toBeLessThanOrEqual(1.3);
    });
  });

  it('counts words without markup', () => {
    expect(wordCount('## Pennod 1\n\n1. **Rhaid** i wasanaethau — *wneud* hyn.')).toBe(8);
    expect(wordCount('')).toBe(0);
  });
});
