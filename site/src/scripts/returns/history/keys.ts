// The strings of a return's history (history.ts).
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';
import { NOTES_KEYS } from '../notes.ts';

export const keys = [
  ...TOOLKIT_KEYS,
  ...NOTES_KEYS,
  'rui.form.caption',
  'rui.form.missing',
  'rui.history.changes',
  'rui.history.noChanges',
  'rui.history.before',
  'rui.history.after',
  'rui.check.field',
  'rui.via.web',
  'rui.via.csv',
  'rui.via.api',
  'rui.review.accepted',
  'rui.review.returned',
  'rui.review.pending',
] as const satisfies readonly StringKey[];
