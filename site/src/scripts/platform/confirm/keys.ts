import type { StringKey } from '../../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';

export const keys = [...TOOLKIT_KEYS, 'auth.confirm.missing'] as const satisfies readonly StringKey[];
