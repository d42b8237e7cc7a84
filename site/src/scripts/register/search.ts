// The public register (no account): the search form is a GET form whose field names are the
// API's query, so the page reads its own query string, fills the form back in and asks the
// API. A search is therefore a link, and the back button returns to the previous search.
import { api, send } from '../lib/api.ts';
import { el, find, must, replace, show } from '../lib/dom.ts';
import { showApiError } from '../lib/errors.ts';
import { pageStrings } from '../lib/strings.ts';
import { pagination } from '../opendata/pagination.ts';
import { keepQueryOnTwin } from './asset-paths.ts';
import { entryCard } from './entry.ts';
import { keys } from './keys.ts';

const { t, lang } = pageStrings(keys);
const FIELDS = ['q', 'la', 'hb', 'activity', 'type', 'standard', 'minLevel', 'peerReviewed'] as const;
type Field = (typeof FIELDS)[number];
type RegisterQuery = NonNullable<Parameters<typeof api.register.$get>[0]>['query'];

/** The search in the address bar: only fields with a value, and the page number. */
function requested(): { query: Partial<Record<Field | 'page', string>> } {
  const q = new URLSearchParams(location.search);
  const query: Partial<Record<Field | 'page', string>> = {};
  for (const name of [...FIELDS, 'page'] as const) {
    const v = q.get(name)?.trim();
    if (v) query[name] = v;
  }
  return { query };
}

/** Puts the search back into the form (after a reload or the back button). */
function fillForm(form: HTMLFormElement, query: Partial<Record<string, string>>): void {
  for (const name of FIELDS) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = query[name] === field.value;
    else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = query[name] ?? '';
  }
}

/** Empty fields stay out of the address, so a shared link says only what was asked. */
function dropEmptyFields(form: HTMLFormElement): void {
  form.addEventListener('submit', () => {
    for (const f of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]'))
      f.disabled = f.type !== 'checkbox' && f.value.trim() === '';
    setTimeout(() => form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]').forEach((f) => (f.disabled = false)));
  });
}

async function run(): Promise<void> {
  const form = must<HTMLFormElement>('form[data-register-search]');
  keepQueryOnTwin();
  const { query } = requested();
  fillForm(form, query);
  dropEmptyFields(form);
  // Back from the next search, the browser may restore this page with what was typed since.
  addEventListener('pageshow', (e) => {
    if (e.persisted) fillForm(form, requested().query);
  });
  // The API checks every value (a bad one is a GOV.UK error); the address bar holds text.
  const r = await send(api.register.$get({ query: { ...query, lang } as RegisterQuery }));
  show(find('[data-loading]'), false);
  if (!r.ok) return showApiError(r.error, form);
  const { entries, totalItems, page, totalPages } = r.body;
  must('[data-count]').textContent = totalItems ? t('assetui.register.count', { count: totalItems }) : t('assetui.register.none');
  replace(must('[data-results]'), ...entries.map((e) => entryCard(t, lang, e)));
  const pages = pagination(page, totalPages, 'page', 'reg-results', {
    label: t('rui.pagination.label'),
    previous: t('rui.pagination.previous'),
    next: t('rui.pagination.next'),
    page: (n) => t('rui.pagination.page', { page: n }),
  });
  replace(must('[data-pages]'), pages ?? el('span'));
  show(find('[data-body]'));
}

run().catch((e: unknown) => {
  console.warn(e);
  show(find('[data-loading]'), false);
  show(find('[data-failed]'));
});
