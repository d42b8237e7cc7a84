// A saved assessment's moment, apart from format.ts so that pages without one (the results
// page) do not load the date formatter.
import type { Lang } from '../../../../content/schema.ts';
import { formatDateTime } from '../lib/dates.ts';

/** "1 Rhagfyr 2026 am 14:05": a saved assessment's moment ('' when unknown). */
export const when = (iso: string | null | undefined, lang: Lang): string => (iso ? formatDateTime(iso, lang) : '');
