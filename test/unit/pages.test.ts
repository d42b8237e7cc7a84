/// <reference types="node" />
// Checks the bilingual prose pages in content/pages: front matter, twins, sources and parity of depth.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LANGS, type Lang, PageFrontMatter, sources } from '../../content/index.ts';

const root = join(import.meta.dirname, '../../content/pages');

interface Page {
  lang: Lang;
  file: string; // relative to the language folder, e.g. "programmes/skills.md"
  front: PageFrontMatter;
  body: string;
}

function listMarkdown(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return listMarkdown(p);
    return e.name.endsWith('.md') ? [p] : [];
  });
}

/** Splits a Markdown file into its YAML front matter and its body. */
export function splitFrontMatter(text: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no front matter');
  return { yaml: m[1]!, body: m[2]! };
}

/** Words of a Markdown body, with HTML/SVG tags and Markdown punctuation left out. */
export function countWords(markdown: string): number {
  const text = markdown.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' ');
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).length;
}

function loadPages(): Page[] {
  return LANGS.flatMap((lang) =>
    listMarkdown(join(root, lang)).map((path) => {
      const { yaml, body } = splitFrontMatter(readFileSync(path, 'utf8'));
      const r = PageFrontMatter.safeParse(parseYaml(yaml));
      if (!r.success) throw new Error(`${lang}/${relative(join(root, lang), path)}: ${r.error.message}`);
      return { lang, file: relative(join(root, lang), path).split('\\').join('/'), front: r.data, body };
    }),
  );
}

const pages = loadPages();
const byLang = (lang: Lang) => pages.filter((p) => p.lang === lang);
const twin = (page: Page, lang: Lang) => pages.find((p) => p.lang === lang && p.front.id === page.front.id);

describe('word counter', () => {
  it('ignores tags and counts Welsh apostrophe forms as one word', () => {
    expect(countWords("<svg><title>Llwybr</title></svg> ## Beth yw’r llwybr? Mae'n dda.")).toBe(6);
    expect(countWords('<p class="x">one two</p>')).toBe(2);
  });
});

