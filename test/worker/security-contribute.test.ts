// Issue 13.10: "complete and contribute" adds one assessment's ratings to the skills-needs
// picture once, even when requests race: every counted row is written in the same batch as,
// and on the same condition as, the assessment's "contributed" mark.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { comps, draft } from './assessments-fixtures.ts';
import { call, client, json, signIn } from './helpers.ts';

const total = async () => (await env.DB.prepare('SELECT COALESCE(SUM(count), 0) n FROM skills_contributions').first<number>('n'))!;

describe('contributing to the skills-needs picture', () => {
  it('counts an assessment once under ten parallel "complete and contribute" requests', { timeout: 60_000 }, async () => {
    const me = { session: await signIn(`contribute-${crypto.randomUUID()}@example.cymru`) };
    const a = await json(await client(me).assessments.$post({ json: { assessment: draft() } }));
    const before = await total();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('POST', `/api/assessments/${a.id}/complete`, { caller: me, body: { contribute: true, healthBoard: 'cavuhb' } }),
      ),
    );
    for (const r of results) expect([200, 409]).toContain(r.status);
    expect(await total()).toBe(before + comps.length);
    const audits = await env.DB.prepare(
      "SELECT after FROM audit_log WHERE entity_id = ?1 AND action = 'assessment.complete' AND after LIKE '%\"contributed\":true%'",
    )
      .bind(a.id)
      .all();
    expect(audits.results).toHaveLength(1);
    const row = await json(await client(me).assessments[':id'].$get({ param: { id: a.id } }));
    expect(row).toMatchObject({ status: 'complete', contributed: true });
    // and again later: still once
    expect((await call('POST', `/api/assessments/${a.id}/complete`, { caller: me, body: { contribute: true } })).status).toBe(200);
    expect(await total()).toBe(before + comps.length);
  });
});
