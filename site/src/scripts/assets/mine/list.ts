// My community assets: the assets the signed-in person acts for (every asset for national
// analysts and admins), each linked to its page.

import { byOwnName } from '../../../../../content/collation.ts';
import { api, send } from '../../lib/api.ts';
import { el, focus, must, replace, show } from '../../lib/dom.ts';
import { showApiError } from '../../lib/errors.ts';
import { link, table, tag } from '../../lib/govuk.ts';
import { pageStrings } from '../../lib/strings.ts';
import { mineData, pageHref, signedIn } from './common.ts';
import { listKeys } from './keys.ts';

const { t, lang } = pageStrings(listKeys);
const { names, paths } = mineData();
async function main(): Promise<void> {
  await signedIn(lang);
  const r = await send(api.assets.$get());
  if (!r.ok) return showApiError(r.error);
  if (r.body.assets.length === 0) return show(must('#asset-none'));
  const rows = byOwnName(r.body.assets, lang).map((a) => [
    el(
      'span',
      {},
      link(a.name[lang], pageHref(paths.asset, { asset: a.id })),
      a.archivedAt ? ' ' : null,
      a.archivedAt ? tag(t('assets.mine.archived'), 'grey') : null,
      a.published ? ' ' : null,
      a.published ? tag(t('assets.mine.published'), 'green') : null,
    ),
    names.types[a.type] ?? a.type,
    names.localAuthorities[a.localAuthority] ?? a.localAuthority,
  ]);
  replace(
    must('#asset-list'),
    el(
      'div',
      { class: 'app-table-region', role: 'region', tabindex: 0, 'aria-label': t('table.scroll', { name: t('assets.mine.caption') }) },
      table({
        caption: t('assets.mine.caption'),
        head: [t('assets.field.name'), t('assets.field.type'), t('assets.field.localAuthority')],
        rows,
      }),
    ),
  );
}
void main().then(() => focus(must('main h1')));
