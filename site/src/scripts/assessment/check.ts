// The check page: each competency's answer from the draft, with its "Change" link.
import { findAll, focusHeading } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import { levelLabel } from './format.ts';
import { openDraft } from './framework-draft.ts';
import { checkKeys } from './keys/check.ts';
import { wizardData } from './page-data.ts';
import { showProgress } from './progress.ts';

const { t, lang } = pageStrings(checkKeys);
const { f } = wizardData();
const d = openDraft(f).current();
const line = (row: HTMLElement, part: string, text: string) => {
  const el = row.querySelector(`[data-summary="${part}"]`);
  if (el) el.textContent = text;
};
for (const row of findAll('[data-competency]')) {
  const ans = d.answers[row.dataset.competency ?? ''];
  const level = (rank: number) => levelLabel(f, rank, lang, t);
  line(row, 'held', ans?.held === undefined ? t('assess.check.notAnswered') : `${t('assess.check.held')}: ${level(ans.held)}`);
  line(row, 'needed', ans?.needed === undefined ? '' : `${t('assess.check.needed')}: ${level(ans.needed)}`);
  line(row, 'notes', ans?.notes ? `${t('assess.check.notes')}: ${ans.notes}` : '');
}
showProgress(f, d, t);
focusHeading();
