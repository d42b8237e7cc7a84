// Completing a saved assessment (with an optional, anonymised contribution to the national
// skills picture) and deleting it (after ticking to confirm; the history then says so).
import { SKILLS_SETTINGS } from '../../../../content/platform.ts';
import type { Lang } from '../../../../content/schema.ts';
import { api, send } from '../lib/api.ts';
import { el, find, replace, show } from '../lib/dom.ts';
import { showErrors } from '../lib/errors.ts';
import { button, warningText } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import type { AccountPage } from './account-page.ts';
import type { SavedKey } from './keys/saved.ts';
import type { Detail } from './share.ts';

export type SavedT = PageT<SavedKey>;
export const STATUS = { draft: 'assess.status.draft', complete: 'assess.status.complete' } as const;
export const SETTING = {
  'primary-care': 'skills.setting.primary-care',
  'third-sector': 'skills.setting.third-sector',
  'local-authority': 'skills.setting.local-authority',
  housing: 'skills.setting.housing',
  other: 'skills.setting.other',
} as const satisfies Record<(typeof SKILLS_SETTINGS)[number], string>;

const selectGroup = (id: string, label: string, first: string, options: [string, string][]) =>
  el(
    'div',
    { class: 'govuk-form-group' },
    el('label', { class: 'govuk-label', for: id }, label),
    el(
      'select',
      { class: 'govuk-select', id, name: id },
      el('option', { value: '' }, first),
      ...options.map(([v, text]) => el('option', { value: v }, text)),
    ),
  );

function consentFields(p: AccountPage, t: SavedT, lang: Lang): { consent: HTMLInputElement; extra: HTMLElement } {
  const consent = el('input', {
    class: 'govuk-checkboxes__input',
    type: 'checkbox',
    id: 'consent',
    name: 'contribute',
    'aria-controls': 'consent-extra',
  });
  const extra = el(
    'div',
    { class: 'govuk-checkboxes__conditional', id: 'consent-extra', hidden: true },
    selectGroup(
      'complete-hb',
      t('assess.complete.healthBoard'),
      t('assess.complete.notSay'),
      p.healthBoards.map((b) => [b.id, b.name[lang]]),
    ),
    selectGroup(
      'complete-setting',
      t('assess.complete.setting'),
      t('assess.complete.notSay'),
      SKILLS_SETTINGS.map((s) => [s, t(SETTING[s])]),
    ),
  );
  consent.addEventListener('change', () => show(extra, consent.checked));
  return { consent, extra };
}

export function completeSection(p: AccountPage, rec: Detail, t: SavedT, lang: Lang): HTMLElement {
  const { consent, extra } = consentFields(p, t, lang);
  const form = el(
    'form',
    { id: 'complete-form', novalidate: true },
    el(
      'div',
      { class: 'govuk-form-group' },
      el(
        'fieldset',
        { class: 'govuk-fieldset', 'aria-describedby': 'consent-hint' },
        el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, t('assess.complete.consentLegend')),
        el('div', { class: 'govuk-hint', id: 'consent-hint' }, t('assess.complete.consentHint')),
        el(
          'div',
          { class: 'govuk-checkboxes', 'data-module': 'govuk-checkboxes' },
          el(
            'div',
            { class: 'govuk-checkboxes__item' },
            consent,
            el('label', { class: 'govuk-label govuk-checkboxes__label', for: 'consent' }, t('assess.complete.consent')),
          ),
          extra,
        ),
      ),
    ),
    button(t('assess.complete.submit'), { type: 'submit' }),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const value = (id: string) => find<HTMLSelectElement>(`#${id}`, form)?.value ?? '';
    const [healthBoard, setting] = [value('complete-hb'), value('complete-setting')];
    const settingOk = SKILLS_SETTINGS.find((s) => s === setting);
    const json = consent.checked
      ? { contribute: true, ...(healthBoard ? { healthBoard } : {}), ...(settingOk ? { setting: settingOk } : {}) }
      : { contribute: false };
    const r = await send(api.assessments[':id'].complete.$post({ param: { id: rec.id }, json }));
    if (!r.ok) return p.fail(r.error);
    const status = find('#saved-status');
    if (status) status.textContent = t(STATUS.complete);
    replace(
      form,
      el(
        'p',
        { class: 'govuk-body', role: 'status' },
        t('assess.complete.done'),
        r.body.contributed ? ` ${t('assess.complete.contributed')}` : null,
      ),
    );
  });
  return el(
    'section',
    { 'aria-labelledby': 'h-complete' },
    el('h2', { class: 'govuk-heading-l', id: 'h-complete' }, t('assess.complete.heading')),
    el('p', { class: 'govuk-body' }, t('assess.complete.intro')),
    form,
  );
}

export function deleteSection(p: AccountPage, rec: Detail, t: SavedT): HTMLElement {
  const form = el(
    'form',
    { id: 'delete-form', novalidate: true },
    warningText(t('assess.delete.hint'), t('assess.delete.warning')),
    el(
      'div',
      { class: 'govuk-form-group', 'data-field': 'confirm' },
      el(
        'div',
        { class: 'govuk-checkboxes govuk-checkboxes--small' },
        el(
          'div',
          { class: 'govuk-checkboxes__item' },
          el('input', { class: 'govuk-checkboxes__input', type: 'checkbox', id: 'delete-confirm', name: 'confirm' }),
          el('label', { class: 'govuk-label govuk-checkboxes__label', for: 'delete-confirm' }, t('assess.delete.confirm')),
        ),
      ),
    ),
    button(t('assess.delete.button'), { type: 'submit', variant: 'warning' }),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!find<HTMLInputElement>('#delete-confirm', form)?.checked)
      return showErrors([{ field: 'confirm', message: t('assess.delete.confirmError') }], form);
    const r = await send(api.assessments[':id'].$delete({ param: { id: rec.id } }));
    if (!r.ok) return p.fail(r.error);
    location.assign(`${p.paths.history}?deleted=1`);
  });
  return el(
    'section',
    { 'aria-labelledby': 'h-delete' },
    el('h2', { class: 'govuk-heading-l', id: 'h-delete' }, t('assess.delete.heading')),
    form,
  );
}
