// The browser scripts stay small enough to read (issue 10): no file in site/src/scripts over
// 400 lines and no function over 80, measured on the TypeScript syntax tree.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SCRIPTS = join(ROOT, 'site/src/scripts');
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;

const files = (readdirSync(SCRIPTS, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(SCRIPTS, f));

function longFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = line(node.getEnd()) - line(node.getStart(source)) + 1;
      if (lines > MAX_FUNCTION_LINES) found.push(`${relative(ROOT, file)}:${line(node.getStart(source)) + 1} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('browser scripts', () => {
  it('finds the scripts', () => expect(files.length).toBeGreaterThan(20));

  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.filter((f) => readFileSync(f, 'utf8').split('\n').length > MAX_FILE_LINES).map((f) => relative(ROOT, f));
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});
