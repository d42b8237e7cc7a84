// Running totals of the return form: every group of figures that are parts of a whole (each
// breakdown of an item, and each sum-equals rule), with what the parts add up to so far.
// The form shows them while people type; validateReturn (./validate.ts) is what decides
// errors, from the same definition. This module leaves the validator out, so a page can
// use it without the validator's messages.
import type { DatasetDefinition } from '../schema.ts';
import { fieldKey } from './fields.ts';
import { parseNumber } from './numbers.ts';

export interface PartsOfWhole {
  /** A stable id: "<item>.<breakdown>" or the rule's id. */
  id: string;
  total: string;
  parts: string[];
}

/** Every parts-of-a-whole group of the definition, in form order (breakdowns, then sum-equals rules). */
export function partsOfWhole(def: DatasetDefinition): PartsOfWhole[] {
  const breakdowns = new Map(def.breakdowns.map((b) => [b.id, b]));
  const groups: PartsOfWhole[] = [];
  for (const item of def.items) {
    for (const bId of item.breakdowns) {
      const b = breakdowns.get(bId);
      if (b) groups.push({ id: `${item.id}.${b.id}`, total: item.id, parts: b.categories.map((c) => fieldKey(item.id, b.id, c.id)) });
    }
  }
  for (const r of def.rules) if (r.kind === 'sum-equals') groups.push({ id: r.id, total: r.total, parts: [...r.parts] });
  return groups;
}

/**
 * What the parts typed so far add up to: `sum` of the parts that are numbers (null when none
 * is), the `total` when it is a number, and `unreadable` when a part or the total is not a number.
 */
export interface RunningTotal {
  sum: number | null;
  total: number | null;
  unreadable: boolean;
  /** 'short' (below the total), 'equal', 'over', or 'open' when there is no total to compare with. */
  state: 'short' | 'equal' | 'over' | 'open';
}

export function runningTotal(group: PartsOfWhole, raw: Readonly<Record<string, unknown>>): RunningTotal {
  let sum: number | null = null;
  let unreadable = false;
  for (const key of group.parts) {
    const p = parseNumber(raw[key]);
    if (!p.ok) unreadable = true;
    else if (p.value !== null) sum = (sum ?? 0) + p.value;
  }
  const t = parseNumber(raw[group.total]);
  if (!t.ok) unreadable = true;
  const total = t.ok ? t.value : null;
  const state = total === null || sum === null ? 'open' : Math.abs(sum - total) < 1e-9 ? 'equal' : sum > total ? 'over' : 'short';
  return { sum, total, unreadable, state };
}
