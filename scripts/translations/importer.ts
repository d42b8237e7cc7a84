// Applying a translator's file. Everything is checked before anything is written: each
// segment's unit exists, its English is the English of today (not changed since export),
// placeholders and plural forms are complete, Markdown keeps its structure, and the place
// of the Welsh in the source files is found. Only then are the files changed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import type { Returned } from './exchange.ts';
import { blockKind, inlineFeatures, parseMarkdown } from './markdown.ts';
import { PLURAL_FORMS, type Unit } from './units.ts';

/** A unit's new Welsh, as the segments give it. */
export interface Change {
  unit: Unit;
  /** Welsh for each segment id. */
  cy: Record<string, string>;
  /** Every segment marked reviewed or final by the translator (XLIFF only). */
  reviewed: boolean;
}

const placeholders = (s: string): string[] => [...(s.match(/\{\w+\}/g) ?? [])].sort();
const edgeSpace = (s: string) => [s.match(/^\s*/)![0].length > 0, s.match(/\s*$/)![0].length > 0];

/** Problems with one segment's Welsh, in words a developer or translator can act on. */
export function segmentProblems(unit: Unit, segment: string, en: string, cy: string): string[] {
  const where = `${unit.id} (${segment})`;
  const out: string[] = [];
  if (!cy.trim()) return [`${where}: the Welsh is empty`];
  const pe = placeholders(en);
  const pc = placeholders(cy);
  const unknown = pc.filter((p) => !pe.includes(p));
  if (unknown.length) out.push(`${where}: placeholder(s) ${[...new Set(unknown)].join(', ')} are not in the English`);
  // a plural form may leave out the number itself ("Dim canlyniadau", not "0 canlyniad")
  const lost = [...new Set(pe)].filter((p) => !pc.includes(p) && !(unit.kind === 'plural' && p === '{count}'));
  if (lost.length) out.push(`${where}: placeholder(s) ${lost.join(', ')} are missing from the Welsh`);
  const [es, ee] = edgeSpace(en);
  const [cs, ce] = edgeSpace(cy);
  if (es !== cs || ee !== ce) out.push(`${where}: keep the spaces at the start and end as in the English`);
  if (unit.kind === 'list' && cy.split('\n').some((l) => !l.trim()))
    out.push(`${where}: a list has one item per line, with no empty lines`);
  if (unit.kind === 'prose') {
    if (/\n\s*\n/.test(cy)) out.push(`${where}: one block only (no empty line inside)`);
    const [ke, kc] = [blockKind({ text: en }), blockKind({ text: cy })];
    if (ke !== kc) out.push(`${where}: the Markdown block is a ${kc}, the English a ${ke}`);
    const [fe, fc] = [inlineFeatures(en), inlineFeatures(cy)];
    if (fe.links.join(' ') !== fc.links.join(' ')) out.push(`${where}: links differ from the English (${fe.links.join(', ') || 'none'})`);
    if (fe.code !== fc.code) out.push(`${where}: ${fe.code} \`code\` span(s) in the English, ${fc.code} in the Welsh`);
    if (fe.strong % 2 !== 0 || fc.strong % 2 !== 0 || fe.strong > 0 !== fc.strong > 0)
      out.push(`${where}: **emphasis** is unbalanced or missing`);
  }
  return out;
}

/** Checks a returned file against today's units and gathers one change per unit. */
export function checkReturned(returned: Returned[], units: Unit[]): { changes: Change[]; problems: string[] } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const problems: string[] = [];
  const grouped = new Map<string, Returned[]>();
  for (const r of returned) {
    if (!byId.has(r.unit)) {
      problems.push(`${r.unit || '(no id)'}: no such text in the hub (renamed or removed since the export?)`);
      continue;
    }
    grouped.set(r.unit, [...(grouped.get(r.unit) ?? []), r]);
  }
  const changes: Change[] = [];
  for (const [id, rs] of grouped) {
    const unit = byId.get(id)!;
    const cy: Record<string, string> = {};
    let ok = true;
    for (const seg of unit.segments) {
      const r = rs.find((x) => x.segment === seg.id);
      if (!r) {
        problems.push(
          `${id}: segment "${seg.id}" is missing${unit.kind === 'plural' ? ` (Welsh needs all six plural forms: ${PLURAL_FORMS.join(', ')})` : ''}`,
        );
        ok = false;
        continue;
      }
      if (r.source !== seg.en) {
        problems.push(`${id} (${seg.id}): the English has changed since this file was exported; export again`);
        ok = false;
        continue;
      }
      const p = segmentProblems(unit, seg.id, seg.en, r.target);
      if (p.length) {
        problems.push(...p);
        ok = false;
      }
      cy[seg.id] = r.target;
    }
    for (const r of rs) if (!unit.segments.some((s) => s.id === r.segment)) problems.push(`${id}: unknown segment "${r.segment}"`);
    if (ok && unit.segments.some((s) => cy[s.id] !== s.cy))
      changes.push({ unit, cy, reviewed: rs.every((r) => r.state === 'reviewed' || r.state === 'final') });
  }
  return { changes, problems };
}

