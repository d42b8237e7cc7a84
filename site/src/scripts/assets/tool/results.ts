// The results page: where the asset stands (results-view.ts), the improvement plan (plan.ts),
// saving to an asset and submitting (save.ts), and the downloads, all from the browser draft.
import { assetCsv, assetJson } from '../../../../../content/assets/assessment.ts';
import { myAssetPaths } from '../../../../../content/assets/paths.ts';
import { localToday } from '../../assessment/format.ts';
import { el, find, focusHeading, must, show } from '../../lib/dom.ts';
import { rememberReturn } from '../../lib/return-to.ts';
import { pageStrings } from '../../lib/strings.ts';
import { assetPlanEditor } from '../plan.ts';
import { showResults } from '../results-view.ts';
import { openAssetDraft, showAssetProgress, toolData } from './data.ts';
import type { ResultsKey } from './keys.ts';

const { t, lang } = pageStrings<ResultsKey>();
const { s } = toolData();
const draft = openAssetDraft(s, lang);
const a = draft.current();

if (Object.keys(a.answers).length === 0 && a.plan.length === 0) {
  show(must('#results-empty'));
  show(must('#results-body'), false);
}
showResults(s, a, lang, t);
showAssetProgress(s, a, t);
assetPlanEditor({ s, draft, t, lang });

function download(text: string, type: string, ext: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: `${t('assettool.download.file')}-${localToday()}.${ext}`, class: 'govuk-visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
must('#download-csv').addEventListener('click', () =>
  download(
    assetCsv(s, draft.current(), lang, (_l, key, vars) => t(key, vars)),
    'text/csv;charset=utf-8',
    'csv',
  ),
);
must('#download-json').addEventListener('click', () => download(assetJson(draft.current()), 'application/json', 'json'));
must('#print').addEventListener('click', () => window.print());
focusHeading();
// Saving to an asset needs the API client: only a signed-in visitor (the Worker's header
// then offers "Sign out") downloads it; everyone else gets the link to sign in, which comes back here.
if (find('[data-account-slot] a[href$="#sign-out"]'))
  void import('./save.ts').then((m) => m.assetSaving({ s, draft, t, lang, mine: myAssetPaths(lang) }));
else must('#save-signed-out a').addEventListener('click', rememberReturn);
