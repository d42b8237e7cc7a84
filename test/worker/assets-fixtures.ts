// Shared test data for the community-asset worker tests.
import { type AssetAssessment, emptyAssetAssessment } from '../../content/assets/assessment.ts';
import { currentStandards } from '../../content/index.ts';
import type { Lang } from '../../content/schema.ts';
import { type Caller, call } from './helpers.ts';

export const standards = currentStandards.standards;

/** An assessment of the current standards with the first `n` standards at `level(i)`. */
export function assetAssessment(n = standards.length, level = (i: number) => (i % 3) + 1, lang: Lang = 'cy'): AssetAssessment {
  const a = emptyAssetAssessment(currentStandards, lang, new Date('2026-11-01T10:00:00Z'));
  standards.slice(0, n).forEach((s, i) => (a.answers[s.id] = { level: level(i), evidence: `tystiolaeth ${i}` }));
  return a;
}

export const assetBody = (over: Record<string, unknown> = {}) => ({
  nameCy: 'Gardd Gymunedol y Cwm',
  nameEn: 'Valley Community Garden',
  type: 'community-group',
  localAuthority: 'cardiff',
  areaServed: { localAuthorities: ['cardiff'], healthBoards: [] },
  activityTypes: ['gardening-and-growing'],
  ...over,
});

/** Create an asset as `caller` (its first member) and return its id. */
export async function createAsset(caller: Caller, over: Record<string, unknown> = {}): Promise<string> {
  const res = await call('POST', '/api/assets', { caller, body: assetBody(over) });
  if (res.status !== 201) throw new Error(`create asset: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** A submitted assessment of the asset (levels from `level`), returning its id. */
export async function submittedAssessment(caller: Caller, assetId: string, level = (i: number) => (i % 3) + 1): Promise<string> {
  const res = await call('POST', `/api/assets/${assetId}/assessments`, { caller, body: { assessment: assetAssessment(undefined, level) } });
  if (res.status !== 201) throw new Error(`create assessment: ${res.status} ${await res.text()}`);
  const { id, rev } = (await res.json()) as { id: string; rev: number };
  const sub = await call('POST', `/api/assets/${assetId}/assessments/${id}/submit`, { caller, body: { rev } });
  if (sub.status !== 200) throw new Error(`submit: ${sub.status} ${await sub.text()}`);
  return id;
}

/** Publish the asset's assessment on the register. */
export async function publish(caller: Caller, assetId: string, assessmentId: string) {
  const res = await call('PUT', `/api/assets/${assetId}/register`, { caller, body: { assessmentId } });
  if (res.status !== 200) throw new Error(`publish: ${res.status} ${await res.text()}`);
}
