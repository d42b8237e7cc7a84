// What every "my community assets" page shares: the shell's data (names and paths), the
// sign-in check that comes back to this page, the ids in the query, the asset form's values.
import type { StandardsCore } from '../../../../../content/assets/maturity.ts';
import type { MyAssetPaths } from '../../../../../content/assets/paths.ts';
import type { Lang } from '../../../../../content/schema.ts';
import { requireSession, type SignedIn } from '../../lib/api.ts';
import { findAll, must } from '../../lib/dom.ts';
import { forgetReturn, rememberReturn } from '../../lib/return-to.ts';

export interface Names {
  types: Record<string, string>;
  activities: Record<string, string>;
  localAuthorities: Record<string, string>;
  healthBoards: Record<string, string>;
}
export interface MineData {
  names: Names;
  paths: MyAssetPaths & { tool: string };
  standards: StandardsCore | null;
}
export function mineData(): MineData {
  const root = must('#my-assets');
  return {
    names: JSON.parse(root.dataset.names ?? '{}') as Names,
    paths: JSON.parse(root.dataset.paths ?? '{}') as MineData['paths'],
    standards: root.dataset.standards ? (JSON.parse(root.dataset.standards) as StandardsCore) : null,
  };
}

/** The signed-in person; otherwise remembers this page and goes to sign-in (which comes back). */
export async function signedIn(lang: Lang): Promise<SignedIn> {
  rememberReturn();
  const who = await requireSession(lang);
  forgetReturn();
  return who;
}

export const query = (name: string): string => new URLSearchParams(location.search).get(name) ?? '';
export const pageHref = (page: string, params: Record<string, string>) => `${page}?${new URLSearchParams(params).toString()}`;

/** The asset form's answers, as the API's NewAssetBody. */
export function assetFormValues(form: HTMLFormElement) {
  const ticked = (name: string) => findAll<HTMLInputElement>(`input[name="${name}"]:checked`, form).map((x) => x.value);
  const text = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';
  return {
    nameCy: text('nameCy'),
    nameEn: text('nameEn'),
    type: text('type'),
    localAuthority: text('localAuthority'),
    areaServed: { localAuthorities: ticked('localAuthorities'), healthBoards: ticked('healthBoards') },
    activityTypes: ticked('activityTypes'),
  };
}
export type AssetFormValues = ReturnType<typeof assetFormValues>;

/** Puts an asset's details into the form. */
export function fillAssetForm(
  form: HTMLFormElement,
  a: {
    name: { cy: string; en: string };
    type: string;
    localAuthority: string;
    areaServed: { localAuthorities: string[]; healthBoards: string[] };
    activityTypes: string[];
  },
): void {
  const set = (name: string, value: string) => {
    const c = form.elements.namedItem(name);
    if (c instanceof HTMLInputElement || c instanceof HTMLSelectElement) c.value = value;
  };
  set('nameCy', a.name.cy);
  set('nameEn', a.name.en);
  set('type', a.type);
  set('localAuthority', a.localAuthority);
  const tick = (name: string, ids: string[]) => {
    for (const box of findAll<HTMLInputElement>(`input[name="${name}"]`, form)) box.checked = ids.includes(box.value);
  };
  tick('localAuthorities', a.areaServed.localAuthorities);
  tick('healthBoards', a.areaServed.healthBoards);
  tick('activityTypes', a.activityTypes);
}
