// Creating a community asset: the API checks every field (bilingual field errors in the
// GOV.UK error summary); once created, its page.
import type { z } from 'zod';
import type { NewAssetBody } from '../../../../../content/api/schemas/assets.ts';
import { api, send } from '../../lib/api.ts';
import { focus, must, onSubmit, show } from '../../lib/dom.ts';
import { clearErrors, showApiError } from '../../lib/errors.ts';
import { pageStrings } from '../../lib/strings.ts';
import { assetFormValues, mineData, pageHref, signedIn } from './common.ts';
import { newKeys } from './keys.ts';

const { lang } = pageStrings(newKeys);
const { paths } = mineData();
const form = must<HTMLFormElement>('#asset-form');

void signedIn(lang).then(() => {
  show(form);
  focus(must('main h1'));
});
onSubmit(form, async () => {
  clearErrors(form);
  // The form's values go as they are: the API's checks are the one home of the rules.
  const json = assetFormValues(form) as z.input<typeof NewAssetBody>;
  const r = await send(api.assets.$post({ json }));
  if (!r.ok) return showApiError(r.error, form);
  location.assign(pageHref(paths.asset, { asset: r.body.id }));
});
