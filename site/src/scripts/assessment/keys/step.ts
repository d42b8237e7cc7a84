// The strings the step page's module shows (scripts/assessment/step.ts).
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';
import { PROGRESS_KEYS, SYNC_KEYS } from '../keys.ts';

export const stepKeys = [...TOOLKIT_KEYS, ...PROGRESS_KEYS, ...SYNC_KEYS] as const satisfies readonly StringKey[];
