// The check page: each standard's level and evidence from the draft, with its "Change" link.
import { maturityKey } from '../../../../../content/assets/maturity.ts';
import { findAll, focusHeading } from '../../lib/dom.ts';
import { pageStrings } from '../../lib/strings.ts';
import { openAssetDraft, showAssetProgress, toolData } from './data.ts';
import { checkKeys } from './keys.ts';

const { t, lang } = pageStrings(checkKeys);
const { s } = toolData();
const a = openAssetDraft(s, lang).current();
for (const row of findAll('[data-standard]')) {
  const ans = a.answers[row.dataset.standard ?? ''];
  const line = (part: string, text: string) => {
    const node = row.querySelector(`[data-summary="${part}"]`);
    if (node) node.textContent = text;
  };
  line('level', ans?.level === undefined ? t('assess.check.notAnswered') : `${t('assets.csv.level')}: ${t(maturityKey(ans.level))}`);
  line('evidence', ans?.evidence ? `${t('assets.csv.evidence')}: ${ans.evidence}` : '');
}
showAssetProgress(s, a, t);
focusHeading();
