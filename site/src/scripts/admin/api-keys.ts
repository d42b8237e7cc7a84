// The API keys page: choose an organisation, then its keys (the same section as on the
// organisation's own page).
import { byName } from '../../../../content/collation.ts';
import { api, send } from '../lib/api.ts';
import { el, must, show } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import { keysSection } from './api-keys-section.ts';
import { inLang, orgName, param, startAdminPage, stateOf } from './common.ts';
import { apiKeysKeys } from './keys.ts';
import type { Org } from './org-form.ts';
import { adminHref } from './paths.ts';

const { t, lang } = pageStrings(apiKeysKeys);

void startAdminPage('admin', async () => {
  const r = await send(api.admin.organisations.$get(undefined, inLang(lang)));
  if (!r.ok) return stateOf(r);
  const orgs = byName(r.body.organisations, (o: Org) => orgName(lang, o), lang);
  const select = must<HTMLSelectElement>('#key-org');
  for (const o of orgs)
    select.append(el('option', { value: o.id }, orgName(lang, o) + (o.archivedAt ? ` (${t('admin.orgs.archived')})` : '')));
  const org = orgs.find((o) => o.id === param('org'));
  if (!org) return 'ready';
  select.value = org.id;
  const link = must<HTMLAnchorElement>('[data-key-org-link]');
  link.textContent = orgName(lang, org);
  link.href = adminHref(lang, 'org', org.id);
  show(must('[data-keys-for-org]'));
  return stateOf(await keysSection(must('[data-keys]'), org.id, t, lang));
});
