// Names of ids in the page's language, from the shell's <template id="asset-labels">
// (components/register/Labels.astro), so a page never bundles the content tables.
import { must } from '../lib/dom.ts';

export type LabelKind = 'la' | 'hb' | 'region' | 'activity' | 'type' | 'standard' | 'level';

let names: Map<string, string> | null = null;
function table(): Map<string, string> {
  if (names) return names;
  const tpl = must<HTMLTemplateElement>('#asset-labels');
  names = new Map([...tpl.content.querySelectorAll<HTMLElement>('[data-k]')].map((n) => [n.dataset.k ?? '', n.textContent ?? '']));
  return names;
}

/** The name of an id ("cardiff" → "Caerdydd"); the id itself when the shell has no name for it. */
export const label = (kind: LabelKind, id: string | number): string => table().get(`${kind}:${id}`) ?? String(id);

/** Names of several ids, in the order given. */
export const labels = (kind: LabelKind, ids: readonly (string | number)[]): string[] => ids.map((id) => label(kind, id));

/** The standards the shell knows (the current version), in order: [id, "S1 Title"]. */
export function standardsList(): [string, string][] {
  return [...table().entries()].filter(([k]) => k.startsWith('standard:')).map(([k, v]) => [k.slice('standard:'.length), v]);
}

/** The standards version the shell's names belong to. */
export const labelsVersion = (): string => must<HTMLTemplateElement>('#asset-labels').dataset.version ?? '';
