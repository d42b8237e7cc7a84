import { describe, expect, it } from 'vitest';
import { draftSchema, validateSchema } from '../../content/api/schemas/returns.ts';
import { assessmentSchema, supervisorViewSchema } from '../../content/assessment/record.ts';
import { assetAssessmentSchema, peerReviewSchema } from '../../content/assets/assessment.ts';
import { valuesSchema } from '../../content/dataset/fields.ts';
import { currentDataset, currentFramework, currentStandards } from '../../content/index.ts';
import { oncePer } from '../../content/once-per.ts';

describe('oncePer', () => {
  it('builds once per definition, by identity', () => {
    let builds = 0;
    const f = oncePer((d: { n: number }) => ({ twice: d.n * 2, build: ++builds }));
    const a = { n: 1 };
    const b = { n: 1 };
    expect(f(a)).toBe(f(a));
    expect(f(b)).not.toBe(f(a));
    expect(builds).toBe(2);
    expect(f(b).twice).toBe(2);
  });

  it('remembers a value that is falsy', () => {
    let builds = 0;
    const f = oncePer((_: object) => (builds++, undefined));
    const d = {};
    f(d);
    f(d);
    expect(builds).toBe(1);
  });

  it('gives the schemas built from each definition once (the Worker checks them on every save)', () => {
    for (const build of [assessmentSchema, supervisorViewSchema]) expect(build(currentFramework)).toBe(build(currentFramework));
    for (const build of [assetAssessmentSchema, peerReviewSchema]) expect(build(currentStandards)).toBe(build(currentStandards));
    for (const build of [draftSchema, validateSchema, valuesSchema]) expect(build(currentDataset)).toBe(build(currentDataset));
  });
});
