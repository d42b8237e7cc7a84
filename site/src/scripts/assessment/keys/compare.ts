// The strings the compare page's module shows (scripts/assessment/compare.ts).
import type { StringKey } from '../../../../../content/ui/strings.ts';
import { ACCOUNT_PAGE_KEYS } from '../keys.ts';

export const compareKeys = [
  ...ACCOUNT_PAGE_KEYS,
  'assess.check.notAnswered',
  'assess.compare.after',
  'assess.compare.before',
  'assess.compare.choose',
  'assess.compare.competenciesCaption',
  'assess.compare.domainsCaption',
  'assess.compare.heldMove',
  'assess.compare.lead',
  'assess.compare.neededMove',
  'assess.compare.summary',
  'assess.compare.supervisor',
  'assess.compare.versions',
  'assess.history.title',
  'assess.move.down',
  'assess.move.same',
  'assess.move.unrated',
  'assess.move.up',
  'assess.results.competency',
  'assess.results.domain',
  'assess.results.noData',
  'assess.saved.noView',
  'assess.saved.supervisorNamed',
] as const satisfies readonly StringKey[];
