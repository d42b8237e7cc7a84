// The fields of a dataset definition, flattened in form order: each item, then its breakdown
// cells ("item.breakdown.category"). The web form, CSV template, API and validation all use this.
import { z } from 'zod';
import { oncePer } from '../once-per.ts';
import type { DatasetDefinition, Lang, Text } from '../schema.ts';

/** "referrals-received" or "referrals-received.age-band.age-18-24". */
export type FieldKey = string;

export interface Field {
  key: FieldKey;
  itemId: string;
  breakdownId?: string;
  categoryId?: string;
  /** Full label, e.g. "Referrals received, age band: 18–24". */
  label: Text;
  type: 'count' | 'decimal';
  min?: number;
  max?: number;
  decimals?: number;
  required: boolean;
}

export const fieldKey = (itemId: string, breakdownId?: string, categoryId?: string): FieldKey =>
  breakdownId && categoryId ? `${itemId}.${breakdownId}.${categoryId}` : itemId;

/** Lower-case the first letter so a breakdown label reads inside a sentence ("age band"). */
export const inSentence = (s: string): string => s.charAt(0).toLocaleLowerCase() + s.slice(1);

const cellLabel = (item: Text, breakdown: Text, category: Text): Text => {
  const one = (lang: Lang) => `${item[lang]}, ${inSentence(breakdown[lang])}: ${category[lang]}`;
  return { cy: one('cy'), en: one('en') };
};

const cache = new WeakMap<DatasetDefinition, Field[]>();

/** Every field of the definition in form order: each item, then its breakdown cells. */
export function fieldsOf(def: DatasetDefinition): Field[] {
  const hit = cache.get(def);
  if (hit) return hit;
  const breakdowns = new Map(def.breakdowns.map((b) => [b.id, b]));
  const out: Field[] = [];
  for (const item of def.items) {
    const base = {
      itemId: item.id,
      type: item.type,
      ...(item.min !== undefined ? { min: item.min } : {}),
      ...(item.max !== undefined ? { max: item.max } : {}),
      ...(item.decimals !== undefined ? { decimals: item.decimals } : {}),
      required: item.required,
    };
    out.push({ key: item.id, label: item.label, ...base });
    for (const bId of item.breakdowns) {
      const b = breakdowns.get(bId);
      if (!b) throw new Error(`dataset ${def.version}: item ${item.id} names unknown breakdown ${bId}`);
      for (const c of b.categories) {
        out.push({
          key: fieldKey(item.id, b.id, c.id),
          breakdownId: b.id,
          categoryId: c.id,
          label: cellLabel(item.label, b.label, c.label),
          ...base,
        });
      }
    }
  }
  cache.set(def, out);
  return out;
}

/** Map from field key to field. */
export function fieldMap(def: DatasetDefinition): Map<FieldKey, Field> {
  return new Map(fieldsOf(def).map((f) => [f.key, f]));
}

/**
 * The shape of a return's values as sent to the API: a strict object whose keys are field keys,
 * every key optional, each value a number, a string (as typed or read from a CSV) or null.
 * Unknown keys are rejected. Content checks are validateReturn's job.
 */
export const valuesSchema = oncePer((def: DatasetDefinition) => {
  const cell = z.union([z.number(), z.string().max(64), z.null()]).optional();
  return z.strictObject(Object.fromEntries(fieldsOf(def).map((f) => [f.key, cell])) as Record<FieldKey, typeof cell>);
});
