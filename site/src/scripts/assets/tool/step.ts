// One standard of the asset self-assessment: fills the form from the draft, keeps every
// change, and after "Save and continue" goes to the next standard (or back to the check page).
import { EVIDENCE_MAX } from '../../../../../content/assets/assessment.ts';
import { characterCount } from '../../lib/character-count.ts';
import { find, focusHeading, must } from '../../lib/dom.ts';
import { pageStrings } from '../../lib/strings.ts';
import { openAssetDraft, showAssetProgress, toolData } from './data.ts';
import { stepKeys } from './keys.ts';

const { t, lang } = pageStrings(stepKeys);
const { s, paths } = toolData();
const draft = openAssetDraft(s, lang);
const form = must<HTMLFormElement>('#step-form');
const id = form.dataset.standard ?? '';
const evidence = must<HTMLTextAreaElement>('#evidence');

const saved = draft.get()?.answers[id];
if (saved?.level !== undefined) {
  const radio = find<HTMLInputElement>(`input[name="level"][value="${saved.level}"]`, form);
  if (radio) radio.checked = true;
}
evidence.value = saved?.evidence ?? '';
characterCount(evidence, t);

function record(): void {
  const checked = find<HTMLInputElement>('input[name="level"]:checked', form);
  const text = evidence.value.slice(0, EVIDENCE_MAX);
  const a = draft.ensure();
  const answer = { ...(checked ? { level: Number(checked.value) } : {}), ...(text ? { evidence: text } : {}) };
  if (Object.keys(answer).length) a.answers[id] = answer;
  else delete a.answers[id];
  draft.save();
  showAssetProgress(s, draft.current(), t);
}

form.addEventListener('change', record);
form.addEventListener('input', record);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  record();
  const fromCheck = new URLSearchParams(location.search).get('from') === 'check';
  location.assign(fromCheck ? paths.check : (form.getAttribute('action') ?? paths.check));
});
showAssetProgress(s, draft.current(), t);
if (location.hash === '#level')
  (find<HTMLInputElement>('input[name="level"]:checked', form) ?? find<HTMLInputElement>('input[name="level"]', form))?.focus();
else focusHeading();
