// The confirmation after a submission: the reference from the link, and the way to this
// return's history. No API call: the submission already answered.
import { requireSession } from '../../lib/api.ts';
import { find, must, show } from '../../lib/dom.ts';
import { pageStrings } from '../../lib/strings.ts';
import { orgPeriodQuery, ready, returnOfPage } from '../common.ts';
import { returnsPaths } from '../paths.ts';
import { keys } from './keys.ts';

const { lang } = pageStrings(keys);

async function start(): Promise<void> {
  await requireSession(lang);
  const ref = new URLSearchParams(location.search).get('ref');
  if (ref) must('[data-reference]').textContent = ref;
  show(must('[data-panel]'), Boolean(ref));
  show(must('[data-missing]'), !ref);
  const which = returnOfPage();
  const history = find<HTMLAnchorElement>('[data-history]');
  if (which && history) history.href = returnsPaths(lang).history + orgPeriodQuery(which.orgId, which.periodId);
  ready();
}

void start();
