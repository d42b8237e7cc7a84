// The account export includes assessments, shares and supervisor views; deleting the account
// removes every row of the person (checked by scanning every table), while consented skills
// counts stay and hold no user id, assessment id or time finer than the quarter.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { comps, draft } from './assessments-fixtures.ts';
import { call, client, expectError, json, signIn } from './helpers.ts';

async function allTables(): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations'",
  ).all<{ name: string }>();
  return results.map((r) => r.name);
}
/** Every row of every table whose text contains one of `needles`. */
async function rowsMentioning(needles: string[], except: string[] = []) {
  const hits: { table: string; row: unknown }[] = [];
  for (const t of await allTables()) {
    if (except.includes(t)) continue;
    const { results } = await env.DB.prepare(`SELECT * FROM ${t}`).all();
    for (const row of results) {
      const s = JSON.stringify(row);
      if (needles.some((n) => s.includes(n))) hits.push({ table: t, row });
    }
  }
  return hits;
}

describe('my data', () => {
  it('exports assessments, shares and supervisor views, then deletes them all with the account', async () => {
    const email = 'dileu-fi@example.cymru';
    const me = await signIn(email);
    const caller = { session: me };
    const a = await json(await client(caller).assessments.$post({ json: { assessment: draft() } }));
    const b = await json(await client(caller).assessments.$post({ json: { assessment: draft(4) } }));
    const sh = await json(
      await client(caller).assessments[':id'].shares.$post({
        param: { id: a.id },
        json: { expiresInDays: 10, supervisorName: 'Goruchwyliwr Prawf' },
      }),
    );
    await call('PUT', '/api/share/view', {
      headers: { 'X-Share-Token': sh.token },
      body: { ratings: { [comps[2]!.id]: { level: 3, comment: 'Da' } } },
    });
    const done = await call('POST', `/api/assessments/${a.id}/complete`, {
      caller,
      body: { contribute: true, healthBoard: 'pthb', setting: 'third-sector' },
    });
    expect(done.status).toBe(200);

    const exp = await client(caller).account.export.$get();
    expect(exp.status).toBe(200);
    expect(exp.headers.get('Content-Disposition')).toMatch(/attachment/);
    const data = await json(exp);
    expect(data.user).toMatchObject({ id: me.userId, email });
    expect(data.assessments.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(data.assessments.find((x) => x.id === a.id)!.assessment.answers[comps[0]!.id]).toEqual(draft().answers[comps[0]!.id]);
    expect(data.shares).toEqual([expect.objectContaining({ id: sh.share.id, assessmentId: a.id, supervisorName: 'Goruchwyliwr Prawf' })]);
    expect(JSON.stringify(data.shares)).not.toContain(sh.token);
    expect(data.supervisorViews).toEqual([
      expect.objectContaining({ shareId: sh.share.id, ratings: { [comps[2]!.id]: { level: 3, comment: 'Da' } } }),
    ]);

    const ids = [me.userId, email, a.id, b.id, sh.share.id];
    expect((await rowsMentioning(ids, ['audit_log'])).length).toBeGreaterThan(0);
    const del = await client(caller).account.$delete();
    expect(del.status).toBe(204);

    // Nothing of the person remains in any table except the append-only audit log…
    expect(await rowsMentioning(ids, ['audit_log'])).toEqual([]);
    // …whose rows keep only opaque ids of past actions: the address appears nowhere at all,
    // not even in the audit log, and neither do answers, notes, comments, health board or setting.
    expect(await rowsMentioning([email])).toEqual([]);
    const audit = await rowsMentioning([me.userId, a.id]);
    expect(audit.every((h) => h.table === 'audit_log')).toBe(true);
    const auditText = JSON.stringify(
      audit.filter((h) =>
        /^"?(assessment|assessment_share|supervisor_view)"?$/.test(String((h.row as { entity_type?: unknown }).entity_type)),
      ),
    );
    expect(auditText).toContain(a.id);
    for (const secret of [email, 'note 1', 'Shadow a colleague', 'Da"', 'pthb', 'third-sector', sh.token])
      expect(auditText).not.toContain(secret);

    // The consented contributions stay, as counts with no id and only a quarter.
    const { results } = await env.DB.prepare(
      "SELECT * FROM skills_contributions WHERE health_board = 'pthb' AND setting = 'third-sector'",
    ).all<Record<string, unknown>>();
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(['competency_id', 'count', 'framework_version', 'health_board', 'held', 'quarter', 'setting']);
      expect(String(r.quarter)).toMatch(/^\d{4}-\d{2}-Q[1-4]$|^\d{4}-\d{2}Q[1-4]$|^[0-9A-Za-z-]+$/);
      expect(JSON.stringify(r)).not.toMatch(new RegExp(`${me.userId}|${a.id}|${email}`));
    }
    // signed out and gone
    await expectError(await client(caller).assessments.$get(), 401, 'unauthenticated');
  });
});
