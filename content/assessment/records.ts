// Reading stored assessments whatever framework version they were made against.
// Separate from model.ts so the browser bundle does not pull in all of content/.
import { frameworkVersion } from '../index.ts';
import type { CompetencyFramework } from '../schema.ts';
import type { Assessment } from './model.ts';
import { assessmentSchema } from './record.ts';

/**
 * Resolve a stored record's framework version and validate it against that version.
 * Old assessments stay readable after a new version is published.
 */
export function readAssessment(value: unknown): { framework: CompetencyFramework; assessment: Assessment } | { error: string } {
  const v = (value as { frameworkVersion?: unknown } | null)?.frameworkVersion;
  if (typeof v !== 'string') return { error: 'missing frameworkVersion' };
  const framework = frameworkVersion(v);
  if (!framework) return { error: `unknown framework version ${v}` };
  const r = assessmentSchema(framework).safeParse(value);
  return r.success
    ? { framework, assessment: r.data }
    : { error: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
