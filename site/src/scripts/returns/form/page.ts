// What every part of the return form shares: the page's strings, the dataset definition the
// shell was built from, its fields, and the inputs that hold them.
import { type Field, fieldsOf } from '../../../../../content/dataset/fields.ts';
import type { DatasetDefinition } from '../../../../../content/schema.ts';
import { findAll, must } from '../../lib/dom.ts';
import { pageStrings } from '../../lib/strings.ts';
import { explainId, inputId } from '../paths.ts';
import { keys } from './keys.ts';

export const { t, lang } = pageStrings(keys);

/** The form of figures, with the definition it was built from (data-dataset, set at build time). */
export const form = must<HTMLFormElement>('form[data-return]');
export const def = JSON.parse(form.dataset.dataset ?? '{}') as DatasetDefinition;
export const fields: readonly Field[] = fieldsOf(def);
export const fieldByKey = new Map(fields.map((f) => [f.key, f]));
export const label = (key: string): string => fieldByKey.get(key)?.label[lang] ?? key;

export const input = (key: string): HTMLInputElement | null => {
  const node = document.getElementById(inputId(key));
  return node instanceof HTMLInputElement ? node : null;
};
export const explainBox = (key: string): HTMLTextAreaElement | null => {
  const node = document.getElementById(explainId(key));
  return node instanceof HTMLTextAreaElement ? node : null;
};
/** Fields that have an explanation box (the ones a warning can ask about). */
export const explainable: readonly string[] = findAll('[data-explain-for]').map((d) => d.dataset.explainFor ?? '');
export const explainGroup = (key: string): HTMLElement | null => form.querySelector(`[data-explain-for="${CSS.escape(key)}"]`);

export type Raw = Record<string, string>;

/** What the form holds: each figure as typed (trimmed, blanks left out) and each explanation. */
export function collect(): { values: Raw; explanations: Raw } {
  const values: Raw = {};
  for (const f of fields) {
    const s = input(f.key)?.value.trim() ?? '';
    if (s !== '') values[f.key] = s;
  }
  const explanations: Raw = {};
  for (const k of explainable) {
    const s = explainBox(k)?.value.trim() ?? '';
    if (s) explanations[k] = s;
  }
  return { values, explanations };
}

/** Puts figures and explanations into the form (numbers as they are stored, text as typed). */
export function fill(values: Readonly<Record<string, number | string | null>>, explanations: Readonly<Record<string, string>>): void {
  for (const f of fields) {
    const box = input(f.key);
    const v = values[f.key];
    if (box) box.value = v === null || v === undefined ? '' : String(v);
  }
  for (const k of explainable) {
    const box = explainBox(k);
    if (box) box.value = explanations[k] ?? '';
    // An explanation already given stays in view.
    const group = explainGroup(k);
    if (group && box?.value) group.hidden = false;
  }
}
