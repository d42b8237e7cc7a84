// What the asset self-assessment's shells hand their modules (the standards and the page
// paths, as data- attributes) and the browser draft, kept under assetDraftKey.
import {
  type AssetAssessment,
  assetDraftKey,
  assetProgress,
  emptyAssetAssessment,
  parseAssetDraft,
} from '../../../../../content/assets/assessment.ts';
import type { StandardsCore } from '../../../../../content/assets/maturity.ts';
import type { AssetToolPaths } from '../../../../../content/assets/paths.ts';
import type { Lang } from '../../../../../content/schema.ts';
import { type Draft, openStoredDraft } from '../../assessment/draft.ts';
import { find, must } from '../../lib/dom.ts';
import type { PageT } from '../../lib/strings.ts';
import type { PROGRESS_KEYS } from './keys.ts';

export interface ToolData {
  root: HTMLElement;
  s: StandardsCore;
  paths: AssetToolPaths;
}
export function toolData(): ToolData {
  const root = must('#asset-tool');
  return {
    root,
    s: JSON.parse(root.dataset.standards ?? 'null') as StandardsCore,
    paths: JSON.parse(root.dataset.paths ?? 'null') as AssetToolPaths,
  };
}

export type AssetDraft = Draft<AssetAssessment>;
/** The draft in this browser; a new one is written in the page's language. */
export function openAssetDraft(s: StandardsCore, lang: Lang): AssetDraft {
  return openStoredDraft(
    assetDraftKey(s.version),
    (raw) => parseAssetDraft(s, raw),
    () => emptyAssetAssessment(s, lang),
  );
}

/** "5 of 12 standards answered" into #assess-progress (and returned). */
export function showAssetProgress(s: StandardsCore, a: AssetAssessment, t: PageT<(typeof PROGRESS_KEYS)[number]>): string {
  const p = assetProgress(s, a);
  const text = t('assettool.progress', { count: p.answered, total: p.total });
  const node = find('#assess-progress');
  if (node) node.textContent = text;
  return text;
}
