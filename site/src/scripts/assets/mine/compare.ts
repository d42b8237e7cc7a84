// Two submitted self-assessments of one asset side by side: each standard's level before and
// after and whether it moved (GET …/compare?a=&b=, content/assets/assessment.ts's comparison).
import { maturityKey } from '../../../../../content/assets/maturity.ts';
import { api, send } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { el, focus, must, replace, show } from '../../lib/dom.ts';
import { showApiError } from '../../lib/errors.ts';
import { table } from '../../lib/govuk.ts';
import { pageStrings } from '../../lib/strings.ts';
import { mineData, pageHref, query, signedIn } from './common.ts';
import { compareKeys } from './keys.ts';

const { t, lang } = pageStrings(compareKeys);
const { paths } = mineData();
const assetId = query('asset');
const level = (rank: number | null) => (rank === null ? t('assess.check.notAnswered') : t(maturityKey(rank)));
const MOVE = {
  up: 'assets.compare.move.up',
  down: 'assets.compare.move.down',
  same: 'assets.compare.move.same',
  unrated: 'assets.compare.move.unrated',
} as const;

async function main(): Promise<void> {
  await signedIn(lang);
  const [asset, list] = await Promise.all([
    send(api.assets[':assetId'].$get({ param: { assetId } })),
    send(api.assets[':assetId'].assessments.$get({ param: { assetId } })),
  ]);
  if (!asset.ok) return showApiError(asset.error);
  if (!list.ok) return showApiError(list.error);
  must('#compare-asset').textContent = asset.body.name[lang];
  const back = must<HTMLAnchorElement>('#back-to-asset');
  back.href = pageHref(paths.asset, { asset: assetId });
  back.textContent = asset.body.name[lang];
  const submitted = list.body.assessments.filter((x) => x.status === 'submitted');
  if (submitted.length < 2) return show(must('#compare-need'));
  const options = (selected: string) =>
    submitted.map((x) => el('option', { value: x.id, selected: x.id === selected }, formatDateTime(x.submittedAt ?? x.updatedAt, lang)));
  const a = query('a') || submitted[1]?.id || '';
  const b = query('b') || submitted[0]?.id || '';
  replace(must('#compare-a'), ...options(a));
  replace(must('#compare-b'), ...options(b));
  must<HTMLInputElement>('#compare-asset-id').value = assetId;
  show(must('#compare-form'));
  const r = await send(api.assets[':assetId'].compare.$get({ param: { assetId }, query: { a, b } }));
  if (!r.ok) return showApiError(r.error);
  const rows = r.body.standards.map((s) => [`${s.code} ${s.title[lang]}`, level(s.before), level(s.after), t(MOVE[s.move])]);
  replace(
    must('#compare-result'),
    el(
      'div',
      { class: 'app-table-region', role: 'region', tabindex: 0, 'aria-label': t('table.scroll', { name: t('assets.csv.standard') }) },
      table({
        head: [t('assets.csv.standard'), t('assets.compare.before'), t('assets.compare.after'), t('assets.compare.move')],
        rows,
        rowHeaders: true,
      }),
    ),
  );
}
void main().then(() => focus(must('main h1')));
