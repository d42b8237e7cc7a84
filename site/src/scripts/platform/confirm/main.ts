// Confirming sign-in: the token is in the fragment (never sent to the server in a URL) and
// is only used on a deliberate POST, so a mail scanner following the link signs nobody in.
import { path } from '../../../../../content/routes.ts';
import { api, send } from '../../lib/api.ts';
import { must, onSubmit } from '../../lib/dom.ts';
import { clearErrors, showApiError, showErrors } from '../../lib/errors.ts';
import { takeReturn } from '../../lib/return-to.ts';
import { pageStrings } from '../../lib/strings.ts';
import { keys } from './keys.ts';

const { t, lang } = pageStrings(keys);
const form = must<HTMLFormElement>('form[data-form="confirm"]');
const token = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash)?.[1] ?? null;
const missing = () => showErrors([{ message: t('auth.confirm.missing') }], form);

if (!token) missing();
onSubmit(form, async () => {
  clearErrors(form);
  if (!token) return missing();
  const r = await send(api.auth.verify.$post({ json: { token } }));
  if (!r.ok) return showApiError(r.error, form);
  history.replaceState(null, '', location.pathname); // forget the token
  location.assign(takeReturn() ?? path(lang, 'account'));
});