// ---------------------------------------------------------------- writing the Welsh back
/** A literal as Biome writes it: single quotes unless the text holds one and no double quote. */
export function literal(s: string): string {
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  if (s.includes("'") && !s.includes('"')) return `"${body}"`;
  return `'${body.replace(/'/g, "\\'")}'`;
}

interface Edit {
  file: string;
  start: number;
  end: number;
  text: string;
  /** Keeps blocks inserted at one place in their English order. */
  order?: number;
}

type Lit = { node: ts.Node; value: string };
const sourceCache = new Map<string, { sf: ts.SourceFile; lits: Lit[]; text: string }>();
function parsed(file: string) {
  if (!sourceCache.has(file)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const lits: Lit[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) lits.push({ node: n, value: n.text });
      ts.forEachChild(n, visit);
    };
    visit(sf);
    sourceCache.set(file, { sf, lits, text });
  }
  return sourceCache.get(file)!;
}
const span = (file: string, node: ts.Node, text: string): Edit => ({ file, start: node.getStart(), end: node.getEnd(), text });

/** UI strings are found by key: the cy property of the entry, a literal or the six plural forms. */
function locateUiString(unit: Unit, cy: Record<string, string>): Edit[] | string {
  const { sf } = parsed(unit.file);
  const key = unit.id.slice('ui:'.length);
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node) => {
    if (ts.isPropertyAssignment(n) && ts.isStringLiteral(n.name) && n.name.text === key && ts.isObjectLiteralExpression(n.initializer)) {
      const p = n.initializer.properties.find((x) => ts.isPropertyAssignment(x) && x.name.getText() === 'cy');
      if (p && ts.isPropertyAssignment(p)) found = p.initializer;
    }
    if (!found) ts.forEachChild(n, visit);
  };
  visit(sf);
  if (!found) return `${unit.id}: its Welsh was not found in ${unit.file}`;
  if (unit.kind === 'text') return [span(unit.file, found, literal(cy.text!))];
  const forms = PLURAL_FORMS.map((f) => `      ${f}: ${literal(cy[f]!)},`).join('\n');
  return [span(unit.file, found, `{\n${forms}\n    }`)];
}

/** Other texts are found by their Welsh literal followed by their English literal, as {cy, en} and t(cy, en) write them. */
function locatePair(unit: Unit, cy: string, en: string, newCy: string): Edit[] | string {
  const { lits } = parsed(unit.file);
  const at = lits.map((_, i) => i).filter((i) => lits[i]!.value === cy && lits[i + 1]?.value === en);
  if (at.length === 1) return [span(unit.file, lits[at[0]!]!.node, literal(newCy))];
  // paragraphs joined by para(...): consecutive Welsh literals, then the English ones
  const cyParts = cy.split('\n\n');
  const enParts = en.split('\n\n');
  const newParts = newCy.split('\n\n');
  if (cyParts.length > 1) {
    const starts = lits
      .map((_, i) => i)
      .filter(
        (i) => cyParts.every((p, k) => lits[i + k]?.value === p) && enParts.every((p, k) => lits[i + cyParts.length + k]?.value === p),
      );
    if (starts.length === 1) {
      if (newParts.length !== cyParts.length)
        return `${unit.id}: the Welsh has ${newParts.length} paragraphs where ${unit.file} has ${cyParts.length}; edit it by hand`;
      return cyParts.map((_, k) => span(unit.file, lits[starts[0]! + k]!.node, literal(newParts[k]!)));
    }
  }
  return at.length > 1
    ? `${unit.id}: the same Welsh and English appear ${at.length} times in ${unit.file}; edit it by hand`
    : `${unit.id}: its Welsh is built in code in ${unit.file} (a template or a helper); edit it by hand`;
}

