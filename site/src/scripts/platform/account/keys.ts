import type { StringKey } from '../../../../../content/ui/strings.ts';
import { RELATIVE_DAY_KEYS } from '../../lib/dates.ts';
import { TOOLKIT_KEYS } from '../../lib/strings.ts';

export const keys = [
  ...TOOLKIT_KEYS,
  ...RELATIVE_DAY_KEYS,
  'auth.signedOut',
  'auth.signedOutEverywhere',
  'account.saved',
  'account.noOrgs',
  'account.role.practitioner',
  'account.role.submitter',
  'account.role.analyst',
  'account.role.admin',
  'account.eraseConfirmRequired',
  'account.tools.latestDraft',
  'account.tools.latestComplete',
  'account.tools.noAssessments',
  'account.tools.quarter',
  'account.tools.status',
  'account.tools.closes',
  'account.tools.failed',
  'rui.list.due',
  'rui.list.empty',
  'period.late',
  'period.status.not-started',
  'period.status.draft',
  'period.status.submitted',
  'period.status.returned',
  'period.status.accepted',
] as const satisfies readonly StringKey[];
