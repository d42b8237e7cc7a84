// Public open data: the national figures of a measure (chart and table) and the revisions.
// Anyone may read it; nobody needs to sign in.
import { api, send } from '../lib/api.ts';
import { find, must, onSubmit, replace, show } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import { runPage } from '../national/common.ts';
import { figuresTable, walesChart } from './figures.ts';
import { keys } from './keys.ts';
import { requestedPage, showRevisions } from './revisions.ts';

const { t, lang } = pageStrings(keys);

/** The table comes a page at a time (`next` continues it); the chart and revisions need every page. */
async function wholeTable() {
  const r = await send(api['open-data']['totals.json'].$get({ query: { lang } }));
  if (!r.ok) throw new Error(`open data ${r.status}`);
  const data = { ...r.body, rows: [...r.body.rows], revisions: [...r.body.revisions] };
  for (let cursor = r.body.next; cursor !== null; ) {
    const more = await send(api['open-data']['totals.json'].$get({ query: { lang, cursor } }));
    if (!more.ok) throw new Error(`open data ${more.status}`);
    data.rows.push(...more.body.rows);
    data.revisions.push(...more.body.revisions);
    cursor = more.body.next;
  }
  return data;
}

void runPage(async () => {
  const data = await wholeTable();
  const select = must<HTMLSelectElement>('#od-field');
  const render = () => {
    const measure = select.selectedOptions[0]?.textContent ?? select.value;
    const rows = data.rows.filter((x) => x.field === select.value);
    const periods = [...new Set(rows.map((x) => x.periodId))].sort();
    show(find('[data-empty]'), periods.length === 0);
    show(find('[data-table-wrap]'), periods.length > 0);
    show(find('[data-chart]'), periods.length > 0);
    replace(must('[data-chart]'), periods.length ? walesChart(t, lang, measure, rows, periods) : null);
    replace(must('[data-table]'), periods.length ? figuresTable(t, lang, measure, rows, periods) : null);
  };
  onSubmit(must<HTMLFormElement>('form[data-filter]'), render);
  render();
  showRevisions(t, lang, data, requestedPage());
});
