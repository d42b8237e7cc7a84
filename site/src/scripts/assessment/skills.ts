// The national skills picture (analysts): consented, anonymised ratings per competency and
// level for Wales and, when chosen, one health board or setting; every group of 1–4 is
// withheld ("c"), in the tables and in the chart alike.
import { allCompetencies, type FrameworkCore } from '../../../../content/assessment/model.ts';
import { SKILLS_SETTINGS } from '../../../../content/platform.ts';
import type { SuccessBody } from '../lib/api.ts';
import { api, send } from '../lib/api.ts';
import { el } from '../lib/dom.ts';
import { button, table } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { type AccountPage, accountPage, signedInOr, tableRegion } from './account-page.ts';
import { levelLabel } from './format.ts';
import { skillsKeys } from './keys/skills.ts';
import { SETTING } from './saved-actions.ts';

type Needs = SuccessBody<Awaited<ReturnType<typeof api.skills.needs.$get>>>;
type Distribution = Needs['competencies'][number]['wales'];
type Area = { label: string; pick: (c: Needs['competencies'][number]) => Distribution | undefined };

const { t, lang } = pageStrings(skillsKeys);
const isSetting = (s: string) => SKILLS_SETTINGS.find((x) => x === s);

function filterForm(p: AccountPage, hb: string, setting: string): HTMLElement {
  const select = (id: string, label: string, options: [string, string][], value: string) =>
    el(
      'div',
      { class: 'govuk-form-group' },
      el('label', { class: 'govuk-label', for: id }, label),
      el(
        'select',
        { class: 'govuk-select', id, name: id },
        ...options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)),
      ),
    );
  const notGiven: [string, string] = ['none', t('skills.notGiven')];
  return el(
    'form',
    { method: 'get' },
    el(
      'fieldset',
      { class: 'govuk-fieldset' },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--m' }, t('skills.filter')),
      select(
        'healthBoard',
        t('skills.healthBoard'),
        [['', t('skills.all')], ...p.healthBoards.map((b): [string, string] => [b.id, b.name[lang]]), notGiven],
        hb,
      ),
      select(
        'setting',
        t('skills.setting'),
        [['', t('skills.allSettings')], ...SKILLS_SETTINGS.map((s): [string, string] => [s, t(SETTING[s])]), notGiven],
        setting,
      ),
      button(t('skills.show'), { type: 'submit' }),
    ),
  );
}

function areasOf(p: AccountPage, hb: string, setting: string): Area[] {
  const areas: Area[] = [{ label: t('stats.wales'), pick: (c) => c.wales }];
  if (hb) {
    const label =
      hb === 'none' ? `${t('skills.healthBoard')}: ${t('skills.notGiven')}` : (p.healthBoards.find((b) => b.id === hb)?.name[lang] ?? hb);
    areas.push({ label, pick: (c) => c.healthBoard });
  }
  const s = isSetting(setting);
  if (setting) areas.push({ label: `${t('skills.setting')}: ${s ? t(SETTING[s]) : t('skills.notGiven')}`, pick: (c) => c.setting });
  return areas;
}

const figure = (v: number | null) => (v === null ? el('abbr', { title: t('stats.code.c.label') }, t('skills.withheld')) : String(v));

function chart(f: FrameworkCore, levels: readonly number[], rows: { label: string; d: Distribution }[]): HTMLElement {
  const bars = rows.map((r) => {
    const known = r.d.levels.reduce<number>((s, v) => s + (v ?? 0), 0);
    const track = el('span', { class: 'app-bar__track app-bar__track--stacked' });
    r.d.levels.forEach((v, l) => {
      if (!v || !known) return;
      const seg = el('span', { class: `app-bar__segment app-bar__segment--${l}`, title: `${levelLabel(f, l, lang, t)}: ${v}` });
      seg.style.width = `${(v / known) * 100}%`;
      track.append(seg);
    });
    return el(
      'li',
      { class: 'app-chart__item' },
      el('span', { class: 'app-chart__label' }, r.label),
      el('div', { class: 'app-chart__row' }, track),
    );
  });
  return el(
    'section',
    { 'aria-labelledby': 'h-chart' },
    el('h2', { class: 'govuk-heading-l', id: 'h-chart' }, t('skills.chartHeading')),
    el('p', { class: 'govuk-hint' }, t('skills.chartNote')),
    el(
      'ul',
      { class: 'govuk-list app-chart__legend' },
      ...levels.map((l) => el('li', {}, el('span', { class: `app-chart__swatch app-bar__segment--${l}` }), ' ', levelLabel(f, l, lang, t))),
    ),
    el('ul', { class: 'govuk-list app-chart', 'aria-hidden': 'true' }, ...bars),
  );
}

function areaTable(
  f: FrameworkCore,
  data: Needs,
  area: Area,
  i: number,
): { region: HTMLElement; rows: { label: string; d: Distribution }[] } {
  const comps = allCompetencies(f);
  const rows = data.competencies.flatMap((c) => {
    const comp = comps.find((x) => x.id === c.competencyId);
    const d = area.pick(c);
    return comp && d ? [{ label: `${comp.code} ${comp.title[lang]}`, d }] : [];
  });
  const caption = t('skills.caption', { area: area.label });
  const tbl = table({
    caption,
    head: [t('skills.competency'), ...data.levels.map((l) => levelLabel(f, l, lang, t)), t('skills.total')],
    rows: rows.map((r) => [r.label, ...r.d.levels.map(figure), figure(r.d.total)]),
    rowHeaders: true,
    numeric: Array.from({ length: data.levels.length + 1 }, (_, k) => k + 1),
  });
  tbl.id = `skills-table-${i}`;
  return { region: tableRegion(t, caption, tbl), rows };
}

async function skillsPage(p: AccountPage): Promise<void> {
  if (!(await signedInOr(p, t, t('skills.forbidden')))) return;
  const q = new URLSearchParams(location.search);
  const [hb, setting] = [q.get('healthBoard') ?? '', q.get('setting') ?? ''];
  const s = setting === 'none' ? 'none' : isSetting(setting);
  const r = await send(api.skills.needs.$get({ query: { ...(hb ? { healthBoard: hb } : {}), ...(s ? { setting: s } : {}) } }));
  p.done();
  if (r.status === 403) return void p.body.append(el('p', { class: 'govuk-body' }, t('skills.forbidden')));
  if (!r.ok) return p.fail(r.error);
  const f = p.fw(r.body.frameworkVersion);
  p.body.append(el('p', { class: 'govuk-body' }, t('skills.lead')), filterForm(p, hb, setting));
  areasOf(p, hb, setting).forEach((area, i) => {
    const { region, rows } = areaTable(f, r.body, area, i);
    p.body.append(region);
    if (i === 0) p.body.append(chart(f, r.body.levels, rows));
  });
  p.body.append(el('p', { class: 'govuk-hint' }, t('skills.withheldNote')));
}

void skillsPage(accountPage());
