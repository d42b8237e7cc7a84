// What the returns pages share: which return a page shows (?org=&period=), period names and
// status tags in the page's language, and the typed API calls for one return.
import type { z } from 'zod';
import type { Period, ReturnStatus } from '../../../../content/api/schemas/returns.ts';
import type { Lang, Text } from '../../../../content/schema.ts';
import type { StringKey } from '../../../../content/ui/strings.ts';
import { api, send } from '../lib/api.ts';
import { el } from '../lib/dom.ts';
import { RETURN_STATUS_COLOUR, tag } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';

export type ReturnPeriod = z.infer<typeof Period>;
export type Status = z.infer<typeof ReturnStatus>;

/** The keys statusTag shows: spread them into the page's keys.ts. */
export const STATUS_KEYS = [
  'period.status.not-started',
  'period.status.draft',
  'period.status.submitted',
  'period.status.returned',
  'period.status.accepted',
  'period.late',
] as const satisfies readonly StringKey[];
type StatusKey = (typeof STATUS_KEYS)[number];

/** A status as a GOV.UK tag, with a red "late" tag beside it when the return is late. */
export function statusTag(t: PageT<StatusKey>, status: Status, late = false): HTMLElement {
  return el(
    'span',
    {},
    tag(t(`period.status.${status}`), RETURN_STATUS_COLOUR[status]),
    late ? ' ' : null,
    late ? tag(t('period.late'), 'red') : null,
  );
}

/** The period's name in the page's language ("Ebrill i Fehefin 2025"). */
export const periodName = (p: ReturnPeriod, lang: Lang): string => p.label[lang];
export const pick = (text: Text, lang: Lang): string => text[lang];

/** The return a page shows, from ?org=&period=; null when the link lacks either. */
export function returnOfPage(): { orgId: string; periodId: string } | null {
  const q = new URLSearchParams(location.search);
  const orgId = q.get('org') ?? '';
  const periodId = q.get('period') ?? '';
  return orgId && periodId ? { orgId, periodId } : null;
}

export const orgPeriodQuery = (orgId: string, periodId: string): string =>
  `?org=${encodeURIComponent(orgId)}&period=${encodeURIComponent(periodId)}`;

/** The typed client's handle on one return (…/orgs/:orgId/returns/:periodId). */
export const oneReturn = api.orgs[':orgId'].returns[':periodId'];

/** One return, as the API describes it. */
export const readReturn = (orgId: string, periodId: string) => send(oneReturn.$get({ param: { orgId, periodId } }));
/** The organisation's periods and returns (with its name). */
export const readOrgReturns = (orgId: string) => send(api.orgs[':orgId'].returns.$get({ param: { orgId } }));

/** Shows the shell's "could not load" message instead of the page's body. */
export function loadFailed(): void {
  for (const n of document.querySelectorAll<HTMLElement>('[data-loading], [data-body]')) n.hidden = true;
  const failed = document.querySelector<HTMLElement>('[data-failed]');
  if (failed) failed.hidden = false;
}

/** Shows the page's body once its data is in. */
export function ready(): void {
  const loading = document.querySelector<HTMLElement>('[data-loading]');
  if (loading) loading.hidden = true;
  const body = document.querySelector<HTMLElement>('[data-body]');
  if (body) body.hidden = false;
}

/** Shows the shell's note (sign in, no organisation, no return chosen) with the page's words. */
export function note(text?: string): void {
  const loading = document.querySelector<HTMLElement>('[data-loading]');
  if (loading) loading.hidden = true;
  const n = document.querySelector<HTMLElement>('[data-signin]');
  if (!n) return;
  if (text) n.textContent = text;
  n.hidden = false;
}
