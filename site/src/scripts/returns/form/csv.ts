// Upload of the CSV template: the file replaces the draft, or (with problems) nothing is
// saved and each problem is listed by row and column.
import { send } from '../../lib/api.ts';
import { el, find, hide, must, onSubmit, replace, show } from '../../lib/dom.ts';
import { showErrors } from '../../lib/errors.ts';
import { oneReturn, readReturn } from '../common.ts';
import { conflict, type Draft, save } from './autosave.ts';
import { showIssues } from './issues.ts';
import { collect, fill, t } from './page.ts';

async function upload(d: Draft, file: File): Promise<void> {
  if (!(await save(d)) && d.conflict) return;
  const param = { orgId: d.orgId, periodId: d.periodId };
  const res = await send(
    oneReturn.csv.$post(
      { param, header: { 'X-Draft-Rev': String(d.rev) } },
      // The file goes as the body (init); headers stay the client's (CSRF token) plus its type.
      { headers: { 'Content-Type': 'text/csv' }, init: { body: await file.text() } },
    ),
  );
  if (res.ok) {
    const fresh = await readReturn(d.orgId, d.periodId);
    d.rev = fresh.ok ? fresh.body.draft.rev : res.body.rev;
    if (fresh.ok) fill(fresh.body.draft.values, fresh.body.draft.explanations);
    must('[data-csv-done]').textContent = t('rui.csv.done');
    showIssues(res.body.issues, true, false);
    return;
  }
  if (res.status === 409 && res.error.draft) return conflict(d, res.error.draft, collect());
  const problems = res.error.problems ?? [];
  const cell = (text: string | number) => el('td', { class: 'govuk-table__cell' }, String(text));
  replace(
    must('[data-csv-rows]'),
    ...problems.map((p) => el('tr', { class: 'govuk-table__row' }, cell(p.row), cell(p.column), cell(p.message))),
  );
  show(must('[data-csv-problems]'), problems.length > 0);
  showErrors([{ field: 'csv-file', message: problems.length ? t('rui.csv.problems') : res.error.error.message || t('error.internal') }]);
}

/** Wires the upload form. */
export function csvUpload(d: Draft): void {
  const csvForm = must<HTMLFormElement>('form[data-csv]');
  onSubmit(csvForm, async () => {
    hide(find('[data-csv-problems]'));
    must('[data-csv-done]').textContent = '';
    const file = must<HTMLInputElement>('#csv-file').files?.[0];
    // A file too large is refused by the API (payload-too-large), in the page's language.
    if (!file) return showErrors([{ field: 'csv-file', message: t('rui.csv.noFile') }]);
    await upload(d, file);
  });
}
