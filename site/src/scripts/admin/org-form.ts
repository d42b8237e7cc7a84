// The organisation form (components/platform/OrgFields.astro), shared by the add and change
// forms: local authorities and clusters follow the health board, and the names of types,
// health boards, areas and clusters are read from its options (rendered in the page's language).

import type { z } from 'zod';
import type { Organisation } from '../../../../content/api/schemas/platform.ts';
import type { OrgType } from '../../../../content/platform.ts';
import { fieldValue, find, findAll, must, show } from '../lib/dom.ts';
import type { PageT } from '../lib/strings.ts';

export type Org = z.infer<typeof Organisation>;
type T = PageT<'adminui.orgs.regionHint' | 'adminui.orgs.regionNone'>;

const select = (form: ParentNode, name: string) => must<HTMLSelectElement>(`select[name="${name}"]`, form);
const option = (form: ParentNode, name: string, value: string) =>
  find<HTMLOptionElement>(`select[name="${name}"] option[value="${CSS.escape(value)}"]`, form);

/** Names of the things an organisation refers to, as the form's options label them. */
export function namesFrom(form: ParentNode) {
  const label = (name: string) => (value: string) => option(form, name, value)?.textContent ?? value;
  return {
    type: label('type'),
    healthBoard: label('healthBoard'),
    localAuthority: label('localAuthority'),
    region: (healthBoard: string) => option(form, 'healthBoard', healthBoard)?.dataset.regionName ?? '',
    cluster: (id: string) => find(`input[name="clusters"][value="${CSS.escape(id)}"] + label`, form)?.textContent ?? id,
  };
}

/** Makes local authorities and clusters follow the health board; returns the function that re-applies it. */
export function wireGeography(form: HTMLFormElement, t: T): () => void {
  const hb = select(form, 'healthBoard');
  const la = select(form, 'localAuthority');
  const apply = () => {
    const board = hb.value;
    for (const o of findAll<HTMLOptionElement>('option[data-hb]', la)) {
      const off = !!board && o.dataset.hb !== board;
      o.hidden = off;
      o.disabled = off;
    }
    if (la.selectedOptions[0]?.disabled) la.value = '';
    for (const item of findAll('.govuk-checkboxes__item[data-hb]', form)) {
      const on = !!board && item.dataset.hb === board;
      show(item, on);
      const box = find<HTMLInputElement>('input', item);
      if (box && !on) box.checked = false;
    }
    show(find('[data-clusters-empty]', form), !board);
    const region = namesFrom(form).region(board);
    must('[data-region-hint]', form).textContent = board ? t('adminui.orgs.regionHint', { region }) : t('adminui.orgs.regionNone');
  };
  hb.addEventListener('change', apply);
  // Choosing a local authority first fills in its health board.
  la.addEventListener('change', () => {
    const board = la.selectedOptions[0]?.dataset.hb;
    if (board && !hb.value) {
      hb.value = board;
      apply();
    }
  });
  apply();
  return apply;
}

/** The form's answers as the API's body (the Worker checks them and answers with field messages). */
export function orgBody(form: HTMLFormElement) {
  return {
    nameCy: fieldValue(form, 'nameCy'),
    nameEn: fieldValue(form, 'nameEn'),
    type: fieldValue(form, 'type') as OrgType,
    healthBoard: fieldValue(form, 'healthBoard'),
    localAuthority: fieldValue(form, 'localAuthority') || null,
    clusters: findAll<HTMLInputElement>('input[name="clusters"]:checked', form).map((c) => c.value),
  };
}

/** Fills the change form with an organisation. */
export function fillOrgForm(form: HTMLFormElement, o: Org, apply: () => void): void {
  must<HTMLInputElement>('[name="nameCy"]', form).value = o.nameCy;
  must<HTMLInputElement>('[name="nameEn"]', form).value = o.nameEn;
  select(form, 'type').value = o.type;
  select(form, 'healthBoard').value = o.healthBoard;
  apply();
  select(form, 'localAuthority').value = o.localAuthority ?? '';
  for (const c of findAll<HTMLInputElement>('input[name="clusters"]', form)) c.checked = o.clusters.includes(c.value);
}
