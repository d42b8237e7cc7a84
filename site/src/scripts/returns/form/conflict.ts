// Someone else saved the draft first (HTTP 409): both versions side by side, field by field,
// and a choice of which to keep. Nothing is overwritten until the person chooses.
import { el, focus, hide, must, replace, show } from '../../lib/dom.ts';
import { explainable, fields, label, type Raw, t } from './page.ts';

export interface TheirDraft {
  values: Record<string, number | null>;
  explanations: Record<string, string>;
  rev: number;
}

const cell = (v: unknown): string => (v === null || v === undefined || v === '' ? t('rui.conflict.blank') : String(v));

function differences(theirs: TheirDraft, yours: { values: Raw; explanations: Raw }): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const row = (name: string, a: string, b: string) =>
    el(
      'tr',
      { class: 'govuk-table__row' },
      el('th', { scope: 'row', class: 'govuk-table__header' }, name),
      el('td', { class: 'govuk-table__cell' }, a),
      el('td', { class: 'govuk-table__cell' }, b),
    );
  for (const f of fields) {
    const [a, b] = [cell(theirs.values[f.key]), cell(yours.values[f.key])];
    if (a !== b) rows.push(row(label(f.key), a, b));
  }
  for (const k of explainable) {
    const [a, b] = [cell(theirs.explanations[k]), cell(yours.explanations[k])];
    if (a !== b) rows.push(row(t('rui.explain.label', { field: label(k) }), a, b));
  }
  return rows;
}

/** Shows the panel (focused); `choose` runs with the person's choice, after the panel is hidden. */
export function showConflict(
  theirs: TheirDraft,
  yours: { values: Raw; explanations: Raw },
  choose: (keep: 'theirs' | 'yours') => void,
): void {
  const panel = must('[data-conflict]');
  replace(must('[data-conflict-rows]'), ...differences(theirs, yours));
  show(panel);
  focus(panel);
  const done = (keep: 'theirs' | 'yours') => () => {
    hide(panel);
    choose(keep);
  };
  must<HTMLButtonElement>('[data-keep="theirs"]').onclick = done('theirs');
  must<HTMLButtonElement>('[data-keep="yours"]').onclick = done('yours');
}
