// A step of the assessment (one domain): fills the form from the draft, saves every change,
// and after "Save and continue" goes to the next step (or back to the check page).
import type { Answer } from '../../../../content/assessment/model.ts';
import { find, findAll, focusHeading, must } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import type { Draft } from './draft.ts';
import { openDraft } from './framework-draft.ts';
import { stepKeys } from './keys/step.ts';
import { wizardData } from './page-data.ts';
import { showProgress } from './progress.ts';
import { createSync } from './sync.ts';

const { t } = pageStrings(stepKeys);
const { f, paths } = wizardData();
const draft = openDraft(f);
createSync(f, draft, t);
const form = must<HTMLFormElement>('#step-form');

function fill(): void {
  for (const fs of findAll<HTMLFieldSetElement>('fieldset[data-competency-answers]', form)) {
    const ans = draft.get()?.answers[fs.id.slice(2)];
    if (!ans) continue;
    const radio = ans.held === undefined ? null : find<HTMLInputElement>(`input[type=radio][value="${ans.held}"]`, fs);
    if (radio) radio.checked = true;
    const select = find<HTMLSelectElement>('select', fs);
    if (select) select.value = ans.needed === undefined ? '' : String(ans.needed);
    const notes = find<HTMLTextAreaElement>('textarea', fs);
    if (notes) notes.value = ans.notes ?? '';
  }
}

/** The answer after one control changed: an empty control removes its part. */
function changed(ans: Answer, field: 'held' | 'needed' | 'notes', value: string): Answer {
  const next = { ...ans };
  if (field === 'notes') {
    if (value) next.notes = value.slice(0, 2000);
    else delete next.notes;
  } else if (value === '') delete next[field];
  else next[field] = Number(value);
  return next;
}

function record(d: Draft, event: Event): void {
  const control = event.target;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement)) return;
  const m = /^(held|needed|notes)-(.+)$/.exec(control.name);
  const field = m?.[1];
  const id = m?.[2];
  if (!id || (field !== 'held' && field !== 'needed' && field !== 'notes')) return;
  const a = d.ensure();
  const ans = changed(a.answers[id] ?? {}, field, control.value);
  if (ans.held === undefined && ans.needed === undefined && ans.notes === undefined) delete a.answers[id];
  else a.answers[id] = ans;
  d.save();
  if (field !== 'notes') showProgress(f, d.current(), t);
}

/** From the check page's "Change" link: focus the answer itself once the browser's own scroll to the fragment is over. */
function focusTarget(): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!(target instanceof HTMLFieldSetElement)) {
    focusHeading();
    return;
  }
  const radio = find<HTMLInputElement>('input[type=radio]:checked', target) ?? find<HTMLInputElement>('input[type=radio]', target);
  const focusAnswer = () =>
    setTimeout(() => {
      radio?.focus();
      target.scrollIntoView();
    }, 0);
  if (document.readyState === 'complete') focusAnswer();
  else window.addEventListener('load', focusAnswer, { once: true });
}

fill();
form.addEventListener('change', (e) => record(draft, e));
form.addEventListener('input', (e) => record(draft, e));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  draft.save();
  const fromCheck = new URLSearchParams(location.search).get('from') === 'check';
  location.assign(fromCheck ? paths.check : (form.getAttribute('action') ?? paths.check));
});
showProgress(f, draft.current(), t);
focusTarget();
