// The strings each national team page's script shows (the shells render their own labels).
import type { StringKey } from '../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../lib/strings.ts';
import { NOTES_KEYS } from '../returns/notes.ts';
import { STATUS_KEYS } from './common.ts';

export const queueKeys = [
  ...TOOLKIT_KEYS,
  ...STATUS_KEYS,
  'rui.queue.open',
  'rui.queue.openFor',
  'rui.queue.more',
] as const satisfies readonly StringKey[];

export const reviewKeys = [
  ...TOOLKIT_KEYS,
  'rui.form.caption',
  'rui.via.web',
  'rui.via.csv',
  'rui.via.api',
  'rui.review.accepted',
  'rui.review.returned',
  'rui.review.pending',
  'rui.review.at',
  'rui.history.none',
  'rui.history.noChanges',
  'rui.history.changes',
  'rui.history.before',
  'rui.history.after',
  'rui.check.field',
  'rui.check.value',
  'rui.check.explanation',
  'rui.reviewPage.values',
  'rui.reviewPage.decision',
  'rui.reviewPage.already',
  'rui.reviewPage.recorded',
  'rui.reviewPage.decisionMissing',
  'rui.reviewPage.commentMissing',
  'rui.reviewPage.noIssues',
  'rui.reviewPage.explanation',
  'rui.reviewPage.noExplanation',
  'rui.reviewPage.lastQuarter',
  'rui.reviewPage.historyColumn',
  'rui.reviewPage.noHistory',
  'rui.warningPrefix',
  ...NOTES_KEYS,
] as const satisfies readonly StringKey[];

export const completenessKeys = [
  ...TOOLKIT_KEYS,
  ...STATUS_KEYS,
  'rui.complete.missingCy',
  'rui.complete.missingEn',
  'rui.complete.summaryTitle',
  'rui.complete.summary.submitted',
  'rui.complete.summary.accepted',
  'rui.complete.summary.waiting',
  'rui.complete.summary.returned',
  'rui.complete.summary.draft',
  'rui.complete.summary.notStarted',
  'rui.complete.summary.late',
] as const satisfies readonly StringKey[];

export const totalsKeys = [
  ...TOOLKIT_KEYS,
  'stats.wales',
  'rui.period',
  'rui.totals.chart',
  'rui.totals.seriesChart',
  'rui.totals.seriesTitle',
  'rui.totals.value',
  'rui.totals.coverage',
  'rui.totals.returnsColumn',
  'rui.totals.incomplete',
  'rui.totals.incompleteWarning',
  'rui.totals.seriesIncomplete',
  'rui.warningPrefix',
  'rui.export.allCy',
  'rui.export.allEn',
  'rui.export.totalsCy',
  'rui.export.totalsEn',
] as const satisfies readonly StringKey[];

export const timelinessKeys = [
  ...TOOLKIT_KEYS,
  'stats.wales',
  'timeliness.outcome.on-time',
  'timeliness.outcome.late',
  'timeliness.outcome.missing',
  'timeliness.outcome.not-due',
  'rui.org',
  'rui.time.quarter',
  'rui.time.quarterTitle',
  'rui.time.chaseCount',
  'rui.time.chaseNone',
  'rui.time.chasePeriod',
  'rui.time.col.region',
  'rui.time.col.outcome',
  'rui.time.col.rate',
  'rui.time.col.firstSubmitted',
] as const satisfies readonly StringKey[];
