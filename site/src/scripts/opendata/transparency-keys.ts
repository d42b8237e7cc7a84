// The strings the public transparency page's script shows (the shell renders its own labels).
import type { StringKey } from '../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../lib/strings.ts';

export const keys = [
  ...TOOLKIT_KEYS,
  'timeliness.outcome.on-time',
  'timeliness.outcome.late',
  'timeliness.outcome.missing',
  'timeliness.outcome.not-due',
  'rui.org',
  'rui.time.quarter',
  'rui.time.quarterTitle',
  'rui.time.col.region',
  'rui.time.col.outcome',
  'rui.time.col.rate',
  'rui.time.col.due',
  'rui.trans.csvCy',
  'rui.trans.csvEn',
] as const satisfies readonly StringKey[];
