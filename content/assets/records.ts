// Reading stored asset self-assessments whatever version of the standards they were made
// against. Separate from assessment.ts so the browser bundle does not pull in all of content/.
import { standardsVersion } from '../index.ts';
import type { CommunityAssetStandards } from '../schema.ts';
import { type AssetAssessment, assetAssessmentSchema } from './assessment.ts';

/**
 * Resolve a stored record's standards version and validate it against that version.
 * Old assessments stay readable after a new version of the standards is published.
 */
export function readAssetAssessment(
  value: unknown,
): { standards: CommunityAssetStandards; assessment: AssetAssessment } | { error: string } {
  const v = (value as { standardsVersion?: unknown } | null)?.standardsVersion;
  if (typeof v !== 'string') return { error: 'missing standardsVersion' };
  const standards = standardsVersion(v);
  if (!standards) return { error: `unknown standards version ${v}` };
  const r = assetAssessmentSchema(standards).safeParse(value);
  return r.success
    ? { standards, assessment: r.data }
    : { error: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
