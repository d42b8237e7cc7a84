// The start page: offers to continue a draft found in this browser, or to start again.
import { progress } from '../../../../content/assessment/model.ts';
import { must, show } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import { forgetDraft } from './draft.ts';
import { openDraft } from './framework-draft.ts';
import { startKeys } from './keys/start.ts';
import { wizardData } from './page-data.ts';
import { progressText } from './progress.ts';

const { t } = pageStrings(startKeys);
const { f, paths } = wizardData();
const draft = openDraft(f);
const a = draft.get();

if (a && (progress(f, a).answered > 0 || a.plan.length > 0 || Object.keys(a.answers).length > 0)) {
  const firstOpen = f.domains.findIndex((d) => d.competencies.some((c) => a.answers[c.id]?.held === undefined));
  const cont = must<HTMLAnchorElement>('#continue-link');
  cont.href = (firstOpen === -1 ? paths.check : paths.steps[firstOpen]) ?? paths.check;
  show(cont);
  show(must('#start-link'), false);
  show(must('#draft-found'));
  must('#draft-progress').textContent = progressText(f, a, t);
  show(must('#restart'));
  must('#restart-button').addEventListener('click', () => {
    forgetDraft(draft.key);
    location.assign(paths.steps[0] ?? paths.start);
  });
}
