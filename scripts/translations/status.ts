// Translation status that cannot drift. For every unit the status file keeps a hash of the
// English the Welsh was reviewed against, and a hash of that Welsh. When the English
// changes and nobody has reviewed the Welsh since, the unit is stale, and the build
// refuses it until a reviewer marks it reviewed (after updating the Welsh).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Block } from './markdown.ts';
import { blockKind } from './markdown.ts';
import type { Alignment, Unit } from './units.ts';

/** The status file; TRANSLATION_STATUS points elsewhere (tests, a scratch copy). */
export const STATUS_FILE = process.env.TRANSLATION_STATUS || 'content/translation-status.json';

/** The first 12 hex digits of the SHA-256 of a text (line ends and trailing spaces normalised). */
export const hash = (s: string) =>
  createHash('sha256')
    .update(
      s
        .normalize('NFC')
        .replace(/\r\n/g, '\n')
        .replace(/[ \t]+$/gm, ''),
    )
    .digest('hex')
    .slice(0, 12);

export interface Record {
  en: string;
  cy: string;
}
export type Status = Map<string, Record>;

export function readStatus(file = STATUS_FILE): Status {
  if (!existsSync(file)) return new Map();
  const json = JSON.parse(readFileSync(file, 'utf8')) as { units?: { [id: string]: string } };
  return new Map(
    Object.entries(json.units ?? {}).map(([id, v]) => {
      const [en = '', cy = ''] = v.split(' ');
      return [id, { en, cy }];
    }),
  );
}

/** One unit per line, sorted, so that branches adding texts in different places merge cleanly. */
export function formatStatus(status: Status): string {
  const ids = [...status.keys()].sort();
  const lines = ids.map(
    (id, i) => `    ${JSON.stringify(id)}: "${status.get(id)!.en} ${status.get(id)!.cy}"${i < ids.length - 1 ? ',' : ''}`,
  );
  return [
    '{',
    '  "about": "Translation status: for each bilingual text, the hash of the English its Welsh was reviewed against, then the hash of that Welsh. Written by npm run translations -- review; never edited by hand.",',
    '  "units": {',
    ...lines,
    '  }',
    '}',
    '',
  ].join('\n');
}
export const writeStatus = (status: Status, file = STATUS_FILE) => writeFileSync(file, formatStatus(status));

// ---------------------------------------------------------------- prose alignment
/**
 * Pairs the English and Welsh blocks of a page. Blocks whose English and Welsh were
 * reviewed together (a recorded pair of hashes) anchor the pairing, so a paragraph added
 * or removed in one language is found where it is, not blamed on every block after it.
 * Between anchors, blocks pair in order while their kinds match; English blocks left over
 * have no Welsh (cy: null).
 */
export function alignBlocks(en: Block[], cy: Block[], reviewedPairs: Set<string>): Alignment {
  const eh = en.map((b) => hash(b.text));
  const ch = cy.map((b) => hash(b.text));
  const n = en.length;
  const m = cy.length;
  // longest common subsequence of reviewed pairs
  const L: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i]![j] = reviewedPairs.has(`${eh[i]} ${ch[j]}`) ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const anchors: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (reviewedPairs.has(`${eh[i]} ${ch[j]}`) && L[i]![j] === L[i + 1]![j + 1]! + 1) anchors.push([i++, j++]);
    else if (L[i + 1]![j]! >= L[i]![j + 1]!) i++;
    else j++;
  }
  const out: Alignment = [];
  let pi = 0;
  let pj = 0;
  for (const [ai, aj] of [...anchors, [n, m] as [number, number]]) {
    // the gap before this anchor: pair in order while kinds match; an English block with no
    // Welsh of its kind is new, a Welsh block with no English of its kind is left over
    let i = pi;
    let j = pj;
    while (i < ai && j < aj) {
      if (blockKind(en[i]!) === blockKind(cy[j]!)) out.push({ en: i++, cy: j++ });
      else if (ai - i > aj - j) out.push({ en: i++, cy: null });
      else j++;
    }
    while (i < ai) out.push({ en: i++, cy: null });
    if (ai < n) out.push({ en: ai, cy: aj });
    pi = ai + 1;
    pj = aj + 1;
  }
  return out;
}

/** Welsh blocks that no English block is paired with (their English was removed). */
export function orphanBlocks(cy: Block[], alignment: Alignment): Block[] {
  const used = new Set(alignment.map((a) => a.cy));
  return cy.filter((_, j) => !used.has(j));
}

// ---------------------------------------------------------------- evaluation
export type State = 'reviewed' | 'edited' | 'new' | 'stale' | 'missing';
export interface UnitState {
  unit: Unit;
  state: State;
  /** Stale units only: the Welsh has changed since the last review too (someone has updated it). */
  welshUpdated?: boolean;
}
/** Which states fail the build: English changed since the Welsh was reviewed, or no Welsh at all. */
export const FAILS: readonly State[] = ['stale', 'missing'];

/** Recorded (English, Welsh) hash pairs of a prose page, whatever the position of the block. */
export function pagePairs(status: Status, page: string): Set<string> {
  const out = new Set<string>();
  for (const [id, r] of status) if (id.startsWith(`${page}:`)) out.add(`${r.en} ${r.cy}`);
  return out;
}

export function evaluate(units: Unit[], status: Status): UnitState[] {
  const pages = new Map<string, { en: Set<string>; cy: Set<string>; pairs: Set<string> }>();
  const pageRecords = (page: string) => {
    if (!pages.has(page)) {
      const pairs = pagePairs(status, page);
      pages.set(page, {
        pairs,
        en: new Set([...pairs].map((p) => p.split(' ')[0]!)),
        cy: new Set([...pairs].map((p) => p.split(' ')[1]!)),
      });
    }
    return pages.get(page)!;
  };
  return units.map((unit) => {
    const en = hash(unit.en);
    const cy = hash(unit.cy);
    const noWelsh = unit.segments.some((s) => s.en.trim() && !s.cy.trim()) || (unit.prose && unit.prose.cyIndex === null);
    if (noWelsh) return { unit, state: 'missing' };
    if (unit.prose) {
      // prose blocks move when a paragraph is added above them: look the pair up anywhere in the page
      const r = pageRecords(unit.prose.page);
      if (r.pairs.has(`${en} ${cy}`)) return { unit, state: 'reviewed' };
      if (r.en.has(en)) return { unit, state: 'edited' };
      if (r.cy.has(cy)) return { unit, state: 'stale', welshUpdated: false };
      const own = status.get(unit.id);
      if (own) return { unit, state: 'stale', welshUpdated: own.cy !== cy };
      return { unit, state: 'new' };
    }
    const r = status.get(unit.id);
    if (!r) return { unit, state: 'new' };
    if (r.en !== en) return { unit, state: 'stale', welshUpdated: r.cy !== cy };
    return { unit, state: r.cy === cy ? 'reviewed' : 'edited' };
  });
}

/** Marks units reviewed: records the hashes of their English and Welsh as they are now. */
export function review(status: Status, units: Unit[]): Status {
  const next = new Map(status);
  for (const u of units) next.set(u.id, { en: hash(u.en), cy: hash(u.cy) });
  return next;
}

/** Drops records of units that no longer exist (a prose block that moved is recorded again under its new place). */
export function prune(status: Status, units: Unit[]): Status {
  const ids = new Set(units.map((u) => u.id));
  return new Map([...status].filter(([id]) => ids.has(id)));
}

/** Does a unit id match a pattern ("ui:assess.*", "page:explainer:*", an exact id)? */
export function matches(id: string, pattern: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(id);
}
