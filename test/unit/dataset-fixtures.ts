// A valid, complete return for the current dataset definition, built from the definition so that
// every breakdown adds up to its item. Shared by the dataset-* tests.
import type { DatasetDefinition } from '../../content/schema.ts';

/** Totals for every item of v1.0; every rule of the definition holds for these. */
export const itemTotals: Record<string, number> = {
  'referrals-received': 1234,
  'what-matters-conversations': 90,
  'what-matters-conversations-welsh': 12,
  'action-plans-agreed': 80,
  'people-supported': 150,
  'onward-referrals': 110,
  'people-declined': 10,
  'people-not-engaged': 8,
  'people-completed-support': 60,
  'people-with-outcome-measure': 45,
  'outcome-improved': 30,
  'outcome-no-change': 10,
  'outcome-worse': 5,
  'swemwbs-people': 40,
  'swemwbs-mean-start': 19.4,
  'swemwbs-mean-end': 23.15,
  'ons4-people': 20,
  'ons4-life-satisfaction-mean-start': 4.5,
  'ons4-life-satisfaction-mean-end': 6.25,
  'practitioner-fte': 4.5,
  'practitioners-headcount': 6,
  'practitioners-welsh-speaking': 2,
};

/** Every field filled: items from itemTotals, breakdown cells sharing the total out evenly. */
export function validReturn(def: DatasetDefinition): Record<string, number> {
  const out: Record<string, number> = {};
  const breakdowns = new Map(def.breakdowns.map((b) => [b.id, b]));
  for (const item of def.items) {
    const total = itemTotals[item.id];
    if (total === undefined) throw new Error(`fixture has no total for ${item.id}: add one`);
    out[item.id] = total;
    for (const bId of item.breakdowns) {
      const cats = breakdowns.get(bId)!.categories;
      const each = Math.floor(total / cats.length);
      cats.forEach((c, i) => {
        out[`${item.id}.${bId}.${c.id}`] = each + (i === 0 ? total - each * cats.length : 0);
      });
    }
  }
  return out;
}