describe('prose pages', () => {
  it('has the expected pages in both languages', () => {
    for (const lang of LANGS) {
      const ids = byLang(lang)
        .map((p) => p.front.id)
        .sort();
      expect(ids).toEqual([
        'about',
        'accessibility',
        'explainer',
        'privacy',
        'programme-awareness',
        'programme-research',
        'programme-skills',
        'programme-technology',
      ]);
    }
  });

  it('gives every page a twin with the same file name in the other language', () => {
    for (const page of pages) {
      for (const lang of LANGS) {
        const other = twin(page, lang);
        expect(other, `${page.lang}/${page.file} has no ${lang} twin`).toBeDefined();
        expect(other!.file).toBe(page.file);
        expect(other!.front.order).toBe(page.front.order);
        expect(other!.front.workingVersion).toBe(page.front.workingVersion);
        expect(other!.front.updated).toBe(page.front.updated);
      }
    }
  });

  it('has ids unique within each language', () => {
    for (const lang of LANGS) {
      const ids = byLang(lang).map((p) => p.front.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('has slugs unique within each language, and different from the twin page', () => {
    for (const lang of LANGS) {
      const slugs = byLang(lang).map((p) => p.front.slug);
      expect(new Set(slugs).size, `duplicate slug in ${lang}`).toBe(slugs.length);
    }
    // Welsh and English slugs differ, so that no page id can collide whichever way the site keys them.
    for (const page of byLang('cy')) expect(page.front.slug).not.toBe(twin(page, 'en')!.front.slug);
  });

  it('cites only sources that exist, and cites some on every page', () => {
    const known = new Set(sources.map((s) => s.id));
    for (const page of pages) {
      expect(page.front.sources?.length ?? 0, `${page.lang}/${page.file} cites nothing`).toBeGreaterThan(0);
      for (const id of page.front.sources ?? []) {
        expect(known.has(id), `${page.lang}/${page.file} cites unknown source ${id}`).toBe(true);
      }
      expect([...(twin(page, 'cy')!.front.sources ?? [])].sort()).toEqual([...(twin(page, 'en')!.front.sources ?? [])].sort());
    }
  });

  it('numbers the four programmes 1 to 4', () => {
    for (const lang of LANGS) {
      const orders = byLang(lang)
        .filter((p) => p.file.startsWith('programmes/'))
        .map((p) => [p.front.id, p.front.order]);
      expect(Object.fromEntries(orders)).toEqual({
        'programme-awareness': 1,
        'programme-skills': 2,
        'programme-technology': 3,
        'programme-research': 4,
      });
    }
  });

  it('uses no level-1 heading in the body (the title is the h1)', () => {
    for (const page of pages) expect(page.body, `${page.lang}/${page.file}`).not.toMatch(/^#\s/m);
  });

  it('links to no other page of the hub (links could break)', () => {
    for (const page of pages) {
      expect(page.body, `${page.lang}/${page.file}`).not.toMatch(/\]\(\/|href="\//);
    }
  });

  it('gives each Welsh page 0.8–1.3 times the words of its English twin', () => {
    for (const cy of byLang('cy')) {
      const en = twin(cy, 'en')!;
      const ratio = countWords(cy.body) / countWords(en.body);
      expect(ratio, `${cy.file}: cy ${countWords(cy.body)} / en ${countWords(en.body)}`).toBeGreaterThanOrEqual(0.8);
      expect(ratio, `${cy.file}: cy ${countWords(cy.body)} / en ${countWords(en.body)}`).toBeLessThanOrEqual(1.3);
    }
  });

  it('writes the explainer at its intended depth (about 1,200–1,800 words)', () => {
    for (const lang of LANGS) {
      const page = byLang(lang).find((p) => p.front.id === 'explainer')!;
      const words = countWords(page.body);
      expect(words).toBeGreaterThanOrEqual(1100);
      expect(words).toBeLessThanOrEqual(2000);
    }
  });

  describe('explainer pathway diagram', () => {
    for (const lang of LANGS) {
      it(`is an accessible inline SVG in ${lang}`, () => {
        const body = byLang(lang).find((p) => p.front.id === 'explainer')!.body;
        const figure = /<figure>([\s\S]*?)<\/figure>/.exec(body)?.[1];
        expect(figure).toBeDefined();
        const svgOpen = /<svg\b[^>]*>/.exec(figure!)?.[0] ?? '';
        expect(svgOpen).toMatch(/role="img"/);
        expect(svgOpen).toMatch(/aria-labelledby="pathway-title pathway-desc"/);
        expect(svgOpen).toMatch(/viewBox="[\d. ]+"/);
        const title = /<title id="pathway-title">([^<]+)<\/title>/.exec(figure!)?.[1];
        const desc = /<desc id="pathway-desc">([^<]+)<\/desc>/.exec(figure!)?.[1];
        expect(title?.trim().length).toBeGreaterThan(10);
        expect(desc?.trim().length).toBeGreaterThan(40);
        expect(figure).toMatch(/<figcaption>[\s\S]+<\/figcaption>/);
        expect(figure, 'no style attributes (CSP)').not.toMatch(/\sstyle=/);
        // Each box has a text label, and the same steps follow as an ordered list.
        const labels = [...figure!.matchAll(/<text\b[^>]*>([^<]+)<\/text>/g)].length;
        expect(labels).toBeGreaterThanOrEqual(6);
        const after = body.slice(body.indexOf('</figure>'));
        expect(after).toMatch(/^<\/figure>\s*1\. /);
      });
    }

    it('draws text with at least 4.5:1 contrast against the boxes and a white page', () => {
      const luminance = (hex: string) => {
        const [r, g, b] = [1, 3, 5]
          .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
          .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const contrast = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5); // the formula itself: GOV.UK's lightest AA grey passes
      expect(contrast('#959595', '#ffffff')).toBeLessThan(4.5);
      for (const lang of LANGS) {
        const figure = /<figure>([\s\S]*?)<\/figure>/.exec(byLang(lang).find((p) => p.front.id === 'explainer')!.body)![1]!;
        const backgrounds = ['#ffffff', ...[...figure.matchAll(/<rect\b[^>]*\sfill="(#[0-9a-f]{6})"/gi)].map((m) => m[1]!)];
        const texts = [...figure.matchAll(/<text\b[^>]*>/g)].map((m) => /\sfill="(#[0-9a-f]{6})"/i.exec(m[0])?.[1]);
        expect(texts.length).toBeGreaterThan(0);
        for (const fg of texts) {
          expect(fg, 'every label sets an explicit hex fill').toBeDefined();
          for (const bg of backgrounds) expect(contrast(fg!, bg)).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it('has the same number of boxes, arrows and steps in both languages', () => {
      const shape = (lang: Lang) => {
        const body = byLang(lang).find((p) => p.front.id === 'explainer')!.body;
        const figure = /<figure>([\s\S]*?)<\/figure>/.exec(body)![1]!;
        const list = body.slice(body.indexOf('</figure>')).split(/\n\s*\n/)[1] ?? '';
        return {
          rects: (figure.match(/<rect\b/g) ?? []).length,
          arrows: (figure.match(/marker-end=/g) ?? []).length,
          steps: (list.match(/^\d+\. /gm) ?? []).length,
        };
      };
      expect(shape('cy')).toEqual(shape('en'));
      expect(shape('en').steps).toBeGreaterThanOrEqual(5);
    });
  });
});
