// Prose pages and specification chapters are Markdown in ../content (written by the
// content team). SITE_CONTENT_DIR points the build at other folders (test fixtures).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { PageFrontMatter } from '../../content/schema.ts';

// YAML reads an unquoted `updated: 2026-11-24` as a Date; the schema wants the ISO date string.
const schema = z.preprocess((d) => {
  if (d && typeof d === 'object' && (d as { updated?: unknown }).updated instanceof Date) {
    return { ...d, updated: (d as { updated: Date }).updated.toISOString().slice(0, 10) };
  }
  return d;
}, PageFrontMatter);

const base = process.env.SITE_CONTENT_DIR ?? '../content';
// ids keep the language folder ("cy/explainer"); the default would use the front-matter slug.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

const pages = defineCollection({ loader: glob({ pattern: '**/*.md', base: `${base}/pages`, generateId }), schema });
const specification = defineCollection({ loader: glob({ pattern: '**/*.md', base: `${base}/specification`, generateId }), schema });

export const collections = { pages, specification };
