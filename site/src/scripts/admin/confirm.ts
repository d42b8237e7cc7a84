// Removing something on an admin page (a key, a member, a role, an invitation, an
// organisation): an in-page confirmation with a box to tick, a warning button and Cancel;
// not ticking the box is a GOV.UK error (summary and field message); once done, a success
// notification banner takes focus.
import type { ApiResult } from '../lib/api.ts';
import { el, find, focus } from '../lib/dom.ts';
import { clearErrors, showApiError, showErrors } from '../lib/errors.ts';
import { button, notificationBanner } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import type { CONFIRM_KEYS } from './keys.ts';

export interface ConfirmSpec {
  /** The box goes after this element (the table the row is in). */
  after: Element;
  question: string;
  /** The warning button ("Yes, revoke the key"). */
  yes: string;
  /** The error when the box is not ticked. */
  required: string;
  /** Where focus goes back on Cancel. */
  trigger: HTMLElement;
  /** Does it. */
  act: () => Promise<ApiResult<unknown>>;
  /** After it is done: reloads what changed and says what happened (the banner's heading). */
  done: () => Promise<string>;
}

type T = PageT<(typeof CONFIRM_KEYS)[number]>;

/** Opens the confirmation (closing any other), focused. */
export function confirmRemoval(t: T, spec: ConfirmSpec): void {
  find('[data-confirm]')?.remove();
  clearErrors();
  const check = el('input', { class: 'govuk-checkboxes__input', id: 'confirm-check', name: 'confirm', type: 'checkbox', value: 'yes' });
  const yes = button(spec.yes, { variant: 'warning' });
  yes.setAttribute('data-confirm-yes', '');
  const no = button(t('adminui.cancel'), { variant: 'secondary' });
  const box = el(
    'div',
    { class: 'app-confirm', 'data-confirm': true, role: 'group', 'aria-labelledby': 'confirm-question' },
    el('p', { class: 'govuk-body govuk-!-font-weight-bold', id: 'confirm-question' }, spec.question),
    el(
      'div',
      { class: 'govuk-form-group', 'data-field': 'confirm' },
      el(
        'div',
        { class: 'govuk-checkboxes govuk-checkboxes--small' },
        el(
          'div',
          { class: 'govuk-checkboxes__item' },
          check,
          el('label', { class: 'govuk-label govuk-checkboxes__label', for: 'confirm-check' }, t('adminui.confirm.check')),
        ),
      ),
    ),
    el('div', { class: 'govuk-button-group' }, yes, no),
  );
  spec.after.after(box);
  no.addEventListener('click', () => {
    clearErrors(box);
    box.remove();
    if (spec.trigger.isConnected) spec.trigger.focus();
  });
  yes.addEventListener('click', () => void confirmed(t, spec, box, check, yes));
  focus(box);
}

async function confirmed(t: T, spec: ConfirmSpec, box: HTMLElement, check: HTMLInputElement, yes: HTMLButtonElement): Promise<void> {
  if (!check.checked) return showErrors([{ field: 'confirm', message: spec.required }], box);
  clearErrors(box);
  yes.disabled = true;
  const result = await spec.act();
  yes.disabled = false;
  if (!result.ok) return showApiError(result.error, box);
  box.remove();
  showDone(t, await spec.done());
}

/** The success banner at the top of the page's content, focused so its news is read first. */
export function showDone(t: PageT<'adminui.confirm.done'>, heading: string): void {
  find('[data-done-banner]')?.remove();
  const banner = notificationBanner({ title: t('adminui.confirm.done'), heading, success: true });
  banner.setAttribute('data-done-banner', '');
  const anchor = find('[data-admin-ui]');
  anchor?.before(banner);
  focus(banner);
}