/** A list: an array literal of the Welsh items followed by one of the English items; or [cy, en] pairs. */
function locateList(unit: Unit, newCy: string): Edit[] | string {
  const { sf } = parsed(unit.file);
  const cyItems = unit.cy.split('\n').filter((x) => x);
  const enItems = unit.en.split('\n').filter((x) => x);
  const newItems = newCy.split('\n');
  const arrays: ts.ArrayLiteralExpression[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isArrayLiteralExpression(n)) arrays.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  const values = (a: ts.ArrayLiteralExpression) => a.elements.map((e) => (ts.isStringLiteral(e) ? e.text : null));
  const same = (a: ts.ArrayLiteralExpression, xs: string[]) => {
    const v = values(a);
    return v.length === xs.length && v.every((x, i) => x === xs[i]);
  };
  const hits = arrays.filter((a, i) => same(a, cyItems) && arrays.slice(i + 1).find((b) => b.pos > a.end && same(b, enItems)));
  const direct = hits.filter((a) => {
    const next = arrays.find((b) => b.pos >= a.end);
    return next && same(next, enItems);
  });
  if (direct.length === 1) return [span(unit.file, direct[0]!, `[${newItems.map(literal).join(', ')}]`)];
  // evidence(['cy', 'en'], …): one pair per item, the list length fixed
  if (newItems.length === cyItems.length) {
    const edits: Edit[] = [];
    for (let k = 0; k < cyItems.length; k++) {
      const e = locatePair(unit, cyItems[k]!, enItems[k] ?? '', newItems[k]!);
      if (typeof e === 'string') return `${unit.id}: item ${k + 1}: ${e}`;
      edits.push(...e);
    }
    return edits;
  }
  return `${unit.id}: its list was not found in ${unit.file}, or it is written as pairs and the Welsh has a different number of items; edit it by hand`;
}

const yamlScalar = (s: string) => (/^[\w\s,.?!'’“”()–-]+$/u.test(s) && !/^\s|\s$|: | #/.test(s) ? s : JSON.stringify(s));

/** Markdown: a block's lines, an inserted block, or a front matter field. */
function locateProse(unit: Unit, cy: string): Edit[] | string {
  const file = unit.file;
  if (!existsSync(file)) return `${unit.id}: ${file} does not exist; create the Welsh page first`;
  const text = readFileSync(file, 'utf8');
  const doc = parseMarkdown(text);
  const lineStart = (i: number) => doc.lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  const field = unit.id.match(/:(title|summary)$/)?.[1] as 'title' | 'summary' | undefined;
  if (field) {
    const line = doc.frontLine[field];
    if (line === undefined) return `${unit.id}: no ${field} in the front matter of ${file}`;
    const start = lineStart(line);
    return [{ file, start, end: start + doc.lines[line]!.length, text: `${field}: ${yamlScalar(cy)}` }];
  }
  const p = unit.prose!;
  if (p.cyIndex !== null) {
    const b = doc.blocks[p.cyIndex]!;
    const start = lineStart(b.start);
    return [{ file, start, end: start + b.text.length, text: cy }];
  }
  // a new English block: its Welsh goes after the Welsh of the block before it (or first)
  const prev = p.afterCy === null ? undefined : doc.blocks[p.afterCy];
  const at = prev ? lineStart(prev.start) + prev.text.length : doc.blocks[0] ? lineStart(doc.blocks[0].start) : text.length;
  return [{ file, start: at, end: at, text: prev ? `\n\n${cy}` : `${cy}\n\n`, order: p.enIndex }];
}

/** Where each change goes in the files; a string for each that cannot be placed automatically. */
export function locate(changes: Change[]): { edits: Edit[]; manual: string[] } {
  sourceCache.clear();
  const edits: Edit[] = [];
  const manual: string[] = [];
  for (const c of changes) {
    const r =
      c.unit.kind === 'prose' || /^(page|spec):/.test(c.unit.id)
        ? locateProse(c.unit, c.cy.block ?? c.cy.text!)
        : c.unit.id.startsWith('ui:')
          ? locateUiString(c.unit, c.cy)
          : c.unit.kind === 'list'
            ? locateList(c.unit, c.cy.list!)
            : locatePair(c.unit, c.unit.cy, c.unit.en, c.cy.text!);
    if (typeof r === 'string') manual.push(r);
    else edits.push(...r);
  }
  return { edits, manual };
}

/** Writes the edits (last first within a file, so offsets hold); returns each file's previous text to restore. */
export function applyEdits(edits: Edit[]): Map<string, string> {
  const before = new Map<string, string>();
  const byFile = new Map<string, Edit[]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, es] of byFile) {
    const text = readFileSync(file, 'utf8');
    before.set(file, text);
    const sorted = [...es].sort((a, b) => b.start - a.start || (b.order ?? 0) - (a.order ?? 0));
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i]!.end > sorted[i - 1]!.start) throw new Error(`${file}: two changes overlap at ${sorted[i]!.start}`);
    writeFileSync(
      file,
      sorted.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text),
    );
  }
  return before;
}

export function restore(before: Map<string, string>) {
  for (const [file, text] of before) writeFileSync(file, text);
}
