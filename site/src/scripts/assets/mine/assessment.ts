// A saved asset self-assessment (a submitted one, usually): where it stands, its improvement
// plan as written, and the API's CSV and JSON exports in the page's language.
import { type AssetPlanItem, parseAssetDraft } from '../../../../../content/assets/assessment.ts';
import type { StandardsCore } from '../../../../../content/assets/maturity.ts';
import { api, send } from '../../lib/api.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { el, focus, must, replace, show } from '../../lib/dom.ts';
import { showApiError, showErrors } from '../../lib/errors.ts';
import { tag } from '../../lib/govuk.ts';
import { pageStrings } from '../../lib/strings.ts';
import { showResults } from '../results-view.ts';
import { mineData, pageHref, query, signedIn } from './common.ts';
import { assessmentKeys } from './keys.ts';

const { t, lang } = pageStrings(assessmentKeys);
const { paths, standards } = mineData();
const assetId = query('asset');
const id = query('assessment');

function planList(s: StandardsCore, plan: readonly AssetPlanItem[]): void {
  show(must('#plan-empty'), plan.length === 0);
  const code = (sid: string) => s.standards.find((x) => x.id === sid);
  replace(
    must('#plan-list'),
    ...plan.map((p, i) =>
      el(
        'div',
        { class: 'app-plan-item' },
        el(
          'h3',
          { class: 'govuk-heading-s' },
          t('assess.plan.item', { n: i + 1 }),
          ' ',
          tag(t(`assets.priority.${p.priority}`), p.priority === 'high' ? 'red' : p.priority === 'medium' ? 'yellow' : 'grey'),
        ),
        el('p', { class: 'govuk-body' }, p.action),
        el(
          'p',
          { class: 'govuk-body-s' },
          [
            p.standardIds.map((sid) => `${code(sid)?.code ?? ''} ${code(sid)?.title[lang] ?? ''}`).join(', '),
            p.targetDate ? `${t('assess.plan.date')}: ${formatDate(p.targetDate, lang)}` : '',
            p.done ? t('assess.plan.done') : '',
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    ),
  );
}

async function main(): Promise<void> {
  await signedIn(lang);
  const [asset, r] = await Promise.all([
    send(api.assets[':assetId'].$get({ param: { assetId } })),
    send(api.assets[':assetId'].assessments[':id'].$get({ param: { assetId, id } })),
  ]);
  if (!r.ok || !asset.ok || !standards) return r.ok ? showErrors([{ message: t('assets.asset.missing') }]) : showApiError(r.error);
  const a = parseAssetDraft(standards, JSON.stringify(r.body.assessment));
  if (!a) return showErrors([{ message: t('assets.asset.missing') }]);
  must('#assessment-asset').textContent = asset.body.name[lang];
  must<HTMLAnchorElement>('#back-to-asset').href = pageHref(paths.asset, { asset: assetId });
  must<HTMLAnchorElement>('#back-to-asset').textContent = asset.body.name[lang];
  must('#assessment-meta').textContent = r.body.submittedAt
    ? t('assets.assessment.submittedOn', { date: formatDateTime(r.body.submittedAt, lang) })
    : t('assets.status.draft');
  showResults(standards, a, lang, t);
  planList(standards, a.plan);
  const base = `/api/assets/${encodeURIComponent(assetId)}/assessments/${encodeURIComponent(id)}`;
  must<HTMLAnchorElement>('#export-csv').href = `${base}/export.csv?lang=${lang}`;
  must<HTMLAnchorElement>('#export-json').href = `${base}/export.json`;
  show(must('#assessment-body'));
}
must('#print').addEventListener('click', () => window.print());
void main().then(() => focus(must('main h1')));
