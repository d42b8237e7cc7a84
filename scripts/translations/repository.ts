// The hub's own translation units, read from content/ (the status file anchors the
// pairing of prose blocks, so it is read first).

import { readFileSync } from 'node:fs';
import { csvMessages } from '../../content/dataset/csv.ts';
import { validationMessages } from '../../content/dataset/validate.ts';
import { assetStandards, datasets, frameworks, geography, glossary, sources } from '../../content/index.ts';
import { strings } from '../../content/ui/strings.ts';
import { type Block, parseMarkdown } from './markdown.ts';
import { alignBlocks, orphanBlocks, pagePairs, type Status } from './status.ts';
import { contentUnits, prosePairs, proseUnits, stringUnits, type Unit } from './units.ts';

const major = (v: string) => v.split('.')[0];

/** Where each collection's Welsh lives. */
export function structuredUnits(): Unit[] {
  return [
    ...stringUnits(strings),
    ...contentUnits('glossary', 'content/glossary/terms.ts', glossary),
    ...contentUnits('source', 'content/sources.ts', sources),
    ...frameworks.flatMap((f) => contentUnits(`framework:${f.version}`, `content/framework/v${major(f.version)}.ts`, f)),
    ...assetStandards.flatMap((s) => contentUnits(`standards:${s.version}`, `content/standards/v${major(s.version)}.ts`, s)),
    ...datasets.flatMap((d) => contentUnits(`dataset:${d.version}`, `content/dataset/v${major(d.version)}.ts`, d)),
    ...contentUnits('geography', 'content/geography/wales.ts', geography),
    ...contentUnits('message:csv', 'content/dataset/csv.ts', csvMessages),
    ...contentUnits('message:validation', 'content/dataset/validate.ts', validationMessages),
  ];
}

export const PROSE_DIRS = [
  { prefix: 'page', dir: 'content/pages' },
  { prefix: 'spec', dir: 'content/specification' },
] as const;

export interface Orphan {
  page: string;
  file: string;
  text: string;
}

/** Units of the Markdown prose, and Welsh blocks left without English. */
export function proseUnitsAndOrphans(
  status: Status,
  dirs: readonly { prefix: string; dir: string }[] = PROSE_DIRS,
): {
  units: Unit[];
  orphans: Orphan[];
} {
  const units: Unit[] = [];
  const orphans: Orphan[] = [];
  for (const { prefix, dir } of dirs) {
    for (const page of prosePairs(dir)) {
      const pairs = pagePairs(status, `${prefix}:${page.id}`);
      const align = (en: Block[], cy: Block[]) => alignBlocks(en, cy, pairs);
      units.push(...proseUnits(prefix, page, align));
      if (page.cy) {
        const en = parseMarkdown(readFileSync(page.en, 'utf8')).blocks;
        const cy = parseMarkdown(readFileSync(page.cy, 'utf8')).blocks;
        for (const b of orphanBlocks(cy, align(en, cy))) orphans.push({ page: `${prefix}:${page.id}`, file: page.cy, text: b.text });
      }
    }
  }
  return { units, orphans };
}

export function allUnits(status: Status): { units: Unit[]; orphans: Orphan[] } {
  const prose = proseUnitsAndOrphans(status);
  return { units: [...structuredUnits(), ...prose.units], orphans: prose.orphans };
}
