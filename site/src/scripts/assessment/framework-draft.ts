// The practitioner's draft: an assessment against one framework version, read (and salvaged)
// by its zod schema (content/assessment/record.ts).
import { draftKey, emptyAssessment, type FrameworkCore } from '../../../../content/assessment/model.ts';
import { parseDraft } from '../../../../content/assessment/record.ts';
import { type Draft, openStoredDraft } from './draft.ts';

export function openDraft(f: FrameworkCore): Draft {
  return openStoredDraft(
    draftKey(f.version),
    (raw) => parseDraft(f, raw),
    () => emptyAssessment(f),
  );
}
