// The peer reviewer's page (no account): the asset's self-assessment per standard and the
// reviewer's own level and comment beside it (never averaged), a summary, save with the
// review's rev (a stale save is a GOV.UK error, never an overwrite) and submit. A link that
// is unknown (404), expired or revoked (410), or used by a member of the asset (403) shows
// the shell's explanation instead of the form.
import type { SuccessBody } from '../lib/api.ts';
import { api, send, session } from '../lib/api.ts';
import { formatDate, formatDateTime } from '../lib/dates.ts';
import { find, findAll, focus, must, onSubmit, show } from '../lib/dom.ts';
import { clearErrors, showApiError, showErrors } from '../lib/errors.ts';
import { summaryList } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { label } from '../register/labels.ts';
import { reviewKeys } from './keys.ts';
import { takeToken } from './token.ts';

const { t, lang } = pageStrings(reviewKeys);
type Page = SuccessBody<Awaited<ReturnType<(typeof api)['peer-review']['$get']>>>;
type Review = NonNullable<Page['review']>;
type Problem = 'no-token' | 'unknown' | 'gone' | 'own-asset';

const form = must<HTMLFormElement>('form[data-review]');
let rev = 0;

function showProblem(which: Problem): void {
  show(find('[data-loading]'), false);
  show(find('[data-body]'), false);
  const box = must(`[data-problem="${which}"]`);
  show(box);
  focus(must('h2', box));
}

/** Which explanation an error answer gets, or null for any other failure. */
function problemOf(status: number, code: string): Problem | null {
  if (status === 404) return 'unknown';
  if (status === 410) return 'gone';
  if (status === 403 && code === 'own-asset') return 'own-asset';
  return null;
}

function showAbout(page: Page): void {
  const reviewer = t(`assets.reviewer.${page.reviewerKind}`) + (page.reviewerName ? ` (${page.reviewerName})` : '');
  must('[data-about]').replaceChildren(
    summaryList([
      { key: t('assetui.peer.asset'), value: page.asset.name[lang] || page.asset.name[lang === 'cy' ? 'en' : 'cy'] },
      { key: t('assetui.peer.reviewer'), value: reviewer },
      { key: t('assetui.peer.assessed'), value: formatDate(page.submittedAt, lang) },
      { key: t('assetui.peer.expires'), value: formatDateTime(page.expiresAt, lang) },
    ]),
  );
}

/** The asset's levels and evidence, and the review so far, into the shell's sections. */
function fill(page: Page): void {
  for (const section of findAll('[data-standard]', form)) {
    const id = section.dataset.standard ?? '';
    const own = page.assessment.answers[id];
    must('[data-their-level]', section).textContent = own?.level === undefined ? '–' : label('level', own.level);
    must('[data-their-evidence]', section).textContent = own?.evidence?.trim() || t('assetui.peer.noEvidence');
    const mine = page.review?.ratings[id];
    for (const radio of findAll<HTMLInputElement>(`input[name="level-${id}"]`, section))
      radio.checked = radio.value === String(mine?.level);
    must<HTMLTextAreaElement>(`#peer-${id}-comment`, section).value = mine?.comment ?? '';
  }
  must<HTMLTextAreaElement>('#peer-summary', form).value = page.review?.summary ?? '';
}

/** What the form holds, as the API's body (standards without a level are left out). */
function body() {
  const ratings: Record<string, { level: number; comment?: string }> = {};
  for (const section of findAll('[data-standard]', form)) {
    const id = section.dataset.standard ?? '';
    const chosen = find<HTMLInputElement>(`input[name="level-${id}"]:checked`, section);
    const comment = must<HTMLTextAreaElement>(`#peer-${id}-comment`, section).value.trim();
    if (chosen) ratings[id] = comment ? { level: Number(chosen.value), comment } : { level: Number(chosen.value) };
  }
  const summary = must<HTMLTextAreaElement>('#peer-summary', form).value.trim();
  return { rev, ratings, ...(summary ? { summary } : {}) };
}

function showSubmitted(): void {
  for (const control of findAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>('input, textarea, button', form))
    control.disabled = true;
  show(find('[data-save]'), false);
  show(find('[data-submit-review]'), false);
  const panel = must('[data-submitted]');
  show(panel);
  focus(panel);
}

/** A failed write: the link's explanation, the conflict message, or the API's error. */
function failed(result: { status: number; error: Parameters<typeof showApiError>[0] }): void {
  const problem = problemOf(result.status, result.error.error.code);
  if (problem) showProblem(problem);
  else if (result.status === 409 && result.error.error.code === 'draft-conflict')
    showErrors([{ message: t('assetui.peer.conflict') }], form);
  else showApiError(result.error, form);
}

async function save(token: string): Promise<Review | null> {
  clearErrors(form);
  const r = await send(api['peer-review'].$put({ header: { 'x-peer-token': token }, json: body() }));
  if (!r.ok) {
    failed(r);
    return null;
  }
  rev = r.body.review.rev;
  return r.body.review;
}

async function start(): Promise<void> {
  const token = takeToken();
  if (!token) return showProblem('no-token');
  // No account is needed, but a signed-in visitor's writes carry the session's CSRF token.
  const [r] = await Promise.all([send(api['peer-review'].$get({ header: { 'x-peer-token': token } })), session()]);
  if (!r.ok) {
    const problem = problemOf(r.status, r.error.error.code);
    if (problem) return showProblem(problem);
    throw new Error(`peer review ${r.status}`);
  }
  if (r.body.assessment.standardsVersion !== form.dataset.version) throw new Error('standards version of the assessment is not the page’s');
  rev = r.body.review?.rev ?? 0;
  showAbout(r.body);
  fill(r.body);
  show(find('[data-loading]'), false);
  show(find('[data-body]'));
  if (r.body.review?.submittedAt) return showSubmitted();
  onSubmit(form, async () => {
    if (await save(token)) must('[data-status]').textContent = t('assetui.peer.saved');
  });
  must('[data-submit-review]').addEventListener('click', async () => {
    const saved = await save(token);
    if (!saved) return;
    const s = await send(api['peer-review'].submit.$post({ header: { 'x-peer-token': token }, json: { rev } }));
    if (!s.ok) return failed(s);
    showSubmitted();
  });
}

start().catch((e: unknown) => {
  console.warn(e);
  show(find('[data-loading]'), false);
  show(find('[data-failed]'));
});
