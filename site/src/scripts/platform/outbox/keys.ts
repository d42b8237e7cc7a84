import type { StringKey } from '../../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';

export const keys = [
  ...TOOLKIT_KEYS,
  'admin.outbox.empty',
  'admin.outbox.to',
  'admin.outbox.sent',
  'admin.outbox.unavailable',
] as const satisfies readonly StringKey[];
