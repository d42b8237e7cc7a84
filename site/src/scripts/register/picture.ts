// The national picture of community assets' maturity (national team, or open data for
// anyone): counts of assets at each level per standard for Wales, and for one chosen
// standard by region and by type of asset. Suppressed figures arrive as null and show the
// open data marker "c"; nothing is worked out again in the browser.
import { byName } from '../../../../content/collation.ts';
import type { SuccessBody } from '../lib/api.ts';
import { api, send } from '../lib/api.ts';
import { el, must, replace } from '../lib/dom.ts';
import { table } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { param, runPage, startNationalPage } from '../national/common.ts';
import { keepQueryOnTwin } from './asset-paths.ts';
import { pictureKeys } from './keys.ts';
import { type LabelKind, label } from './labels.ts';

const { t, lang } = pageStrings(pictureKeys);
type Picture = SuccessBody<Awaited<ReturnType<typeof api.national.assets.picture.$get>>>;
type Distribution = Picture['standards'][number]['wales'];
const LEVELS = [0, 1, 2, 3] as const;

const figure = (v: number | null): Node | string =>
  v === null ? el('abbr', { title: t('stats.code.c.label') }, 'c') : new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB').format(v);
const row = (name: string, d: Distribution) => [name, ...LEVELS.map((l) => figure(d.levels[l] ?? null)), figure(d.total)];
const head = (first: string) => [first, ...LEVELS.map((l) => label('level', l)), t('assetui.picture.total')];
const numeric = [1, 2, 3, 4, 5];

/** One row per region or type of asset, headed by what the rows are. */
function byArea(kind: LabelKind, areas: Record<string, Distribution>): HTMLTableElement {
  const rows = byName(
    Object.entries(areas).map(([id, d]) => row(label(kind, id), d)),
    (r) => String(r[0]),
    lang,
  );
  return table({ head: head(t(kind === 'type' ? 'assets.field.type' : 'assetui.picture.area')), rows, rowHeaders: true, numeric });
}

function render(p: Picture): void {
  must('[data-picture-counts]').textContent =
    `${t('assetui.picture.assets', { count: p.assets })} ${t('assetui.picture.withheld', p.suppressed)}`;
  const standards = p.standards.map((s) => ({ ...s, name: `${s.code} ${s.title[lang]}` }));
  replace(
    must('[data-by-standard]'),
    table({ head: head(t('assets.csv.standard')), rows: standards.map((s) => row(s.name, s.wales)), rowHeaders: true, numeric }),
  );
  const select = must<HTMLSelectElement>('#picture-standard');
  const chosen = standards.find((s) => s.standardId === param('standard')) ?? standards[0];
  if (!chosen) return;
  select.value = chosen.standardId;
  must('[data-by-region-title]').textContent = t('assetui.picture.byRegion', { standard: chosen.name });
  must('[data-by-type-title]').textContent = t('assetui.picture.byType', { standard: chosen.name });
  replace(must('[data-by-region]'), byArea('region', chosen.regions));
  replace(must('[data-by-type]'), byArea('type', chosen.assetTypes));
}

async function load(source: string): Promise<void> {
  const r = await send(source === 'national' ? api.national.assets.picture.$get() : api['open-data'].assets.picture.$get());
  if (!r.ok) throw new Error(`picture ${r.status}`);
  render(r.body);
}

keepQueryOnTwin();
const source = must('[data-picture-source]').dataset.pictureSource ?? 'open';
void (source === 'national' ? startNationalPage(() => load(source)) : runPage(() => load(source)));
