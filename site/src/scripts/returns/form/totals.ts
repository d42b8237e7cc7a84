// Running totals beside each group of figures that are parts of a whole (a breakdown of an
// item, or the parts a rule adds up): "Added up so far: 40 of 120". The sums come from
// content/dataset/totals.ts; the text changes as people type, and is said to screen
// readers (politely) when they leave a figure of the group.

import { formatValue } from '../../../../../content/dataset/numbers.ts';
import { type PartsOfWhole, partsOfWhole, type RunningTotal, runningTotal } from '../../../../../content/dataset/totals.ts';
import { announce, find } from '../../lib/dom.ts';
import { collect, def, form, label, lang, t } from './page.ts';

const groups = partsOfWhole(def);

function text(r: RunningTotal): string {
  const sum = formatValue(r.sum ?? 0, lang);
  if (r.total === null || r.state === 'open') return t('rui.total.open', { sum });
  const total = formatValue(r.total, lang);
  return t(r.state === 'equal' ? 'rui.total.equal' : r.state === 'over' ? 'rui.total.over' : 'rui.total.short', { sum, total });
}

const output = (g: PartsOfWhole): HTMLElement | null => find(`[data-total-of="${CSS.escape(g.id)}"]`, form);

/** Writes every group's running total. */
export function updateTotals(): void {
  const { values } = collect();
  for (const g of groups) {
    const out = output(g);
    if (out) out.textContent = text(runningTotal(g, values));
  }
}

/** Keeps the totals up to date and announces a group's total when focus leaves one of its figures. */
export function watchTotals(): void {
  updateTotals();
  form.addEventListener('input', updateTotals);
  form.addEventListener('change', (event) => {
    const name = event.target instanceof HTMLInputElement ? event.target.name : '';
    const g = groups.find((x) => x.parts.includes(name) || x.total === name);
    const out = g ? output(g) : null;
    if (g && out) announce(`${label(g.total)}: ${out.textContent ?? ''}`);
  });
}
