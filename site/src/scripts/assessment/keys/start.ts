// The strings the start page's module shows (scripts/assessment/start.ts).
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';
import { PROGRESS_KEYS } from '../keys.ts';

export const startKeys = [...TOOLKIT_KEYS, ...PROGRESS_KEYS] as const satisfies readonly StringKey[];
