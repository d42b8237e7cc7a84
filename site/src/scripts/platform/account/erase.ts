// Erasing the account: a warning, an explicit confirmation (the box must be ticked), then
// DELETE /api/account, which signs out everywhere; the confirmation page says what is gone.
import { path } from '../../../../../content/routes.ts';
import type { Lang } from '../../../../../content/schema.ts';
import { api, forgetSession, send } from '../../lib/api.ts';
import { must, onSubmit } from '../../lib/dom.ts';
import { clearErrors, showApiError, showErrors } from '../../lib/errors.ts';
import type { PageT } from '../../lib/strings.ts';

/** Where erasing the account ends: a static page saying everything is gone (no session any more). */
export const deletedPath = (lang: Lang): string => path(lang, 'account', lang === 'cy' ? 'wedi-dileu' : 'deleted');

export function wireErase(t: PageT<'account.eraseConfirmRequired'>, lang: Lang): void {
  const form = must<HTMLFormElement>('form[data-form="erase"]');
  onSubmit(form, async () => {
    clearErrors(form);
    if (!must<HTMLInputElement>('#erase-confirm', form).checked) {
      return showErrors([{ field: 'confirm', message: t('account.eraseConfirmRequired') }], form);
    }
    const r = await send(api.account.$delete());
    if (!r.ok) return showApiError(r.error, form);
    forgetSession();
    location.assign(deletedPath(lang));
  });
}
