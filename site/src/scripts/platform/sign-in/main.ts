// Sign-in: ask for a one-time link by email. In local development the link is in the
// outbox page, offered once the request is accepted.
import { api, send } from '../../lib/api.ts';
import { fieldValue, focus, must, onSubmit, show } from '../../lib/dom.ts';
import { clearErrors, showApiError } from '../../lib/errors.ts';
import { pageStrings } from '../../lib/strings.ts';
import { keys } from './keys.ts';

const { t, lang } = pageStrings(keys);
const form = must<HTMLFormElement>('form[data-form="sign-in"]');
const done = must('[data-done]');

onSubmit(form, async () => {
  clearErrors(form);
  const email = fieldValue(form, 'email');
  const r = await send(api.auth.request.$post({ json: { email, lang } }));
  if (!r.ok) return showApiError(r.error, form);
  must('[data-done-message]', done).textContent = r.body.message || t('auth.requestAccepted');
  show(form, false);
  show(done);
  focus(done);
  const outbox = await send(api.dev.outbox.$get({ query: { to: email.trim().toLowerCase() } }));
  if (outbox.ok) show(must('[data-dev-outbox]', done));
});
