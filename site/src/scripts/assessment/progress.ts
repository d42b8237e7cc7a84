// The "12 of 40 answered" line of the assessment's pages.

import { type Assessment, type FrameworkCore, progress } from '../../../../content/assessment/model.ts';
import { find } from '../lib/dom.ts';
import type { PageT } from '../lib/strings.ts';
import type { PROGRESS_KEYS } from './keys.ts';

export const progressText = (f: FrameworkCore, a: Assessment, t: PageT<(typeof PROGRESS_KEYS)[number]>): string => {
  const p = progress(f, a);
  return t('assess.progress', { count: p.answered, total: p.total });
};

/** Writes the progress line into #assess-progress. */
export function showProgress(f: FrameworkCore, a: Assessment, t: PageT<(typeof PROGRESS_KEYS)[number]>): void {
  const el = find('#assess-progress');
  if (el) el.textContent = progressText(f, a, t);
}
