// Autosave of the draft: a save 0.8 s after the last keystroke (at once when the tab is
// hidden), one at a time, each with the revision it started from. A 409 shows both versions
// (conflict.ts); figures that are not numbers are kept on this device (kept.ts) and the
// rest is saved.
import { send } from '../../lib/api.ts';
import { formatTime } from '../../lib/dates.ts';
import { must } from '../../lib/dom.ts';
import { oneReturn } from '../common.ts';
import { showConflict } from './conflict.ts';
import { keep, split } from './kept.ts';
import { collect, fields, fill, form, input, lang, t } from './page.ts';

export interface Draft {
  orgId: string;
  periodId: string;
  rev: number;
  locked: boolean;
  /** A conflict is waiting for the person's choice: nothing is saved until then. */
  conflict: boolean;
  dirty: boolean;
}

const status = () => must('[data-save-status]');
let chain: Promise<boolean> = Promise.resolve(true);
let timer: number | undefined;

function savedText(notNumbers: number): string {
  const time = formatTime(new Date(), lang);
  return notNumbers ? t('rui.form.keptHere', { count: notNumbers, time }) : t('rui.form.saved', { time });
}

async function saveNow(d: Draft): Promise<boolean> {
  if (d.locked || d.conflict) return false;
  if (!d.dirty) return true;
  d.dirty = false;
  const { values, explanations } = collect();
  const { numbers, notNumbers } = split(values);
  keep(d.orgId, d.periodId, notNumbers);
  status().textContent = t('rui.form.saving');
  const res = await send(
    oneReturn.draft.$put({ param: { orgId: d.orgId, periodId: d.periodId }, json: { rev: d.rev, values: numbers, explanations } }),
  );
  if (res.ok) {
    d.rev = res.body.rev;
    status().textContent = savedText(Object.keys(notNumbers).length);
    return true;
  }
  if (res.status === 409 && res.error.draft) {
    conflict(d, res.error.draft, { values, explanations });
    return false;
  }
  status().textContent = res.status === 423 ? t('rui.form.locked') : t('rui.form.saveFailed');
  d.dirty = true;
  return false;
}

/** Saves now (after any save under way); false when it could not be saved. */
export const save = (d: Draft): Promise<boolean> => {
  window.clearTimeout(timer);
  chain = chain.then(
    () => saveNow(d),
    () => saveNow(d),
  );
  return chain;
};

/** Shows a conflict and resolves it as the person chooses. */
export function conflict(
  d: Draft,
  theirs: { values: Record<string, number | null>; explanations: Record<string, string>; rev: number },
  yours: ReturnType<typeof collect>,
): void {
  d.conflict = true;
  status().textContent = '';
  showConflict(theirs, yours, (choice) => {
    d.rev = theirs.rev;
    d.conflict = false;
    if (choice === 'theirs') fill(theirs.values, theirs.explanations);
    else {
      fill(yours.values, yours.explanations);
      d.dirty = true;
      void save(d);
    }
    input(fields[0]?.key ?? '')?.focus();
  });
}

/** Starts saving as people type; `changed` runs on every change (a new submission attempt). */
export function autosave(d: Draft, changed: () => void): void {
  form.addEventListener('input', () => {
    d.dirty = true;
    changed();
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void save(d), 800);
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && d.dirty) void save(d);
  });
}
