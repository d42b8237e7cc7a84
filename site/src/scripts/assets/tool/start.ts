// The start page: offers to continue a draft found in this browser, or to start again.
import { forgetDraft } from '../../assessment/draft.ts';
import { must, show } from '../../lib/dom.ts';
import { pageStrings } from '../../lib/strings.ts';
import { openAssetDraft, showAssetProgress, toolData } from './data.ts';
import { startKeys } from './keys.ts';

const { t, lang } = pageStrings(startKeys);
const { s, paths } = toolData();
const draft = openAssetDraft(s, lang);
const a = draft.get();

if (a && (Object.keys(a.answers).length > 0 || a.plan.length > 0)) {
  const firstOpen = s.standards.findIndex((st) => a.answers[st.id]?.level === undefined);
  const cont = must<HTMLAnchorElement>('#continue-link');
  cont.href = (firstOpen === -1 ? paths.check : paths.steps[firstOpen]) ?? paths.check;
  show(cont);
  show(must('#start-link'), false);
  show(must('#draft-found'));
  must('#draft-progress').textContent = showAssetProgress(s, a, t);
  show(must('#restart'));
  must('#restart-button').addEventListener('click', () => {
    forgetDraft(draft.key);
    location.assign(paths.steps[0] ?? paths.start);
  });
}

// "Continue the draft" from an asset's page: the API client loads only then.
const params = new URLSearchParams(location.search);
const fromAsset = { assetId: params.get('asset'), id: params.get('assessment') };
if (fromAsset.assetId && fromAsset.id)
  void import('./save.ts').then((m) =>
    m.resumeFromAsset(s, draft, fromAsset.assetId ?? '', fromAsset.id ?? '', (x) => {
      const open = s.standards.findIndex((st) => x.answers[st.id]?.level === undefined);
      return (open === -1 ? paths.check : paths.steps[open]) ?? paths.check;
    }),
  );
