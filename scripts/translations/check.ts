// The translation check run by `npm run build` (scripts/check-site.mjs) and listed by
// `npm run translations`: stale and missing Welsh, and Welsh that uses a term the editor
// replaced (content/welsh/terminology.ts), fail the build; new and edited Welsh are
// warnings until a reviewer marks them reviewed.
import { terminologyProblems } from '../../content/welsh/terminology.ts';
import { allUnits, type Orphan } from './repository.ts';
import { evaluate, FAILS, readStatus, type State, type Status, type UnitState } from './status.ts';
import type { Unit } from './units.ts';

export interface Report {
  states: UnitState[];
  orphans: Orphan[];
  counts: Record<State, number>;
  errors: string[];
  warnings: string[];
}

const HOW = 'update the Welsh, then: npm run translations -- review <id>';

export function report(units: Unit[], status: Status, orphans: Orphan[] = []): Report {
  const states = evaluate(units, status);
  const counts: Record<State, number> = { reviewed: 0, edited: 0, new: 0, stale: 0, missing: 0 };
  for (const s of states) counts[s.state]++;
  const errors: string[] = [];
  for (const s of states) {
    if (s.state === 'stale')
      errors.push(
        `translation ${s.unit.id}: the English changed since the Welsh was reviewed${s.welshUpdated ? ' (the Welsh has been updated since)' : ''} (${s.unit.file}); ${HOW}`,
      );
    if (s.state === 'missing') errors.push(`translation ${s.unit.id}: no Welsh (${s.unit.file})`);
  }
  for (const u of units)
    for (const term of terminologyProblems(u.cy)) errors.push(`terminology ${u.id}: say “${term.cy}” for “${term.en}” (${u.file})`);
  for (const o of orphans) errors.push(`translation ${o.page}: a Welsh block has no English (${o.file}): “${o.text.slice(0, 60)}…”`);
  const warnings: string[] = [];
  if (counts.new) warnings.push(`${counts.new} text(s) whose Welsh has not been reviewed yet: npm run translations`);
  if (counts.edited) warnings.push(`${counts.edited} text(s) whose Welsh changed since review: npm run translations`);
  return { states, orphans, counts, errors, warnings };
}

export const failing = (r: Report) => r.states.filter((s) => FAILS.includes(s.state));

/** The hub's own report: content/ against content/translation-status.json. */
export function repositoryReport(): Report {
  const status = readStatus();
  const { units, orphans } = allUnits(status);
  return report(units, status, orphans);
}
