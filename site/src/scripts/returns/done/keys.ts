// The confirmation page's script shows no words of its own: only the toolkit's.
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';

export const keys = [...TOOLKIT_KEYS] as const satisfies readonly StringKey[];
