// Types for scripts/check-site.mjs (imported by test/unit/site-check.test.ts).
export const RATIO: { min: number; max: number; minWords: number };
export function tags(html: string): { name: string; attrs: Record<string, string> }[];
export interface PageFacts {
  lang?: string;
  twin?: string;
  links: string[];
  alternates: { hreflang?: string; href?: string }[];
  ids: Set<string>;
  scripts: (string | null)[];
  /** The page ships its strings in a #page-strings JSON block. */
  pageStrings: boolean;
  problems: string[];
  words: number;
}
export function parsePage(html: string): PageFacts;
export function mainText(html: string): string;
export function wordCount(text: string): number;
export function resolve(dist: string, urlPath: string): string | undefined;
export function checkStrings(strings: Record<string, unknown>): string[];
export function checkGlossary(terms: unknown[]): string[];
export function markdownIds(dir: string): { cy: Map<string, string>; en: Map<string, string> };
export function checkProseParity(dir: string, what: string): string[];
export function ratioProblem(cyWords: number, enWords: number): { ratio: number; warnOnly: boolean } | undefined;
export function scriptFiles(dist: string, srcs: string[]): string[];
export function reachesStringTable(dist: string, src: string): boolean;
export const APP_JS_BUDGET: number;
export function htmlPages(dist: string): { file: string; path: string }[];
export function checkDist(
  dist: string,
  opts?: { searchPaths?: string[]; appPrefixes?: string[] },
): { errors: string[]; warnings: string[]; pages: number };
