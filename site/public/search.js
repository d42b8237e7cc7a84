// Static search with Pagefind (the index for this page's language, built by
// site/scripts/build-search.mjs, which adds Welsh mutated and radical word forms).
// Runs on the search page only; the page works as a plain GET form, this fills in results.
const form = document.querySelector('form[data-search]');
if (form) {
  const texts = JSON.parse(form.dataset.texts || '{}');
  const lang = document.documentElement.lang;
  const input = form.querySelector('input[name="q"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const rules = new Intl.PluralRules(lang);
  const fill = (s, vars) => s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  let pagefind;

  async function run(query) {
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = texts.loading;
    try {
      pagefind ??= await import('/pagefind/pagefind.js');
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
      const n = search.results.length;
      const forms = texts.results;
      status.textContent = n === 0 ? fill(texts.none, { query }) : fill(forms[rules.select(n)] ?? forms.other, { count: n, query });
      for (const d of data) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta?.title || d.url;
        const p = document.createElement('p');
        p.textContent = d.meta?.description || '';
        li.append(a, p);
        list.append(li);
      }
    } catch (e) {
      console.error(e);
      status.textContent = texts.error;
    }
  }

  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = q;
  run(q);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const query = input.value.trim();
    history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    run(query);
  });
}
